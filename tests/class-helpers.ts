import { expect, type Page } from '@playwright/test';
import { SLUG } from './quiz-helpers';

/** What the specs of a class share: a teacher's account and an assignment to join. */

const PASSWORD = 'a long enough password';

/** A new teacher signs up and lands on their assignments. */
export async function signUp(page: Page, label: string, name = 'Grace Hopper') {
	await page.goto('/signup');
	await page.getByLabel('Name').fill(name);
	await page.getByLabel('Email').fill(`${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@school.example`);
	await page.getByLabel('Password').fill(PASSWORD);
	await page.getByRole('button', { name: 'Create account' }).click();
	await expect(page).toHaveURL(/\/teacher$/);
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
