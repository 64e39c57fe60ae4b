import { expect, test, type Browser, type Locator, type Page, type TestInfo } from '@playwright/test';
import Sqlite from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { expectNoAxeViolations, scrollsSideways, signUpTeacher } from './helpers';
import { moduleKey, questionLabel, tabTo } from './quiz-helpers';

const SLUG = 'nato-russia-missions-2021';
const CODE = /^[ACDEFGHJKMNPQRTUVWXY3467]{6}$/;
const HOSTILE = '<img src=x onerror=alert(1)>';

async function signUp(page: Page, label: string, name = 'Grace Hopper') {
	await signUpTeacher(page, label, name);
}

/** Creates an assignment through the form with the defaults plus a title; returns its id. */
async function createAssignment(page: Page, title: string): Promise<string> {
	await page.goto(`/teacher/assignments/new?module=${SLUG}`);
	await page.getByLabel('Title').fill(title);
	await page.getByRole('button', { name: 'Create assignment' }).click();
	await expect(page).toHaveURL(/\/teacher\/assignments\/[0-9a-f-]{36}$/);
	return new URL(page.url()).pathname.split('/').pop()!;
}

/** The `<dd>` after the `<dt>` that reads exactly `term`. */
function fact(scope: Locator, term: string): Locator {
	return scope.locator('dt').filter({ hasText: new RegExp(`^${term}$`) }).locator('xpath=following-sibling::dd[1]');
}

/** A POST the way a form sends it, from the page's own origin (so SvelteKit's CSRF check lets it through). */
function postForm(page: Page, path: string, form: Record<string, string>) {
	const origin = new URL(page.url()).origin;
	return page.request.post(path, { form, headers: { origin, accept: 'text/html' }, maxRedirects: 0 });
}

// ---------------------------------------------------------------------------------------------------
// Attempts are written by the student pages; these tests put rows straight into the server's database.
// ---------------------------------------------------------------------------------------------------

async function sql(info: TestInfo, statements: [string, unknown[]][]) {
	if (info.project.name === 'postgres') {
		const client = new pg.Client({ connectionString: process.env.E2E_PG_URL });
		await client.connect();
		try {
			for (const [text, params] of statements) {
				let n = 0;
				await client.query(text.replace(/\?/g, () => `$${++n}`), params);
			}
		} finally {
			await client.end();
		}
		return;
	}
	const db = new Sqlite(process.env.E2E_SQLITE!);
	try {
		db.pragma('busy_timeout = 5000');
		for (const [text, params] of statements) db.prepare(text).run(...params);
	} finally {
		db.close();
	}
}

const T0 = Date.UTC(2026, 10, 27, 9, 0);

/** A submitted attempt: two answers (one right with a hint, one wrong), a hint, and its audit trail. */
async function addAttempt(info: TestInfo, assignmentId: string, displayName: string): Promise<string> {
	const id = randomUUID();
	const ids = ['seq-lead', 'seq-tfn-response', 'seq-tfn-decision-date'];
	const right = { kind: 'single', option: 'reply' };
	const wrong = { kind: 'tfn', choice: 'false' };
	await sql(info, [
		[
			'INSERT INTO attempts (id, assignment_id, token_hash, device_id, display_name, question_ids, started_at, deadline_at, submitted_at, score) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
			[id, assignmentId, `hash-${id}`, `device-${id}`, displayName, JSON.stringify(ids), T0, null, T0 + 600_000, 0.25]
		],
		[
			'INSERT INTO answers (attempt_id, question_id, response, hints_used, score, correct, seq, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
			[id, 'seq-lead', JSON.stringify(right), 1, 0.75, 1, 1, T0 + 60_000]
		],
		[
			'INSERT INTO answers (attempt_id, question_id, response, hints_used, score, correct, seq, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
			[id, 'seq-tfn-response', JSON.stringify(wrong), 0, 0, 0, 1, T0 + 120_000]
		],
		['INSERT INTO hints (attempt_id, question_id, taken) VALUES (?, ?, ?)', [id, 'seq-lead', 1]],
		...(
			[
				[T0, 'attempt-started', { displayName, questionIds: ids, deadlineAt: null }],
				[T0 + 30_000, 'hint-taken', { questionId: 'seq-lead', index: 0 }],
				[T0 + 60_000, 'answer-saved', { questionId: 'seq-lead', seq: 1, response: right }],
				[T0 + 120_000, 'answer-saved', { questionId: 'seq-tfn-response', seq: 1, response: wrong }],
				[T0 + 600_000, 'submitted', { score: 0.25 }]
			] as const
		).map(([at, kind, detail]): [string, unknown[]] => [
			'INSERT INTO audit_events (attempt_id, at, kind, detail) VALUES (?, ?, ?, ?)',
			[id, at, kind, JSON.stringify(detail)]
		])
	]);
	return id;
}

