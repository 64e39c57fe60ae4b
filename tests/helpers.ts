import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Runs axe on the page as it stands (WCAG 2.2 A and AA, plus best practices) and expects nothing found. */
export async function expectNoAxeViolations(page: Page, context = '') {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
		.analyze();
	const found = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
	expect(found, `axe violations ${context}`).toEqual([]);
}

/** True when the page scrolls sideways: content wider than the viewport. */
export async function scrollsSideways(page: Page): Promise<boolean> {
	return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

/** No horizontal scroll (the document no wider than the viewport) and nothing axe finds. */
export async function expectFits(page: Page, where: string) {
	const sizes = await page.evaluate(() => ({
		scroll: document.documentElement.scrollWidth,
		client: document.documentElement.clientWidth
	}));
	expect(sizes.scroll, `${where} is ${sizes.scroll} px wide in ${sizes.client} px`).toBeLessThanOrEqual(sizes.client);
	await expectNoAxeViolations(page, where);
}
