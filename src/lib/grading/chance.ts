import type { Evidence, Question, Span } from '$lib/content/types';
import { gradeMultiple } from './choice';
import { gradeEvidence } from './evidence';

/**
 * The credit a random answer earns on average under the question's own rule, before it is rescaled:
 * - single choice: 1 / options (one option, uniformly);
 * - true / false / not stated: 1/3;
 * - multiple select: the mean over every set of ticks (each option ticked or not, all sets equally likely);
 * - ordering: 1/2, the share of pairs a random order puts right;
 * - matching: 1 / choices, the share of prompts a random matching gets right (one-to-one or not);
 * - evidence: the share of the story's sentences that would be accepted;
 * - numeric: 0, an open answer has no set of answers to guess among.
 */
export function chanceOf(question: Question<Evidence>, sentences: readonly Span[] = []): number {
	switch (question.kind) {
		case 'single':
			return question.options.length > 0 ? 1 / question.options.length : 0;
		case 'tfn':
			return 1 / 3;
		case 'ordering':
			return question.items.length >= 2 ? 1 / 2 : 0;
		case 'matching':
			return question.choices.length > 0 ? 1 / question.choices.length : 0;
		case 'numeric':
			return 0;
		case 'multiple':
			return multipleChance(question);
		case 'evidence': {
			if (sentences.length === 0) return 0;
			let total = 0;
			for (const s of sentences) {
				const result = gradeEvidence(question, { kind: 'evidence', start: s.start, end: s.end }, { sentences });
				if (result.ok) total += result.grade.score;
			}
			return total / sentences.length;
		}
	}
}

const MAX_ENUMERATED_OPTIONS = 12;

function multipleChance(question: Extract<Question<Evidence>, { kind: 'multiple' }>): number {
	const ids = question.options.map((o) => o.id);
	if (ids.length === 0 || ids.length > MAX_ENUMERATED_OPTIONS) return 0;
	let total = 0;
	const sets = 2 ** ids.length;
	for (let mask = 0; mask < sets; mask++) {
		const options = ids.filter((_, i) => mask & (1 << i));
		const result = gradeMultiple(question, { kind: 'multiple', options });
		if (result.ok) total += result.grade.score;
	}
	return total / sets;
}

/**
 * The score that counts: credit rescaled so that a random answer scores 0 on average and a full answer 1,
 * `(credit − chance) / (1 − chance)`. Below chance it is negative: a wrong pick among four options scores
 * −1/3, a reversed order −1. Rounded to 4 decimals (a full answer stays exactly 1).
 */
export function aboveChance(credit: number, chance: number): number {
	if (!(chance > 0) || !(chance < 1)) return credit;
	if (credit === 1) return 1;
	return Math.round(((credit - chance) / (1 - chance)) * 1e4) / 1e4;
}
