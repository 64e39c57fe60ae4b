import type { Evidence, NumericQuestion } from '$lib/content/types';
import { matchesNumericAnswer, matchesValue, parseIsoDate, parseNumberAnswer, weekdayFits, type NumberValue } from './numbers';
import { WEEKDAY_NAMES } from './reading-words';
import type { ResponseOf } from './response';
import { graded } from './result';
import { normaliseText } from './text';
import type { GradeResult } from './types';

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Reads the answer (see `parseNumberAnswer`), then grades it: right when it is the key's value and any
 * unit, year or weekday the learner gave is right too. The question's likely wrong values (its
 * misconceptions) are matched after reading, so "ten", "10 diplomats" and "10 fewer" all get the
 * feedback written for 10.
 */
export function gradeNumeric(question: NumericQuestion<Evidence>, response: ResponseOf<'numeric'>): GradeResult {
	const wrongValues = question.wrongValues ?? [];
	const parsed = parseNumberAnswer(response.text, {
		units: question.units,
		otherUnits: wrongValues.flatMap((w) => w.units ?? []),
		accept: question.accept,
		expect: question.answer.type
	});
	if (!parsed.ok) return parsed;
	const value = parsed.value;
	if (value.type === 'accepted') return graded({ score: 1, correct: true, feedback: [] });

	const ownUnits = new Set((question.units ?? []).map(normaliseText));
	const unitRight = value.type !== 'number' || value.unit === undefined || ownUnits.has(value.unit);
	if (unitRight && matchesNumericAnswer(value, question.answer)) return graded({ score: 1, correct: true, feedback: [] });

	const specific = wrongValues
		.filter((w) => matchesValue(value, w.value))
		.filter((w) => !w.units || (value.type === 'number' && value.unit !== undefined && w.units.map(normaliseText).includes(value.unit)))
		.map((w) => w.feedback);
	const notes = specific.length > 0 ? specific : whyWrong(question, value);
	return graded({ score: 0, correct: false, feedback: [...notes, question.wrongFeedback] });
}

/** What is wrong with an answer no misconception covers, where the reader can tell: a unit, a year, a weekday, a change. */
function whyWrong(question: NumericQuestion<Evidence>, value: NumberValue): string[] {
	const answer = question.answer;
	if (value.type === 'number' && answer.type === 'integer') {
		const notes: string[] = [];
		const units = question.units ?? [];
		if (value.unit !== undefined && !units.map(normaliseText).includes(value.unit)) {
			notes.push(units.length > 0 ? `This figure counts ${units[0]}, not ${value.unit}.` : `This figure has no unit.`);
		}
		if (value.change === 'word' && answer.change === undefined) {
			notes.push('The question asks how many, not how many more or fewer.');
		}
		if (answer.change && value.change && Math.abs(value.value) === answer.value) {
			notes.push(answer.change === 'decrease' ? 'The figure went down, not up.' : 'The figure went up, not down.');
		}
		return notes;
	}
	if (value.type === 'date' && answer.type === 'date') {
		const key = parseIsoDate(answer.iso);
		if (!key || key.month !== value.month || key.day !== value.day) return [];
		const dayMonth = `${value.day} ${MONTH_NAMES[value.month - 1]}`;
		if (value.year !== undefined && key.year !== undefined && value.year !== key.year) {
			return [`The day and month are right, but the year is not ${value.year}.`];
		}
		if (!weekdayFits(value, key)) {
			return [`${dayMonth} ${value.year ?? key.year} was not a ${WEEKDAY_NAMES[value.weekday!]}.`];
		}
	}
	return [];
}
