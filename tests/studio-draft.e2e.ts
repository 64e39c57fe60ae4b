import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectFits, expectNoAxeViolations, signUpTeacher, teacherRequest } from './helpers';

/**
 * Drafting in the studio: a teacher pastes one of the corpus's development stories and has the drafter
 * write facts and questions; reviews them (accepts some, edits one, deletes one, accepts the rest by
 * kind); publishing waits until nothing drafted is left unreviewed; a student answers a drafted question
 * and sees its quoted passage, highlighted in the story.
 */

/**
 * Also: a teacher who started without drafting asks for a draft from the editor; what they wrote stays,
 * the drafted items are marked for review, drafting again adds nothing, and "Show in story" highlights a
 * drafted item's passages in the editor's story.
 */

const STORY = readFileSync(new URL('../corpus/dev/ferry-last-crossing.txt', import.meta.url), 'utf8');
const HEADLINE = 'After 93 years, the Skerrow ferry makes its last crossing';

/** A new teacher pastes the story on the new-module form and starts the module, drafting or not. */
async function startWithStory(browser: Browser, label: string, draft: boolean): Promise<Page> {
	const teacher = await (await browser.newContext()).newPage();
	await signUpTeacher(teacher, label);
	await teacher.goto('/teacher/studio/new');
	await teacher.getByRole('radio', { name: 'Paste the story' }).check();
	await teacher.getByLabel('The story’s text', { exact: true }).fill(STORY);
	await teacher.getByLabel('Publisher').fill('Northgate Press');
	await teacher.getByLabel('Published (date and time)').fill('2025-10-02T10:30');
	await teacher.getByLabel('Time zone (offset from UTC)').selectOption('+00:00');
	await teacher.getByRole('checkbox', { name: 'Draft questions from the story' }).setChecked(draft);
	await teacher.getByRole('button', { name: 'Start the module' }).click();
	return teacher;
}

