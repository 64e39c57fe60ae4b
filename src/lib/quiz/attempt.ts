/**
 * An assigned attempt in the browser: its page data, its calls to the server, and the backend that runs
 * it through the quiz flow. Answers are saved through the outbox as they are given; with feedback after
 * each answer the check is the save.
 */
import type { Actor } from 'xstate';
import { SKILLS } from '$lib/content/types';
import type { Response } from '$lib/grading/types';
import { ApiError, request } from './api';
import type { QuizBackend } from './backend';
import { backoff, type Outbox, type SaveReply, type SendResult } from './outbox';
import { MESSAGES, type QuizMachine, type QuizSnapshot } from './quizMachine';
import type { StartRequest } from './select';
import type { CheckResult, HintRequest, HintResult, PublicQuestion, RoundOverview } from './types';

/** When the learner sees results: after each answer, after submitting, after the close date. */
export type FeedbackRule = 'each' | 'submit' | 'close';

export type AttemptInfo = {
	id: string;
	displayName: string;
	title: string;
	moduleTitle: string;
	version: string;
	feedback: FeedbackRule;
	closesAt: number | null;
	deadlineAt: number | null;
	submittedAt: number | null;
	/** The server's clock when the page was made. */
	now: number;
	/** When a submitted attempt's answers are released: after each attempt, after the last, after close. */
	review?: 'attempt' | 'last' | 'close';
	attemptsAllowed?: number;
	/** A roster student's attempt (signed in with their card), not an anonymous join. */
	roster?: boolean;
};

/** What the server has of an attempt. */
export type SavedAttempt = {
	id: string;
	submittedAt: number | null;
	deadlineAt: number | null;
	answers: Record<string, { response: Response; seq: number }>;
	hints: Record<string, string[]>;
	results?: Record<string, CheckResult>;
	score?: number;
};

export type Submission = { submittedAt: number; released: boolean; score?: number; results?: CheckResult[] };

/** The calls an attempt makes to the server. */
export function attemptApi(id: string, fetcher: typeof fetch = fetch) {
	const base = `/api/attempts/${encodeURIComponent(id)}`;
	return {
		/** Never throws: the outbox decides from the status whether to try again. */
		save: async ({ questionId, response, seq }: { questionId: string; response: Response; seq: number }): Promise<SendResult> => {
			try {
				const reply = await request<SaveReply>('PUT', `${base}/answers/${encodeURIComponent(questionId)}`, { response, seq }, fetcher);
				return { ok: true, reply };
			} catch (e) {
				return e instanceof ApiError ? { ok: false, status: e.status, message: e.message } : { ok: false, status: 0, message: String(e) };
			}
		},
		hint: ({ questionId, index }: HintRequest) =>
			request<HintResult>('POST', `${base}/hints/${encodeURIComponent(questionId)}`, { index }, fetcher),
		submit: () => request<Submission>('POST', `${base}/submit`, {}, fetcher),
		/** The attempt's timeline and source map, once its results are released. */
		summary: () => request<RoundOverview>('GET', `${base}/summary`, undefined, fetcher),
		load: () => request<SavedAttempt>('GET', base, undefined, fetcher)
	};
}

export type AttemptApi = ReturnType<typeof attemptApi>;

/** The attempt's round: its questions in the order drawn, the teacher's feedback rule, and what the server has saved. */
export function attemptStart(attempt: AttemptInfo, questions: PublicQuestion[], saved: SavedAttempt): StartRequest {
	return {
		settings: {
			skills: SKILLS.filter((s) => questions.some((q) => q.skill === s)),
			count: questions.length,
			feedback: attempt.feedback === 'each' ? 'each' : 'end',
			book: 'open'
		},
		ids: questions.map((q) => q.id),
		restore: {
			answers: Object.fromEntries(Object.entries(saved.answers).map(([id, a]) => [id, a.response])),
			hints: saved.hints,
			results: saved.results ?? {}
		}
	};
}

