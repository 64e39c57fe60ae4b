import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectNoAxeViolations, signUpTeacher } from './helpers';
import { currentKey, joinAttempt as join, questionPanel, SLUG } from './quiz-helpers';

/*
 * Options in an order of each student's own: two students of one assignment see the options of the same
 * questions in different orders, a reload and a second device of the same attempt see the same order, and
 * a teacher who turns it off gives everyone the module's order. The first questions drawn (sources, in
 * authored order) are two matching questions with 5 and 6 statements and a four-option question: two
 * students' orders all alike by chance is about one in two million.
 */

async function assignment(browser: Browser, shuffleOptions: boolean): Promise<string> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await signUpTeacher(page, 'options-e2e');
	await page.goto('/teacher/assignments/new');
	await page.getByLabel('Title').fill(shuffleOptions ? 'Options shuffled' : 'Options as the module gives them');
	await page.getByLabel('Module').selectOption(SLUG);
	for (const skill of ['Sequence', 'Numbers', 'Sources'] as const) {
		await page.getByRole('checkbox', { name: skill, exact: true }).setChecked(skill === 'Sources');
	}
	await page.getByLabel('Number of questions').fill('6');
	await page.getByRole('checkbox', { name: /^Shuffle/ }).uncheck();
	const options = page.getByRole('checkbox', { name: 'Give each student the options in their own order' });
	// On unless the teacher says otherwise.
	await expect(options).toBeChecked();
	await options.setChecked(shuffleOptions);
	await page.getByRole('radio', { name: 'After submitting' }).check();
	await page.getByRole('button', { name: 'Create assignment' }).click();
	await expect(page).toHaveURL(/\/teacher\/assignments\/[0-9a-f-]{36}$/);
	await expect(page.getByText(shuffleOptions ? 'Shuffled for each student, where the question allows' : 'As the module gives them', { exact: true })).toBeVisible();
	const code = (await page.locator('#join-code').textContent())!.trim();
	await context.close();
	return code;
}

/** The question on screen as a screen reader meets it: its statements or options, in the order shown. */
async function shown(page: Page): Promise<string> {
	const panel = questionPanel(page);
	await expect(panel.locator('.pending')).toHaveCount(0);
	return panel.ariaSnapshot();
}

/** The first three questions as shown, skipping each to reach the next. */
async function firstThree(page: Page): Promise<string[]> {
	const seen = [];
	for (let n = 1; n <= 3; n++) {
		await expect(page.getByRole('heading', { name: `Question ${n} of 6` })).toBeVisible();
		seen.push(await shown(page));
		await page.getByRole('button', { name: 'Skip for now' }).click();
	}
	return seen;
}

test('two students see the options in orders of their own; a reload and a second device keep each order', async ({ browser }) => {
	test.setTimeout(120_000);
	const code = await assignment(browser, true);
	const ada = await join(browser, code, 'Ada Lovelace');
	const alan = await join(browser, code, 'Alan Turing');

	const first = await shown(ada.page);
	await ada.page.reload();
	await expect(ada.page.getByRole('heading', { name: 'Question 1 of 6' })).toBeVisible({ timeout: 20_000 });
	expect(await shown(ada.page)).toBe(first);
	await expectNoAxeViolations(ada.page, 'a question with its options shuffled');

	const adas = await firstThree(ada.page);
	const alans = await firstThree(alan.page);
	expect(adas[0]).toBe(first);
	expect(alans).not.toEqual(adas);
	// The same questions, only in other orders.
	const sorted = (aria: string) => aria.split('\n').sort().join('\n');
	expect(alans.map(sorted)).toEqual(adas.map(sorted));

	// Ada's attempt on another device (nothing kept there): the order stored with the attempt.
	const other = await browser.newContext();
	await other.addCookies(await ada.context.cookies());
	const second = await other.newPage();
	await second.goto(`/attempt/${ada.id}`);
	await expect(second.getByRole('heading', { name: 'Question 1 of 6' })).toBeVisible({ timeout: 20_000 });
	expect(await firstThree(second)).toEqual(adas);

	await Promise.all([ada.context.close(), alan.context.close(), other.close()]);
});

test('with shuffling turned off, every student sees the options in the module’s order', async ({ browser }) => {
	test.setTimeout(120_000);
	const code = await assignment(browser, false);
	const students = [await join(browser, code, 'Grace Hopper'), await join(browser, code, 'Katherine Johnson')];
	const orders = [];
	for (const { page } of students) {
		const q = await currentKey(page);
		const panel = questionPanel(page);
		await expect(panel.getByRole('combobox')).toHaveCount(q.prompts!.length);
		const labels = await panel.getByRole('combobox').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? (el as HTMLSelectElement).labels?.[0]?.textContent?.trim() ?? ''));
		orders.push(labels);
		expect(labels).toEqual(q.prompts!.map((p) => p.text));
	}
	expect(orders[1]).toEqual(orders[0]);
	await Promise.all(students.map((s) => s.context.close()));
});
