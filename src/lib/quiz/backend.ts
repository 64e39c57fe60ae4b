import type { Actor } from 'xstate';
import { quizApi } from './api';
import type { QuizMachine, QuizSnapshot } from './quizMachine';
import type { CheckRequest, CheckResult, FinishResult, HintRequest, HintResult, RoundOverview } from './types';

/**
 * What the quiz flow needs from where it runs: the server calls the machine makes, where its progress is
 * kept on this device, and for an assigned attempt what runs beside it. Self-study and an attempt each
 * provide one; the flow (`Quiz.svelte` and the machine) is the same.
 */
export type QuizBackend = {
	/** Progress on this device is kept under `key` (a module's slug, an attempt's id) for this content version. */
	progress: { key: string; version: string };
	/** Checks one answer. For an attempt with feedback after each answer, this saves it: the server grades it. */
	check: (request: CheckRequest) => Promise<CheckResult>;
	/**
	 * Finishes the round with the answers recorded but not checked. Self-study checks them; an attempt
	 * waits until every answer is saved and submits, the results withheld when the teacher releases them later.
	 */
	checkAll: (requests: CheckRequest[]) => Promise<FinishResult>;
	hint: (request: HintRequest) => Promise<HintResult>;
	/** The told/happened picture and the source map of a finished round. */
	summary: (questionIds: string[]) => Promise<RoundOverview>;
	/** An assigned attempt: the machine runs assessed (no setup, no new round, no start over, finishing submits); no scores kept here. */
	assessed?: boolean;
	/** Whether a snapshot kept on this device may be resumed; any of the right version may, when not given. */
	resumable?: (snapshot: QuizSnapshot) => boolean;
	/** Runs beside the quiz while it is shown (an attempt: saving answers, the clock); returns its clean-up. */
	connect?: (actor: Actor<QuizMachine>) => () => void;
};

/**
 * Self-study: checks and hints from the module's endpoints (of the published version `number`), progress
 * kept by module. `base` sends them elsewhere: the studio's preview of a draft.
 */
export function selfStudyBackend(slug: string, version: string, fetcher: typeof fetch = fetch, number?: number, base?: string): QuizBackend {
	const api = quizApi(slug, fetcher, number, base);
	return {
		progress: { key: slug, version },
		check: api.check,
		checkAll: async (requests) => ({ results: await api.checkAll(requests), released: true }),
		hint: api.hint,
		summary: api.summary
	};
}
