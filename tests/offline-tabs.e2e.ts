import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { expectNoAxeViolations, signUpTeacher } from './helpers';
import { answerRightByKeyboard, currentKey, joinAttempt, questionPanel, SLUG, type KeyQuestion } from './quiz-helpers';

/*
 * Nothing a learner entered is lost, and one attempt has one truth: an attempt with feedback after each
 * answer taken offline and back, a submit that waits for the connection, and two tabs and two devices
 * of one attempt answering the same question. Each test has its own teacher, assignment and student.
 */

type Rule = 'each' | 'submit';
const RULE_LABELS: Record<Rule, string> = { each: 'After each answer', submit: 'After submitting' };

/** A teacher signs up and creates an assignment (no shuffling); returns the teacher's context and the join code. */
async function assignment(browser: Browser, feedback: Rule, count: number): Promise<{ teacher: Page; code: string; url: string }> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await signUpTeacher(page, 'tabs-e2e');

	await page.goto('/teacher/assignments/new');
	await page.getByLabel('Title').fill(`Offline and two tabs, ${RULE_LABELS[feedback].toLowerCase()}`);
	await page.getByLabel('Module').selectOption(SLUG);
	for (const skill of ['Sequence', 'Numbers', 'Sources'] as const) {
		await page.getByRole('checkbox', { name: skill, exact: true }).setChecked(skill === 'Sources');
	}
	await page.getByLabel('Number of questions').fill(String(count));
	await page.getByRole('checkbox', { name: /^Shuffle/ }).uncheck();
	await page.getByRole('radio', { name: RULE_LABELS[feedback] }).check();
	await page.getByLabel('Attempts allowed').fill('1');
	await page.getByRole('button', { name: 'Create assignment' }).click();
	await expect(page).toHaveURL(/\/teacher\/assignments\/[0-9a-f-]{36}$/);
	const code = (await page.locator('#join-code').textContent())!.trim();
	return { teacher: page, code, url: page.url() };
}

const join = (browser: Browser, code: string) => joinAttempt(browser, code, 'Ada Lovelace');

/** The same student's second device: the session cookie carried over, open on the attempt's first question. */
async function secondDevice(browser: Browser, one: { context: BrowserContext; id: string }) {
	const other = await browser.newContext();
	await other.addCookies(await one.context.cookies());
	const two = await other.newPage();
	await two.goto(`/attempt/${one.id}`);
	await expect(two.getByRole('heading', { name: /^Question 1 of \d+$/ })).toBeVisible({ timeout: 20_000 });
	return { other, two };
}

type Saved = {
	submittedAt: number | null;
	answers: Record<string, { response: unknown; seq: number }>;
	results?: Record<string, { correct: boolean }>;
};

async function serverHas(context: BrowserContext, id: string): Promise<Saved> {
	const response = await context.request.get(`/api/attempts/${id}`);
	expect(response.status()).toBe(200);
	return (await response.json()) as Saved;
}

const saveStatus = (page: Page) => page.locator('.save-status');

/**
 * Answers the question on screen wrongly: another option or choice (single, true/false), or the right
 * matches with the first two prompts' choices swapped.
 */
async function answerWrong(page: Page, q: KeyQuestion) {
	const panel = questionPanel(page);
	if (q.kind === 'single') {
		await panel.getByRole('radio', { name: q.options!.find((o) => o.id !== q.answer)!.text, exact: true }).check();
	} else if (q.kind === 'tfn') {
		await panel.getByRole('radio', { name: q.answer === 'true' ? 'False' : 'True', exact: true }).check();
	} else if (q.kind === 'matching') {
		await answerRightByKeyboard(page, q);
		// A choice may go with one prompt only: two prompts with different keys swap their choices.
		const key = q.answer as Record<string, string>;
		const first = q.prompts![0]!;
		const second = q.prompts!.find((p) => key[p.id] !== key[first.id]);
		await panel.getByLabel(first.text, { exact: true }).selectOption(key[second!.id]!);
		await panel.getByLabel(second!.text, { exact: true }).selectOption(key[first.id]!);
	} else {
		throw new Error(`No wrong answer for a ${q.kind} question in this test`);
	}
}

/** What the question's controls show: two tabs that agree show the same. */
function controlState(page: Page) {
	return questionPanel(page).evaluate((panel) => ({
		checked: [...panel.querySelectorAll('input')].map((i) => (i.type === 'radio' || i.type === 'checkbox' ? i.checked : i.value)),
		selects: [...panel.querySelectorAll('select')].map((s) => s.value)
	}));
}

async function check(page: Page) {
	await page.getByRole('button', { name: 'Check answer' }).click();
}