async function newTeacher(browser: Browser, label: string) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await signUp(page, label, 'Second Teacher');
	return { context, page };
}

// ---------------------------------------------------------------------------------------------------

test.describe('in Berlin', () => {
	// Times in the form are the teacher's wall-clock time; a zone other than UTC shows they are read so.
	test.use({ timezoneId: 'Europe/Berlin' });

	test('a teacher creates an assignment, shares it, edits it and closes it', async ({ page, context, baseURL }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await signUp(page, 'create');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your assignments');
		await expect(page.getByText('You have not set any assignments yet.')).toBeVisible();
		const card = page.getByRole('article', { name: /NATO/ });
		await expect(card.getByRole('link', { name: 'Preview with answers' })).toHaveAttribute('href', `/teacher/modules/${SLUG}`);
		await expectNoAxeViolations(page, 'on /teacher');

		await card.getByRole('link', { name: 'Assign' }).click();
		await expect(page).toHaveURL(`/teacher/assignments/new?module=${SLUG}`);
		await expect(page.getByLabel('Module')).toHaveValue(SLUG);
		await expect(page.getByText('Times are in your time zone, Europe/Berlin.')).toBeVisible();
		await expectNoAxeViolations(page, 'on the new-assignment form');

		await page.getByLabel('Title').fill('Year 10: the NATO story');
		await page.getByRole('group', { name: 'Skills' }).getByLabel('Sources').uncheck();
		const pool = moduleKey().questions.filter((q) => q.skill !== 'sources').length;
		await expect(page.getByText(`From 1 to ${pool}: the module has ${pool} questions on the skills chosen.`)).toBeVisible();
		await page.getByLabel('Number of questions').fill('6');
		await page.getByLabel('Shuffle the question order for each student').uncheck();
		await page.getByRole('group', { name: 'Feedback' }).getByLabel('After the close date').check();
		await page.getByLabel('Attempts allowed').fill('2');
		await page.getByLabel('Closes').fill('2030-01-10T15:00');
		await page.getByLabel('Time limit in minutes').fill('30');
		await page.getByRole('button', { name: 'Create assignment' }).click();

		await expect(page).toHaveURL(/\/teacher\/assignments\/[0-9a-f-]{36}$/);
		const id = new URL(page.url()).pathname.split('/').pop()!;
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Year 10: the NATO story');
		const code = (await page.locator('dd#join-code').textContent())!;
		expect(code).toMatch(CODE);
		await expect(page.getByText('Join code', { exact: true })).toBeVisible();
		const link = page.getByRole('link', { name: `${baseURL}/join/${code}` });
		await expect(link).toHaveAttribute('href', `${baseURL}/join/${code}`);
		const qr = page.getByRole('img', { name: 'QR code for the join link' });
		await expect(qr).toBeVisible();
		expect((await qr.boundingBox())!.width).toBeGreaterThanOrEqual(250);
		await page.getByRole('button', { name: 'Copy link' }).click();
		await expect(page.getByRole('status')).toHaveText('Link copied.');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/join/${code}`);

		const settings = page.getByRole('region', { name: 'Settings' });
		await expect(settings).toContainText('Sequence, Numbers');
		await expect(settings).toContainText('The same for everyone');
		await expect(settings).toContainText('After the close date');
		await expect(settings).toContainText('30 minutes');
		// 15:00 in Berlin in January is 14:00 UTC, shown back on the teacher's clock.
		const closes = settings.locator('time').first();
		await expect(closes).toHaveAttribute('datetime', '2030-01-10T14:00:00.000Z');
		await expect(closes).toHaveText('10 Jan 2030, 15:00');
		await expect(page.getByText('Open', { exact: true })).toBeVisible();
		await expect(page.getByText('No one has started yet.')).toBeVisible();
		await expectNoAxeViolations(page, 'on the assignment page');

		await page.getByRole('link', { name: 'Show full screen' }).click();
		await expect(page).toHaveURL(`/teacher/assignments/${id}/qr`);
		await expect(page.getByText(code, { exact: true })).toBeVisible();
		const big = page.getByRole('img', { name: 'QR code for the join link' });
		expect((await big.boundingBox())!.width).toBeGreaterThanOrEqual(400);
		await expectNoAxeViolations(page, 'on the full-screen QR page');
		await page.getByRole('link', { name: 'Back to the assignment' }).click();

		await page.getByRole('link', { name: 'Edit' }).click();
		await expect(page).toHaveURL(`/teacher/assignments/${id}/edit`);
		await expect(page.getByLabel('Title')).toHaveValue('Year 10: the NATO story');
		await expect(page.getByLabel('Number of questions')).toHaveValue('6');
		await expect(page.getByLabel('Closes')).toHaveValue('2030-01-10T15:00');
		await expect(page.getByLabel('After the close date')).toBeChecked();
		await expect(page.getByLabel('Sources')).not.toBeChecked();
		await page.getByLabel('Title').fill('Year 10: the NATO story (revised)');
		await page.getByLabel('Attempts allowed').fill('3');
		await page.getByRole('button', { name: 'Save changes' }).click();
		await expect(page).toHaveURL(`/teacher/assignments/${id}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Year 10: the NATO story (revised)');
		await expect(page.locator('dd#join-code')).toHaveText(code);
		await expect(fact(settings, 'Attempts allowed')).toHaveText('3');
		await expect(settings.locator('time').first()).toHaveAttribute('datetime', '2030-01-10T14:00:00.000Z');

		// By keyboard: the question takes focus, and the confirming button is the next stop.
		await tabTo(page, page.getByRole('button', { name: 'Close now' }));
		await page.keyboard.press('Enter');
		await expect(page.getByRole('heading', { name: 'Close this assignment now?' })).toBeFocused();
		await page.keyboard.press('Tab');
		await expect(page.getByRole('button', { name: 'Yes, close it' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.getByText('Closed', { exact: true })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Close now' })).toHaveCount(0);
		await expect(settings).toContainText('Closed early');

		await page.goto('/teacher');
		const row = page.getByRole('row', { name: /Year 10: the NATO story \(revised\)/ });
		await expect(row).toContainText(code);
		await expect(row).toContainText('Closed');
		await expect(row).toContainText('0 (0 submitted)');
	});

	test('what a teacher enters before the page’s JavaScript arrives is kept once it does', async ({ page }) => {
		await signUp(page, 'early');
		// The page's scripts are held back until the form has been filled in, as on a slow connection.
		let release!: () => void;
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route(
			(url) => url.pathname.startsWith('/_app/immutable/') && url.pathname.endsWith('.js'),
			async (route) => {
				await held;
				await route.continue();
			}
		);
		await page.goto(`/teacher/assignments/new?module=${SLUG}`, { waitUntil: 'domcontentloaded' });
		await expect(page.getByText('Times are in UTC (Coordinated Universal Time).')).toBeVisible();
		await page.getByLabel('Title').fill('Typed before the scripts');
		await page.getByRole('group', { name: 'Skills' }).getByLabel('Sources').uncheck();
		await page.getByLabel('Number of questions').fill('4');
		await page.getByLabel('Shuffle the question order for each student').uncheck();
		await page.getByRole('group', { name: 'Feedback' }).getByLabel('After each answer').check();
		await page.getByLabel('Time limit in minutes').fill('20');

		release();
		await expect(page.getByText('Times are in your time zone, Europe/Berlin.')).toBeVisible();
		await expect(page.getByLabel('Title')).toHaveValue('Typed before the scripts');
		await expect(page.getByLabel('Sources')).not.toBeChecked();
		await expect(page.getByLabel('Sequence', { exact: true })).toBeChecked();
		await expect(page.getByLabel('Number of questions')).toHaveValue('4');
		await expect(page.getByLabel('Shuffle the question order for each student')).not.toBeChecked();
		await expect(page.getByLabel('Give each student the options in their own order')).toBeChecked();
		await expect(page.getByLabel('After each answer')).toBeChecked();
		await expect(page.getByLabel('Time limit in minutes')).toHaveValue('20');
		// The hints follow the form as it stands, not as the server sent it.
		const pool = moduleKey().questions.filter((q) => q.skill !== 'sources').length;
		await expect(page.getByText(`From 1 to ${pool}: the module has ${pool} questions on the skills chosen.`)).toBeVisible();
		await expect(page.locator('#pool')).toHaveText(
			`The pool has ${pool} questions: enough for ${Math.floor(pool / 4)} attempt${Math.floor(pool / 4) === 1 ? '' : 's'} without repeats.`
		);

		await page.getByRole('button', { name: 'Create assignment' }).click();
		await expect(page).toHaveURL(/\/teacher\/assignments\/[0-9a-f-]{36}$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Typed before the scripts');
		const settings = page.getByRole('region', { name: 'Settings' });
		await expect(settings).toContainText('Sequence, Numbers');
		await expect(settings).toContainText('The same for everyone');
		await expect(settings).toContainText('After each answer');
		await expect(settings).toContainText('20 minutes');
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a teacher creates, closes and deletes an assignment with plain forms', async ({ page }) => {
		await signUp(page, 'no-js');
		await page.goto(`/teacher/assignments/new?module=${SLUG}`);
		await expect(page.getByText('Times are in UTC (Coordinated Universal Time).')).toBeVisible();
		await expect(page.getByLabel('Module')).toHaveValue(SLUG);
		// Refused (no title): the page comes back with the form as it was sent.
		await page.getByLabel('Opens').fill('2030-01-10T15:00');
		await page.getByLabel('Number of questions').fill('5');
		await page.getByLabel('Shuffle the question order for each student').uncheck();
		await page.getByRole('group', { name: 'Feedback' }).getByLabel('After each answer').check();
		await page.getByRole('button', { name: 'Create assignment' }).click();
		await expect(page.getByRole('alert')).toContainText('Enter a title.');
		await expect(page.getByLabel('Opens')).toHaveValue('2030-01-10T15:00');
		await expect(page.getByLabel('Number of questions')).toHaveValue('5');
		await expect(page.getByLabel('Shuffle the question order for each student')).not.toBeChecked();
		await expect(page.getByLabel('After each answer')).toBeChecked();
		await page.getByLabel('Title').fill('Plain forms');
		await page.getByRole('button', { name: 'Create assignment' }).click();
		await expect(page).toHaveURL(/\/teacher\/assignments\/[0-9a-f-]{36}$/);
		await expect(page.getByText('Scheduled', { exact: true })).toBeVisible();
		await expect(page.getByRole('region', { name: 'Settings' }).locator('time').first()).toHaveText('10 Jan 2030, 15:00 UTC');
		await expect(page.getByRole('button', { name: 'Copy link' })).toHaveCount(0);

		await page.getByRole('button', { name: 'Close now' }).click();
		await expect(page.getByRole('heading', { name: 'Close this assignment now?' })).toBeVisible();
		await page.getByRole('button', { name: 'Yes, close it' }).click();
		await expect(page.getByText('Closed', { exact: true })).toBeVisible();

		await page.getByRole('button', { name: 'Delete' }).click();
		const problem = 'Tick “I understand this deletes every student’s attempt” to delete the assignment.';
		await expect(page.getByRole('alert')).toHaveText(problem);
		await expect(page.getByLabel('I understand this deletes every student’s attempt')).toHaveAttribute('aria-invalid', 'true');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Plain forms');

		await page.getByLabel('I understand this deletes every student’s attempt').check();
		await page.getByRole('button', { name: 'Delete' }).click();
		await expect(page).toHaveURL(/\/teacher$/);
		await expect(page.getByText('You have not set any assignments yet.')).toBeVisible();
	});
});

test('a teacher sees each attempt, its answers and its audit trail', async ({ page }, info) => {
	await signUp(page, 'attempts');
	const id = await createAssignment(page, 'With attempts');
	const attempt = await addAttempt(info, id, '<b>Sam</b>');
	await page.reload();

	const row = page.getByRole('row', { name: /<b>Sam<\/b>/ });
	await expect(row).toContainText('Submitted');
	await expect(row).toContainText('25%');
	await expect(row).toContainText('2 of 3');
	await expect(page.locator('b', { hasText: 'Sam' })).toHaveCount(0);
	await row.getByRole('link', { name: '<b>Sam</b>' }).click();

	await expect(page).toHaveURL(`/teacher/assignments/${id}/attempts/${attempt}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Attempt by <b>Sam</b>');
	const reply = 'NATO’s reply that it has received no official notification from Russia';
	const first = page.getByRole('article', { name: questionLabel('seq-lead'), exact: true });
	await expect(first).toContainText('Their question 1 of 3 · Sequence');
	await expect(first).toContainText('Which development does the lead report?');
	await expect(fact(first, 'Their answer')).toHaveText(reply);
	await expect(fact(first, 'Result')).toHaveText('Right, score 75%');
	await expect(fact(first, 'Hints')).toHaveText('1 of 1 taken');
	await expect(fact(first, 'Right answer')).toHaveText(reply);
	const second = page.getByRole('article', { name: questionLabel('seq-tfn-response'), exact: true });
	await expect(second).toContainText('Their question 2 of 3');
	await expect(second).toContainText('Russia decided to suspend its mission to NATO');
	await expect(fact(second, 'Their answer')).toHaveText('False');
	await expect(fact(second, 'Result')).toHaveText('Wrong, score 0%');
	await expect(fact(second, 'Right answer')).toHaveText('True');
	await expect(fact(page.getByRole('article', { name: questionLabel('seq-tfn-decision-date'), exact: true }), 'Their answer')).toHaveText('Not answered');

	const trail = page.getByRole('table');
	await expect(trail.getByRole('row')).toHaveCount(6);
	await expect(trail.getByRole('row').nth(1)).toContainText('Attempt started');
	await expect(trail.getByRole('row').nth(2)).toContainText('Hint taken');
	await expect(trail.getByRole('row').nth(2)).toContainText(`${questionLabel('seq-lead')} — hint 1: Read past the dateline`);
	await expect(trail.getByRole('row').nth(3)).toContainText('Answer saved');
	await expect(trail.getByRole('row').nth(3)).toContainText(`${questionLabel('seq-lead')} — ${reply}`);
	await expect(trail.getByRole('row').nth(4)).toContainText(`${questionLabel('seq-tfn-response')} — False`);
	await expect(trail.getByRole('row').nth(5)).toContainText('Submitted');
	await expect(trail.getByRole('row').nth(5)).toContainText('score 25%');
	await expectNoAxeViolations(page, 'on the attempt page');
});

test('another teacher gets 404 for someone else’s assignment, and can change nothing', async ({ page, browser }, info) => {
	await signUp(page, 'owner');
	const id = await createAssignment(page, 'Mine alone');
	const attempt = await addAttempt(info, id, 'Kim');
	const code = await page.locator('dd#join-code').textContent();

	const other = await newTeacher(browser, 'intruder');
	for (const path of [`/teacher/assignments/${id}`, `/teacher/assignments/${id}/edit`, `/teacher/assignments/${id}/qr`, `/teacher/assignments/${id}/attempts/${attempt}`]) {
		const response = await other.page.goto(path);
		expect(response?.status(), path).toBe(404);
		await expect(other.page.getByText('Mine alone')).toHaveCount(0);
		await expect(other.page.getByText('Kim')).toHaveCount(0);
	}
	for (const [path, form] of [
		[`/teacher/assignments/${id}?/delete`, { confirm: 'on' }],
		[`/teacher/assignments/${id}?/close`, { confirm: 'yes' }],
		[`/teacher/assignments/${id}/edit?/save`, { title: 'Taken over', module: SLUG, skills: 'numbers', questionCount: '1', feedback: 'each', attemptsAllowed: '1' }]
	] as const) {
		const response = await postForm(other.page, path, form);
		expect(response.status(), path).toBe(404);
	}
	await other.context.close();

	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mine alone');
	await expect(page.locator('dd#join-code')).toHaveText(code!);
	await expect(page.getByText('Open', { exact: true })).toBeVisible();
	await expect(page.getByRole('row', { name: /Kim/ })).toBeVisible();
});

test('a signed-out visitor is sent to sign in, with the way back in the address', async ({ page }) => {
	await page.goto('/teacher/assignments/new?module=x');
	await expect(page).toHaveURL(/\/signin\?next=%2Fteacher%2Fassignments%2Fnew%3Fmodule%3Dx$/);
	const response = await postForm(page, '/teacher/assignments/new?/create', { title: 'Sneaky' });
	expect(response.status()).toBe(303);
	expect(response.headers().location).toMatch(/^\/signin/);
});

test('markup in a title shows as text', async ({ page }) => {
	// An alert would mean the title ran as markup.
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	await signUp(page, 'markup');
	await createAssignment(page, HOSTILE);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(HOSTILE);
	await expect(page.locator('img[src="x"]')).toHaveCount(0);
	await expect(page).toHaveTitle(`${HOSTILE} · Sourced`);
	await page.goto('/teacher');
	await expect(page.getByRole('link', { name: HOSTILE })).toBeVisible();
	await expect(page.locator('img[src="x"]')).toHaveCount(0);
	expect(dialogs).toEqual([]);
});

test('the preview shows the story and every question with its key, evidence and hints', async ({ page }) => {
	// Axe over every question with its key and evidence takes a while on a loaded machine.
	test.slow();
	await signUp(page, 'preview');
	// Other tests publish public modules of their own; this one previews the first story's.
	await page.getByRole('article', { name: /NATO/ }).getByRole('link', { name: 'Preview with answers' }).click();
	await expect(page).toHaveURL(`/teacher/modules/${SLUG}`);
	await expect(page.getByRole('heading', { level: 2, name: 'NATO received no official notification on mutual suspension of missions from Russia yet' })).toBeVisible();
	for (const skill of ['Sequence', 'Numbers', 'Sources']) {
		await expect(page.getByRole('heading', { level: 2, name: skill, exact: true })).toBeVisible();
	}
	const articles = page.getByRole('article', { name: /^Q\d+ · [a-z0-9-]+$/ });
	expect(await articles.count()).toBe(moduleKey().questions.length);
	const q = page.getByRole('article', { name: questionLabel('seq-lead'), exact: true });
	await expect(q).toContainText('Which development does the lead report?');
	await expect(q.locator('dt', { hasText: 'Answer' })).toBeVisible();
	await expect(q.locator('blockquote').first()).toBeVisible();
	await expect(q.locator('.right')).toHaveCount(1);
	await expect(page.getByText('Hints').first()).toBeVisible();
	await expectNoAxeViolations(page, 'on the preview');

	// Not for anyone else.
	await page.context().clearCookies();
	await page.goto(`/teacher/modules/${SLUG}`);
	await expect(page).toHaveURL(/\/signin\?next=/);
});

test('bad input gets a clear message and creates nothing', async ({ page }) => {
	await signUp(page, 'bad-input');
	await page.goto(`/teacher/assignments/new?module=${SLUG}`);
	for (const skill of ['Sequence', 'Numbers', 'Sources']) await page.getByLabel(skill, { exact: true }).uncheck();
	await page.getByLabel('Number of questions').fill('0');
	await page.getByRole('button', { name: 'Create assignment' }).click();

	const summary = page.getByRole('alert');
	await expect(summary).toBeFocused();
	await expect(summary).toContainText('There are 3 problems with the assignment.');
	await expect(summary.getByRole('link', { name: 'Enter a title.' })).toHaveAttribute('href', '#title');
	await expect(summary.getByRole('link', { name: 'Choose at least one of the skills.' })).toBeVisible();
	await expect(page.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByLabel('Title')).toHaveAccessibleDescription(/Enter a title\./);
	await expect(page.getByLabel('Number of questions')).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByLabel('Sequence', { exact: true })).toHaveAttribute('aria-invalid', 'true');
	// The form stays as it was sent.
	await expect(page.getByLabel('Number of questions')).toHaveValue('0');
	await expect(page.getByLabel('Sequence', { exact: true })).not.toBeChecked();
	await expect(page.getByLabel('Shuffle the question order for each student')).toBeChecked();
	await expect(page).toHaveTitle(/^Error: /);
	await expectNoAxeViolations(page, 'on the form with errors shown');

	await page.getByLabel('Title').fill('x'.repeat(100 * 1024));
	await page.getByLabel('Sequence', { exact: true }).check();
	await page.getByLabel('Number of questions').fill('5');
	await page.getByRole('button', { name: 'Create assignment' }).click();
	await expect(summary).toContainText('Title must be 120 characters or fewer; this one has 102,400.');
	await expect(page).toHaveURL(`/teacher/assignments/new?module=${SLUG}`);

	const response = await postForm(page, '/teacher/assignments/new?/create', {
		title: 'x'.repeat(100 * 1024),
		module: SLUG,
		skills: 'numbers',
		questionCount: '5',
		feedback: 'each',
		attemptsAllowed: '1'
	});
	expect(response.status()).toBe(400);
	expect(await response.text()).toContain('Title must be 120 characters or fewer; this one has 102,400.');

	const other = await postForm(page, '/teacher/assignments/new?/create', {
		title: 'Too many',
		module: SLUG,
		skills: 'numbers',
		questionCount: '99',
		feedback: 'close',
		attemptsAllowed: '11'
	});
	expect(other.status()).toBe(400);
	const html = await other.text();
	expect(html).toContain('Number of questions must be from 1 to 12');
	expect(html).toContain('Attempts allowed must be a whole number from 1 to 10.');

	await page.goto('/teacher');
	await expect(page.getByText('You have not set any assignments yet.')).toBeVisible();
});

test.describe('on a 360 px wide screen', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	test('the teacher’s pages do not scroll sideways', async ({ page }, info) => {
		await signUp(page, 'narrow');
		expect(await scrollsSideways(page)).toBe(false);
		const id = await createAssignment(page, 'A title long enough to need wrapping on a narrow phone screen');
		await addAttempt(info, id, 'Someone with a rather long name indeed');
		await page.reload();
		expect(await scrollsSideways(page)).toBe(false);
		await expectNoAxeViolations(page, 'on the assignment page at 360 px');
		for (const path of ['/teacher', `/teacher/assignments/${id}/edit`, `/teacher/assignments/${id}/qr`, `/teacher/modules/${SLUG}`]) {
			await page.goto(path);
			expect(await scrollsSideways(page), path).toBe(false);
		}
	});
});

test('the full-screen QR fits a projected screen, its code and address readable from the back of the room', async ({ page }) => {
	await signUp(page, 'projector');
	const id = await createAssignment(page, 'Year 10: the NATO story, projected for the whole class');
	const code = (await page.locator('#join-code').textContent())!.trim();
	for (const [width, height] of [
		[1280, 720],
		[1920, 1080]
	] as const) {
		await page.setViewportSize({ width, height });
		await page.goto(`/teacher/assignments/${id}/qr`);
		const where = `at ${width}×${height}`;
		// No site header, and nothing below the fold or off to the side.
		await expect(page.getByRole('banner')).toBeHidden();
		const scroll = await page.evaluate(() => ({
			down: document.documentElement.scrollHeight - document.documentElement.clientHeight,
			across: document.documentElement.scrollWidth - document.documentElement.clientWidth
		}));
		expect(scroll, where).toEqual({ down: 0, across: 0 });
		const codeText = page.getByText(code, { exact: true });
		const address = page.getByText(/^127\.0\.0\.1:\d+\/join$/);
		for (const [name, element, share] of [
			['the code', codeText, 0.12],
			['the address', address, 0.05]
		] as const) {
			const box = (await element.boundingBox())!;
			expect(box.y + box.height, `${name} ${where} is above the fold`).toBeLessThanOrEqual(height);
			expect(box.x + box.width, `${name} ${where} fits across`).toBeLessThanOrEqual(width);
			// Type size as a share of the screen's height is what a projector keeps, whatever its size.
			const size = await element.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
			expect(size, `${name} ${where}: ${size}px`).toBeGreaterThanOrEqual(share * height);
		}
		const qr = (await page.getByRole('img', { name: 'QR code for the join link' }).boundingBox())!;
		expect(qr.y + qr.height, where).toBeLessThanOrEqual(height);
		expect(qr.width, where).toBeGreaterThanOrEqual(0.5 * height);
		await expect(page.getByRole('link', { name: 'Back to the assignment' })).toBeInViewport();
	}
	await expectNoAxeViolations(page, 'on the projected QR page');
});
