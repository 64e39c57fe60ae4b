import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { PASTED_STORY } from '../src/lib/server/studio/fixtures';
import { adminRequest, expectFits, expectNoAxeViolations, scrollsSideways, signUpTeacher } from './helpers';
import { answerRightByKeyboard, currentKey, moduleKey, tabTo } from './quiz-helpers';

/**
 * The studio: a teacher makes a module from their own story. Starting one (paste, saved page, module
 * file, and every kind of bad input), the draft saved as they work (reload, dropped connection, two
 * tabs), and who may open it.
 */

const ORIGIN = { publisher: 'Coastal Post', published: '2025-11-12T18:30', url: 'https://coastal.example/news/sea-wall', licence: 'Written for Sourced' };
const HEADLINE = 'Harbour town votes to rebuild its sea wall before winter';

async function fillOrigin(page: Page) {
	await page.getByLabel('Publisher').fill(ORIGIN.publisher);
	await page.getByLabel('Published (date and time)').fill(ORIGIN.published);
	await page.getByLabel('Web address of the story (optional)').fill(ORIGIN.url);
	await page.getByLabel('Licence or permission (optional)').fill(ORIGIN.licence);
}

/** Starts a module from the pasted story; ends on its editor page and returns its id. */
async function pasteStory(page: Page, text = PASTED_STORY): Promise<string> {
	await page.goto('/teacher/studio/new');
	await page.getByRole('radio', { name: 'Paste the story' }).check();
	await page.getByLabel('The story’s text', { exact: true }).fill(text);
	await fillOrigin(page);
	await page.getByRole('button', { name: 'Start the module' }).click();
	await expect(page).toHaveURL(/\/teacher\/studio\/[0-9a-f-]{36}$/);
	await expect(page.getByRole('heading', { level: 1, name: HEADLINE })).toBeVisible();
	return new URL(page.url()).pathname.split('/').pop()!;
}

const saveState = (page: Page) => page.getByRole('status').filter({ hasText: /^(Saved|Saving…|Not saved)/ });

async function expectSaved(page: Page) {
	await expect(saveState(page)).toHaveText('Saved', { timeout: 15_000 });
}

async function newTeacherPage(browser: Browser, label: string): Promise<Page> {
	const page = await (await browser.newContext()).newPage();
	await signUpTeacher(page, label);
	return page;
}

