import { expect, test, type Page } from '@playwright/test';
import { expectFits, expectNoAxeViolations, expectWholeWords } from './helpers';
import {
	answerRightByKeyboard,
	chooseRadio,
	currentKey,
	moduleKey,
	QUIZ,
	questionPanel,
	SLUG,
	startQuiz,
	tabTo
} from './quiz-helpers';

async function checkByKeyboard(page: Page) {
	await tabTo(page, page.getByRole('button', { name: 'Check answer' }));
	await page.keyboard.press('Enter');
	await expect(page.locator('#verdict')).toBeFocused();
}

/** Picks a wrong answer for a single-choice or true/false question, by pointer. */
async function answerWrong(page: Page) {
	const q = await currentKey(page);
	const panel = questionPanel(page);
	if (q.kind === 'single') {
		const wrong = q.options!.find((o) => o.id !== q.answer)!;
		await panel.getByRole('radio', { name: wrong.text, exact: true }).check();
		return { q, feedback: wrong.feedback! };
	}
	if (q.kind === 'tfn') {
		const choice = (['true', 'false', 'not-stated'] as const).find((c) => c !== q.answer)!;
		const label = { true: 'True', false: 'False', 'not-stated': 'Not stated' }[choice];
		await panel.getByRole('radio', { name: label, exact: true }).check();
		return { q, feedback: q.feedback![choice]! };
	}
	throw new Error(`answerWrong does not handle ${q.kind}`);
}

test('a learner finishes the whole module by keyboard alone, with the right answers, and scores 100%', async ({ page }) => {
	test.setTimeout(240_000);
	const key = moduleKey();
	await page.goto(QUIZ);
	const setup = page.getByRole('form', { name: 'Set up your quiz' });
	await chooseRadio(page, setup, setup.getByRole('radio', { name: `All ${key.questions.length}` }));
	await tabTo(page, setup.getByRole('button', { name: 'Start the quiz' }));
	await page.keyboard.press('Enter');

	const kinds = new Set<string>();
	for (let n = 1; n <= key.questions.length; n++) {
		const heading = page.getByRole('heading', { name: `Question ${n} of ${key.questions.length}` });
		await expect(heading).toBeFocused();
		const q = await currentKey(page);
		kinds.add(q.kind);
		await answerRightByKeyboard(page, q);
		await checkByKeyboard(page);
		await expect(page.locator('#verdict'), `question ${q.id}`).toHaveText(/Correct$/);
		await tabTo(page, page.getByRole('button', { name: n < key.questions.length ? 'Next question' : 'Continue' }));
		await page.keyboard.press('Enter');
	}
	expect(kinds.size).toBe(7);
	await expect(page.getByRole('heading', { name: 'Quiz done: 100%' })).toBeFocused();
	await expect(page.getByText(`You scored ${key.questions.length} of ${key.questions.length} points`)).toBeVisible();
	const bySkill = page.getByRole('table', { name: 'Score by skill' });
	for (const skill of ['Sequence', 'Numbers', 'Sources']) {
		await expect(bySkill.getByRole('row', { name: new RegExp(`^${skill}`) })).toContainText('100%');
	}

	await page.goto('/');
	await expect(page.getByRole('article', { name: /NATO/ })).toContainText('On this device: last score 100%, best 100%');
});

