import { expect, test, type Browser, type BrowserContext, type Page, type Response as PwResponse } from '@playwright/test';
import { expectNoAxeViolations, scrollsSideways, signUpTeacher } from './helpers';
import { answerRightByKeyboard, currentKey, joinAttempt, moduleKey, questionPanel, SLUG, type KeyQuestion } from './quiz-helpers';

/*
 * A student takes an assigned attempt: joins with a code, answers with each answer saved as it is given,
 * keeps answering offline, reloads, submits (once, however often), and sees what the teacher's feedback
 * rule allows. Each test has its own teacher, assignment and student device.
 */

type Rule = 'each' | 'submit' | 'close';
const RULE_LABELS: Record<Rule, string> = {
	each: 'After each answer',
	submit: 'After submitting',
	close: 'After the close date'
};

type AssignmentOptions = {
	feedback: Rule;
	count: number;
	skills?: ('Sequence' | 'Numbers' | 'Sources')[];
	/** `datetime-local` text in the teacher's time zone. */
	closes?: string;
	timeLimit?: number;
};

/** A teacher signs up and creates an assignment; returns its join code. */
async function assignment(browser: Browser, options: AssignmentOptions): Promise<string> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await signUpTeacher(page, 'student-e2e');

	await page.goto('/teacher/assignments/new');
	await page.getByLabel('Title').fill(`Close reading, ${RULE_LABELS[options.feedback].toLowerCase()}`);
	await page.getByLabel('Module').selectOption(SLUG);
	const skills = options.skills ?? ['Sequence', 'Numbers', 'Sources'];
	for (const skill of ['Sequence', 'Numbers', 'Sources'] as const) {
		await page.getByRole('checkbox', { name: skill, exact: true }).setChecked(skills.includes(skill));
	}
	await page.getByLabel('Number of questions').fill(String(options.count));
	// Students in these tests must meet the questions in a known order: no shuffle.
	await page.getByRole('checkbox', { name: /^Shuffle/ }).uncheck();
	await page.getByRole('radio', { name: RULE_LABELS[options.feedback] }).check();
	await page.getByLabel('Attempts allowed').fill('1');
	if (options.closes) await page.getByLabel('Closes').fill(options.closes);
	if (options.timeLimit) await page.getByLabel('Time limit in minutes').fill(String(options.timeLimit));
	await page.getByRole('button', { name: 'Create assignment' }).click();
	await expect(page).toHaveURL(/\/teacher\/assignments\/[0-9a-f-]{36}$/);
	const code = (await page.locator('#join-code').textContent())!.trim();
	await context.close();
	return code;
}

const join = (browser: Browser, code: string, name = 'Ada Lovelace') => joinAttempt(browser, code, name);

type Saved = {
	submittedAt: number | null;
	answers: Record<string, { response: unknown; seq: number }>;
	results?: Record<string, unknown>;
};

/** What the server has of the attempt, asked with the student's own cookie. */
async function serverHas(context: BrowserContext, id: string): Promise<Saved> {
	const response = await context.request.get(`/api/attempts/${id}`);
	expect(response.status()).toBe(200);
	return (await response.json()) as Saved;
}

const saveStatus = (page: Page) => page.locator('.save-status');

/** Answers the question on screen rightly and hands it in ('Save answer and go on' or 'Check answer'). */
async function answer(page: Page, button: 'Save answer and go on' | 'Check answer'): Promise<KeyQuestion> {
	const q = await currentKey(page);
	await answerRightByKeyboard(page, q);
	await page.getByRole('button', { name: button }).click();
	return q;
}

/** The state of every control in the question panel: what a reload must bring back. */
function controlState(page: Page) {
	return questionPanel(page).evaluate((panel) => ({
		checked: [...panel.querySelectorAll('input')].map((i) => (i.type === 'radio' || i.type === 'checkbox' ? i.checked : i.value)),
		selects: [...panel.querySelectorAll('select')].map((s) => s.value),
		items: [...panel.querySelectorAll('li')].map((li) => li.textContent?.trim())
	}));
}

