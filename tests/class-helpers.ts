import { expect, type Page } from '@playwright/test';
import { signUpTeacher } from './helpers';
import { SLUG } from './quiz-helpers';

/** What the specs of a class share: a teacher's account and an assignment to join. */

/** A new teacher, invited by the site's administrator, accepts and lands on their assignments. */
export async function signUp(page: Page, label: string, name = 'Grace Hopper') {
	await signUpTeacher(page, label, name);
}

/** Two questions in authored order (seq-lead, a single choice; num-eight, a number), feedback after submitting. */
export async function createAssignment(page: Page, title: string): Promise<{ id: string; code: string }> {
	await page.goto(`/teacher/assignments/new?module=${SLUG}`);
	await page.getByLabel('Title').fill(title);
	for (const skill of ['Sequence', 'Numbers', 'Sources'] as const) {
		await page.getByRole('checkbox', { name: skill, exact: true }).setChecked(skill !== 'Sources');
	}
	await page.getByLabel('Number of questions').fill('2');
	await page.getByRole('checkbox', { name: /^Shuffle/ }).uncheck();
	await page.getByRole('radio', { name: 'After submitting' }).check();
	await page.getByRole('button', { name: 'Create assignment' }).click();
	await expect(page).toHaveURL(/\/teacher\/assignments\/[0-9a-f-]{36}$/);
	return { id: new URL(page.url()).pathname.split('/').pop()!, code: (await page.locator('#join-code').textContent())!.trim() };
}
