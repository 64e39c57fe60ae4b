/**
 * The quiz's data and what is derived from it: which questions a round asks, where the learner is, what
 * is left, what was scored. Pure functions with no xstate and no I/O, so the machine's guards and the
 * components read the same answers.
 */
import type { Skill } from '$lib/content/types';
import { totalPoints } from '$lib/grading/total';
import type { Response } from '$lib/grading/types';
import { shuffleOptions } from './shuffle';
import type { CheckRequest, CheckResult, PublicQuestion, QuizSettings } from './types';

/** The quiz machine's context. Plain JSON throughout, so a persisted snapshot survives localStorage. */
export type QuizContext = {
	/** Every public question of the module, in authored order (an attempt's: in the order drawn). */
	questions: PublicQuestion[];
	/**
	 * An assigned attempt: the server grades on submit, so finishing always goes through it, and there is
	 * no new round and no start over. Fixed by the machine's input.
	 */
	assessed: boolean;
	/** Chosen at setup; null until then. */
	settings: QuizSettings | null;
	/** The questions asked in this round, by id, in the order they are asked. Round 1 is the first. */
	round: { number: number; ids: string[] };
	/** Position of the current question in `round.ids`. */
	index: number;
	/** The answer in progress for each question, kept on every change. */
	drafts: Record<string, Response>;
	/** Answers handed in (checked at once with feedback after each, at the end otherwise). */
	answers: Record<string, Response>;
	results: Record<string, CheckResult>;
	/** Hint texts taken, in order, by question id. */
	hints: Record<string, string[]>;
	flagged: string[];
	skipped: string[];
	/** Milliseconds since the epoch. */
	startedAt: number | null;
	finishedAt: number | null;
	/**
	 * An attempt's questions whose answer on record was given in another tab or on another device: the
	 * server's answer replaced this one's, and the learner is told so.
	 */
	elsewhere: string[];
	/** Results that arrived while the learner was elsewhere (answers checked on reconnect), not yet read. */
	unread: string[];
	/** A message for the learner when a service failed; null otherwise. */
	error: string | null;
};

export type Score = { score: number; max: number };

export type RoundScore = {
	overall: Score;
	/** Only the skills that occur in the round. */
	bySkill: Partial<Record<Skill, Score>>;
};

/** Where one question of the round stands, for navigation dots and the review lists. */
export type QuestionStatus = 'correct' | 'partial' | 'incorrect' | 'answered' | 'skipped' | 'draft' | 'unseen';

/** What the server holds of an attempt's answers: the record this device converges on. */
export type ServerState = {
	answers: Record<string, Response>;
	/** The results the learner may see (with feedback after each answer, every answer's). */
	results: Record<string, CheckResult>;
};

/**
 * The questions of a round: those of the chosen skills, taken in turn from each skill (each skill's in
 * authored order) so that a short round still practises every skill chosen, and at most `count`.
 */
export function pickRound(
	questions: readonly PublicQuestion[],
	settings: Pick<QuizSettings, 'skills' | 'count'>
): string[] {
	const skills = [...new Set(settings.skills)];
	const queues = skills.map((skill) => questions.filter((q) => q.skill === skill).map((q) => q.id));
	const limit = Math.max(0, Math.floor(settings.count));
	const picked: string[] = [];
	for (let turn = 0; picked.length < limit; turn++) {
		const available = queues.filter((queue) => turn < queue.length);
		if (available.length === 0) break;
		for (const queue of available) {
			if (picked.length >= limit) break;
			picked.push(queue[turn]!);
		}
	}
	return picked;
}

export function currentId(context: QuizContext): string | null {
	return context.round.ids[context.index] ?? null;
}

export function questionById(context: QuizContext, id: string): PublicQuestion | null {
	return context.questions.find((q) => q.id === id) ?? null;
}

export function currentQuestion(context: QuizContext): PublicQuestion | null {
	const id = currentId(context);
	return id === null ? null : questionById(context, id);
}

/** The round's questions in the order asked. */
export function roundQuestions(context: QuizContext): PublicQuestion[] {
	return context.round.ids.flatMap((id) => questionById(context, id) ?? []);
}