/** When the attempt stops taking answers: the time limit or the close, whichever is first; null without either. */
export function endsAt(attempt: Pick<AttemptInfo, 'deadlineAt' | 'closesAt'>): number | null {
	const times = [attempt.deadlineAt, attempt.closesAt].filter((t): t is number => t !== null);
	return times.length === 0 ? null : Math.min(...times);
}

const MAX_TIMER_MS = 2 ** 31 - 1;

export type AttemptBackendOptions = {
	attempt: AttemptInfo;
	/** The attempt's questions, in the order drawn. */
	questions: PublicQuestion[];
	saved: SavedAttempt;
	api: AttemptApi;
	outbox: Outbox;
	/** The server's time now (this device's clock, corrected by the page's `now`). */
	clock: () => number;
	online?: () => boolean;
	/** Told when the attempt ended without the learner: time is up, or the server takes no more answers. */
	onended?: (why: 'time' | 'submitted') => void;
	/** For tests: the browser's window, to listen for the connection. */
	target?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
};

/**
 * The backend of an attempt. `check` saves the answer (feedback after each: the server returns the
 * result); the answers recorded otherwise go through the outbox as they are given; `checkAll` waits for
 * the outbox to empty and submits (safe to repeat: the server submits once). `connect` keeps it going:
 * recorded answers to the outbox, a check that failed offline tried again (with backoff, and at once when
 * the connection returns), the attempt ended at its deadline or when the server says it was submitted.
 */
export function attemptBackend(options: AttemptBackendOptions): QuizBackend {
	const { attempt, saved, api, outbox } = options;
	const online = options.online ?? (() => (typeof navigator === 'undefined' ? true : navigator.onLine));
	const each = attempt.feedback === 'each';

	async function check({ questionId, response }: { questionId: string; response: Response }): Promise<CheckResult> {
		const sent = await outbox.sendNow(questionId, response);
		if (sent.ok && sent.reply.result) return sent.reply.result;
		// Checked before (a reply lost on the way, another tab): the server still has the result.
		if (sent.ok || sent.status === 409) {
			const result = await api
				.load()
				.then((s) => s.results?.[questionId])
				.catch(() => undefined);
			if (result) return result;
		}
		if (sent.ok) throw new ApiError('Your answer was saved, but its result did not arrive. Reload the page to see it.', 0);
		throw new ApiError(sent.message, sent.status);
	}

	return {
		progress: { key: `attempt:${attempt.id}`, version: attempt.version },
		assessed: true,
		check,
		checkAll: async (requests) => {
			if (!each) for (const r of requests) outbox.record(r.questionId, r.response);
			// Not every answer reached the server: no submit without them (the machine says they are kept).
			if (!(await outbox.drain())) throw new ApiError(MESSAGES.submitFailed, 0);
			const submission = await api.submit();
			// The answers graded, from the server: this tab may not have seen another's.
			const answers = await api
				.load()
				.then((s) => Object.fromEntries(Object.entries(s.answers).map(([id, a]) => [id, a.response])))
				.catch(() => undefined);
			return { released: submission.released, results: submission.results ?? [], ...(answers ? { answers } : {}) };
		},
		hint: api.hint,
		// The attempt's own questions, from its own endpoint: never the module's self-study one.
		summary: () => api.summary(),
		resumable: (snapshot) => {
			// Another round (or not an attempt's) is rebuilt from the server.
			const ids = options.questions.map((q) => q.id);
			if (!snapshot.context.assessed || snapshot.context.round.ids.join('\n') !== ids.join('\n')) return false;
			const done = snapshot.matches('summary') || snapshot.matches('reviewing') || snapshot.matches('submitted');
			if (saved.submittedAt !== null && !done) return false;
			// Results withheld then, released since: rebuilt, so the summary shows them.
			if (snapshot.matches('submitted') && saved.results !== undefined) return false;
			return true;
		},
		connect: (actor) => connectAttempt(actor, options, online)
	};
}