test.describe('nothing a learner entered is lost', () => {
	test('after each answer, offline: answers wait, the learner goes on, and each is checked when the connection returns', async ({ browser }) => {
		test.setTimeout(120_000);
		const { code } = await assignment(browser, 'each', 3);
		const { context, page, id } = await join(browser, code);

		const q1 = await currentKey(page);
		await answerRightByKeyboard(page, q1);
		await check(page);
		await expect(page.locator('#verdict')).toHaveText(/Correct$/);
		await page.getByRole('button', { name: 'Next question' }).click();

		await context.setOffline(true);
		const q2 = await currentKey(page);
		await answerRightByKeyboard(page, q2);
		await check(page);
		const panel = questionPanel(page);
		await expect(panel).toContainText('Answered. It will be checked when you are back online; you can go on meanwhile.');
		await expect(saveStatus(page)).toHaveText(/^Offline: your answers are kept on this device.*\(1 waiting\)$/);
		// The answer stays on screen, and no error is shown.
		const given = await controlState(page);
		await expect(panel.getByRole('alert')).toHaveCount(0);
		await expectNoAxeViolations(page, 'an answer waiting to be checked');
		await page.getByRole('button', { name: 'Next question' }).click();

		await expect(page.getByRole('heading', { name: 'Question 3 of 3' })).toBeFocused();
		const q3 = await currentKey(page);
		await answerWrong(page, q3);
		await check(page);
		await expect(saveStatus(page)).toHaveText(/\(2 waiting\)$/);
		await page.getByRole('button', { name: 'Continue' }).click();

		// Nothing left to answer: the question list, with both answers waiting, never a submit.
		const review = page.getByRole('region', { name: 'Review before you submit' });
		await expect(review.getByRole('heading', { name: 'Answered, to be checked when you are back online (2)' })).toBeVisible();
		await expectNoAxeViolations(page, 'the question list offline');
		expect(Object.keys((await serverHas(context, id)).answers)).toEqual([q1.id]);

		await context.setOffline(false);
		await expect(review.getByRole('heading', { name: 'Checked since: feedback to read (2)' })).toBeVisible();
		await expect(saveStatus(page)).toHaveText('Saved');
		const saved = await serverHas(context, id);
		expect(Object.keys(saved.answers).sort()).toEqual([q1.id, q2.id, q3.id].sort());
		expect(saved.results?.[q2.id]?.correct).toBe(true);
		expect(saved.results?.[q3.id]?.correct).toBe(false);
		await expectNoAxeViolations(page, 'the question list with feedback to read');

		// The feedback waits in the list.
		await review.getByRole('button', { name: /^Question 2/ }).first().click();
		await expect(page.locator('#verdict')).toHaveText(/Correct$/);
		expect(await controlState(page)).toEqual(given);
		await expect(page.getByRole('region', { name: /Correct/ })).toContainText(q2.explanation);
		await page.getByRole('button', { name: 'Continue' }).click();
		await review.getByRole('button', { name: /^Question 3/ }).first().click();
		await expect(page.locator('#verdict')).not.toHaveText(/Correct$/);
		await page.getByRole('button', { name: 'Submit my answers' }).click();
		await expect(page.getByRole('heading', { name: /^Submitted: / })).toBeVisible();
		expect((await serverHas(context, id)).submittedAt).not.toBeNull();
		await context.close();
	});

	test('a submit made offline waits, says so (never "Saved"), and goes through by itself when the connection returns', async ({ browser }) => {
		test.setTimeout(120_000);
		const { code } = await assignment(browser, 'submit', 2);
		const { context, page, id } = await join(browser, code);
		for (let n = 0; n < 2; n++) {
			const q = await currentKey(page);
			await answerRightByKeyboard(page, q);
			await page.getByRole('button', { name: 'Save answer and go on' }).click();
		}
		const review = page.getByRole('region', { name: 'Review before you submit' });
		await expect(saveStatus(page)).toHaveText('Saved');
		await context.setOffline(true);
		await review.getByRole('button', { name: 'Submit my answers' }).click();
		await expect(review.getByRole('alert')).toContainText('Not submitted yet');
		await expect(saveStatus(page)).toHaveText(/^Offline: not submitted yet/);
		await expect(review.getByRole('button', { name: 'Try submitting now' })).toBeVisible();
		await expectNoAxeViolations(page, 'a submit waiting for the connection');
		expect((await serverHas(context, id)).submittedAt).toBeNull();

		await context.setOffline(false);
		await expect(page.getByRole('heading', { name: 'Submitted: 100%' })).toBeVisible({ timeout: 20_000 });
		await expect(saveStatus(page)).toHaveText('Submitted');
		expect((await serverHas(context, id)).submittedAt).not.toBeNull();
		await context.close();
	});
});