test('a wrong answer is explained with quotes that are highlighted in the story', async ({ page }) => {
	await startQuiz(page, { skills: ['sources'], count: 6 });
	let wrong: Awaited<ReturnType<typeof answerWrong>> | null = null;
	// The first single-choice or true/false question of the round.
	for (let i = 0; i < 6 && !wrong; i++) {
		const q = await currentKey(page);
		if (q.kind === 'single' || q.kind === 'tfn') wrong = await answerWrong(page);
		else await questionPanel(page).getByRole('button', { name: 'Skip for now' }).click();
	}
	if (!wrong) throw new Error('No single-choice or true/false question in the round');
	await page.getByRole('button', { name: 'Check answer' }).click();

	const feedback = page.getByRole('region', { name: /Not quite|Partly right/ });
	await expect(feedback).toContainText(wrong.feedback);
	await expect(feedback).toContainText(wrong.q.explanation);
	const first = wrong.q.evidence[0]!;
	const story = moduleKey().story.text;
	expect(story.slice(first.start, first.end)).toBe(first.quote);
	await expect(feedback.locator('blockquote').first()).toHaveText(first.quote);

	// The button's name is its visible words and the passage, with no stray space before the colon.
	const shown = first.quote.length > 60 ? `${first.quote.slice(0, 60)}…` : first.quote;
	await feedback.getByRole('button', { name: `Show in story: “${shown}”`, exact: true }).first().click();
	const mark = page.locator('#story mark');
	await expect(mark.first()).toBeFocused();
	expect((await mark.allTextContents()).join('')).toBe(first.quote);
	await expect(mark.first()).toBeInViewport();
	await expect(page.getByText(`Highlighted in the story: ${first.quote}`)).toBeAttached();
	// The way back stays whole on screen beside the story, for the last passage as for the first.
	const back = page.getByRole('button', { name: 'Back to the question' });
	await expect(back).toBeInViewport({ ratio: 1 });
	await feedback.getByRole('button', { name: /^Show in story: “/ }).last().click();
	await expect(mark.first()).toBeFocused();
	await expect(mark.first()).toBeInViewport();
	await expect(back).toBeInViewport({ ratio: 1 });

	await back.click();
	await expect(page.locator('#story mark')).toHaveCount(0);
	await expectNoAxeViolations(page, 'on feedback with a highlight cleared');
});

test('a reload mid-quiz resumes on the same question with the same answers and hints', async ({ page }) => {
	await startQuiz(page, { skills: ['numbers'], count: 6 });
	// Answer the first question, then type a draft into the first numeric one and take a hint if it has one.
	await answerRightByKeyboard(page, await currentKey(page));
	await page.getByRole('button', { name: 'Check answer' }).click();
	await page.getByRole('button', { name: 'Next question' }).click();
	let q = await currentKey(page);
	while (q.kind !== 'numeric') {
		await questionPanel(page).getByRole('button', { name: 'Skip for now' }).click();
		q = await currentKey(page);
	}
	const heading = await page.getByRole('heading', { name: /^Question \d+ of 6$/ }).textContent();
	await questionPanel(page).getByRole('textbox').fill('nineteen');
	if (q.hints?.length) {
		await page.getByRole('button', { name: /^Get a hint/ }).click();
		await expect(page.getByText(q.hints[0]!)).toBeVisible();
		// The last hint takes its button away: focus goes to the hints, not to the page.
		if (q.hints.length === 1) await expect(page.getByRole('region', { name: 'Hint' })).toBeFocused();
	}

	await page.reload();
	await expect(page.getByText('Welcome back: you are where you left off.')).toBeVisible();
	await expect(page.getByRole('heading', { name: heading! })).toBeVisible();
	await expect(questionPanel(page).getByRole('textbox')).toHaveValue('nineteen');
	if (q.hints?.length) await expect(page.getByText(q.hints[0]!)).toBeVisible();

	// The module page knows a quiz is under way on this device, and leads back to it.
	await page.goto(`/modules/${SLUG}`);
	await page.getByRole('link', { name: 'Continue the quiz' }).click();
	await expect(page.getByRole('heading', { name: heading! })).toBeVisible();
	// "Welcome back" is about where the learner was: it goes once they move on.
	await expect(page.getByText('Welcome back: you are where you left off.')).toBeVisible();
	await questionPanel(page).getByRole('button', { name: 'Skip for now' }).click();
	await expect(page.getByText('Welcome back')).toHaveCount(0);

	await page.getByRole('button', { name: 'Start over' }).last().click();
	await expect(page.getByRole('form', { name: 'Set up your quiz' })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('form', { name: 'Set up your quiz' })).toBeVisible();
	await expect(page.getByText('Welcome back')).toHaveCount(0);
	await page.goto(`/modules/${SLUG}`);
	await expect(page.getByRole('link', { name: 'Start the quiz' })).toBeVisible();
});

