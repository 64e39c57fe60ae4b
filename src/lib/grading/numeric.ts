import type { Evidence, NumericQuestion } from '$lib/content/types';
import { matchesNumericAnswer, matchesValue, parseNumberAnswer } from './numbers';
import type { ResponseOf } from './response';
import { graded } from './result';
import type { GradeResult } from './types';

export function gradeNumeric(
	question: NumericQuestion<Evidence>,
	response: ResponseOf<'numeric'>
): GradeResult {
	const parsed = parseNumberAnswer(response.text, {
		units: question.units,
		accept: question.accept,
		expect: question.answer.type
	});
	if (!parsed.ok) return parsed;
	const value = parsed.value;
	if (value.type === 'accepted' || matchesNumericAnswer(value, question.answer)) {
		return graded({ score: 1, correct: true, feedback: [] });
	}
	const specific = (question.wrongValues ?? [])
		.filter((w) => matchesValue(value, w.value))
		.map((w) => w.feedback);
	return graded({ score: 0, correct: false, feedback: [...specific, question.wrongFeedback] });
}
