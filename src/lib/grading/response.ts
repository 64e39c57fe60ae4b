import { TFN_CHOICES, type QuestionKind } from '$lib/content/types';
import { NUMERIC_TEXT_MAX } from './numbers';
import type { Response } from './types';

export type ResponseOf<K extends QuestionKind> = Extract<Response, { kind: K }>;

export type ResponseRead = { ok: true; response: Response } | { ok: false; error: string };

export const KIND_MISMATCH = 'This answer is for a different kind of question.';

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
	return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

function fail(error: string): ResponseRead {
	return { ok: false, error };
}

/**
 * Checks the shape of an untrusted response for a question of `kind`, and copies out the fields
 * grading uses (so getters or extra fields on the original cannot change what is graded).
 * Whether ids belong to the question is the grader's business, not this one's.
 */
export function readResponse(kind: QuestionKind, value: unknown): ResponseRead {
	if (value === null || value === undefined) return fail('There is no answer to check.');
	if (!isRecord(value)) return fail('This answer is not in a form we can read.');
	if (typeof value.kind !== 'string') {
		return fail('This answer does not say which kind of question it is for.');
	}
	if (value.kind !== kind) return fail(KIND_MISMATCH);

	switch (kind) {
		case 'single': {
			const option = value.option;
			if (option === undefined || option === null || option === '') {
				return fail('Choose an option before checking.');
			}
			if (typeof option !== 'string') return fail('The chosen option must be given by its id.');
			return { ok: true, response: { kind, option } };
		}
		case 'multiple': {
			const options = value.options;
			if (!isStringArray(options)) return fail('The chosen options must be a list of option ids.');
			return { ok: true, response: { kind, options: [...options] } };
		}
		case 'ordering': {
			const order = value.order;
			if (!isStringArray(order)) return fail('The order must be a list of the items, first to last.');
			return { ok: true, response: { kind, order: [...order] } };
		}
		case 'numeric': {
			const text = value.text;
			if (text === undefined || text === null) return fail('Write an answer before checking.');
			if (typeof text !== 'string') return fail('Write the answer as text.');
			if (text.length > NUMERIC_TEXT_MAX) {
				return fail('That answer is too long. Write just the number or the date.');
			}
			return { ok: true, response: { kind, text } };
		}
		case 'matching': {
			const pairs = value.pairs;
			if (pairs === undefined || pairs === null) return fail('Match every statement before checking.');
			if (!isRecord(pairs)) return fail('The matches must pair each statement with a choice.');
			const entries = Object.entries(pairs);
			if (!entries.every(([, choice]) => typeof choice === 'string')) {
				return fail('The matches must pair each statement with a choice.');
			}
			return { ok: true, response: { kind, pairs: Object.fromEntries(entries) as Record<string, string> } };
		}
		case 'evidence': {
			const { start, end } = value;
			if (start === undefined && end === undefined) {
				return fail('Pick a passage of the story before checking.');
			}
			if (
				typeof start !== 'number' ||
				typeof end !== 'number' ||
				!Number.isSafeInteger(start) ||
				!Number.isSafeInteger(end)
			) {
				return fail('The picked passage must have whole-number start and end positions.');
			}
			if (start < 0 || end <= start) {
				return fail('The picked passage must start before it ends, inside the story.');
			}
			return { ok: true, response: { kind, start, end } };
		}
		case 'tfn': {
			const choice = TFN_CHOICES.find((c) => c === value.choice);
			if (!choice) return fail('Choose true, false or not stated.');
			return { ok: true, response: { kind, choice } };
		}
	}
}