test.describe('starting a module', () => {
	test('from a pasted story: laid out with headline, standfirst and dateline, the origin recorded, listed as a draft', async ({ page }) => {
		await signUpTeacher(page, 'studio-paste');
		await page.getByRole('link', { name: 'Your modules' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Your modules' })).toBeVisible();
		await expect(page.getByText('You have not made a module yet.')).toBeVisible();
		await expectFits(page, 'the empty studio list');
		await page.getByRole('link', { name: 'New module' }).click();
		await expectNoAxeViolations(page, 'the new-module form');

		const id = await pasteStory(page);
		const story = page.locator('#studio-story');
		// The story as laid out: each part named, the dateline opening the first paragraph.
		await expect(story.locator('p', { hasText: 'Headline' })).toContainText(HEADLINE);
		await expect(story.locator('p', { hasText: 'Standfirst' })).toContainText('Councillors in Westmere approved');
		await expect(story.locator('p', { hasText: 'Paragraph 1' })).toContainText(/Dateline:\s*WESTMERE, November 12 \(Coastal Post\) —/);
		await expect(story.getByRole('button', { name: 'Edit the story text' })).toBeVisible();
		await expect(page.getByText('Coastal Post', { exact: true })).toBeVisible();
		await expect(page.getByRole('link', { name: ORIGIN.url })).toHaveAttribute('href', ORIGIN.url);
		await expect(page.getByText(ORIGIN.licence)).toBeVisible();
		await expectSaved(page);
		await expectNoAxeViolations(page, 'a new draft');

		await page.goto('/teacher/studio');
		const row = page.getByRole('row', { name: new RegExp(HEADLINE) });
		await expect(row.getByRole('cell').first()).toHaveText('Draft, not published');
		await expect(row).toContainText('Only you');
		await row.getByRole('link', { name: HEADLINE }).click();
		await expect(page).toHaveURL(new RegExp(`/teacher/studio/${id}$`));
	});

	test('bad input gets a clear message each time, and nothing is stored', async ({ page }) => {
		await signUpTeacher(page, 'studio-bad');
		await page.goto('/teacher/studio/new');
		const alert = page.getByRole('alert');

		// A 2 MB paste: refused in the browser at once, with its size.
		await page.getByLabel('The story’s text', { exact: true }).fill('A word or two. '.repeat(140_000));
		await fillOrigin(page);
		await page.getByRole('button', { name: 'Start the module' }).click();
		await expect(alert).toContainText('The story is too long: 2,100,000 characters, and a story may have at most 100,000.');
		await expect(alert).toBeFocused();
		await expectNoAxeViolations(page, 'a refused paste');

		// Script in every field: each named.
		await page.getByLabel('The story’s text', { exact: true }).fill(PASTED_STORY.replace('Two councillors', '<script>alert(1)</script> Two councillors'));
		await page.getByLabel('Publisher').fill('<script>alert(1)</script>');
		await page.getByLabel('Licence or permission (optional)').fill('<img src=x onerror=alert(1)>');
		await page.getByRole('button', { name: 'Start the module' }).click();
		await expect(alert).toContainText('The module could not be started: 3 problems.');
		await expect(alert).toContainText('The publisher contains HTML or script');
		await expect(alert).toContainText('The licence or permission note contains HTML or script');
		await expect(alert).toContainText('The story contains HTML or script');
		// What was typed is still there to fix.
		await expect(page.getByLabel('The story’s text', { exact: true })).toHaveValue(/<script>alert\(1\)<\/script> Two councillors/);
		await fillOrigin(page);

		// A binary file renamed .html.
		await page.getByRole('radio', { name: 'Upload a saved web page (.html)' }).check();
		const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
		await page.getByLabel('The saved web page').setInputFiles({ name: 'story.html', mimeType: 'text/html', buffer: png });
		await page.getByRole('button', { name: 'Start the module' }).click();
		await expect(alert).toContainText('This file is not a web page.');

		// A page with no article.
		const index = '<!doctype html><html><head><title>News</title></head><body><nav><a href="/a">One</a></nav><p>Sign in to read.</p></body></html>';
		await page.getByLabel('The saved web page').setInputFiles({ name: 'index.html', mimeType: 'text/html', buffer: Buffer.from(index) });
		await page.getByRole('button', { name: 'Start the module' }).click();
		await expect(alert).toContainText('We could not find an article on this page.');

		// A module file of another schema version.
		await page.getByRole('radio', { name: 'Upload a module file (.json)' }).check();
		const old = JSON.stringify({ schemaVersion: 1, slug: 'old-module', title: 'Old' });
		await page.getByLabel('The module file').setInputFiles({ name: 'old.json', mimeType: 'application/json', buffer: Buffer.from(old) });
		await page.getByRole('button', { name: 'Start the module' }).click();
		await expect(alert).toContainText('This module file is in format version 1; this site reads version 2.');
		await expectNoAxeViolations(page, 'a refused module file');

		// Sent without the browser's check (as a page without JavaScript would): the server refuses it too.
		const origin = new URL(page.url()).origin;
		const huge = await page.request.post('/teacher/studio/new?/start', {
			multipart: { source: 'paste', text: 'x'.repeat(2 * 1024 * 1024), publisher: 'P', published: ORIGIN.published, offset: '+00:00' },
			headers: { origin, accept: 'text/html' },
			maxRedirects: 0
		});
		expect(huge.status()).toBe(413);
		expect(await huge.text()).toContain('That is too large to send.');

		await page.goto('/teacher/studio');
		await expect(page.getByText('You have not made a module yet.')).toBeVisible();
	});

	test('from a saved web page: the article is taken out, the page fills what the teacher left blank', async ({ page }) => {
		await signUpTeacher(page, 'studio-html');
		const [headline, standfirst, ...paragraphs] = PASTED_STORY.trim().split('\n\n');
		const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${headline} | Coastal Post</title>
			<meta name="description" content="${standfirst}"><meta property="og:site_name" content="Coastal Post">
			<meta property="article:published_time" content="2025-11-12T18:30:00Z"><link rel="canonical" href="https://coastal.example/sea-wall">
			<script>document.title = 'hijacked'</script></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
			<article><h1>${headline}</h1>${paragraphs.map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('')}</article>
			<footer>All rights reserved</footer></body></html>`;
		await page.goto('/teacher/studio/new');
		await page.getByRole('radio', { name: 'Upload a saved web page (.html)' }).check();
		await page.getByLabel('The saved web page').setInputFiles({ name: 'sea-wall.html', mimeType: 'text/html', buffer: Buffer.from(html) });
		await page.getByLabel('Licence or permission (optional)').fill('Used with permission for classroom use');
		await page.getByRole('button', { name: 'Start the module' }).click();
		await expect(page.getByRole('heading', { level: 1, name: HEADLINE })).toBeVisible();
		await expect(page.getByText('Coastal Post', { exact: true })).toBeVisible();
		await expect(page.getByRole('link', { name: 'https://coastal.example/sea-wall' })).toBeVisible();
		await expect(page.locator('#studio-story')).not.toContainText('All rights reserved');
	});
});

test.describe('the draft saves itself', () => {
	test('as the teacher types, through a reload, and through a dropped connection', async ({ browser }) => {
		const page = await newTeacherPage(browser, 'studio-autosave');
		const id = await pasteStory(page);
		await expectSaved(page);

		await page.getByLabel('Title').fill('Westmere’s sea wall');
		await expect(page.getByRole('heading', { level: 1, name: 'Westmere’s sea wall' })).toBeVisible();
		await expectSaved(page);
		await page.reload();
		await expect(page.getByLabel('Title')).toHaveValue('Westmere’s sea wall');

		// Offline: the change is kept on this device, the status says so, and it is sent when the connection returns.
		await page.context().setOffline(true);
		await page.getByLabel('Title').fill('Westmere votes for a sea wall');
		await expect(saveState(page)).toHaveText(/^Not saved: offline, will retry/, { timeout: 15_000 });
		await expectNoAxeViolations(page, 'the editor offline');
		await page.context().setOffline(false);
		await expectSaved(page);
		await page.goto(`/teacher/studio/${id}`);
		await expect(page.getByLabel('Title')).toHaveValue('Westmere votes for a sea wall');

		// A change the page never sent (closed while offline) comes back on the next visit, and is sent.
		// This page's saves are refused outright too: a retry fired while the closing page is torn down must not
		// reach the server once the connection is back, or there would be nothing left to bring back.
		await page.route(`**/teacher/studio/${id}/draft`, (route) => route.abort('internetdisconnected'));
		await page.context().setOffline(true);
		await page.getByLabel('Title').fill('Written offline, then closed');
		await expect(saveState(page)).toHaveText(/^Not saved: offline/, { timeout: 15_000 });
		const context = page.context();
		await page.close();
		await context.setOffline(false);
		const again = await context.newPage();
		await again.goto(`/teacher/studio/${id}`);
		await expect(again.getByLabel('Title')).toHaveValue('Written offline, then closed');
		await expect(again.getByText('Changes you made earlier on this device had not reached the server')).toBeVisible();
		await expectSaved(again);
		await again.reload();
		await expect(again.getByLabel('Title')).toHaveValue('Written offline, then closed');
	});

	test('two tabs on one draft: the second is told, never silently overwrites, and can keep its work as a copy', async ({ browser }) => {
		const first = await newTeacherPage(browser, 'studio-tabs');
		const id = await pasteStory(first);
		await expectSaved(first);
		const second = await first.context().newPage();
		await second.goto(`/teacher/studio/${id}`);
		await expectSaved(second);

		await first.getByLabel('Title').fill('Edited in the first tab');
		await expectSaved(first);
		await second.getByLabel('Summary for the library').fill('Edited in the second tab');
		const conflict = second.getByRole('alert').filter({ hasText: 'This draft was changed somewhere else' });
		await expect(conflict).toBeVisible({ timeout: 15_000 });
		await expect(saveState(second)).toHaveText('Not saved: changed in another tab or device');
		await expectNoAxeViolations(second, 'a conflict');

		// The first tab's save stands.
		await first.reload();
		await expect(first.getByLabel('Title')).toHaveValue('Edited in the first tab');

		await conflict.getByRole('button', { name: 'Keep mine as a copy' }).click();
		await expect(second).not.toHaveURL(new RegExp(`/teacher/studio/${id}$`));
		await expect(second.getByLabel('Summary for the library')).toHaveValue('Edited in the second tab');
		await expect(second.getByLabel('Title')).toHaveValue(`${HEADLINE} (copy)`);
		await expectSaved(second);

		// And "Load the latest" takes the other tab's draft.
		await second.goto(`/teacher/studio/${id}`);
		await expectSaved(second);
		await first.getByLabel('Title').fill('Edited again in the first tab');
		await expectSaved(first);
		await second.getByLabel('Title').fill('Second tab, stale');
		await second.getByRole('button', { name: /^Load the latest/ }).click({ timeout: 15_000 });
		await expect(second.getByLabel('Title')).toHaveValue('Edited again in the first tab');
		await expectSaved(second);
		await second.goto('/teacher/studio');
		await expect(second.getByRole('row')).toHaveCount(3);
	});
});

test.describe('who may open the studio', () => {
	test('another teacher’s module is a 404 on every page and endpoint; a visitor is sent to sign in', async ({ browser }) => {
		const owner = await newTeacherPage(browser, 'studio-owner');
		const id = await pasteStory(owner);
		const other = await newTeacherPage(browser, 'studio-other');
		for (const path of [`/teacher/studio/${id}`, `/teacher/studio/${id}/preview`]) {
			expect((await other.goto(path))?.status(), path).toBe(404);
		}
		const origin = new URL(other.url()).origin;
		const put = await other.request.put(`/teacher/studio/${id}/draft`, {
			data: { baseRevision: 1, draft: { schemaVersion: 2, title: 'Taken over' } },
			headers: { origin }
		});
		expect(put.status()).toBe(404);
		const check = await other.request.post(`/teacher/studio/${id}/preview/check`, { data: { questionId: 'x', answer: 'y' }, headers: { origin } });
		expect(check.status()).toBe(404);
		await owner.reload();
		await expect(owner.getByLabel('Title')).toHaveValue(HEADLINE);

		const visitor = await (await browser.newContext()).newPage();
		await visitor.goto(`/teacher/studio/${id}`);
		await expect(visitor).toHaveURL(/\/signin\?next=/);
		const anonymous = await visitor.request.put(`/teacher/studio/${id}/draft`, { data: { baseRevision: 1, draft: {} }, headers: { origin } });
		expect(anonymous.status()).toBe(401);
	});
});

test.describe('small screens', () => {
	test('at 360 px nothing in the studio is cut off', async ({ browser }) => {
		const page = await newTeacherPage(browser, 'studio-narrow');
		await page.setViewportSize({ width: 360, height: 740 });
		await page.goto('/teacher/studio/new');
		await expectFits(page, 'the new-module form at 360 px');
		await pasteStory(page);
		await expectSaved(page);
		expect(await scrollsSideways(page)).toBe(false);
		await expectFits(page, 'the editor at 360 px');
		await page.goto('/teacher/studio');
		await expectFits(page, 'the studio list at 360 px');
	});
});

// ---------------------------------------------------------------------------------------------------
// The whole journey: a story pasted, questions of every kind built by selecting words with the keyboard,
// the checks' problems fixed, a preview, publishing, assigning; a student takes it; a new version.
// ---------------------------------------------------------------------------------------------------

/** Written for this test, in news style; no relative time words, so the checks ask only about the questions. */
const JOURNEY_STORY = `Library to open on Sundays after residents' petition

The city council approved £120,000 to staff the central library for seven more hours a week, after 2,400 residents signed a petition

NORTHBRIDGE, February 10 (Northbridge Herald) — The city council approved £120,000 to open the central library on Sundays, after 2,400 residents signed a petition asking for it.

"Students need a quiet place to work at the weekend," said Mei Tanaka, who started the petition in November.

The library will add seven hours a week from March 2, the council said in a statement. Councillor Dev Patel, who voted against the plan, said the money should go to repairing the roof first.
`;
const JOURNEY_HEADLINE = "Library to open on Sundays after residents' petition";

/** Strings only the studio's code holds: a student page whose scripts contain one has loaded studio code. */
const STUDIO_MARKERS = ['Use these words', 'Keep mine as a copy', 'Not saved: offline, will retry', 'Add a question', 'Start the module'];

/** Collects the text of every script the page loads from our server. */
function recordScripts(page: Page): string[] {
	const bodies: string[] = [];
	page.on('response', async (response) => {
		if (!response.url().endsWith('.js')) return;
		const body = await response.text().catch(() => '');
		bodies.push(body);
	});
	return bodies;
}

/** The story as the studio laid it out (the text every offset indexes): the pasted blocks, trimmed. */
const storyText = (pasted: string) => pasted.trim().split('\n\n').slice(0).join('\n\n');

/**
 * Cites `quote` with the keyboard alone: opens the picker from `button`, selects the words (with the picker's
 * search, or with `arrows` by moving the caret word by word and holding Shift, as a reader without a
 * pointer would) and presses "Use these words".
 */
async function citeByKeyboard(page: Page, button: Locator, quote: string, { arrows = false } = {}) {
	await button.focus();
	await page.keyboard.press('Enter');
	const story = page.getByRole('textbox', { name: 'Story text: select the words to cite' });
	await expect(story).toBeFocused();
	expect(storyText(JOURNEY_STORY).includes(quote), `“${quote}” is in the story`).toBe(true);
	if (arrows) {
		await selectWithArrows(page, story, quote);
	} else {
		await page.keyboard.press('Tab');
		await expect(page.getByRole('searchbox', { name: 'Find words in the story' })).toBeFocused();
		await page.keyboard.type(quote);
		await page.keyboard.press('Enter');
	}
	await expect(page.getByRole('status', { name: 'Selected words' })).toContainText(`Selected: “${quote}”`);
	const use = page.getByRole('button', { name: 'Use these words' });
	await tabTo(page, use);
	await page.keyboard.press('Enter');
	await expect(use).toHaveCount(0);
}

/** Moves the caret to `quote` with Ctrl+arrows (then single arrows) and extends the selection over it with Shift. */
async function selectWithArrows(page: Page, story: Locator, quote: string) {
	const text = await story.inputValue();
	const start = text.indexOf(quote);
	const end = start + quote.length;
	const caret = () => story.evaluate((el: HTMLTextAreaElement) => ({ start: el.selectionStart, end: el.selectionEnd }));
	await page.keyboard.press('Control+Home');
	// Bounded: a caret that does not move (a `readonly` text area) fails the check below instead of looping.
	for (let i = 0; i < 500 && (await caret()).end < start; i++) await page.keyboard.press('Control+ArrowRight');
	for (let over = (await caret()).end - start; over > 0; over--) await page.keyboard.press('ArrowLeft');
	for (let i = 0; i < 50 && (await caret()).end < end; i++) await page.keyboard.press('Control+Shift+ArrowRight');
	for (let over = (await caret()).end - end; over > 0; over--) await page.keyboard.press('Shift+ArrowLeft');
	expect(await caret()).toEqual({ start, end });
}

/** Adds a question of a kind with the keyboard; returns the new question's editor. */
async function addQuestion(page: Page, kind: string): Promise<Locator> {
	const select = page.getByRole('combobox', { name: 'Kind of question' });
	await select.selectOption({ label: kind });
	const add = page.getByRole('button', { name: 'Add a question' });
	await add.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('textbox', { name: 'Id' }).last()).toBeFocused();
	return page.locator('#studio-questions details.item').last();
}

async function fillCommon(page: Page, q: Locator, fields: { stem: string; explanation: string; evidence: string }) {
	await q.getByRole('textbox', { name: 'Stem (the question asked)' }).fill(fields.stem);
	await q.getByRole('textbox', { name: 'Explanation (why the answer is right)' }).fill(fields.explanation);
	await citeByKeyboard(page, q.getByRole('button', { name: /^Choose words: Evidence 1 \(new\)$/ }), fields.evidence);
}

test.describe('the journey', () => {
	test('paste, build every kind of question by keyboard, fix the checks, preview, publish, assign; a student takes it; a new version leaves the attempt on its own', async ({ browser }) => {
		test.setTimeout(300_000);
		const teacher = await newTeacherPage(browser, 'studio-journey');
		await teacher.goto('/teacher/studio/new');
		await teacher.getByLabel('The story’s text', { exact: true }).fill(JOURNEY_STORY);
		await teacher.getByLabel('Publisher').fill('Northbridge Herald');
		await teacher.getByLabel('Published (date and time)').fill('2026-02-10T09:00');
		await teacher.getByRole('button', { name: 'Start the module' }).click();
		await expect(teacher.getByRole('heading', { level: 1, name: JOURNEY_HEADLINE })).toBeVisible();
		const id = new URL(teacher.url()).pathname.split('/').pop()!;
		await expectSaved(teacher);

		// Single choice.
		let q = await addQuestion(teacher, 'Single choice');
		await q.getByRole('textbox', { name: 'Option a: text' }).fill('2,400');
		await q.getByRole('textbox', { name: 'Option b: text' }).fill('120,000');
		await q.getByRole('textbox', { name: 'Option b: feedback when chosen' }).fill('That is the money, in pounds.');
		await fillCommon(teacher, q, { stem: 'How many residents signed the petition?', explanation: 'The standfirst gives the count of residents.', evidence: '2,400 residents signed a petition' });

		// Two events in the fact tables, and the order the story gives them; then an ordering question on them.
		const facts = teacher.locator('#studio-facts');
		const addEvent = async (label: string, cite: string) => {
			await facts.getByRole('button', { name: /^Add an event/ }).click();
			const row = facts.locator('details.item').filter({ has: teacher.getByRole('textbox', { name: 'Label (a learner orders these)' }) }).last();
			await row.getByRole('textbox', { name: 'Label (a learner orders these)' }).fill(label);
			await citeByKeyboard(teacher, row.getByRole('button', { name: /^Choose words: Where the story first tells it$/ }), cite);
		};
		await addEvent('Residents sign a petition', '2,400 residents signed a petition');
		await addEvent('The council approves the money', 'The city council approved £120,000 to staff the central library');
		await facts.getByRole('button', { name: /^Add a relation/ }).click();
		const relation = facts.locator('details.item').filter({ has: teacher.getByRole('combobox', { name: 'This event', exact: true }) }).last();
		await relation.getByRole('combobox', { name: 'This event', exact: true }).selectOption({ label: 'Residents sign a petition' });
		await relation.getByRole('combobox', { name: 'happened before this event' }).selectOption({ label: 'The council approves the money' });
		await citeByKeyboard(teacher, relation.getByRole('button', { name: /^Choose words: Words that establish the order$/ }), 'after 2,400 residents signed a petition', {
			arrows: true
		});
		await relation.getByRole('textbox', { name: 'Why the words establish it' }).fill('“After” puts the petition first.');

		q = await addQuestion(teacher, 'Ordering');
		for (const label of ['The council approves the money', 'Residents sign a petition']) {
			await q.getByRole('combobox', { name: 'Event to add' }).selectOption({ label });
			await q.getByRole('button', { name: 'Add the event' }).click();
		}
		await q.getByRole('button', { name: 'Move up “Residents sign a petition” in the answer' }).click();
		await q.getByRole('textbox', { name: 'Feedback for a wrong order' }).fill('The council acted after the petition.');
		await fillCommon(teacher, q, { stem: 'Put these in the order they happened.', explanation: 'The money was approved after the petition.', evidence: 'after 2,400 residents signed a petition' });

		// Multiple select.
		q = await addQuestion(teacher, 'Multiple select');
		await q.getByRole('textbox', { name: 'Option a: text' }).fill('Mei Tanaka');
		await q.getByRole('textbox', { name: 'Option b: text' }).fill('The library staff');
		await q.getByRole('textbox', { name: 'Option b: feedback when chosen' }).fill('No one from the library is quoted.');
		await q.getByRole('textbox', { name: 'Option c: text' }).fill('Councillor Dev Patel');
		await q.getByRole('checkbox', { name: 'Option c is right' }).check();
		await fillCommon(teacher, q, { stem: 'Whose words does the story report?', explanation: 'Mei Tanaka is quoted; Dev Patel is paraphrased.', evidence: 'said Mei Tanaka' });

		// True, false or not stated.
		q = await addQuestion(teacher, 'True, false or not stated');
		await q.getByRole('textbox', { name: 'Statement' }).fill('The library roof has been repaired.');
		await q.getByRole('radio', { name: 'Not stated' }).check();
		await q.getByRole('textbox', { name: 'Feedback for “True”' }).fill('The story only says a councillor wants it repaired.');
		await q.getByRole('textbox', { name: 'Feedback for “False”' }).fill('The story does not say whether it was repaired.');
		await fillCommon(teacher, q, { stem: 'True, false or not stated?', explanation: 'Only a wish to repair the roof is reported.', evidence: 'repairing the roof first' });

		// Number or date.
		q = await addQuestion(teacher, 'Number or date');
		await q.getByRole('textbox', { name: 'Right value' }).fill('7');
		await q.getByRole('textbox', { name: 'Unit words' }).fill('hours');
		await fillCommon(teacher, q, { stem: 'How many hours a week will the library add?', explanation: 'The last paragraph gives the hours.', evidence: 'seven hours a week' });
		await q.getByRole('textbox', { name: /^Feedback for (a wrong|any other wrong)/ }).fill('Read the last paragraph again.');

		// Matching.
		q = await addQuestion(teacher, 'Matching');
		await q.getByRole('textbox', { name: 'Choice c1' }).fill('Mei Tanaka');
		await q.getByRole('textbox', { name: 'Choice c2' }).fill('Dev Patel');
		await q.getByRole('textbox', { name: 'Prompt p1' }).fill('Students need somewhere quiet.');
		await q.getByRole('textbox', { name: 'Prompt p2' }).fill('Fix the roof first.');
		await q.getByRole('combobox', { name: 'Prompt p1 matches' }).selectOption({ label: 'Mei Tanaka' });
		await q.getByRole('combobox', { name: 'Prompt p2 matches' }).selectOption({ label: 'Dev Patel' });
		await q.getByRole('textbox', { name: /^Feedback for (a wrong|any other wrong)/ }).fill('Find who said each thing.');
		await fillCommon(teacher, q, { stem: 'Who said what?', explanation: 'Tanaka speaks for the students; Patel for the roof.', evidence: 'Councillor Dev Patel, who voted against the plan' });

		// Find the evidence.
		q = await addQuestion(teacher, 'Find the evidence');
		await q.getByRole('textbox', { name: 'Claim to support' }).fill('The council has put money towards Sunday opening.');
		await q.getByRole('textbox', { name: /^Feedback for (a wrong|any other wrong)/ }).fill('Look for the sum the council approved.');
		await fillCommon(teacher, q, { stem: 'Which sentence supports the claim?', explanation: 'The lead gives the sum approved.', evidence: 'The city council approved £120,000 to open the central library on Sundays' });

		await expectSaved(teacher);
		await expectNoAxeViolations(teacher, 'the editor with a question of each kind');
		// Every cited passage is listed once, with the words around it and where it is used.
		const citations = teacher.getByRole('region', { name: /^Citations \(\d+\)$/ });
		await expect(citations).toContainText('after 2,400 residents signed a petition');

		// The checks list what is left; publishing waits for them.
		const checks = teacher.locator('#studio-checks');
		const publish = teacher.getByRole('button', { name: 'Publish version 1' });
		const problems = checks.getByRole('listitem');
		if ((await problems.count()) > 0) {
			await expect(publish).toBeDisabled();
			await expect(publish).toHaveAccessibleDescription(/^Fix the/);
		}
		await expect(checks, `problems left: ${await checks.textContent()}`).toContainText('No problems: the module can be published.', { timeout: 10_000 });
		await expectSaved(teacher);

		// Preview as a student: the real quiz, graded on the server against the draft.
		await teacher.getByRole('link', { name: 'Preview as a student' }).click();
		await expect(teacher).toHaveURL(new RegExp(`/teacher/studio/${id}/preview$`));
		const setup = teacher.getByRole('form', { name: 'Set up your quiz' });
		await setup.getByRole('radio', { name: /^All \d+/ }).check();
		await setup.getByRole('button', { name: 'Start the quiz' }).click();
		await expect(teacher.getByRole('heading', { name: /^Question 1 of 7$/ })).toBeVisible();
		await expectNoAxeViolations(teacher, 'the preview');
		await teacher.getByRole('link', { name: 'Back to editing' }).click();

		await expect(publish).toBeEnabled();
		await publish.click();
		await expect(teacher.getByRole('status').filter({ hasText: /^Published version 1 \([0-9a-f]{12}\)/ })).toBeVisible();
		await expectNoAxeViolations(teacher, 'a published module');

		// Assign from the module's page.
		await teacher.getByRole('link', { name: 'Assign version 1' }).click();
		await expect(teacher).toHaveURL(/\/teacher\/assignments\/new\?module=/);
		await teacher.getByLabel('Title').fill('Library petition');
		await teacher.getByRole('checkbox', { name: /^Shuffle/ }).uncheck();
		await teacher.getByRole('radio', { name: 'After submitting' }).check();
		await teacher.getByRole('button', { name: 'Create assignment' }).click();
		await expect(teacher).toHaveURL(/\/teacher\/assignments\/[0-9a-f-]{36}$/);
		const assignment = teacher.url();
		const code = (await teacher.locator('#join-code').textContent())!.trim();

		// A student takes it; nothing of the studio loads on their pages.
		const student = await (await browser.newContext()).newPage();
		const scripts = recordScripts(student);
		await student.goto('/join');
		await student.getByLabel('Join code').fill(code);
		await student.getByRole('button', { name: 'Continue' }).click();
		await student.getByLabel('Your name').fill('Ada Lovelace');
		await student.getByRole('button', { name: 'Start' }).click();
		await expect(student.getByRole('heading', { name: /^Question 1 of 7$/ })).toBeVisible();
		await student.getByRole('radio', { name: '2,400', exact: true }).check();
		await student.getByRole('button', { name: 'Save answer and go on' }).click();
		await expect(student.getByRole('heading', { name: /^Question 2 of 7$/ })).toBeVisible();
		await student.getByRole('button', { name: 'Review all answers' }).click();
		await student.getByRole('region', { name: 'Review before you submit' }).getByRole('button', { name: /^Submit/ }).click();
		await expect(student.getByRole('heading', { name: /^Submitted/ })).toBeVisible();
		await student.waitForLoadState('networkidle');
		const leaked = STUDIO_MARKERS.filter((m) => scripts.some((s) => s.includes(m)));
		expect(leaked, 'studio code loaded on the student’s pages').toEqual([]);
		expect(scripts.length).toBeGreaterThan(0);

		// The teacher edits and publishes version 2; the attempt still names version 1.
		await teacher.goto(`/teacher/studio/${id}`);
		await teacher.getByLabel('Title').fill('Sunday library: the petition');
		await expectSaved(teacher);
		await teacher.getByRole('button', { name: 'Publish version 2' }).click();
		await expect(teacher.getByRole('status').filter({ hasText: /^Published version 2/ })).toBeVisible();
		await teacher.goto(assignment);
		await expect(teacher.locator('main')).toContainText(/version 1\b/i);
		await teacher.getByRole('link', { name: /Ada Lovelace/ }).first().click();
		await expect(teacher.locator('main')).toContainText(/version 1\b/i);
	});
});

test.describe('a teacher’s public module in self-study', () => {
	test('a new version keeps the learner’s answers that still fit and names the one that does not', async ({ browser }) => {
		test.setTimeout(180_000);
		const admin = await adminRequest();
		expect((await admin.post('/admin?/publicModules', { form: { allow: 'yes' }, maxRedirects: 0 })).status()).toBe(200);

		// The teacher's module: the built-in's content under a slug of its own, published and made public.
		const teacher = await newTeacherPage(browser, 'carry');
		const slug = `carry-${Date.now().toString(36)}`;
		const json = { ...moduleKey(), slug, title: 'Missions, for self-study' } as Record<string, unknown> & { questions: { id: string; stem: string }[] };
		await teacher.goto('/teacher/studio/new');
		await teacher.getByRole('radio', { name: 'Upload a module file (.json)' }).check();
		await teacher.getByLabel('The module file').setInputFiles({ name: `${slug}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(json)) });
		await teacher.getByRole('button', { name: 'Start the module' }).click();
		await expect(teacher).toHaveURL(/\/teacher\/studio\/[0-9a-f-]{36}$/);
		const editor = new URL(teacher.url());
		const form = (fields: Record<string, string>) => ({ form: fields, headers: { origin: editor.origin, accept: 'text/html' }, maxRedirects: 0 });
		expect((await teacher.request.post(`${editor.pathname}?/publish`, form({ revision: '1' }))).status()).toBe(200);
		expect((await teacher.request.post(`${editor.pathname}?/visibility`, form({ visibility: 'public' }))).status()).toBe(200);

		// A learner alone answers two questions on version 1, feedback at the end.
		const learner = await (await browser.newContext()).newPage();
		await learner.goto(`/modules/${slug}/quiz`);
		const setup = learner.getByRole('form', { name: 'Set up your quiz' });
		await setup.getByRole('radio', { name: /At the end/ }).check();
		await setup.getByRole('button', { name: 'Start the quiz' }).click();
		const answered = [];
		for (const n of [1, 2]) {
			await expect(learner.getByRole('heading', { name: new RegExp(`^Question ${n} of \\d+$`) })).toBeVisible();
			const q = await currentKey(learner);
			await answerRightByKeyboard(learner, q);
			answered.push(q);
			await learner.getByRole('button', { name: 'Save answer and go on' }).click();
		}
		await expect(learner.getByRole('heading', { name: /^Question 3 of \d+$/ })).toBeVisible();

		// The teacher rewords the second of them and publishes version 2.
		const [kept, changed] = answered as [(typeof answered)[0], (typeof answered)[0]];
		const reworded = `${changed.stem} (as the story tells it)`;
		json.questions.find((q) => q.id === changed.id)!.stem = reworded;
		const saved = await teacher.request.put(`${editor.pathname}/draft`, { data: { baseRevision: 1, draft: json }, headers: { origin: editor.origin } });
		expect(saved.status()).toBe(200);
		expect((await teacher.request.post(`${editor.pathname}?/publish`, form({ revision: String((await saved.json()).revision) }))).status()).toBe(200);

		// The learner comes back: the first answer is kept, the reworded question is named and asked again.
		await learner.goto(`/modules/${slug}`);
		await learner.getByRole('link', { name: 'Continue the quiz' }).click();
		const update = learner.getByRole('status').filter({ hasText: 'This module was updated' });
		await expect(update).toContainText('This module was updated since you last worked on it. Your answer to 1 question still fits it and is kept, but not all:');
		await expect(update.getByRole('list', { name: 'Changed, so your answers were not kept: answer them again' }).getByRole('listitem')).toHaveText([new RegExp(`^Q\\d+: ${reworded.slice(0, 40).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)]);
		await expect(learner.getByRole('heading', { name: /^Question 2 of \d+$/ })).toBeVisible();
		await expect(learner.locator('section.question')).toContainText(reworded);
		await expectNoAxeViolations(learner, 'the quiz carried onto a new version');
		await learner.getByRole('button', { name: 'Review all answers' }).click();
		const answeredList = learner.getByRole('list', { name: 'Answered (1)' });
		await expect(answeredList.getByRole('listitem')).toHaveCount(1);
		await expect(answeredList).toContainText(kept.stem.slice(0, 30));
		// The message stays until the learner hides it.
		await expect(update).toBeVisible();
		await update.getByRole('button', { name: 'Hide this message' }).click();
		await expect(update).toHaveCount(0);
	});
});
