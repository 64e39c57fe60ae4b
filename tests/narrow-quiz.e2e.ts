import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectFits, expectWholeWords } from './helpers';
import { answerRightByKeyboard, currentKey, QUIZ, questionPanel, SLUG, startQuiz } from './quiz-helpers';

/*
 * The 320 px sweep, self-study half: every page and quiz state a learner alone can reach, on the
 * narrowest phone we support, never scrolls sideways and passes axe. (The file name puts it on the
 * self-study server, where no assignment ever pauses practice; narrow.e2e.ts covers the class pages.)
 */

test.use({ viewport: { width: 320, height: 640 } });

test('the library, the module page, sign-in and sign-up fit 320 px', async ({ page }) => {
	test.setTimeout(90_000);
	await page.goto('/');
	await expectFits(page, 'the library');
	await page.goto(`/modules/${SLUG}`);
	await expectFits(page, 'the module page');
	await page.goto('/signin');
	await expectFits(page, 'sign-in');
	await page.getByRole('button', { name: /^Sign in/ }).click();
	await expectFits(page, 'sign-in with its errors');
	await page.goto('/signup');
	await expectFits(page, 'sign-up');
});

test('the quiz setup fits 320 px', async ({ page }) => {
	await page.goto(QUIZ);
	await expect(page.getByRole('form', { name: 'Set up your quiz' })).toBeVisible();
	await expectFits(page, 'the quiz setup');
});

/** Skips to the first question of `kind` in a round of `skill`, all questions, feedback after each. */
async function firstOfKind(page: Page, skill: string, kind: string) {
	await startQuiz(page, { skills: [skill], count: 'all' });
	for (let i = 0; i < 40; i++) {
		const q = await currentKey(page);
		if (q.kind === kind) return q;
		await questionPanel(page).getByRole('button', { name: 'Skip for now' }).click();
	}
	throw new Error(`no ${kind} question on ${skill}`);
}

/** How many lines the text of `element` takes. */
function linesOf(element: Locator): Promise<number> {
	return element.evaluate((el) => {
		const range = document.createRange();
		range.selectNodeContents(el);
		return new Set([...range.getClientRects()].map((r) => Math.round(r.bottom))).size;
	});
}

/** Each kind, the skill whose round reaches it soonest, and its name in a sentence. */
const KINDS = [
	['single', 'sequence', 'a single-choice question'],
	['multiple', 'sequence', 'a multiple-choice question'],
	['ordering', 'sequence', 'an ordering question'],
	['tfn', 'sequence', 'a true / false / not stated question'],
	['evidence', 'sequence', 'an evidence question'],
	['numeric', 'numbers', 'a number question'],
	['matching', 'numbers', 'a matching question']
] as const;


for (const [kind, skill, name] of KINDS) {
	test(`${name}, its hint and its feedback fit 320 px`, async ({ page }) => {
		test.setTimeout(120_000);
		const q = await firstOfKind(page, skill, kind);
		await expectFits(page, name);
		if (kind === 'ordering') {
			// Each row, its Move buttons included, stays inside the question's card.
			const card = await questionPanel(page).boundingBox();
			for (const row of await questionPanel(page).getByRole('group', { name: q.stem }).getByRole('listitem').all()) {
				const box = (await row.boundingBox())!;
				expect(box.x + box.width, `an ordering row ends inside the card`).toBeLessThanOrEqual(card!.x + card!.width);
			}
		}
		if (q.hints?.length) {
			const hint = page.getByRole('button', { name: /^Get a hint/ });
			expect(await linesOf(hint), '“Get a hint” on one line').toBe(1);
			await hint.click();
			await expect(page.getByText(q.hints[0]!)).toBeVisible();
			await expectFits(page, `${name} with a hint`);
		}
		await answerRightByKeyboard(page, q);
		await page.getByRole('button', { name: 'Check answer' }).click();
		await expect(page.locator('#verdict')).toBeFocused();
		await expectFits(page, `feedback on ${name}`);
		await expectWholeWords(page, `feedback on ${name}`);
		// However long the explanation, the way on is on screen with the verdict.
		await expect(page.getByRole('button', { name: 'Next question' })).toBeInViewport();
	});
}

/** A round of six with one answer and five skipped, at its review list. */
async function toReview(page: Page) {
	await startQuiz(page, { skills: ['sequence'], count: 6, feedback: 'end' });
	await answerRightByKeyboard(page, await currentKey(page));
	await page.getByRole('button', { name: 'Save answer and go on' }).click();
	for (let i = 0; i < 5; i++) await questionPanel(page).getByRole('button', { name: 'Skip for now' }).click();
	const review = page.getByRole('region', { name: 'Review before you finish' });
	await expect(review).toBeVisible();
	return review;
}

test('the review list fits 320 px', async ({ page }) => {
	test.setTimeout(90_000);
	await toReview(page);
	await expectFits(page, 'the review list');
});

for (const width of [320, 360]) {
	test(`the summary with its timeline and a question under review fit ${width} px`, async ({ page }) => {
		test.setTimeout(90_000);
		await page.setViewportSize({ width, height: 640 });
		const review = await toReview(page);
		await review.getByRole('button', { name: /Finish anyway/ }).click();
		await expect(page.getByRole('heading', { name: /^Quiz done: / })).toBeVisible();
		await expect(page.getByRole('table', { name: 'Score by skill' })).toBeVisible();
		// The told/happened picture arrives after the summary: measured once it is in.
		const events = page.getByRole('region', { name: /^The same events in the order the story tells them/ });
		await expect(events).toBeVisible();
		await expectFits(page, `the summary at ${width} px`);
		await expectWholeWords(page, `the summary at ${width} px`);
		// The table of events scrolls sideways on its own where it must, by keyboard too.
		await events.focus();
		await expect(events).toBeFocused();
		const scrolls = await events.evaluate((el) => el.scrollWidth > el.clientWidth);
		if (scrolls) {
			await page.keyboard.press('ArrowRight');
			await expect.poll(() => events.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
		}
		await page.getByRole('button', { name: 'Review every question' }).click();
		await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
		await expectFits(page, `a question under review at ${width} px`);
	});
}
