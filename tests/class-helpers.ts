import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
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

/** A class made through the form; returns its id and code. */
export async function makeClass(page: Page, name: string, students: string[]): Promise<{ id: string; code: string }> {
	await page.goto('/teacher/classes');
	await page.getByLabel('Class name').fill(name);
	await page.getByLabel('Paste names, one per line').fill(students.join('\n'));
	await page.getByRole('button', { name: 'Create class' }).click();
	await expect(page).toHaveURL(/\/teacher\/classes\/[0-9a-f-]{36}$/);
	const code = (await page.locator('.code.big').textContent())!.trim();
	return { id: new URL(page.url()).pathname.split('/').pop()!, code };
}

export type Card = { name: string; classCode: string; personalCode: string };

/** Issues the cards of students without one and reads them off the print page. */
export async function printCards(page: Page, classId: string): Promise<Card[]> {
	await page.goto(`/teacher/classes/${classId}/cards`);
	await page.getByRole('button', { name: /^Print cards for the \d+ students? without one$/ }).click();
	return readCards(page);
}

export async function readCards(page: Page): Promise<Card[]> {
	const cards = page.getByRole('list', { name: 'Cards' }).getByRole('listitem');
	await expect(cards.first()).toBeVisible();
	return cards.evaluateAll((items) =>
		items.map((li) => ({
			name: li.querySelector('.name')!.textContent!.trim(),
			classCode: li.querySelector('[data-code="class"]')!.textContent!.trim(),
			personalCode: li.querySelector('[data-code="personal"]')!.textContent!.trim()
		}))
	);
}

/** A student's device: a fresh browser context (of the viewport given), signed in with the card. */
export async function signInStudent(
	browser: Browser,
	card: Pick<Card, 'classCode' | 'personalCode'>,
	viewport?: { width: number; height: number }
): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext(viewport ? { viewport } : {});
	const page = await context.newPage();
	await page.goto('/student');
	await page.getByLabel('Class code').fill(card.classCode.toLowerCase());
	await page.getByLabel('Personal code').fill(card.personalCode);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByRole('heading', { name: 'Your assignments' })).toBeVisible();
	return { context, page };
}