test.describe('one truth per attempt', () => {
	// Not yet true: tab B does not take the answer tab A checked (the quiz-trust work is still open).
	test('two tabs: a question checked in one shows in the other with its answer and feedback, and a reload agrees', async ({ browser }) => {
		test.setTimeout(120_000);
		const { teacher, code } = await assignment(browser, 'each', 2);
		await teacher.context().close();
		const { context, page: a, id } = await join(browser, code);
		const b = await context.newPage();
		await b.goto(`/attempt/${id}`);
		await expect(b.getByRole('heading', { name: 'Question 1 of 2' })).toBeVisible({ timeout: 20_000 });

		const q1 = await currentKey(a);
		// Tab B gives a wrong answer but has not checked it yet; tab A checks the right one.
		await answerWrong(b, q1);
		await answerRightByKeyboard(a, q1);
		await check(a);
		await expect(a.locator('#verdict')).toHaveText(/Correct$/);

		// B hears of it (between tabs) and shows the answer on record, with its feedback.
		await expect(b.locator('#verdict')).toHaveText(/Correct$/);
		await expect(questionPanel(b)).toContainText('This question was answered in another tab or device');
		expect(await controlState(b)).toEqual(await controlState(a));
		await expectNoAxeViolations(b, 'a question answered in another tab');

		// The other way round on question 2: B checks a wrong answer while A has the right one chosen.
		await a.getByRole('button', { name: 'Next question' }).click();
		await b.getByRole('button', { name: 'Next question' }).click();
		const q2 = await currentKey(b);
		await answerRightByKeyboard(a, q2);
		await answerWrong(b, q2);
		await check(b);
		await expect(b.locator('#verdict')).not.toHaveText(/Correct$/);
		await expect(a.locator('#verdict')).not.toHaveText(/Correct$/);
		await expect(questionPanel(a)).toContainText('This question was answered in another tab or device');
		const onRecord = await controlState(b);
		expect(await controlState(a)).toEqual(onRecord);

		// Both tabs agree with the server, and still do after a reload.
		const saved = await serverHas(context, id);
		expect(saved.results?.[q1.id]?.correct).toBe(true);
		expect(saved.results?.[q2.id]?.correct).toBe(false);
		await a.reload();
		await expect(a.locator('#verdict')).not.toHaveText(/Correct$/);
		expect(await controlState(a)).toEqual(onRecord);
		await context.close();
	});

	test('two devices, feedback after each: a check refused because the other answered first shows the answer on record, and the teacher sees the refusal', async ({ browser }) => {
		test.setTimeout(120_000);
		const { teacher, code, url } = await assignment(browser, 'each', 2);
		const one = await join(browser, code);
		const { other, two } = await secondDevice(browser, one);

		const q1 = await currentKey(one.page);
		await answerRightByKeyboard(one.page, q1);
		await check(one.page);
		await expect(one.page.locator('#verdict')).toHaveText(/Correct$/);
		// The second device never heard (no focus, no word between tabs): its check is refused by the server.
		await answerWrong(two, q1);
		await check(two);
		await expect(two.locator('#verdict')).toHaveText(/Correct$/);
		await expect(questionPanel(two)).toContainText('This question was answered in another tab or device');
		expect(await controlState(two)).toEqual(await controlState(one.page));

		await teacher.goto(`${url}/attempts/${one.id}`);
		const trail = teacher.getByRole('region', { name: 'Audit trail' }).or(teacher.locator('section', { has: teacher.getByRole('heading', { name: 'Audit trail' }) }));
		await expect(trail.getByRole('row', { name: /Answer refused/ })).toHaveCount(1);
		await expect(trail.getByRole('row', { name: /Answer refused/ })).toContainText('answered in another tab or device');
		await one.context.close();
		await other.close();
		await teacher.context().close();
	});

	test('two devices, results after submitting: each shows the answer the server holds once it looks again', async ({ browser }) => {
		test.setTimeout(120_000);
		const { teacher, code } = await assignment(browser, 'submit', 2);
		await teacher.context().close();
		const one = await join(browser, code);
		const { other, two } = await secondDevice(browser, one);

		const q1 = await currentKey(one.page);
		await answerWrong(one.page, q1);
		await one.page.getByRole('button', { name: 'Save answer and go on' }).click();
		await expect(saveStatus(one.page)).toHaveText('Saved');
		await answerRightByKeyboard(two, q1);
		await two.getByRole('button', { name: 'Save answer and go on' }).click();
		await expect(saveStatus(two)).toHaveText('Saved');

		// Both devices show what the server holds once they look again (focus), and after a reload.
		const openFirst = async (page: Page) => {
			await page.getByRole('button', { name: 'Review all answers' }).click();
			await page.getByRole('region', { name: 'Review before you submit' }).getByRole('button', { name: /^Question 1/ }).first().click();
			await expect(page.getByRole('heading', { name: 'Question 1 of 2' })).toBeVisible();
			return controlState(page);
		};
		const shown = [];
		for (const page of [one.page, two]) {
			await page.evaluate(() => window.dispatchEvent(new Event('focus')));
			shown.push(await openFirst(page));
			await page.reload();
			shown.push(await openFirst(page));
		}
		expect(new Set(shown.map((s) => JSON.stringify(s))).size).toBe(1);
		// The second device's save came with the same number as the first's: the server kept the first.
		await expect(questionPanel(two)).toContainText('This question was answered in another tab or device');
		await one.context.close();
		await other.close();
	});
});