/** Every text a student must not be able to read before answering (as in keys.e2e.ts). */
function secretsOf(q: KeyQuestion): string[] {
	const secrets = [q.explanation, ...(q.hints ?? [])];
	for (const o of q.options ?? []) if (o.feedback) secrets.push(o.feedback);
	if (q.wrongFeedback) secrets.push(q.wrongFeedback);
	if (q.toldOrderFeedback) secrets.push(q.toldOrderFeedback);
	for (const f of Object.values(q.feedback ?? {})) secrets.push(f);
	for (const w of q.wrongValues ?? []) secrets.push(w.feedback);
	return secrets.map((s) => s.slice(0, 60));
}

const tomorrow = () => {
	const d = new Date(Date.now() + 86_400_000);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

test.describe('a student takes an assignment', () => {
	test('results after submitting: saved as given, kept offline, resumed after a reload, submitted once', async ({ browser }) => {
		test.setTimeout(120_000);
		const code = await assignment(browser, { feedback: 'submit', count: 6, skills: ['Numbers', 'Sources'] });
		const { context, page, id } = await join(browser, code);
		await expect(page.getByText('Answering as Ada Lovelace')).toBeVisible();
		// No setup: the teacher's rules fix the round.
		await expect(page.getByRole('form', { name: 'Set up your quiz' })).toHaveCount(0);
		await expect(page.getByRole('button', { name: 'Start over' })).toHaveCount(0);

		const first = await answer(page, 'Save answer and go on');
		await expect(page.getByRole('heading', { name: 'Question 2 of 6' })).toBeVisible();
		await expect(saveStatus(page)).toHaveText('Saved');
		expect((await serverHas(context, id)).answers[first.id]?.seq).toBe(1);
		await expectNoAxeViolations(page, 'on a question with the saving status');

		// Offline: two more answers wait on this device, and the student is told so.
		await context.setOffline(true);
		const offline = [await answer(page, 'Save answer and go on'), await answer(page, 'Save answer and go on')];
		await expect(saveStatus(page)).toHaveText(
			'Offline: your answers are kept on this device and will be sent when you reconnect (2 waiting)'
		);
		await expectNoAxeViolations(page, 'with the offline status');
		expect(Object.keys((await serverHas(context, id)).answers)).toEqual([first.id]);

		await context.setOffline(false);
		await expect(saveStatus(page)).toHaveText('Saved');
		const saved = await serverHas(context, id);
		expect(Object.keys(saved.answers).sort()).toEqual([first.id, ...offline.map((q) => q.id)].sort());
		for (const q of offline) expect(saved.answers[q.id]?.seq).toBe(1);
		expect(saved.results).toBeUndefined();

		// A draft on question 4, then a reload: the same question, the same draft, the same answers.
		await expect(page.getByRole('heading', { name: 'Question 4 of 6' })).toBeVisible();
		const fourth = await currentKey(page);
		await answerRightByKeyboard(page, fourth);
		const draft = await controlState(page);
		await page.reload();
		await expect(page.getByText('Welcome back: you are where you left off.')).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Question 4 of 6' })).toBeVisible();
		expect((await currentKey(page)).id).toBe(fourth.id);
		expect(await controlState(page)).toEqual(draft);

		// Without this device's copy, the attempt is rebuilt from the server at the first unanswered question.
		await page.evaluate((attempt) => localStorage.removeItem(`sourced:quiz:attempt:${attempt}`), id);
		await page.reload();
		await expect(page.getByRole('heading', { name: 'Question 4 of 6' })).toBeVisible();
		await page.getByRole('button', { name: 'Review all answers' }).click();
		const review = page.getByRole('region', { name: 'Review before you submit' });
		await expect(review.getByRole('list', { name: 'Answered (3)' }).getByRole('listitem')).toHaveCount(3);
		await review.getByRole('button', { name: /^Question 4/ }).click();

		// A second tab of the same attempt, still on a question when the first submits.
		const other = await context.newPage();
		await other.goto(`/attempt/${id}`);
		await expect(other.getByRole('heading', { name: /^Question \d of 6$/ })).toBeVisible();

		for (let n = 4; n <= 6; n++) await answer(page, 'Save answer and go on');
		await expect(review).toBeVisible();
		await review.getByRole('button', { name: 'Submit my answers' }).click();
		await expect(page.getByRole('heading', { name: /^Submitted: 100%$/ })).toBeVisible();
		await expect(page.getByRole('table', { name: 'Score by skill' })).toBeVisible();
		await expect(saveStatus(page)).toHaveText('Submitted');
		await expect(page.getByRole('button', { name: /^Practise the/ })).toHaveCount(0);
		await expect(page.getByRole('button', { name: 'Start over' })).toHaveCount(0);
		await expectNoAxeViolations(page, 'on the submitted summary with results');

		// Twenty submits at once: one submission.
		const submits = await Promise.all(
			Array.from({ length: 20 }, () => context.request.post(`/api/attempts/${id}/submit`, { data: {} }))
		);
		const bodies = await Promise.all(submits.map((r) => r.json() as Promise<{ submittedAt: number; score: number; released: boolean }>));
		expect(submits.map((r) => r.status())).toEqual(Array(20).fill(200));
		expect(new Set(bodies.map((b) => b.submittedAt)).size).toBe(1);
		expect(new Set(bodies.map((b) => b.score))).toEqual(new Set([1]));

		// After submitting, a save is refused: by the server, and on the page still open in the other tab.
		const late = await context.request.put(`/api/attempts/${id}/answers/${first.id}`, {
			data: { response: saved.answers[first.id]!.response, seq: 99 }
		});
		expect(late.status()).toBe(409);
		expect(((await late.json()) as { message: string }).message).toMatch(/submitted/);
		// The tab that still showed question 4 heard of the submit from this one and shows it too.
		await expect(other.getByRole('heading', { name: /^Submitted: / })).toBeVisible();
		await expect(other.getByRole('heading', { name: 'Question 4 of 6' })).toHaveCount(0);

		// A reopened page shows the submission.
		await page.reload();
		await expect(page.getByRole('heading', { name: /^Submitted: 100%$/ })).toBeVisible();
		await context.close();
	});

	test('results after each answer: the check is the save, explained at once; offline it waits and is checked on reconnect', async ({ browser }) => {
		test.setTimeout(90_000);
		const code = await assignment(browser, { feedback: 'each', count: 3, skills: ['Sources'] });
		const { context, page, id } = await join(browser, code);

		const q1 = await answer(page, 'Check answer');
		await expect(page.locator('#verdict')).toHaveText(/Correct$/);
		await expect(page.getByRole('region', { name: /Correct/ })).toContainText(q1.explanation);
		await expect(saveStatus(page)).toHaveText('Saved');
		expect((await serverHas(context, id)).results?.[q1.id]).toBeDefined();
		await page.getByRole('button', { name: 'Next question' }).click();

		await context.setOffline(true);
		const q2 = await currentKey(page);
		await answerRightByKeyboard(page, q2);
		await page.getByRole('button', { name: 'Check answer' }).click();
		await expect(questionPanel(page)).toContainText('Answered. It will be checked when you are back online');
		await expect(saveStatus(page)).toHaveText(/^Offline: your answers are kept on this device.*\(1 waiting\)$/);
		await context.setOffline(false);
		// Checked without another click once the connection is back; still on it, its feedback shows at once.
		await expect(page.locator('#verdict')).toHaveText(/Correct$/);
		await expect(page.getByRole('region', { name: /Correct/ })).toContainText(q2.explanation);
		await expect(saveStatus(page)).toHaveText('Saved');

		await page.getByRole('button', { name: 'Next question' }).click();
		await answer(page, 'Check answer');
		await page.getByRole('button', { name: 'Submit my answers' }).click();
		await expect(page.getByRole('heading', { name: 'Submitted: 100%' })).toBeVisible();
		const saved = await serverHas(context, id);
		expect(saved.submittedAt).not.toBeNull();
		expect(Object.keys(saved.answers)).toHaveLength(3);
		await context.close();
	});

	test('results after the close date: a clear submitted summary, with no score and no explanation', async ({ browser }) => {
		test.setTimeout(90_000);
		const closes = tomorrow();
		const code = await assignment(browser, { feedback: 'close', count: 3, skills: ['Sequence'], closes });
		const { context, page, id } = await join(browser, code);
		const answered: KeyQuestion[] = [];
		answered.push(await answer(page, 'Save answer and go on'));
		answered.push(await answer(page, 'Save answer and go on'));
		await questionPanel(page).getByRole('button', { name: 'Skip for now' }).click();
		const review = page.getByRole('region', { name: 'Review before you submit' });
		await review.getByRole('button', { name: 'Submit anyway (1 unanswered count as missed)' }).click();

		const summary = page.getByRole('region', { name: 'Submitted' });
		await expect(summary).toBeVisible();
		const date = await page.evaluate(
			(at) => new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(at)),
			new Date(closes).getTime()
		);
		await expect(summary).toContainText(`Your teacher releases results after ${date} (your local time).`);
		await expect(summary).toContainText('You answered 2 of 3 questions.');
		await expect(page.locator('#quiz').getByText(/\d+%/)).toHaveCount(0);
		for (const q of answered) await expect(page.getByText(q.explanation.slice(0, 60))).toHaveCount(0);
		await expect(page.locator('#verdict')).toHaveCount(0);
		await expectNoAxeViolations(page, 'on the submitted summary without results');

		const saved = await serverHas(context, id);
		expect(saved.submittedAt).not.toBeNull();
		expect(saved.results).toBeUndefined();
		await page.reload();
		await expect(page.getByRole('region', { name: 'Submitted' })).toBeVisible();
		await context.close();
	});

	test('no explanation, hint or feedback of any question reaches the student before submitting', async ({ browser }) => {
		test.setTimeout(90_000);
		const code = await assignment(browser, { feedback: 'submit', count: 4 });
		const { context, page, id } = await join(browser, code);
		const bodies: { url: string; body: string }[] = [];
		const keep = async (response: PwResponse) => {
			try {
				bodies.push({ url: response.url(), body: await response.text() });
			} catch {
				// Redirects have no body.
			}
		};
		page.on('response', keep);
		await page.reload();
		await expect(page.getByRole('heading', { name: 'Question 1 of 4' })).toBeVisible();
		for (let i = 0; i < 4; i++) await answer(page, 'Save answer and go on');
		await expect(page.getByRole('region', { name: 'Review before you submit' })).toBeVisible();
		await expect(saveStatus(page)).toHaveText('Saved');
		for (const url of [`/attempt/${id}`, `/attempt/${id}/__data.json`, `/api/attempts/${id}`]) {
			const response = await context.request.get(url);
			expect(response.status()).toBe(200);
			bodies.push({ url, body: await response.text() });
		}
		expect(bodies.filter((b) => b.url.includes('/answers/')).length).toBeGreaterThanOrEqual(4);

		for (const q of moduleKey().questions) {
			for (const secret of secretsOf(q)) {
				const leaks = bodies.filter((b) => b.body.includes(secret)).map((b) => b.url);
				expect(leaks, `${q.id}: "${secret}"`).toEqual([]);
			}
		}
		for (const { url, body } of bodies) {
			expect(body, url).not.toMatch(/"(answer|explanation|key|wrongFeedback|toldOrderFeedback|wrongValues)":/);
		}

		// The scan sees what it looks for: after submitting, the explanations arrive.
		const before = bodies.length;
		await page.getByRole('button', { name: 'Submit my answers' }).click();
		await expect(page.getByRole('heading', { name: /^Submitted: / })).toBeVisible();
		const after = bodies.slice(before).map((b) => b.body).join('\n');
		expect(moduleKey().questions.some((q) => after.includes(q.explanation.slice(0, 60)))).toBe(true);
		await context.close();
	});

	test('a time limit counts down quietly, warns at 5 and 1 minutes, and submits when time is up', async ({ browser }) => {
		test.setTimeout(90_000);
		const code = await assignment(browser, { feedback: 'submit', count: 3, timeLimit: 6 });
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.clock.install();
		await page.goto('/join');
		await page.getByLabel('Join code').fill(code);
		await page.getByRole('button', { name: 'Continue' }).click();
		await page.getByLabel('Your name').fill('Ada Lovelace');
		await page.getByRole('button', { name: 'Start' }).click();
		await expect(page.getByRole('heading', { name: 'Question 1 of 3' })).toBeVisible();
		const id = new URL(page.url()).pathname.split('/').pop()!;

		const timer = page.getByRole('timer');
		await expect(timer).toHaveAttribute('aria-live', 'off');
		await expect(timer).toHaveText(/^[56]:\d\d$/);
		await answer(page, 'Save answer and go on');
		await expect(saveStatus(page)).toHaveText('Saved');

		await page.clock.fastForward('01:02');
		await expect(timer).toHaveText(/^4:5\d$/);
		await expect(page.getByText('5 minutes left. When time is up, your saved answers are submitted.')).toBeAttached();
		await page.clock.fastForward('04:00');
		await expect(page.getByText('1 minute left. When time is up, your saved answers are submitted.')).toBeAttached();
		await page.clock.fastForward('01:00');
		await expect(page.getByRole('alert').filter({ hasText: 'Time is up: your saved answers were submitted.' })).toBeVisible();
		await expect(page.getByRole('heading', { name: /^Submitted: 33%$/ })).toBeVisible();
		expect((await serverHas(context, id)).submittedAt).not.toBeNull();
		await context.close();
	});

	test.describe('on a 360 px wide screen', () => {
		test.use({ viewport: { width: 360, height: 740 } });

		test('the question, the saving status and the submitted summary never scroll sideways', async ({ browser }) => {
			test.setTimeout(90_000);
			const code = await assignment(browser, { feedback: 'close', count: 2, closes: tomorrow(), timeLimit: 30 });
			const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
			const page = await context.newPage();
			await page.goto('/join');
			await page.getByLabel('Join code').fill(code);
			await page.getByRole('button', { name: 'Continue' }).click();
			await page.getByLabel('Your name').fill('Ada Lovelace');
			await page.getByRole('button', { name: 'Start' }).click();
			await expect(page.getByRole('heading', { name: 'Question 1 of 2' })).toBeVisible();
			await expect(page.getByRole('timer')).toBeVisible();
			expect(await scrollsSideways(page), 'a question').toBe(false);
			await context.setOffline(true);
			await answer(page, 'Save answer and go on');
			await expect(saveStatus(page)).toHaveText(/^Offline/);
			expect(await scrollsSideways(page), 'the offline status').toBe(false);
			await context.setOffline(false);
			await expect(saveStatus(page)).toHaveText('Saved');
			await answer(page, 'Save answer and go on');
			await page.getByRole('button', { name: 'Submit my answers' }).click();
			await expect(page.getByRole('region', { name: 'Submitted' })).toBeVisible();
			expect(await scrollsSideways(page), 'the submitted summary').toBe(false);
			await context.close();
		});
	});
});

