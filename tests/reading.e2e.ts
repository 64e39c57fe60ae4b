import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations, scrollsSideways } from './helpers';

const storyFile = readFileSync('src/lib/server/modules/nato-russia-missions-2021/story.txt', 'utf8');
const paragraphs = storyFile.split('\n\n').slice(3);

test('the library lists the module with its publisher, date and questions per skill', async ({ page }) => {
	await page.goto('/');
	await expect(page).toHaveTitle(/Module library/);
	const card = page.getByRole('article', { name: /NATO/ });
	await expect(card).toBeVisible();
	await expect(card).toContainText('TASS');
	await expect(card.locator('time')).toHaveText('18 Oct 2021, 16:46');
	for (const skill of ['Sequence', 'Numbers', 'Sources']) {
		const count = card.getByText(skill, { exact: true }).locator('xpath=following-sibling::dd');
		expect(Number(await count.textContent())).toBeGreaterThanOrEqual(8);
	}
	await expect(card.getByText(/about \d+ min/)).toBeVisible();
	await expectNoAxeViolations(page, 'on the library');
});

test('the reading page shows the story verbatim, with a way into the quiz', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('article', { name: /NATO/ }).getByRole('link').click();
	await expect(page).toHaveURL(/\/modules\/nato-russia-missions-2021$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'NATO received no official notification on mutual suspension of missions from Russia yet'
	);
	const article = page.locator('article.story');
	const texts = await article.locator('> p:not(.standfirst):not(.byline)').allTextContents();
	expect(texts).toEqual(paragraphs);
	await expect(article.locator('.dateline')).toHaveText('BRUSSELS, October 18. /TASS/.');
	await expect(page.getByText('All news')).toHaveCount(0);
	await expect(page.getByRole('link', { name: 'Start the quiz' })).toHaveAttribute(
		'href',
		'/modules/nato-russia-missions-2021/quiz'
	);
	await expectNoAxeViolations(page, 'on the reading page');
});

test('an unknown module gets a page that says so', async ({ page }) => {
	const response = await page.goto('/modules/no-such-story');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText("We can't find that page");
	await expect(page.getByRole('link', { name: 'Go to the module library' })).toBeVisible();
	await expectNoAxeViolations(page, 'on the 404 page');
});

test.describe('on a 360 px wide screen', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	for (const path of ['/', '/modules/nato-russia-missions-2021']) {
		test(`${path} does not scroll sideways`, async ({ page }) => {
			await page.goto(path);
			expect(await scrollsSideways(page)).toBe(false);
			await expectNoAxeViolations(page, `on ${path} at 360 px`);
		});
	}
});

test('keyboard users can skip to the content and see where focus is', async ({ page }) => {
	await page.goto('/modules/nato-russia-missions-2021');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
	expect(outline).toBe('solid');
	await page.keyboard.press('Enter');
	await expect(page.locator('#main')).toBeFocused();
});