function connectAttempt(actor: Actor<QuizMachine>, options: AttemptBackendOptions, online: () => boolean): () => void {
	const { attempt, saved, api, outbox, clock } = options;
	const target = options.target ?? (typeof window === 'undefined' ? null : window);
	const each = attempt.feedback === 'each';
	const timers = new Set<ReturnType<typeof setTimeout>>();
	const later = (fn: () => void, ms: number) => {
		const t = setTimeout(() => {
			timers.delete(t);
			fn();
		}, ms);
		timers.add(t);
	};

	// Once ended, a submit that fails is tried again without the learner: they may be gone.
	let ended = false;
	const end = (why: 'time' | 'submitted') => {
		ended = true;
		if (!actor.getSnapshot().can({ type: 'attempt.end' })) return;
		actor.send({ type: 'attempt.end' });
		options.onended?.(why);
	};

	// A check that failed for want of a connection is tried again, as long as the answer is the same.
	let failures = 0;
	let failed: { id: string; draft: string } | null = null;
	const pendingCheck = (s: QuizSnapshot) => {
		if (!failed || !s.matches({ quiz: 'answering' }) || s.context.error !== MESSAGES.checkFailed) return false;
		const id = s.context.round.ids[s.context.index];
		return id === failed.id && JSON.stringify(s.context.drafts[id]) === failed.draft && s.can({ type: 'answer.submit' });
	};
	const retryCheck = () => {
		if (online() && pendingCheck(actor.getSnapshot())) actor.send({ type: 'answer.submit' });
	};
	const retrySubmit = () => {
		const s = actor.getSnapshot();
		if (ended && online() && s.matches({ quiz: 'review' }) && s.context.error !== null) actor.send({ type: 'quiz.finish' });
	};

	let previous = actor.getSnapshot();
	const onSnapshot = (s: QuizSnapshot) => {
		if (!each && s.matches('quiz')) {
			for (const [id, response] of Object.entries(s.context.answers)) outbox.record(id, response);
		}
		if (each && previous.matches({ quiz: 'checking' }) && !s.matches({ quiz: 'checking' })) {
			if (s.matches({ quiz: 'answering' }) && s.context.error === MESSAGES.checkFailed) {
				const id = s.context.round.ids[s.context.index]!;
				failed = { id, draft: JSON.stringify(s.context.drafts[id]) };
				failures++;
				later(retryCheck, backoff(failures));
			} else {
				failed = null;
				failures = 0;
			}
		}
		if (ended && previous.matches({ quiz: 'finishing' }) && s.matches({ quiz: 'review' })) later(retrySubmit, backoff(1));
		previous = s;
	};
	const subscription = actor.subscribe(onSnapshot);
	onSnapshot(actor.getSnapshot());

	const onOnline = () => {
		outbox.connectionChanged();
		retryCheck();
		retrySubmit();
	};
	const onOffline = () => outbox.connectionChanged();
	target?.addEventListener('online', onOnline);
	target?.addEventListener('offline', onOffline);

	// The server refused an answer: when that is because the attempt was submitted or closed, end it here too.
	let refusals = outbox.refused.length;
	const unsubscribeOutbox = outbox.subscribe(() => {
		const now = outbox.refused.length;
		if (now > refusals) {
			api
				.load()
				.then((s) => {
					if (s.submittedAt !== null) end('submitted');
				})
				.catch(() => {});
		}
		refusals = now;
	});

	const deadline = endsAt(attempt);
	const watch = () => {
		if (deadline === null) return;
		const left = deadline - clock();
		if (left <= 0) end('time');
		else later(watch, Math.min(left, MAX_TIMER_MS));
	};
	if (saved.submittedAt !== null) end('submitted');
	else watch();

	return () => {
		subscription.unsubscribe();
		unsubscribeOutbox();
		target?.removeEventListener('online', onOnline);
		target?.removeEventListener('offline', onOffline);
		for (const t of timers) clearTimeout(t);
		timers.clear();
	};
}
