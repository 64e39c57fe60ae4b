import { expect, test, type Page } from '@playwright/test';
import { createAssignment, signUp } from './class-helpers';
import { expectNoAxeViolations, scrollsSideways } from './helpers';
import { answerRightByKeyboard, currentKey, joinAttempt as join, moduleKey, questionLabel, questionPanel, SLUG } from './quiz-helpers';

/*
 * The teacher's results: a row per student that updates while they work, the question the class missed
 * most at the top with the passage that answers it, and CSV exports that spreadsheets open safely.
 * Students take the attempt through the real pages.
 */

/** The teacher's browser is in New York: the exports' times follow it. */
const ZONE = 'America/New_York';
test.use({ timezoneId: ZONE });
/** A comma, a quote and a formula: what a CSV export must keep intact and defuse. */
const HOSTILE = '=SUM(A1) "Bo", Smith';

/** Answers both questions (the first with a wrong option when `missFirst`) and submits. */
async function takeAndSubmit(page: Page, missFirst: boolean) {
	const first = await currentKey(page);
	expect(first.id).toBe('seq-lead');
	if (missFirst) {
		const wrong = first.options!.find((o) => o.id !== first.answer)!;
		await questionPanel(page).getByRole('radio', { name: wrong.text, exact: true }).check();
	} else {
		await answerRightByKeyboard(page, first);
	}
	await page.getByRole('button', { name: 'Save answer and go on' }).click();
	await expect(page.getByRole('heading', { name: 'Question 2 of 2' })).toBeVisible();
	const second = await currentKey(page);
	expect(second.id).toBe('num-eight');
	await answerRightByKeyboard(page, second);
	await page.getByRole('button', { name: 'Save answer and go on' }).click();
	const review = page.getByRole('region', { name: 'Review before you submit' });
	await review.getByRole('button', { name: 'Submit my answers' }).click();
	await expect(page.getByRole('heading', { name: /^Submitted: \d+%$/ })).toBeVisible();
}