test('progress saved against other content is explained and starts fresh', async ({ page }) => {
	await page.goto('/');
	await page.evaluate(
		(slug) =>
			localStorage.setItem(`sourced:quiz:${slug}`, JSON.stringify({ version: 'older', snapshot: { nonsense: true }, savedAt: 1 })),
		SLUG
	);
	await page.goto(QUIZ);
	await expect(page.getByText(/This module has changed since you last worked on it/)).toBeVisible();
	await expect(page.getByRole('form', { name: 'Set up your quiz' })).toBeVisible();
});

test('corrupt saved progress never crashes the quiz', async ({ page }) => {
	await page.goto('/');
	const version = moduleKey().version;
	await page.evaluate(
		([slug, v]) =>
			localStorage.setItem(`sourced:quiz:${slug}`, JSON.stringify({ version: v, snapshot: { value: 'nowhere', context: 7 } })),
		[SLUG, version]
	);
	await page.goto(QUIZ);
	await expect(page.getByRole('form', { name: 'Set up your quiz' })).toBeVisible();
});

test('after a round, the learner retries only the questions missed, as practice', async ({ page }) => {
	test.setTimeout(90_000);
	await startQuiz(page, { skills: ['sources'], count: 6, feedback: 'end' });
	// Two right answers, the rest skipped: the new round holds the four others.
	for (let i = 0; i < 2; i++) {
		await answerRightByKeyboard(page, await currentKey(page));
		await page.getByRole('button', { name: 'Save answer and go on' }).click();
	}
	for (let i = 0; i < 4; i++) await questionPanel(page).getByRole('button', { name: 'Skip for now' }).click();
	const review = page.getByRole('region', { name: 'Review before you finish' });
	await expect(review.getByRole('list', { name: 'Skipped (4)' }).getByRole('listitem')).toHaveCount(4);
	await expectNoAxeViolations(page, 'on the review list');
	await review.getByRole('button', { name: /Finish anyway/ }).click();

	await expect(page.getByRole('heading', { name: /^Quiz done: 33%$/ })).toBeVisible();
	await expect(page.getByRole('list', { name: 'What to review (4)' }).getByRole('listitem')).toHaveCount(4);
	await expectNoAxeViolations(page, 'on the summary');
	await page.getByRole('button', { name: 'Practise the 4 missed questions' }).click();
	await expect(page.getByRole('heading', { name: 'Question 1 of 4' })).toBeFocused();
	for (let i = 0; i < 4; i++) {
		await answerRightByKeyboard(page, await currentKey(page));
		await page.getByRole('button', { name: 'Save answer and go on' }).click();
	}
	await page.getByRole('button', { name: 'Finish and see my results' }).click();
	await expect(page.getByRole('heading', { name: 'Round 2 done: 100%' })).toBeVisible();
	await expect(page.getByText('This was practice: the library keeps the scores of your full quiz')).toBeVisible();

	// The practice round's 100% is practice: the library still shows the full quiz's 33% as last and best.
	await page.goto('/');
	await expect(page.getByRole('article', { name: /NATO/ })).toContainText('On this device: last score 33%, best 33%');
});

test('when the server cannot be reached, the answer stays and a retry checks it', async ({ page }) => {
	await startQuiz(page, { skills: ['sequence'], count: 6 });
	const q = await currentKey(page);
	await answerRightByKeyboard(page, q);
	await page.route('**/api/modules/*/check**', (route) => route.abort('internetdisconnected'));
	await page.getByRole('button', { name: 'Check answer' }).click();
	await expect(page.getByRole('alert')).toHaveText(
		'Your answer was not checked: we could not reach the server. It is still here; try again.'
	);
	await page.unroute('**/api/modules/*/check**');
	await page.getByRole('button', { name: 'Try checking again' }).click();
	await expect(page.locator('#verdict')).toHaveText(/Correct$/);
});