export function currentDraft(context: QuizContext): Response | null {
	const id = currentId(context);
	return id === null ? null : (context.drafts[id] ?? null);
}

export function isChecked(context: QuizContext, id: string): boolean {
	return id in context.results;
}

/** Handed in: checked, or recorded for checking at the end. */
export function isAnswered(context: QuizContext, id: string): boolean {
	return id in context.answers;
}

/** Still to be answered on the way through the round: neither handed in nor set aside. */
export function isPending(context: QuizContext, id: string): boolean {
	return !isAnswered(context, id) && !context.skipped.includes(id);
}

/**
 * The next pending question after the current one, going round to the start of the round, never the
 * current one itself; null when none is left.
 */
export function nextPendingIndex(context: QuizContext): number | null {
	const { ids } = context.round;
	for (let step = 1; step < ids.length; step++) {
		const index = (context.index + step) % ids.length;
		if (isPending(context, ids[index]!)) return index;
	}
	return null;
}

export function hintsFor(context: QuizContext, id: string): string[] {
	return context.hints[id] ?? [];
}

export function hintsLeft(context: QuizContext, id: string | null = currentId(context)): number {
	if (id === null) return 0;
	const question = questionById(context, id);
	return question ? Math.max(0, question.hintCount - hintsFor(context, id).length) : 0;
}

/** A hint can be asked for the current question while it has hints left and is not yet checked. */
export function canAskHint(context: QuizContext): boolean {
	const id = currentId(context);
	return id !== null && !isChecked(context, id) && hintsLeft(context, id) > 0;
}

/**
 * Whether the learner may jump to a question of the round: any question when feedback comes at the end;
 * only one not yet checked when feedback comes after each answer (a checked answer is final).
 */
export function canGoto(context: QuizContext, index: number): boolean {
	const id = Number.isInteger(index) ? context.round.ids[index] : undefined;
	if (id === undefined) return false;
	return context.settings?.feedback === 'end' || (!isChecked(context, id) && !isAnswered(context, id));
}

/**
 * With feedback after each answer, an answer handed in but not checked yet: given offline in an
 * attempt, it waits on the device and is checked when the connection returns.
 */
export function isWaiting(context: QuizContext, id: string): boolean {
	return context.settings?.feedback === 'each' && isAnswered(context, id) && !isChecked(context, id);
}

/** The round's question at `index`, when there is one. */
export function idAt(context: QuizContext, index: number): string | null {
	return (Number.isInteger(index) ? context.round.ids[index] : undefined) ?? null;
}

/** The flagged questions of the round other than the current one. */
export function flaggedElsewhere(context: QuizContext): string[] {
	const current = currentId(context);
	return context.round.ids.filter((id) => id !== current && context.flagged.includes(id));
}

/**
 * Something the learner is still to see before a round with feedback after each answer ends: a skipped
 * question, one flagged other than this, an answer waiting to be checked, a result unread. Going on from
 * the last question then leads to the question list rather than to the end.
 */
export function hasSomethingToSee(context: QuizContext): boolean {
	return (
		context.round.ids.some((id) => context.skipped.includes(id)) ||
		flaggedElsewhere(context).length > 0 ||
		uncheckedRequests(context).length > 0 ||
		context.unread.length > 0
	);
}

const sameResponse = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The context brought to what the server holds. With feedback after each answer, a checked answer on the
 * server is final: it replaces whatever this device had (noted as answered elsewhere when it differs),
 * with its result, unread until shown. Otherwise the server's answer replaces a
 * different one here; answers the server does not have yet are kept (they are still on their way).
 */