/** RFC 4180, as the export writes it: quoted fields, doubled quotes, CRLF. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	const pattern = /("(?:[^"]|"")*"|[^",\r\n]*)(,|\r\n|$)/gy;
	let row: string[] = [];
	for (let match = pattern.exec(text); match && match.index < text.length; match = pattern.exec(text)) {
		const [, raw, end] = match;
		row.push(raw!.startsWith('"') ? raw!.slice(1, -1).replaceAll('""', '"') : raw!);
		if (end !== ',') {
			rows.push(row);
			row = [];
		}
	}
	return rows;
}

test('a teacher follows results as they come in, finds the most missed question and exports', async ({ browser, page }) => {
	test.setTimeout(120_000);
	await signUp(page, 'results');
	const { id, code } = await createAssignment(page, 'Close reading, week 3');
	const results = `/teacher/assignments/${id}/results`;
	await page.getByRole('link', { name: 'Results and question analysis' }).click();
	await expect(page).toHaveURL(results);
	await expect(page.getByText('No one has joined yet.')).toBeVisible();

	const ada = await join(browser, code, 'Ada Lovelace');
	await takeAndSubmit(ada.page, false);
	const bo = await join(browser, code, HOSTILE);

	await page.reload();
	const students = page.getByRole('table');
	const adaRow = students.getByRole('row', { name: /Ada Lovelace/ });
	await expect(adaRow.getByRole('cell').first()).toHaveText('Submitted');
	await expect(adaRow.getByRole('link', { name: 'Ada Lovelace' })).toHaveAttribute('href', new RegExp(`^/teacher/assignments/${id}/attempts/`));
	// Only joined: nothing to count, so no 0% anywhere.
	await expect(students.getByRole('row', { name: HOSTILE }).getByRole('cell')).toHaveText(['Joined', '0 of 2', '—', '—', '—', '—', '0']);
	await expect(adaRow.getByRole('cell')).toHaveText(['Submitted', '2 of 2', '100%', '100%', '100%', /\d s$/, '0']);
	await expect(page.getByText(/^Updated \d\d:\d\d:\d\d\./)).toBeVisible();

	// The second student submits while the page is open: the next poll brings the row and says so once.
	await takeAndSubmit(bo.page, true);
	await expect(page.locator('.freshness [role="status"]')).toHaveText(`${HOSTILE} submitted.`, { timeout: 15_000 });
	await expect(students.getByRole('row', { name: HOSTILE }).getByRole('cell').first()).toHaveText('Submitted');

	// The missed question comes first, with the passage that answers it.
	const key = moduleKey().questions.find((q) => q.id === 'seq-lead')!;
	const first = page.getByRole('article').first();
	await expect(first.getByRole('heading', { level: 3 })).toHaveText(`${questionLabel('seq-lead')}: ${key.stem}`);
	// One right (1) and one wrong pick among four options (below chance, −1/3): a mean of 1/3.
	await expect(first).toContainText('Mean score 33% · 50% fully correct (1 of 2 who answered)');
	await expect(first.locator('blockquote')).toHaveText(key.evidence[0]!.quote);
	const right = key.options!.find((o) => o.id === key.answer)!.text;
	await expect(first.getByRole('listitem').filter({ hasText: right })).toContainText('1 time (correct answer)');
	await expect(page.getByRole('article').nth(1)).toContainText('Mean score 100% · 100% fully correct (2 of 2 who answered)');

	const averages = page.getByRole('region', { name: 'Class average by skill' });
	// Sequence: one right (1), one wrong pick below chance (−1/3).
	await expect(averages.locator('dd')).toHaveText(['33% of answered (2 answers)', '100% of answered (2 answers)']);
	await expect(averages.locator('dt')).toHaveText(['Sequence', 'Numbers']);

	await expectNoAxeViolations(page, 'on the results page');
	await page.setViewportSize({ width: 360, height: 800 });
	expect(await scrollsSideways(page)).toBe(false);
	await page.setViewportSize({ width: 1280, height: 800 });

	// Exports: headers, BOM, CRLF, and the names back intact, the formula defused.
	await expect(page.getByText(`Times in the files are in ${ZONE}.`)).toBeVisible();
	const studentsHref = await page.getByRole('link', { name: 'Students (CSV)' }).getAttribute('href');
	expect(studentsHref).toBe(`${results}/students.csv?tz=${encodeURIComponent(ZONE)}`);
	const students_csv = await page.request.get(studentsHref!);
	expect(students_csv.status()).toBe(200);
	expect(students_csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
	expect(students_csv.headers()['content-disposition']).toBe('attachment; filename="close-reading-week-3-students.csv"');
	const body = await students_csv.text();
	expect(body.startsWith('\uFEFF')).toBe(true);
	expect(body.endsWith('\r\n')).toBe(true);
	const rows = parseCsv(body.slice(1));
	expect(rows[0]).toEqual([
		'Name',
		'Status',
		`Started (${ZONE})`,
		`Submitted (${ZONE})`,
		'Score % (of all questions)',
		'Points',
		'Out of',
		'Sequence % (of answered)',
		'Numbers % (of answered)',
		'Time taken (s)',
		'Hints',
		'Module version',
		questionLabel('seq-lead'),
		questionLabel('num-eight')
	]);
	expect(rows.slice(1).map((r) => [r[0], r[1], r[4], r[5], r[6]])).toEqual([
		['Ada Lovelace', 'Submitted', '100', '2', '2'],
		[`'${HOSTILE}`, 'Submitted', '33.34', '0.6667', '2']
	]);
	// Local wall-clock time: five hours behind UTC in winter, four in summer.
	expect(rows[1]![3]).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
	const lag = (Date.parse(`${rows[1]![3]!.replace(' ', 'T')}Z`) - Date.now()) / 3_600_000;
	expect(lag > -5.5 && lag < -3.5, `${rows[1]![3]} is New York time`).toBe(true);
	// Without the zone (no JavaScript), UTC, and the heading says so.
	const utc = parseCsv((await (await page.request.get(`${results}/students.csv`)).text()).slice(1));
	expect(utc[0]!.slice(2, 4)).toEqual(['Started (UTC)', 'Submitted (UTC)']);

	const questions_csv = await page.request.get(`${results}/questions.csv`);
	expect(questions_csv.headers()['content-disposition']).toBe('attachment; filename="close-reading-week-3-questions.csv"');
	const qrows = parseCsv((await questions_csv.text()).slice(1));
	expect(qrows.map((r) => r[0])).toEqual(['Question', questionLabel('seq-lead'), questionLabel('num-eight')]);
	expect(qrows[1]!.slice(6, 10)).toEqual(['2', '33.335', '1', '50']);
	expect(qrows[1]![5]).toBe(key.stem);
	// Both files name the module version the attempts answered.
	expect(rows.slice(1).map((r) => r[11])).toEqual(['1', '1']);
	expect(qrows[0]!.at(-1)).toBe('Module version');
	expect(qrows.slice(1).map((r) => r.at(-1))).toEqual(['1', '1']);
	await expect(page.getByText('Every attempt answered version 1 of the module.')).toBeVisible();

	// Without JavaScript: the table, a Refresh link and the filter form still work.
	const nojs = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
	const plain = await nojs.newPage();
	await plain.goto(results);
	await expect(plain.getByRole('row', { name: /Ada Lovelace/ })).toBeVisible();
	await expect(plain.getByRole('link', { name: 'Refresh' })).toHaveAttribute('href', results);
	await plain.getByLabel('Sort', { exact: true }).selectOption('order');
	await plain.getByLabel('Skill', { exact: true }).selectOption('numbers');
	await plain.getByRole('button', { name: 'Show' }).click();
	await expect(plain).toHaveURL(`${results}?sort=order&skill=numbers`);
	await expect(plain.getByLabel('Sort', { exact: true })).toHaveValue('order');
	await expect(plain.getByLabel('Skill', { exact: true })).toHaveValue('numbers');
	const numeric = moduleKey().questions.find((q) => q.id === 'num-eight')!;
	await expect(plain.getByRole('article').getByRole('heading', { level: 3 })).toHaveText([
		`${questionLabel('num-eight')}: ${numeric.stem}`
	]);

	// Another teacher finds nothing at any of these addresses.
	const other = await browser.newContext();
	const otherPage = await other.newPage();
	await signUp(otherPage, 'results-other', 'Second Teacher');
	for (const path of [results, `${results}/data`, `${results}/students.csv`, `${results}/questions.csv`]) {
		expect((await otherPage.request.get(path)).status(), path).toBe(404);
	}
	const shown = await otherPage.goto(results);
	expect(shown?.status()).toBe(404);
	await expect(otherPage.getByText('Ada Lovelace')).toHaveCount(0);

	for (const c of [ada.context, bo.context, nojs, other]) await c.close();
});

test('a question has one number on the preview, the item analysis, the attempt page and both exports', async ({ browser, page }) => {
	test.setTimeout(120_000);
	await signUp(page, 'numbering');
	// Numbers only, shuffled: the student meets the questions in an order of their own.
	await page.goto(`/teacher/assignments/new?module=${SLUG}`);
	await page.getByLabel('Title').fill('Numbering');
	for (const skill of ['Sequence', 'Numbers', 'Sources'] as const) {
		await page.getByRole('checkbox', { name: skill, exact: true }).setChecked(skill === 'Numbers');
	}
	await page.getByLabel('Number of questions').fill('2');
	await page.getByRole('checkbox', { name: /^Shuffle/ }).check();
	await page.getByRole('radio', { name: 'After submitting' }).check();
	await page.getByRole('button', { name: 'Create assignment' }).click();
	await expect(page).toHaveURL(/\/teacher\/assignments\/[0-9a-f-]{36}$/);
	const id = new URL(page.url()).pathname.split('/').pop()!;
	const code = (await page.locator('#join-code').textContent())!.trim();

	const noor = await join(browser, code, 'Noor');
	const seen: string[] = [];
	for (const n of [1, 2]) {
		await expect(noor.page.getByRole('heading', { name: `Question ${n} of 2` })).toBeVisible();
		const q = await currentKey(noor.page);
		seen.push(q.id);
		// The student sees the same number as the teacher, beside their own place in the round.
		const number = moduleKey().questions.findIndex((k) => k.id === q.id) + 1;
		await expect(noor.page.locator('section.question .number')).toHaveText(`Q${number} in the module`);
		await answerRightByKeyboard(noor.page, q);
		await noor.page.getByRole('button', { name: 'Save answer and go on' }).click();
	}
	await noor.page.getByRole('region', { name: 'Review before you submit' }).getByRole('button', { name: 'Submit my answers' }).click();
	await expect(noor.page.getByRole('heading', { name: /^Submitted: / })).toBeVisible();

	const key = moduleKey();
	for (const [place, qid] of seen.entries()) {
		const label = questionLabel(qid);
		const number = String(key.questions.findIndex((q) => q.id === qid) + 1);
		const stem = key.questions.find((q) => q.id === qid)!.stem;

		await page.goto(`/teacher/modules/${SLUG}`);
		await expect(page.getByRole('article', { name: label, exact: true })).toContainText(stem);

		await page.goto(`/teacher/assignments/${id}/results`);
		await expect(page.getByRole('heading', { level: 3, name: `${label}: ${stem}`, exact: true })).toBeVisible();

		await page.getByRole('link', { name: 'Noor' }).click();
		const answer = page.getByRole('article', { name: label, exact: true });
		await expect(answer).toContainText(stem);
		await expect(answer).toContainText(`Their question ${place + 1} of 2`);

		const students = parseCsv((await (await page.request.get(`/teacher/assignments/${id}/results/students.csv`)).text()).slice(1));
		const column = students[0]!.indexOf(label);
		expect(column, `${label} in students.csv`).toBeGreaterThan(0);
		expect(students[1]![column]).toBe('1');

		const questions = parseCsv((await (await page.request.get(`/teacher/assignments/${id}/results/questions.csv`)).text()).slice(1));
		expect(questions[0]!.slice(0, 3)).toEqual(['Question', 'Number', 'Id']);
		expect(questions.find((r) => r[2] === qid)!.slice(0, 2)).toEqual([label, number]);
	}
	await noor.context.close();
});
