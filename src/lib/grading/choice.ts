import type { Evidence, MultipleQuestion, SingleQuestion, TrueFalseQuestion } from '$lib/content/types';
import type { ResponseOf } from './response';
import { graded, refuse } from './result';
import type { GradeResult } from './types';

const UNKNOWN_OPTION = "That choice is not one of this question's options.";

export function gradeSingle(
	question: SingleQuestion<Evidence>,
	response: ResponseOf<'single'>
): GradeResult {
	const chosen = question.options.find((o) => o.id === response.option);
	if (!chosen) return refuse(UNKNOWN_OPTION);
	if (chosen.id === question.answer) return graded({ score: 1, correct: true, feedback: [] });
	return graded({ score: 0, correct: false, feedback: chosen.feedback ? [chosen.feedback] : [] });
}

/**
 * Moodle-style partial credit: each right pick earns 1/k and each wrong pick costs 1/k, where k is the
 * number of correct options, floored at zero — so ticking every box earns nothing, and leaving out a
 * right option costs as much as adding a wrong one.
 */
export function gradeMultiple(
	question: MultipleQuestion<Evidence>,
	response: ResponseOf<'multiple'>
): GradeResult {
	const known = new Set(question.options.map((o) => o.id));
	const picked = new Set<string>();
	for (const id of response.options) {
		if (!known.has(id)) return refuse("One of the chosen options is not one of this question's options.");
		if (picked.has(id)) return refuse('An option is chosen more than once.');
		picked.add(id);
	}
	const key = new Set(question.answer);
	let right = 0;
	let wrong = 0;
	const feedback: string[] = [];
	const parts: Record<string, boolean> = {};
	for (const option of question.options) {
		const isPicked = picked.has(option.id);
		const isKey = key.has(option.id);
		parts[option.id] = isPicked === isKey;
		if (isPicked && isKey) right++;
		if (isPicked && !isKey) {
			wrong++;
			if (option.feedback) feedback.push(option.feedback);
		}
	}
	const correct = Object.values(parts).every(Boolean);
	const score = correct ? 1 : key.size === 0 ? 0 : Math.max(0, (right - wrong) / key.size);
	return graded({ score, correct, feedback, parts });
}

export function gradeTfn(question: TrueFalseQuestion<Evidence>, response: ResponseOf<'tfn'>): GradeResult {
	const { choice } = response;
	if (choice === question.answer) return graded({ score: 1, correct: true, feedback: [] });
	const note = Object.hasOwn(question.feedback, choice) ? question.feedback[choice] : undefined;
	return graded({ score: 0, correct: false, feedback: note ? [note] : [] });
}