test('a code that cannot be one is refused with its format, and a taken name asks for an initial', async ({ browser, page }) => {
	test.setTimeout(90_000);
	const format = 'A join code has 6 characters, letters and digits, such as K7QX3M.';
	await page.goto('/join');
	const field = page.getByLabel('Join code');
	for (const [typed, problem] of [
		['K7Q', 'That has 3 characters.'],
		['K7QX😀M', 'Use letters and digits only.'],
		['😀', 'Use letters and digits only.'],
		['K7QX30', 'Join codes never use 0, O, 1, I, L, 2, Z, 5, S, 8 or B']
	] as const) {
		await field.fill(typed);
		await page.getByRole('button', { name: 'Continue' }).click();
		await expect(page.getByRole('alert')).toContainText(problem);
		await expect(page.getByRole('alert')).toContainText(format);
		await expect(field).toHaveValue(typed);
		await expect(field).toHaveAttribute('aria-invalid', 'true');
	}
	await expectNoAxeViolations(page, 'on a refused join code');

	const code = await assignment(browser, { feedback: 'submit', count: 1 });
	const first = await join(browser, code, 'Sam');
	const second = await browser.newContext();
	const other = await second.newPage();
	await other.goto(`/join/${code}`);
	await other.getByLabel('Your name').fill(' sam ');
	await other.getByRole('button', { name: 'Start' }).click();
	await expect(other.getByRole('alert')).toHaveText(
		'Someone has already joined as “sam”. Add the first letter of your family name, such as “sam K.”, so your teacher can tell you apart.'
	);
	await expect(other.getByLabel('Your name')).toHaveAttribute('aria-invalid', 'true');
	await expectNoAxeViolations(other, 'on a taken name');
	await other.getByLabel('Your name').fill('Sam K.');
	await other.getByRole('button', { name: 'Start' }).click();
	await expect(other).toHaveURL(/\/attempt\/[0-9a-f-]{36}$/);
	for (const c of [first.context, second]) await c.close();
});
