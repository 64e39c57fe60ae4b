import type { Evidence, EvidenceQuestion } from '$lib/content/types';
import type { ResponseOf } from './response';
import { graded, refuse } from './result';
import type { GradeResult } from './types';

/** A pick must hold at least this share of a key passage … */
export const MIN_RECALL = 0.5;
/** … and at least this share of the pick must be that passage. */
export const MIN_PRECISION = 0.2;

export const TOO_BROAD =
	'Your pick includes the right words, but much else besides. ' +
	'Pick just the sentence that supports the claim.';

/**
 * A pick is correct when, for some key passage, it covers at least half of the passage (recall) and the
 * passage makes up at least a fifth of the pick (precision). The recall floor lets a learner pick the
 * sentence around a quoted clause, or half of a two-sentence key; the precision floor stops a whole
 * paragraph (or the whole story) from passing as evidence.
 */
export function gradeEvidence(
	question: EvidenceQuestion<Evidence>,
	response: ResponseOf<'evidence'>,
	context: { textLength?: number } = {}
): GradeResult {
	const { start, end } = response;
	const limit = context.textLength;
	if (typeof limit === 'number' && Number.isFinite(limit) && end > limit) {
		return refuse('The picked passage runs past the end of the story.');
	}
	const pickLength = end - start;
	let broad = false;
	for (const key of question.evidence) {
		const keyLength = key.end - key.start;
		if (keyLength <= 0) continue;
		const overlap = Math.max(0, Math.min(end, key.end) - Math.max(start, key.start));
		const recall = overlap / keyLength;
		const precision = overlap / pickLength;
		if (recall >= MIN_RECALL && precision >= MIN_PRECISION) {
			return graded({ score: 1, correct: true, feedback: [] });
		}
		if (recall >= MIN_RECALL) broad = true;
	}
	return graded({ score: 0, correct: false, feedback: [broad ? TOO_BROAD : question.wrongFeedback] });
}
