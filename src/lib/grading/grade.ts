import type { Evidence, Question, Span } from '$lib/content/types';
import { aboveChance, chanceOf } from './chance';
import { gradeMultiple, gradeSingle, gradeTfn } from './choice';
import { gradeEvidence } from './evidence';
import { gradeMatching } from './matching';
import { gradeNumeric } from './numeric';
import { gradeOrdering } from './ordering';
import { KIND_MISMATCH, readResponse } from './response';
import { HINT_COST, type GradeResult, type Response } from './types';

/** What the caller knows beyond the question: the story's told order of the items, its length. */
export type GradeContext = {
	/** The ordering question's items in the order the story tells them. */
	toldOrder?: readonly string[];
	/** The story text's length, the upper bound for an evidence pick. */
	textLength?: number;
	/** The story's sentences (its layout): an evidence pick is made of whole ones, a random pick is one of them. */
	sentences?: readonly Span[];
};

/**
 * Grades an untrusted response to a question. A response that is malformed, for another kind of
 * question, or names ids the question does not have comes back as `{ ok: false, error }` with a
 * message fit for the learner; this never throws.
 *
 * The score is the kind's credit rescaled against chance (`aboveChance`), so that a random answer
 * scores 0 on average and a full answer 1: random answers earn nothing (docs/grading.md).
 */
export function grade(
	question: Question<Evidence>,
	response: unknown,
	context: GradeContext = {}
): GradeResult {
	try {
		const read = readResponse(question.kind, response);
		if (!read.ok) return read;
		const result = gradeResponse(question, read.response, context ?? {});
		if (!result.ok) return result;
		const chance = chanceOf(question, context?.sentences ?? []);
		return { ok: true, grade: { ...result.grade, score: aboveChance(result.grade.score, chance) } };
	} catch {
		// Only reachable through a malformed question or a hostile object (a throwing getter, a proxy).
		return { ok: false, error: 'We could not check this answer. Please try again.' };
	}
}

function gradeResponse(q: Question<Evidence>, r: Response, context: GradeContext): GradeResult {
	if (q.kind === 'single' && r.kind === 'single') return gradeSingle(q, r);
	if (q.kind === 'multiple' && r.kind === 'multiple') return gradeMultiple(q, r);
	if (q.kind === 'ordering' && r.kind === 'ordering') return gradeOrdering(q, r, context);
	if (q.kind === 'numeric' && r.kind === 'numeric') return gradeNumeric(q, r);
	if (q.kind === 'matching' && r.kind === 'matching') return gradeMatching(q, r);
	if (q.kind === 'evidence' && r.kind === 'evidence') return gradeEvidence(q, r, context);
	if (q.kind === 'tfn' && r.kind === 'tfn') return gradeTfn(q, r);
	return { ok: false, error: KIND_MISMATCH };
}

/**
 * Score after hints: each hint taken costs `HINT_COST` of what the answer earned, never taking it below
 * zero; a score at or below zero (a wrong answer) is left as it is. Rounded to 4 decimals.
 */
export function applyHints(score: number, hintsTaken: number): number {
	const base = Number.isFinite(score) ? score : 0;
	const hints = Number.isFinite(hintsTaken) && hintsTaken > 0 ? hintsTaken : 0;
	const after = base > 0 ? Math.max(0, base - hints * HINT_COST) : base;
	return Math.round(after * 1e4) / 1e4;
}