export function withServerState(context: QuizContext, server: ServerState): QuizContext {
	const each = context.settings?.feedback === 'each';
	let { answers, drafts, results, skipped, elsewhere, unread } = context;
	for (const id of context.round.ids) {
		const stored = server.answers[id];
		if (stored === undefined) continue;
		const local = answers[id] ?? drafts[id];
		const result = server.results[id];
		if (each && result === undefined) continue;
		const differs = local === undefined || !sameResponse(local, stored);
		const changed = differs || !sameResponse(answers[id], stored) || (each && !isChecked(context, id));
		if (!changed) continue;
		// A draft the learner is still shaping (never handed in) is theirs, unless the answer is final.
		if (!each && answers[id] === undefined && drafts[id] !== undefined && differs) continue;
		answers = { ...answers, [id]: stored };
		drafts = { ...drafts, [id]: stored };
		skipped = skipped.filter((s) => s !== id);
		if (differs && !elsewhere.includes(id)) elsewhere = [...elsewhere, id];
		if (each && result) {
			results = { ...results, [id]: result };
			// Read once shown: the question on screen shows it at once (the machine marks it read).
			if (!unread.includes(id)) unread = [...unread, id];
		}
	}
	if (answers === context.answers && results === context.results) return context;
	return { ...context, answers, drafts, results, skipped, elsewhere, unread };
}

/** The request to check the current question's draft, with the hints taken for it. */
export function checkRequest(context: QuizContext): CheckRequest | null {
	const id = currentId(context);
	const response = id === null ? undefined : context.drafts[id];
	if (id === null || response === undefined) return null;
	return { questionId: id, response, hintsUsed: hintsFor(context, id).length };
}

/** The answers of the round handed in but not yet checked, in round order. */
export function uncheckedRequests(context: QuizContext): CheckRequest[] {
	return context.round.ids.flatMap((id) => {
		const response = context.answers[id];
		if (response === undefined || isChecked(context, id)) return [];
		return [{ questionId: id, response, hintsUsed: hintsFor(context, id).length }];
	});
}

/** What an attempt brings back from the server when it is rebuilt: answers given, hints taken, results shown. */
export type Restore = {
	answers: Record<string, Response>;
	hints: Record<string, string[]>;
	results: Record<string, CheckResult>;
	/** Answers in progress, not handed in (self-study progress carried onto a newer version). */
	drafts?: Record<string, Response>;
	flagged?: string[];
	skipped?: string[];
};

/** How a round starts: the settings, and for an attempt its questions in the order drawn and what it restores. */
/** `seed`: the round's options are shown in the order drawn from it (self-study; an attempt's come drawn). */
/** `round`: its number, when it goes on from a saved one (a practice round of missed questions is 2 or more). */
export type StartRequest = { settings: QuizSettings; ids?: string[]; restore?: Restore; at?: number; seed?: string; round?: number };

export function emptyContext(questions: PublicQuestion[], assessed = false): QuizContext {
	return {
		questions,
		assessed,
		settings: null,
		round: { number: 0, ids: [] },
		index: 0,
		drafts: {},
		answers: {},
		results: {},
		hints: {},
		flagged: [],
		skipped: [],
		startedAt: null,
		finishedAt: null,
		elsewhere: [],
		unread: [],
		error: null
	};
}

/**
 * The questions a start asks: the ids given when each is a question of the quiz, once; otherwise the
 * settings' pick. Empty when the ids given do not fit.
 */
export function startIds(questions: readonly PublicQuestion[], start: Pick<StartRequest, 'settings' | 'ids'>): string[] {
	if (start.ids === undefined) return pickRound(questions, start.settings);
	const known = new Set(questions.map((q) => q.id));
	const fits = start.ids.length > 0 && new Set(start.ids).size === start.ids.length && start.ids.every((id) => known.has(id));
	return fits ? [...start.ids] : [];
}

/**
 * Round 1, with what is restored: answers of the round (with feedback after each, only those with their
 * result, since there an answer is its check), their hints and results, every restored answer as the
 * draft too; the current question is the first still to answer.
 */
