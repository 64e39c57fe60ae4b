import { expect, test, type Browser, type Page } from '@playwright/test';
import { PASTED_STORY } from '../src/lib/server/studio/fixtures';
import { expectFits, expectNoAxeViolations, scrollsSideways, signUpTeacher } from './helpers';

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
		await expect(story.getByRole('heading', { level: 2, name: HEADLINE })).toBeVisible();
		await expect(story.getByText(/^Councillors in Westmere approved/)).toBeVisible();
		await expect(story.getByText('WESTMERE, November 12 (Coastal Post) —')).toBeVisible();
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