test('paste a story, draft its questions, review them, publish and assign; a student sees a drafted question’s passage in the story', async ({ browser }) => {
	test.setTimeout(240_000);
	const teacher = await startWithStory(browser, 'studio-draft', true);
	await expect(teacher).toHaveURL(/\/teacher\/studio\/[0-9a-f-]{36}$/, { timeout: 30_000 });
	await expect(teacher.getByRole('heading', { level: 1, name: HEADLINE })).toBeVisible();

	// The review: every drafted question and fact is marked; publishing waits for them.
	const review = teacher.getByRole('region', { name: 'Review the draft' });
	await expect(review).toContainText(/Review what the drafter wrote before publishing: \d+ drafted questions and \d+ drafted facts not yet accepted\./);
	const countOf = async () => Number(/(\d+) drafted questions/.exec((await review.textContent()) ?? '')?.[1]);
	const before = await countOf();
	expect(before).toBeGreaterThan(5);
	const publish = teacher.getByRole('button', { name: 'Publish version 1' });
	await expect(publish).toBeDisabled();
	await expect(publish).toHaveAccessibleDescription(/^Review what the drafter wrote before publishing/);
	const questions = teacher.locator('#studio-questions details.item');
	await expect(questions).toHaveCount(before);
	await expect(questions.first().locator(':scope > summary')).toContainText(/Drafted \(.+, \d+% sure\)/);
	await expectNoAxeViolations(teacher, 'the review of a drafted module');

	// Delete the first drafted question.
	const firstId = (await questions.first().locator(':scope > summary .kind').textContent())!.split(' · ')[1]!.trim();
	await questions.first().locator(':scope > summary').click();
	await teacher.getByRole('button', { name: `Delete question ${firstId}` }).first().click();
	await teacher.getByRole('alert').getByRole('button', { name: `Delete question ${firstId}` }).click();
	await expect(questions).toHaveCount(before - 1);

	// Accept the next one as it is.
	const acceptedId = (await questions.first().locator(':scope > summary .kind').textContent())!.split(' · ')[1]!.trim();
	await questions.first().locator(':scope > summary').click();
	await teacher.getByRole('button', { name: `Accept question ${acceptedId}` }).click();
	await expect(questions.first().locator(':scope > summary')).not.toContainText('Drafted');

	// Edit the one after: editing accepts it.
	const edited = questions.nth(1);
	await edited.locator(':scope > summary').click();
	await expect(edited.locator(':scope > summary')).toContainText('Drafted');
	const stem = edited.getByLabel('Stem (the question asked)');
	await stem.fill('Which of these does the story tell before the others?');
	await expect(edited.locator(':scope > summary')).not.toContainText('Drafted');
	await expect(review).toContainText(`${before - 3} drafted questions`);

	// Accept the rest, kind by kind, then the facts.
	const acceptAll = review.getByRole('button', { name: /^Accept all \d+ drafted/ });
	while ((await acceptAll.count()) > 0) {
		const n = await acceptAll.count();
		await acceptAll.first().click();
		await expect(acceptAll).toHaveCount(n - 1);
	}
	await expect(review).toContainText('Everything the drafter wrote has been reviewed.');
	await expect(teacher.locator('#studio-questions details.item > summary').filter({ hasText: 'Drafted' })).toHaveCount(0);
	await expect(teacher.getByRole('status').filter({ hasText: /^(Saved|Saving…|Not saved)/ })).toHaveText('Saved', { timeout: 15_000 });

	await expect(publish).toBeEnabled({ timeout: 10_000 });
	await publish.click();
	await expect(teacher.getByRole('status').filter({ hasText: /^Published version 1 \([0-9a-f]{12}\)/ })).toBeVisible();

	await teacher.getByRole('link', { name: 'Assign version 1' }).click();
	await expect(teacher).toHaveURL(/\/teacher\/assignments\/new\?module=/);
	await teacher.waitForLoadState('networkidle');
	await teacher.getByLabel('Title').fill('The last ferry');
	await teacher.getByRole('checkbox', { name: /^Shuffle/ }).uncheck();
	await teacher.getByRole('radio', { name: 'After each answer' }).check();
	await teacher.getByRole('button', { name: 'Create assignment' }).click();
	await expect(teacher).toHaveURL(/\/teacher\/assignments\/[0-9a-f-]{36}$/);
	const code = (await teacher.locator('#join-code').textContent())!.trim();

	// A student answers the first choice question: every question here was drafted.
	const student = await (await browser.newContext()).newPage();
	await student.goto('/join');
	await student.getByLabel('Join code').fill(code);
	await student.getByRole('button', { name: 'Continue' }).click();
	await student.getByLabel('Your name').fill('Ada Lovelace');
	await student.getByRole('button', { name: 'Start' }).click();
	await expect(student.getByRole('heading', { name: /^Question 1 of \d+$/ })).toBeVisible();
	// The first question is an ordering (events to put in order) or a choice: answer either.
	// The question's controls load after its heading: wait for one kind or the other before choosing.
	const radios = student.getByRole('radio');
	const moves = student.getByRole('button', { name: /^Move “.+” down$/ });
	await expect(radios.or(moves).first()).toBeVisible();
	if ((await radios.count()) > 0) await radios.first().check();
	else await moves.first().click();
	await student.getByRole('button', { name: 'Check answer' }).click();
	const feedback = student.getByRole('region', { name: /Right|Not quite|Partly right|Correct/ });
	await expect(feedback).toBeVisible();
	await expect(feedback.getByRole('heading', { name: 'In the story\'s words' })).toBeVisible();
	const quote = (await feedback.locator('blockquote').first().textContent())!.trim();
	expect(quote.length).toBeGreaterThan(0);
	expect(STORY).toContain(quote);
	await feedback.getByRole('button', { name: /^Show in story/ }).first().click();
	const mark = student.locator('#story mark');
	await expect(mark.first()).toBeFocused();
	expect((await mark.allTextContents()).join('')).toBe(quote);
});

