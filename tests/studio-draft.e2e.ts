import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, signUpTeacher } from './helpers';

/**
 * Drafting in the studio: a teacher pastes one of the corpus's development stories and has the drafter
 * write facts and questions; reviews them (accepts some, edits one, deletes one, accepts the rest by
 * kind); publishing waits until nothing drafted is left unreviewed; a student answers a drafted question
 * and sees its quoted passage, highlighted in the story.
 */

const STORY = readFileSync(new URL('../corpus/dev/ferry-last-crossing.txt', import.meta.url), 'utf8');
const HEADLINE = 'After 93 years, the Skerrow ferry makes its last crossing';

test('paste a story, draft its questions, review them, publish and assign; a student sees a drafted question’s passage in the story', async ({ browser }) => {
	test.setTimeout(240_000);
	const teacher = await (await browser.newContext()).newPage();
	await signUpTeacher(teacher, 'studio-draft');
	await teacher.goto('/teacher/studio/new');
	await teacher.getByRole('radio', { name: 'Paste the story' }).check();
	await teacher.getByLabel('The story’s text', { exact: true }).fill(STORY);
	await teacher.getByLabel('Publisher').fill('Northgate Press');
	await teacher.getByLabel('Published (date and time)').fill('2025-10-02T10:30');
	await teacher.getByLabel('Time zone (offset from UTC)').selectOption('+00:00');
	await teacher.getByRole('checkbox', { name: 'Draft questions from the story' }).check();
	await teacher.getByRole('button', { name: 'Start the module' }).click();
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