export function startedContext(context: QuizContext, start: StartRequest, now: number): QuizContext {
	const ids = startIds(context.questions, start);
	const restore = start.restore;
	// Kept in the context, so a reload (the persisted snapshot) shows the same order; a new round draws again.
	const questions = start.seed === undefined ? context.questions : shuffleOptions(context.questions, start.seed);
	const fresh: QuizContext = {
		...emptyContext(questions, context.assessed),
		settings: start.settings,
		round: { number: start.round ?? 1, ids },
		startedAt: start.at ?? now
	};
	if (!restore) return fresh;
	const each = start.settings.feedback === 'each';
	const pick = <T>(record: Record<string, T>, keep: (id: string) => boolean) =>
		Object.fromEntries(Object.entries(record).filter(([id]) => ids.includes(id) && keep(id)));
	const answers = pick(restore.answers, (id) => !each || id in restore.results);
	const restored: QuizContext = {
		...fresh,
		drafts: pick({ ...restore.answers, ...restore.drafts }, () => true),
		answers,
		results: pick(restore.results, (id) => id in answers),
		hints: pick(restore.hints, () => true),
		flagged: (restore.flagged ?? []).filter((id) => ids.includes(id)),
		skipped: (restore.skipped ?? []).filter((id) => ids.includes(id) && !(id in answers))
	};
	const first = ids.findIndex((id) => isPending(restored, id));
	return { ...restored, index: Math.max(0, first) };
}

/** Every question of the round handed in (or, for a round just restored, nothing left to answer). */
export function allAnswered(context: QuizContext): boolean {
	return context.round.ids.length > 0 && context.round.ids.every((id) => isAnswered(context, id));
}

/** Questions of the round not answered fully right: wrong, part right, skipped or never answered. */
export function missedIds(context: QuizContext): string[] {
	return context.round.ids.filter((id) => context.results[id]?.correct !== true);
}

export function questionStatus(context: QuizContext, id: string): QuestionStatus {
	const result = context.results[id];
	if (result) return result.correct ? 'correct' : result.score > 0 ? 'partial' : 'incorrect';
	if (isAnswered(context, id)) return 'answered';
	if (context.skipped.includes(id)) return 'skipped';
	return id in context.drafts ? 'draft' : 'unseen';
}

/** The lists the review screen shows, each in round order. */
export function reviewLists(context: QuizContext): {
	answered: string[];
	skipped: string[];
	flagged: string[];
	/** Neither answered nor skipped: not reached yet. */
	unanswered: string[];
	/** Feedback after each: handed in offline, checked when the connection returns. */
	waiting: string[];
	/** Feedback after each: checked since, with feedback not read yet. */
	unread: string[];
} {
	const ids = context.round.ids;
	return {
		answered: ids.filter((id) => isAnswered(context, id)),
		skipped: ids.filter((id) => !isAnswered(context, id) && context.skipped.includes(id)),
		flagged: ids.filter((id) => context.flagged.includes(id)),
		unanswered: ids.filter((id) => isPending(context, id)),
		waiting: ids.filter((id) => isWaiting(context, id)),
		unread: ids.filter((id) => context.unread.includes(id) && isChecked(context, id))
	};
}

/**
 * The round's score: each question is worth 1 and earns its checked score (after hint costs); a question
 * skipped or never checked earns 0, as a random answer does on average. Totals never go below 0.
 */
export function roundScore(context: QuizContext): RoundScore {
	const overall: Score = { score: 0, max: 0 };
	const bySkill: Partial<Record<Skill, Score>> = {};
	for (const id of context.round.ids) {
		const question = questionById(context, id);
		if (!question) continue;
		const earned = context.results[id]?.score ?? 0;
		const skill = (bySkill[question.skill] ??= { score: 0, max: 0 });
		skill.score += earned;
		skill.max += 1;
		overall.score += earned;
		overall.max += 1;
	}
	overall.score = totalPoints([overall.score]);
	for (const skill of Object.values(bySkill)) skill.score = totalPoints([skill.score]);
	return { overall, bySkill };
}

/** A score as a share from 0 to 1 (0 for an empty round). */
export function fraction({ score, max }: Score): number {
	return max === 0 ? 0 : score / max;
}

/** How far through the round the learner is, for a progress bar. */
export function progress(context: QuizContext): { position: number; total: number; answered: number } {
	return {
		position: context.index + 1,
		total: context.round.ids.length,
		answered: context.round.ids.filter((id) => isAnswered(context, id)).length
	};
}
