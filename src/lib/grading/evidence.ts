import type { Evidence, EvidenceQuestion, Span } from '$lib/content/types';
import type { ResponseOf } from './response';
import { graded, refuse } from './result';
import type { GradeResult } from './types';

export const TOO_BROAD =
	'Your pick includes the right sentence, but others besides, and each one that does not support the claim costs credit. ' +
	'Pick just the sentence that supports the claim.';

export const NOT_WHOLE_SENTENCES =
	'Pick whole sentences of the story: this pick starts or ends inside a sentence, or outside the story’s body.';

/** The story's sentences that a passage touches: what picking that passage means, sentence by sentence. */
export function sentencesOf(sentences: readonly Span[], passage: Span): Span[] {
	return sentences.filter((s) => s.start < passage.end && passage.start < s.end);
}

/**
 * The sentences a pick covers, when it is made of whole sentences of the story's layout: it starts
 * where one sentence starts, ends where one (the same or a later one) ends, and cuts none. Null otherwise.
 */
export function pickedSentences(sentences: readonly Span[], pick: Span): Span[] | null {
	const touched = sentencesOf(sentences, pick);
	if (touched.length === 0) return null;
	const whole = touched.every((s) => pick.start <= s.start && s.end <= pick.end);
	return whole && touched[0]!.start === pick.start && touched.at(-1)!.end === pick.end ? touched : null;
}

/**
 * A pick is a run of whole sentences of the story (the picker offers one sentence at a time; the server
 * refuses any span that cuts a sentence). For each key passage, its sentences are the key: each one picked
 * earns 1/k, each other sentence picked costs 1/k, floored at 0 (k = the key's sentences), the best key
 * passage counting. So exactly the key scores 1, anything more or less scores less, and a pick of every
 * sentence (or a random run of them) earns about nothing.
 */
export function gradeEvidence(
	question: EvidenceQuestion<Evidence>,
	response: ResponseOf<'evidence'>,
	context: { textLength?: number; sentences?: readonly Span[] } = {}
): GradeResult {
	const limit = context.textLength;
	if (typeof limit === 'number' && Number.isFinite(limit) && response.end > limit) {
		return refuse('The picked passage runs past the end of the story.');
	}
	const picked = pickedSentences(context.sentences ?? [], response);
	if (!picked) return refuse(NOT_WHOLE_SENTENCES);
	let score = 0;
	let broad = false;
	for (const passage of question.evidence) {
		const key = sentencesOf(context.sentences ?? [], passage);
		if (key.length === 0) continue;
		const right = picked.filter((s) => key.includes(s)).length;
		const wrong = picked.length - right;
		if (right === key.length && wrong === 0) return graded({ score: 1, correct: true, feedback: [] });
		if (right === key.length) broad = true;
		score = Math.max(score, (right - wrong) / key.length);
	}
	return graded({ score: Math.round(score * 1e4) / 1e4, correct: false, feedback: [broad ? TOO_BROAD : question.wrongFeedback] });
}