test('an ordering can be answered by dragging with a pointer', async ({ page }) => {
	await startQuiz(page, { skills: ['sequence'], count: 'all' });
	let q = await currentKey(page);
	while (q.kind !== 'ordering') {
		await questionPanel(page).getByRole('button', { name: 'Skip for now' }).click();
		q = await currentKey(page);
	}
	const items = questionPanel(page).getByRole('listitem');
	const labels = questionPanel(page).locator('li .label');
	const before = await labels.allTextContents();
	const handle = items.nth(1).locator('.handle');
	const box = (await handle.boundingBox())!;
	const firstBox = (await items.first().boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width / 2, firstBox.y + 4, { steps: 8 });
	await page.mouse.up();
	const after = await labels.allTextContents();
	expect(after[0]).toBe(before[1]);
	expect(after[1]).toBe(before[0]);
	await expect(page.getByRole('status').filter({ hasText: /moved to position 1 of/ })).toBeAttached();
});

test('axe finds nothing on setup, on each kind of question, on feedback and on the summary', async ({ page }) => {
	test.setTimeout(360_000);
	const key = moduleKey();
	await page.goto(QUIZ);
	await expectNoAxeViolations(page, 'on setup');
	await startQuiz(page, { count: 'all' });
	const seen = new Set<string>();
	for (let n = 1; n <= key.questions.length; n++) {
		const q = await currentKey(page);
		if (!seen.has(q.kind)) {
			seen.add(q.kind);
			await expectNoAxeViolations(page, `on a ${q.kind} question`);
		}
		await answerRightByKeyboard(page, q);
		await page.getByRole('button', { name: 'Check answer' }).click();
		if (seen.size <= 7 && !seen.has(`${q.kind}-feedback`)) {
			seen.add(`${q.kind}-feedback`);
			await expectNoAxeViolations(page, `on feedback for a ${q.kind} question`);
		}
		await page.getByRole('button', { name: n < key.questions.length ? 'Next question' : 'Continue' }).click();
	}
	expect([...seen].filter((k) => !k.endsWith('-feedback'))).toHaveLength(7);
	await expect(page.getByRole('heading', { name: /Quiz done/ })).toBeVisible();
	await expect(page.getByRole('heading', { name: /as told, and as they happened/ })).toBeVisible();
	await expect(page.getByRole('heading', { name: /Source map/ })).toBeVisible();
	await expectNoAxeViolations(page, 'on the summary');
	await page.getByRole('button', { name: 'Review every question' }).click();
	await expect(page.getByRole('heading', { name: `Question 1 of ${key.questions.length}` })).toBeVisible();
	await expectNoAxeViolations(page, 'on the review of a question');
});

test.describe('on a 360 px wide screen', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	test('no step of the quiz scrolls sideways, breaks a label inside a word or has anything axe finds', async ({ page }) => {
		test.setTimeout(300_000);
		await page.goto(QUIZ);
		await expectFits(page, 'setup at 360 px');
		await startQuiz(page, { count: 'all' });
		const key = moduleKey();
		const seen = new Set<string>();
		for (let n = 1; n <= key.questions.length; n++) {
			const q = await currentKey(page);
			if (!seen.has(q.kind)) await expectFits(page, `a ${q.kind} question at 360 px`);
			await answerRightByKeyboard(page, q);
			await page.getByRole('button', { name: 'Check answer' }).click();
			await expect(page.locator('#verdict')).toBeFocused();
			if (!seen.has(q.kind)) {
				await expectFits(page, `feedback on a ${q.kind} question at 360 px`);
				await expectWholeWords(page, `feedback on a ${q.kind} question at 360 px`);
			}
			seen.add(q.kind);
			await page.getByRole('button', { name: n < key.questions.length ? 'Next question' : 'Continue' }).click();
		}
		await expect(page.getByRole('heading', { name: /Quiz done/ })).toBeVisible();
		await expect(page.getByRole('heading', { name: /Source map/ })).toBeVisible();
		await expectFits(page, 'the summary at 360 px');
		await expectWholeWords(page, 'the summary at 360 px');
	});
});

test('closed book hides the story until the feedback', async ({ page }) => {
	await startQuiz(page, { book: 'closed', skills: ['numbers'], count: 6 });
	await expect(page.getByRole('region', { name: 'The story' })).toHaveCount(0);
	await expect(page.getByText('Closed book: the story comes back with the feedback.')).toBeVisible();
	await answerRightByKeyboard(page, await currentKey(page));
	await page.getByRole('button', { name: 'Check answer' }).click();
	await expect(page.getByRole('region', { name: 'The story' })).toBeVisible();
});