test('start a module empty, draft questions from the editor, review them and see a drafted question’s passages in the story', async ({ browser }) => {
	test.setTimeout(240_000);
	const teacher = await startWithStory(browser, 'studio-draft-later', false);
	await expect(teacher).toHaveURL(/\/teacher\/studio\/[0-9a-f-]{36}$/, { timeout: 30_000 });
	const id = new URL(teacher.url()).pathname.split('/').at(-1)!;
	const review = teacher.getByRole('region', { name: 'Review the draft' });
	await expect(review).toHaveCount(0);
	const questions = teacher.locator('#studio-questions details.item');
	await expect(questions).toHaveCount(0);

	// A second tab on the same draft, open before the drafting.
	const second = await teacher.context().newPage();
	await second.goto(teacher.url());
	await expect(second.getByRole('heading', { level: 1, name: HEADLINE })).toBeVisible();

	// The teacher's own change, not saved yet when they ask for the draft: it is saved first and kept.
	await teacher.getByLabel('Title', { exact: true }).fill('The last ferry, for Year 9');
	const draftButton = teacher.getByRole('button', { name: 'Draft questions from the story' });
	await expect(draftButton).toHaveAccessibleDescription(/^The drafter reads the story as saved/);
	await draftButton.click();
	const drafted = teacher.getByRole('status').filter({ hasText: /^Drafted \d+ questions and \d+ facts; review them below\.$/ });
	await expect(drafted).toBeVisible({ timeout: 60_000 });
	const [, nQuestions, nFacts] = /^Drafted (\d+) questions and (\d+) facts/.exec((await drafted.textContent())!)!.map(Number);
	expect(nQuestions).toBeGreaterThan(5);
	await expect(review).toContainText(`Review what the drafter wrote before publishing: ${nQuestions} drafted questions and ${nFacts} drafted facts not yet accepted.`);
	await expect(questions).toHaveCount(nQuestions!);
	await expect(questions.first().locator(':scope > summary')).toContainText(/Drafted \(.+, \d+% sure\)/);
	await expect(teacher.getByLabel('Title', { exact: true })).toHaveValue('The last ferry, for Year 9');
	await expect(teacher.getByRole('button', { name: 'Publish version 1' })).toBeDisabled();
	await expect(teacher.getByRole('status').filter({ hasText: /^(Saved|Saving…|Not saved)/ })).toHaveText('Saved', { timeout: 15_000 });
	await expectNoAxeViolations(teacher, 'the editor after drafting from it');

	// The second tab drafts from the revision it opened: refused, told, and it can take the latest.
	await second.getByRole('button', { name: 'Draft questions from the story' }).click();
	await expect(second.getByRole('alert').filter({ hasText: 'Nothing was drafted: this draft was changed somewhere else.' })).toBeVisible({ timeout: 60_000 });
	await expect(second.getByRole('heading', { name: 'This draft was changed somewhere else' })).toBeVisible();
	await expect(second.locator('#studio-questions details.item')).toHaveCount(0);
	await second.getByRole('button', { name: 'Load the latest (drop my changes here)' }).click();
	await expect(second.locator('#studio-questions details.item')).toHaveCount(nQuestions!);
	await expect(second.getByLabel('Title', { exact: true })).toHaveValue('The last ferry, for Year 9');
	await second.close();

	// Stored: a reload shows the same, with the teacher's title.
	await teacher.reload();
	await expect(teacher.getByLabel('Title', { exact: true })).toHaveValue('The last ferry, for Year 9');
	await expect(questions).toHaveCount(nQuestions!);
	await expect(review).toContainText(`${nQuestions} drafted questions and ${nFacts} drafted facts`);

	// Drafting again adds nothing already there.
	await draftButton.click();
	await expect(teacher.getByRole('status').filter({ hasText: /^Nothing new: everything the drafter found/ })).toBeVisible({ timeout: 60_000 });
	await expect(questions).toHaveCount(nQuestions!);

	// Another teacher cannot draft into it.
	const other = await teacherRequest('studio-draft-other');
	const refused = await other.post(`/teacher/studio/${id}/draft-questions`, { data: { baseRevision: 1 }, headers: { accept: 'application/json' } });
	expect(refused.status()).toBe(404);
	await other.dispose();

	// The review lists every drafted item; each link opens the item where it is edited and puts the focus on it.
	await review.getByText(`Each drafted item (${nQuestions! + nFacts!})`).click();
	const draftedList = review.getByRole('list', { name: 'Drafted items to review' });
	await expect(draftedList.getByRole('link')).toHaveCount(nQuestions! + nFacts!);
	const lastQuestion = questions.nth(nQuestions! - 1);
	await draftedList.getByRole('link', { name: new RegExp(`^Question ${nQuestions} \\(`) }).focus();
	await teacher.keyboard.press('Enter');
	await expect(lastQuestion).toHaveAttribute('open', '');
	await expect(lastQuestion.locator(':scope > summary')).toBeFocused();
	const factLink = draftedList.getByRole('link').nth(nQuestions!);
	const factItem = teacher.locator(`details${(await factLink.getAttribute('href'))!}`);
	await factLink.click();
	await expect(factItem).toHaveAttribute('open', '');
	await expect(factItem.locator(':scope > summary')).toBeFocused();
	await expectNoAxeViolations(teacher, 'the list of drafted items, two of them opened from it');
	// Closed again: the rest of the test opens items itself.
	for (const item of [factItem, lastQuestion]) await item.locator(':scope > summary').click();

	// A drafted question's passages, highlighted in the editor's story.
	const first = questions.first();
	const qid = (await first.locator(':scope > summary .kind').textContent())!.split(' · ')[1]!.trim();
	await first.locator(':scope > summary').click();
	const quotes = (await first.locator('blockquote[id^="question-0-evidence-"]').allTextContents()).map((q) => q.trim().replace(/^“|”$/g, ''));
	expect(quotes.length).toBeGreaterThan(0);
	for (const q of quotes) expect(STORY).toContain(q);
	const show = first.getByRole('button', { name: new RegExp(`^Show in story: the (passage|\\d+ passages) question ${qid} cites$`) });
	await show.focus();
	await teacher.keyboard.press('Enter');
	const story = teacher.locator('#studio-story');
	const marks = story.locator('mark');
	await expect(marks.first()).toBeFocused();
	await expect(marks.first()).toBeInViewport();
	// Every mark is words of a cited passage (a passage across two sentences is marked in each).
	const markTexts = await marks.allTextContents();
	for (const text of markTexts) expect(quotes.some((q) => q.includes(text))).toBe(true);
	// … and every cited passage is marked in full, not just some words of it.
	const marked = markTexts.join('').replace(/\s+/g, '');
	for (const q of quotes) expect(marked).toContain(q.replace(/\s+/g, ''));
	await expect(story.getByRole('status')).toHaveText(new RegExp(`^Highlighted in the story, cited by question ${qid}: “`));
	await expectNoAxeViolations(teacher, 'a drafted question’s passages highlighted in the story');

	await teacher.setViewportSize({ width: 360, height: 740 });
	await expectFits(teacher, 'the editor at 360 px with a passage highlighted');

	await story.getByRole('button', { name: `Back to question ${qid}` }).click();
	await expect(show).toBeFocused();
	await expect(marks).toHaveCount(0);

	// A drafted figure: its one passage is marked exactly, as the words of the story it cites.
	const figure = teacher.locator('details#figures-0');
	await figure.locator(':scope > summary').click();
	const figureQuote = (await teacher.locator('#figures-0-cite').textContent())!.trim().replace(/^“|”$/g, '');
	await figure.getByRole('button', { name: /^Show in story: the passage figure .+ cites$/ }).click();
	await expect(marks).toHaveCount(1);
	await expect(marks).toHaveText(figureQuote);
	await expect(marks).toBeFocused();
	// In its place: the words around the mark are the story's own.
	const around = await marks.evaluate((m) => {
		const copy = m.parentElement!.cloneNode(true) as HTMLElement;
		copy.querySelectorAll('sup, .tag, .visually-hidden').forEach((e) => e.remove());
		return copy.textContent!.trim();
	});
	expect(around).toContain(figureQuote);
	expect(STORY).toContain(around);
	await story.getByRole('button', { name: 'Clear the highlight' }).click();
	await expect(marks).toHaveCount(0);
});
