/**
 * Self-study progress saved on an earlier version of a module, carried onto the version now served: the
 * answers (and hints and results) of every question that still means the same are kept, the round goes
 * on without the questions the module no longer has, and the learner is told which answers could not be
 * kept. Which questions mean the same is the server's to say (`versionHistory`): only it knows the keys.
 */
import type { QuizContext, StartRequest } from './select';
// Loaded with the carrying, so the quiz's own bundle holds neither.
export { default as CarriedNotice } from '$lib/components/quiz-flow/CarriedNotice.svelte';
import type { PublicQuestion, QuizSettings } from './types';

/**
 * From the server, for the version served: each published version's content version (what saved progress
 * names) with its number, and for each question the earliest version number from which it has meant the
 * same (its key, explanation, options and what it cites) through the version served.
 */
export type VersionHistory = { versions: Record<string, number>; sameSince: Record<string, number> };

/** A question the learner had worked on whose answer could not be kept, as they saw it. */
export type NotKept = {
	id: string;
	/** Its number in the module: now when it changed, as the learner saw it when it was removed. */
	number?: number;
	stem: string;
	/** `changed`: it is still in the round, to answer again; `removed`: the module no longer has it. */
	why: 'changed' | 'removed';
};

export type Carried = {
	/** The round on the version served, with what is kept; null when none of its questions is left. */
	start: StartRequest | null;
	/** How many questions' answers were kept. */
	kept: number;
	notKept: NotKept[];
	/** What the learner is told first (`carriedMessage`); `notKept` is listed after it. */
	message: string;
};

/** The parts of a saved quiz's context carrying over reads, once checked for shape: a round under way. */
type SavedRound = Pick<QuizContext, 'questions' | 'round' | 'drafts' | 'answers' | 'results' | 'hints' | 'flagged' | 'skipped' | 'startedAt'> & {
	settings: QuizSettings;
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIds = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

function savedRound(snapshot: unknown): SavedRound | null {
	if (!isObject(snapshot) || snapshot.status !== 'active' || !isObject(snapshot.context)) return null;
	const c = snapshot.context;
	const s = c.settings;
	const round = c.round;
	if (!isObject(s) || !isIds(s.skills) || typeof s.count !== 'number' || (s.feedback !== 'each' && s.feedback !== 'end') || (s.book !== 'open' && s.book !== 'closed')) return null;
	if (!isObject(round) || typeof round.number !== 'number' || !isIds(round.ids) || round.ids.length === 0) return null;
	if (!Array.isArray(c.questions) || !c.questions.every((q) => isObject(q) && typeof q.id === 'string' && typeof q.stem === 'string')) return null;
	const records = [c.drafts, c.answers, c.results, c.hints];
	if (!records.every(isObject) || !isIds(c.flagged ?? []) || !isIds(c.skipped ?? [])) return null;
	return {
		questions: c.questions as PublicQuestion[],
		settings: s as QuizSettings,
		round: { number: round.number, ids: round.ids },
		drafts: c.drafts as SavedRound['drafts'],
		answers: c.answers as SavedRound['answers'],
		results: c.results as SavedRound['results'],
		hints: c.hints as SavedRound['hints'],
		flagged: (c.flagged ?? []) as string[],
		skipped: (c.skipped ?? []) as string[],
		startedAt: typeof c.startedAt === 'number' ? c.startedAt : null
	};
}

/**
 * Carries a round saved on content version `savedVersion` onto `questions` (the version served), or null
 * when the saved progress is no round under way (nothing the learner entered is in it). A saved version the history does not know keeps nothing,
 * and says so question by question.
 */
export function carryOver(savedVersion: string, snapshot: unknown, questions: PublicQuestion[], history: VersionHistory): Carried | null {
	const saved = savedRound(snapshot);
	if (!saved) return null;
	const from = history.versions[savedVersion];
	const current = new Map(questions.map((q) => [q.id, q]));
	const same = (id: string) => from !== undefined && current.has(id) && (history.sameSince[id] ?? Infinity) <= from;
	const ids = saved.round.ids.filter((id) => current.has(id));
	const kept = ids.filter(same);
	const worked = (id: string) => id in saved.drafts || id in saved.answers || id in saved.results;

	const notKept: NotKept[] = saved.round.ids
		.filter((id) => worked(id) && !same(id))
		.map((id) => {
			const now = current.get(id);
			if (now) return { id, number: now.number, stem: now.stem, why: 'changed' as const };
			const was = saved.questions.find((q) => q.id === id);
			return { id, number: was?.number, stem: was?.stem ?? id, why: 'removed' as const };
		});

	const pick = <T>(record: Record<string, T>) => Object.fromEntries(kept.filter((id) => id in record).map((id) => [id, record[id]!]));
	const carried = {
		start:
			ids.length === 0
				? null
				: {
						settings: saved.settings,
						ids,
						round: saved.round.number,
						...(saved.startedAt !== null ? { at: saved.startedAt } : {}),
						restore: {
							answers: pick(saved.answers),
							drafts: pick(saved.drafts),
							results: pick(saved.results),
							hints: pick(saved.hints),
							flagged: saved.flagged.filter((id) => ids.includes(id)),
							skipped: saved.skipped.filter((id) => kept.includes(id))
						}
					},
		kept: kept.filter(worked).length,
		notKept
	};
	return { ...carried, message: carriedMessage(carried) };
}

/** What the learner is told of a carry-over: a sentence, then the questions whose answers were not kept. */
export function carriedMessage(carried: Pick<Carried, 'start' | 'kept' | 'notKept'>): string {
	const updated = 'This module was updated since you last worked on it.';
	const kept = carried.kept === 1 ? 'Your answer to 1 question still fits it and is kept' : `Your answers to ${carried.kept} questions still fit it and are kept`;
	if (carried.start === null) {
		return `${updated} None of the questions of your round are in it any more, so you are starting a new round.`;
	}
	if (carried.notKept.length === 0) return carried.kept > 0 ? `${updated} ${kept}: you are where you left off.` : `${updated} Your round goes on.`;
	return carried.kept > 0 ? `${updated} ${kept}, but not all:` : `${updated} None of your answers fit its questions now:`;
}
