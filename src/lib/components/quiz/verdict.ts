import type { AnswerKey, CheckResult } from '$lib/quiz/types';

/** What a control says about one option or part once checked: an icon and words, never colour alone. */
export type Verdict = { tone: 'good' | 'bad'; icon: '✓' | '✗'; text: string };

export const CHOSEN_RIGHT: Verdict = { tone: 'good', icon: '✓', text: 'Your choice — correct' };
export const CHOSEN_WRONG: Verdict = { tone: 'bad', icon: '✗', text: 'Your choice — wrong' };
export const CORRECT_ANSWER: Verdict = { tone: 'good', icon: '✓', text: 'Correct answer' };
export const MISSED_ANSWER: Verdict = { tone: 'bad', icon: '✗', text: 'Correct answer — you did not choose it' };

/** The result's answer key, if it is for a question of `kind`. */
export function keyOf<K extends AnswerKey['kind']>(
	result: CheckResult | null | undefined,
	kind: K
): Extract<AnswerKey, { kind: K }> | undefined {
	const key = result?.key;
	return key?.kind === kind ? (key as Extract<AnswerKey, { kind: K }>) : undefined;
}

/**
 * The verdict on one option of a question with one right option: the learner's pick is marked right or
 * wrong, and the right option is marked where the learner missed it. Other options get none.
 */
export function choiceVerdict(chosen: boolean, inKey: boolean): Verdict | undefined {
	if (chosen) return inKey ? CHOSEN_RIGHT : CHOSEN_WRONG;
	return inKey ? CORRECT_ANSWER : undefined;
}
