import { expect, test, type APIRequestContext, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { unflatten } from 'devalue';
import { expectNoAxeViolations, signUpTeacher } from './helpers';

/**
 * What a student can and cannot do to an attempt from outside the app's own pages: the token cookie is
 * the only key, other sites cannot write, and the server alone decides what is stored and scored.
 */

const EVIL = 'http://evil.example';
/** The first sequence question in authored order: single choice, right answer 'reply', one hint. */
const LEAD = 'seq-lead';
const RIGHT = { kind: 'single', option: 'reply' };
const NOT_OPEN_HERE = 'That attempt is not open on this device.';

type Settings = {
	feedback?: 'After each answer' | 'After submitting' | 'After the close date';
	attempts?: number;
	timeLimit?: number;
};

type Assignment = { code: string; title: string; teacher: Page };

/** A teacher signs up and sets an assignment of one question (the lead question) through the pages. */
async function assignment(browser: Browser, settings: Settings = {}): Promise<Assignment> {
	const teacher = await (await browser.newContext()).newPage();
	const title = `Security ${Date.now()}-${Math.random().toString(36).slice(2, 7)}`;
	await signUpTeacher(teacher, 'security');

	await teacher.goto('/teacher/assignments/new');
	await teacher.getByLabel('Title').fill(title);
	await teacher.getByLabel('Sequence', { exact: true }).check();
	await teacher.getByLabel('Numbers', { exact: true }).uncheck();
	await teacher.getByLabel('Sources', { exact: true }).uncheck();
	await teacher.getByLabel('Number of questions').fill('1');
	await teacher.getByLabel(settings.feedback ?? 'After submitting').check();
	await teacher.getByLabel('Attempts allowed').fill(String(settings.attempts ?? 3));
	if (settings.timeLimit) await teacher.getByLabel('Time limit in minutes').fill(String(settings.timeLimit));
	await teacher.getByRole('button', { name: 'Create assignment' }).click();
	await expect(teacher).toHaveURL(/\/teacher\/assignments\/[^/]+$/);
	const code = (await teacher.locator('#join-code').textContent())!.trim();
	expect(code).toMatch(/^[A-Z0-9]{6}$/);
	return { code, title, teacher };
}

type Student = { context: BrowserContext; page: Page; api: APIRequestContext; id: string };

/** A student on their own device joins with the code through the pages and starts an attempt. */
async function join(browser: Browser, a: Assignment, name: string): Promise<Student> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto('/join');
	// Typed the way a person reads it off the board.
	await page.getByLabel('Join code').fill(`${a.code.slice(0, 3).toLowerCase()}-${a.code.slice(3).toLowerCase()}`);
	await page.getByRole('button', { name: 'Continue' }).click();
	await expect(page).toHaveURL(new RegExp(`/join/${a.code}$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(a.title);
	await page.getByLabel('Your name').fill(name);
	await page.getByRole('button', { name: 'Start' }).click();
	await page.waitForURL(/\/attempt\/[0-9a-f-]{36}$/);
	const id = new URL(page.url()).pathname.split('/').pop()!;
	return { context, page, api: context.request, id };
}

const answerUrl = (id: string, questionId = LEAD) => `/api/attempts/${id}/answers/${encodeURIComponent(questionId)}`;

/** The page's data as the browser receives it on a client-side navigation. */
async function pageData(api: APIRequestContext, path: string): Promise<Record<string, unknown>> {
	const response = await api.get(`${path}/__data.json`);
	expect(response.status()).toBe(200);
	const body = (await response.json()) as { nodes: ({ type: string; data: unknown[] } | null)[] };
	const node = body.nodes.at(-1)!;
	expect(node.type).toBe('data');
	return unflatten(node.data) as Record<string, unknown>;
}

test('a student’s token opens only their own attempt, on their own device', async ({ browser, playwright, baseURL }) => {
	test.setTimeout(60_000);
	const a = await assignment(browser);
	const ada = await join(browser, a, 'Ada');
	const bob = await join(browser, a, 'Bob');

	// One cookie holds the device's attempts: `id.token.expiry`, never readable by the page's scripts.
	const cookie = (await ada.context.cookies()).find((c) => c.name === 'sourced_attempts')!;
	expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
	expect(cookie.value).toMatch(new RegExp(`^${ada.id}\\.[A-Za-z0-9_-]{43}\\.[0-9a-z]+$`));
	expect(await ada.page.evaluate(() => document.cookie)).not.toContain('sourced_attempt');
	expect((await ada.api.get(`/api/attempts/${ada.id}`)).status()).toBe(200);

	// Bob, holding his own attempt's cookie, tries Ada's attempt by every door.
	expect((await bob.page.goto(`/attempt/${ada.id}`))!.status()).toBe(404);
	const doors = [
		() => bob.api.get(`/api/attempts/${ada.id}`),
		() => bob.api.put(answerUrl(ada.id), { data: { response: RIGHT, seq: 1 } }),
		() => bob.api.post(`/api/attempts/${ada.id}/hints/${LEAD}`, { data: { index: 0 } }),
		() => bob.api.post(`/api/attempts/${ada.id}/submit`, { data: {} })
	];
	for (const open of doors) {
		const response = await open();
		expect(response.status()).toBe(404);
		expect(await response.json()).toEqual({ message: NOT_OPEN_HERE });
	}
	// Bob's token under the name of Ada's cookie is still not Ada's token.
	const bobEntry = (await bob.context.cookies()).find((c) => c.name === 'sourced_attempts')!.value;
	const forged = await playwright.request.newContext({ baseURL });
	const forgedResponse = await forged.get(`/api/attempts/${ada.id}`, { headers: { cookie: `sourced_attempts=${bobEntry.replace(bob.id, ada.id)}` } });
	expect(forgedResponse.status()).toBe(404);
	// No cookie at all, and an attempt that does not exist, get the very same answer.
	const nobody = await forged.get(`/api/attempts/${ada.id}`);
	const missing = await forged.get(`/api/attempts/00000000-0000-4000-8000-000000000000`);
	expect([nobody.status(), missing.status()]).toEqual([404, 404]);
	expect(await nobody.json()).toEqual(await missing.json());
	await forged.dispose();

	// Ada's attempt is untouched by all of it.
	const state = await (await ada.api.get(`/api/attempts/${ada.id}`)).json();
	expect(state).toMatchObject({ id: ada.id, submittedAt: null, answers: {}, hints: {} });
});

test('another site can neither start an attempt nor write to one', async ({ browser, baseURL }) => {
	test.setTimeout(60_000);
	const a = await assignment(browser);
	const ada = await join(browser, a, 'Ada');

	const crossSite = await ada.api.post(`/join/${a.code}`, {
		form: { name: 'Eve Evil' },
		headers: { origin: EVIL },
		maxRedirects: 0
	});
	expect(crossSite.status()).toBe(403);
	// The same post from the site itself would have started one: the refusal is about the origin.
	const sameSite = await ada.api.post(`/join/${a.code}`, {
		form: { name: '' },
		headers: { origin: baseURL!, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(sameSite.status()).toBe(400);
	expect(await sameSite.text()).toContain('Enter your name.');

	const write = await ada.api.put(answerUrl(ada.id), { data: { response: RIGHT, seq: 1 }, headers: { origin: EVIL } });
	expect(write.status()).toBe(403);
	const submit = await ada.api.post(`/api/attempts/${ada.id}/submit`, { data: {}, headers: { origin: EVIL } });
	expect(submit.status()).toBe(403);

	const state = await (await ada.api.get(`/api/attempts/${ada.id}`)).json();
	expect(state).toMatchObject({ submittedAt: null, answers: {} });
	await ada.page.goto(`/join/${a.code}`);
	await expect(ada.page.getByText('3 attempts allowed on this device; you have made 1.')).toBeVisible();
	await a.teacher.reload();
	const attempts = a.teacher.getByRole('region', { name: 'Attempts so far' });
	await expect(attempts.getByRole('link', { name: 'Ada', exact: true })).toBeVisible();
	await expect(attempts).not.toContainText('Eve Evil');
});

test('bad input gets a clear refusal and changes nothing', async ({ browser, baseURL }) => {
	test.setTimeout(60_000);
	const a = await assignment(browser);
	const ada = await join(browser, a, 'Ada');

	const unknown = await ada.api.put(answerUrl(ada.id, 'num-eight'), { data: { response: RIGHT, seq: 1 } });
	expect(unknown.status()).toBe(404);
	expect(await unknown.json()).toEqual({ message: 'That question is not part of this attempt.' });

	const notAnOption = await ada.api.put(answerUrl(ada.id), { data: { response: { kind: 'single', option: 'zz' }, seq: 1 } });
	expect(notAnOption.status()).toBe(400);
	expect(await notAnOption.json()).toEqual({ message: "That choice is not one of this question's options." });

	for (const data of [{ response: 'reply', seq: 1 }, { response: RIGHT, seq: 'one' }, { response: RIGHT }, [RIGHT]]) {
		const wrongType = await ada.api.put(answerUrl(ada.id), { data });
		expect(wrongType.status(), JSON.stringify(data)).toBe(400);
		expect((await wrongType.json()).message).toMatch(/\S/);
	}
	const notJson = await ada.api.put(answerUrl(ada.id), { data: '<response>reply</response>', headers: { 'content-type': 'application/xml' } });
	expect(notJson.status()).toBe(415);
	const huge = await ada.api.put(answerUrl(ada.id), { data: { response: { kind: 'numeric', text: 'x'.repeat(20_000) }, seq: 1 } });
	expect(huge.status()).toBe(413);
	expect((await (await ada.api.get(`/api/attempts/${ada.id}`)).json()).answers).toEqual({});

	// A name of 100 kB: refused with the reason, and no attempt and no device cookie made.
	const eve = await browser.newContext();
	const longName = await eve.request.post(`/join/${a.code}`, {
		form: { name: 'x'.repeat(100_000) },
		headers: { origin: baseURL!, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(longName.status()).toBe(400);
	expect(await longName.text()).toContain('Your name must be 60 characters or fewer; this one has 100,000.');
	expect(await eve.cookies()).toEqual([]);
	await a.teacher.reload();
	await expect(a.teacher.getByRole('region', { name: 'Attempts so far' }).locator('a[href*="/attempts/"]')).toHaveCount(1);
	await eve.close();
});

test('a name with markup is shown as text, never run', async ({ browser }) => {
	test.setTimeout(60_000);
	const a = await assignment(browser);
	const name = '<b>x</b><script>alert(1)</script>';
	const mallory = await join(browser, a, name);
	let dialogs = 0;
	mallory.page.on('dialog', (d) => {
		dialogs++;
		void d.dismiss();
	});

	const attemptHtml = await (await mallory.api.get(`/attempt/${mallory.id}`)).text();
	expect(attemptHtml).not.toContain(name);
	expect((await pageData(mallory.api, `/attempt/${mallory.id}`)).attempt).toMatchObject({ displayName: name });
	await mallory.page.goto(`/attempt/${mallory.id}`);
	await expect(mallory.page.getByText(name, { exact: true })).toBeVisible();
	await expect(mallory.page.locator('main b, main script')).toHaveCount(0);

	await mallory.page.goto(`/join/${a.code}`);
	const resume = mallory.page.getByRole('link', { name: 'Continue where you left off' });
	await expect(resume).toHaveAttribute('href', `/attempt/${mallory.id}`);
	await expect(mallory.page.getByText(name, { exact: true })).toBeVisible();
	await expect(mallory.page.locator('main b')).toHaveCount(0);
	await expectNoAxeViolations(mallory.page, `on /join/${a.code} with an attempt to continue`);
	expect(dialogs).toBe(0);
});

test('the server counts hints and scores with them, whatever the client claims', async ({ browser }) => {
	test.setTimeout(60_000);
	const a = await assignment(browser, { feedback: 'After submitting' });
	const ada = await join(browser, a, 'Ada');

	const hint = await ada.api.post(`/api/attempts/${ada.id}/hints/${LEAD}`, { data: { index: 0 } });
	expect(hint.status()).toBe(200);
	expect(await hint.json()).toMatchObject({ questionId: LEAD, index: 0, hint: expect.stringMatching(/\S/) });
	// Asking for it again neither fails nor counts twice; there is no second hint.
	expect((await ada.api.post(`/api/attempts/${ada.id}/hints/${LEAD}`, { data: { index: 0 } })).status()).toBe(200);
	expect((await ada.api.post(`/api/attempts/${ada.id}/hints/${LEAD}`, { data: { index: 1 } })).status()).toBe(404);

	const save = await ada.api.put(answerUrl(ada.id), { data: { response: RIGHT, seq: 1, hintsUsed: 0 } });
	expect(save.status()).toBe(200);
	// Feedback comes after submitting, so the save says nothing about right or wrong.
	expect(await save.json()).toEqual({ saved: true, seq: 1 });

	const submitted = await ada.api.post(`/api/attempts/${ada.id}/submit`, { data: {} });
	expect(submitted.status()).toBe(200);
	expect(await submitted.json()).toMatchObject({
		released: true,
		score: 0.75,
		results: [{ questionId: LEAD, correct: true, hintsUsed: 1, score: 0.75 }]
	});
});

test('after submitting, nothing more can be written', async ({ browser }) => {
	test.setTimeout(60_000);
	const a = await assignment(browser, { feedback: 'After each answer' });
	const ada = await join(browser, a, 'Ada');
	const first = await ada.api.put(answerUrl(ada.id), { data: { response: { kind: 'single', option: 'cut' }, seq: 1 } });
	expect(await first.json()).toMatchObject({ saved: true, seq: 1, result: { correct: false, key: { option: 'reply' } } });
	// Checked answers stay as they were, and a retried save is harmless.
	const change = await ada.api.put(answerUrl(ada.id), { data: { response: RIGHT, seq: 2 } });
	expect(change.status()).toBe(409);
	expect(await change.json()).toEqual({ message: 'This question was answered in another tab or device, and a checked answer is final.' });

	const submits = await Promise.all(Array.from({ length: 5 }, () => ada.api.post(`/api/attempts/${ada.id}/submit`, { data: {} })));
	const bodies = await Promise.all(submits.map((r) => r.json()));
	for (const body of bodies) expect(body).toEqual(bodies[0]);
	expect(bodies[0]).toMatchObject({ released: true, score: 0 });

	const late = await ada.api.put(answerUrl(ada.id), { data: { response: RIGHT, seq: 3 } });
	expect(late.status()).toBe(409);
	expect(await late.json()).toEqual({ message: 'This attempt has been submitted, so its answers can no longer change.' });
	const lateHint = await ada.api.post(`/api/attempts/${ada.id}/hints/${LEAD}`, { data: { index: 0 } });
	expect(lateHint.status()).toBe(409);
	expect((await lateHint.json()).message).toMatch(/\S/);
	expect((await (await ada.api.get(`/api/attempts/${ada.id}`)).json()).answers).toEqual({
		[LEAD]: { response: { kind: 'single', option: 'cut' }, seq: 1 }
	});
});

test('a time limit sets the attempt’s deadline, reported in the page data', async ({ browser }) => {
	test.setTimeout(60_000);
	const a = await assignment(browser, { timeLimit: 1 });
	const before = Date.now();
	const ada = await join(browser, a, 'Ada');
	const after = Date.now();

	const data = await pageData(ada.api, `/attempt/${ada.id}`);
	const attempt = data.attempt as { deadlineAt: number; now: number; feedback: string; title: string };
	expect(attempt).toMatchObject({ title: a.title, feedback: 'submit' });
	expect(attempt.deadlineAt).toBeGreaterThanOrEqual(before + 60_000 - 1_000);
	expect(attempt.deadlineAt).toBeLessThanOrEqual(after + 60_000 + 1_000);
	// Only the public parts of the question reach the browser before it is answered.
	const questions = data.questions as Record<string, unknown>[];
	expect(questions.map((q) => q.id)).toEqual([LEAD]);
	expect(JSON.stringify(questions)).not.toMatch(/"(answer|explanation|hints|feedback|evidence)":/);

	const state = await (await ada.api.get(`/api/attempts/${ada.id}`)).json();
	expect(state.deadlineAt).toBe(attempt.deadlineAt);
});

test('the join pages: a code typed any way, an unknown code, and the rules in plain words', async ({ browser, page }) => {
	test.setTimeout(60_000);
	const a = await assignment(browser, { feedback: 'After each answer', attempts: 1, timeLimit: 15 });
	await page.goto('/join');
	await expectNoAxeViolations(page, 'on /join');
	// A code in the join-code alphabet that no assignment has ("zzzzzz" is now refused for its format).
	await page.getByLabel('Join code').fill('kkkkkk');
	await page.getByRole('button', { name: 'Continue' }).click();
	await expect(page.getByRole('alert')).toHaveText("We can't find an assignment with that code. Check it with your teacher.");
	await expect(page.getByLabel('Join code')).toHaveValue('kkkkkk');
	await expect(page).toHaveURL(/\/join(\?\/code)?$/);
	// The same without JavaScript: a 404 page with the message and the code kept in the field.
	const noScript = await page.request.post('/join?/code', {
		form: { code: 'kkk-kkk' },
		headers: { origin: new URL(page.url()).origin, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(noScript.status()).toBe(404);
	const html = await noScript.text();
	expect(html).toContain('value="kkk-kkk"');
	expect(html).toMatch(/We can(&#39;|')t find an assignment with that code/);

	await page.getByLabel('Join code').fill(` ${a.code.toLowerCase()} `);
	await page.getByRole('button', { name: 'Continue' }).click();
	await expect(page).toHaveURL(new RegExp(`/join/${a.code}$`));
	const rules = page.getByRole('list', { name: 'The rules' });
	await expect(rules).toContainText('1 question.');
	await expect(rules).toContainText('You see whether each answer is right as soon as you answer it.');
	await expect(rules).toContainText('You have 15 minutes once you start.');
	await expect(rules).toContainText('It has no closing date.');
	await expectNoAxeViolations(page, `on /join/${a.code}`);

	await page.getByLabel('Your name').fill('   ');
	await page.getByRole('button', { name: 'Start' }).click();
	await expect(page.getByRole('alert')).toHaveText('Enter your name.');
	await page.getByLabel('Your name').fill('  Ada   Lovelace ');
	await page.getByRole('button', { name: 'Start' }).click();
	await page.waitForURL(/\/attempt\//);
	await page.goto(`/join/${a.code}`);
	await expect(page.getByText('You have used every attempt this assignment allows on this device.', { exact: false })).toBeVisible();
	await expect(page.getByLabel('Your name')).toHaveCount(0);
	await expect(page.getByRole('link', { name: 'Continue where you left off' })).toBeVisible();
	await expect(page.getByText('Ada Lovelace', { exact: true })).toBeVisible();
});
