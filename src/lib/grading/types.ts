import type { TfnChoice } from '$lib/content/types';

/** What a learner answers, one shape per question kind. Arrives from the network: never trusted. */
export type Response =
	| { kind: 'single'; option: string }
	| { kind: 'multiple'; options: string[] }
	| { kind: 'ordering'; order: string[] }
	| { kind: 'numeric'; text: string }
	| { kind: 'matching'; pairs: Record<string, string> }
	/** A span of the story text the learner picked (in the app, one of the story's sentences). */
	| { kind: 'evidence'; start: number; end: number }
	| { kind: 'tfn'; choice: TfnChoice };

export type Grade = {
	/**
	 * The score before any hint cost: 1 for a full answer, 0 on average for a random one, below 0 for an
	 * answer worse than chance (a wrong pick among four options scores −1/3). See `aboveChance`.
	 */
	score: number;
	/** True only for full credit. */
	correct: boolean;
	/** Feedback for what the learner chose, most specific first (per-option, per-value, then general). */
	feedback: string[];
	/** Per-part results where a question has parts: options, pairs or prompts, by id. */
	parts?: Record<string, boolean>;
};

/** A grading function's result: a grade, or a clear reason why the response cannot be graded. */
export type GradeResult = { ok: true; grade: Grade } | { ok: false; error: string };

/** Each hint taken costs this share of the question's credit; credit never goes below zero. */
export const HINT_COST = 0.25;
