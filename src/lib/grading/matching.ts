import type { Evidence, MatchingQuestion } from '$lib/content/types';
import type { ResponseOf } from './response';
import { graded, refuse } from './result';
import { quoteForMessage } from './text';
import type { GradeResult } from './types';

/** Whether every prompt's key choice is a different one, so each choice goes with one prompt at most. */
export function isOneToOne(question: Pick<MatchingQuestion<Evidence>, 'answer'>): boolean {
	const used = Object.values(question.answer);
	return new Set(used).size === used.length;
}

/**
 * Credit is the share of prompts matched to their key choice (rescaled against chance by `grade`); every
 * prompt must be matched and, where the key is one-to-one, no choice may be used twice.
 */
export function gradeMatching(
	question: MatchingQuestion<Evidence>,
	response: ResponseOf<'matching'>
): GradeResult {
	const prompts = new Set(question.prompts.map((p) => p.id));
	const choices = new Set(question.choices.map((c) => c.id));
	// An empty choice is how a form sends "not matched yet".
	const pairs = new Map(Object.entries(response.pairs).filter(([, choice]) => choice !== ''));
	for (const [prompt, choice] of pairs) {
		if (!prompts.has(prompt)) return refuse("One of the matches is for a statement this question doesn't have.");
		if (!choices.has(choice)) return refuse("One of the matches uses a choice this question doesn't have.");
	}
	if (question.prompts.some((p) => !pairs.has(p.id))) return refuse('Match every statement before checking.');
	if (isOneToOne(question)) {
		const used = new Set<string>();
		for (const choice of pairs.values()) {
			if (used.has(choice)) {
				const text = question.choices.find((c) => c.id === choice)?.text ?? choice;
				return refuse(`Each choice goes with one statement only: ${quoteForMessage(text)} is matched more than once.`);
			}
			used.add(choice);
		}
	}

	const parts: Record<string, boolean> = {};
	for (const { id } of question.prompts) {
		parts[id] = Object.hasOwn(question.answer, id) && question.answer[id] === pairs.get(id);
	}
	const right = Object.values(parts).filter(Boolean).length;
	const total = question.prompts.length;
	const correct = right === total;
	const score = total === 0 ? 1 : right / total;
	return graded({ score, correct, feedback: correct ? [] : [question.wrongFeedback], parts });
}
