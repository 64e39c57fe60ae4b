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
import { MESSAGES, uncheckedRequests, type QuizMachine, type QuizSnapshot } from './quizMachine';
import type { ServerState, StartRequest } from './select';
import type { CheckOutcome, CheckResult, HintRequest, HintResult, PublicQuestion, RoundOverview, SavedAttempt } from './types';

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

export type { SavedAttempt } from './types';

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

/**
 * Word between the tabs of one attempt on this device: a tab that wrote to the server says so, and the
 * others read the server's state again. `BroadcastChannel` in the browser; nothing where there is none.
 */
export type TabChannel = { post: () => void; listen: (onchange: () => void) => () => void; close: () => void };

export function tabChannel(attemptId: string): TabChannel {
	if (typeof BroadcastChannel === 'undefined') return { post: () => {}, listen: () => () => {}, close: () => {} };
	const channel = new BroadcastChannel(`sourced:attempt:${attemptId}`);
	return {
		post: () => channel.postMessage('changed'),
		listen: (onchange) => {
			channel.addEventListener('message', onchange);
			return () => channel.removeEventListener('message', onchange);
		},
		close: () => channel.close()
	};
}

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
	/** For tests: the browser's window, to listen for the connection and for focus. */
	target?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
	/** The other tabs of this attempt; a `BroadcastChannel` when not given. */
	tabs?: TabChannel;
};

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * What the server holds, as the machine takes it: every answer it has, except those this device has
 * newer and still waiting to send (with feedback after each a checked answer is final, so it wins).
 */
export function serverState(saved: SavedAttempt, waiting: (questionId: string) => boolean, each: boolean): ServerState {
	const answers: Record<string, Response> = {};
	for (const [id, a] of Object.entries(saved.answers)) if (each || !waiting(id)) answers[id] = a.response;
	return { answers, results: saved.results ?? {} };
}

/**
 * The backend of an attempt. `check` saves the answer (feedback after each: the server returns the
 * result; answered before in another tab or device: the server's answer and its result); the answers
 * recorded otherwise, and those given offline, go through the outbox; `checkAll` waits for the outbox to
 * empty and submits (safe to repeat: the server submits once). `connect` keeps this tab at one with the
 * server: recorded answers to the outbox, the server's state read again on reconnect, on focus and when
 * another tab wrote, a submit that could not reach the server tried again, the attempt ended at its
 * deadline or when the server says it was submitted.
 */
export function attemptBackend(options: AttemptBackendOptions): QuizBackend {
	const { attempt, saved, api, outbox } = options;
	const online = options.online ?? (() => (typeof navigator === 'undefined' ? true : navigator.onLine));
	const each = attempt.feedback === 'each';
	const tabs = options.tabs ?? tabChannel(attempt.id);

	async function check({ questionId, response }: { questionId: string; response: Response }): Promise<CheckOutcome> {
		const sent = await outbox.sendNow(questionId, response);
		// A new save is announced to the other tabs by the outbox's listener (see `connectAttempt`).
		if (sent.ok && sent.reply.result) return sent.reply.result;
		// Checked before (a reply lost on the way), or answered in another tab or device: the server's answer is the record.
		if (sent.ok || sent.status === 409) {
			const server = await api.load().catch(() => undefined);
			const stored = server?.answers[questionId];
			const result = server?.results?.[questionId];
			if (stored && result) return sameJson(stored.response, response) ? result : { ...result, storedResponse: stored.response };
		}
		if (sent.ok) throw new ApiError('Your answer was saved, but its result did not arrive. Reload the page to see it.', 0);
		throw new ApiError(sent.message, sent.status);
	}

	return {
		progress: { key: `attempt:${attempt.id}`, version: attempt.version },
		assessed: true,
		check,
		checkAll: async (requests) => {
			for (const r of requests) outbox.record(r.questionId, r.response);
			// Not every answer reached the server: no submit without them (the machine keeps them and waits).
			if (!(await outbox.drain())) throw new ApiError(MESSAGES.submitFailed, 0);
			const submission = await api.submit();
			tabs.post();
			// The answers graded, from the server: this tab may not have seen another's.
			const answers = await api
				.load()
				.then((s) => Object.fromEntries(Object.entries(s.answers).map(([id, a]) => [id, a.response])))
				.catch(() => undefined);
			return { released: submission.released, results: submission.results ?? [], ...(answers ? { answers } : {}) };
		},
		hint: async (request) => {
			const hint = await api.hint(request);
			tabs.post();
			return hint;
		},
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
		connect: (actor) => connectAttempt(actor, options, online, tabs)
	};
}

function connectAttempt(actor: Actor<QuizMachine>, options: AttemptBackendOptions, online: () => boolean, tabs: TabChannel): () => void {
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

	// The server's state, read again: one read at a time, and one more if asked for meanwhile.
	let reading = false;
	let readAgain = false;
	const sync = (server: SavedAttempt) => {
		outbox.merge(server.answers);
		if (server.submittedAt !== null) end('submitted');
		else actor.send({ type: 'server.sync', server: serverState(server, (id) => outbox.isWaiting(id), each) });
	};
	const refresh = () => {
		if (reading) {
			readAgain = true;
			return;
		}
		reading = true;
		api
			.load()
			.then(sync, () => {})
			.finally(() => {
				reading = false;
				if (readAgain) {
					readAgain = false;
					refresh();
				}
			});
	};

	// A submit that could not reach the server is tried again: with backoff, and at once when back online.
	let submitFailures = 0;
	const retrySubmit = () => {
		const s = actor.getSnapshot();
		if (!online()) return;
		if (s.matches({ quiz: 'waitingToSubmit' })) actor.send({ type: 'submit.retry' });
		else if (ended && s.matches({ quiz: 'review' }) && s.context.error !== null) actor.send({ type: 'quiz.finish' });
	};

	let previous = actor.getSnapshot();
	const onSnapshot = (s: QuizSnapshot) => {
		if (s.matches('quiz')) {
			// Every answer handed in goes to the server through the outbox (with feedback after each, those given offline).
			if (each) for (const r of uncheckedRequests(s.context)) outbox.record(r.questionId, r.response);
			else for (const [id, response] of Object.entries(s.context.answers)) outbox.record(id, response);
		}
		if (s.matches({ quiz: 'waitingToSubmit' }) && !previous.matches({ quiz: 'waitingToSubmit' })) {
			submitFailures++;
			later(retrySubmit, backoff(submitFailures));
		}
		if (ended && previous.matches({ quiz: 'finishing' }) && s.matches({ quiz: 'review' })) later(retrySubmit, backoff(1));
		previous = s;
	};
	const subscription = actor.subscribe(onSnapshot);
	onSnapshot(actor.getSnapshot());
	// What the page was rendered with is the server's state now: another tab's answers replace this device's.
	if (saved.submittedAt === null) sync(saved);

	const onOnline = () => {
		outbox.connectionChanged();
		refresh();
		retrySubmit();
	};
	const onOffline = () => outbox.connectionChanged();
	const onVisible = () => {
		if (typeof document === 'undefined' || document.visibilityState === 'visible') refresh();
	};
	target?.addEventListener('online', onOnline);
	target?.addEventListener('offline', onOffline);
	target?.addEventListener('focus', onVisible);
	target?.addEventListener('visibilitychange', onVisible);
	const stopListening = tabs.listen(refresh);

	// This tab's answer reached the server: the other tabs read it; answers checked in the background bring
	// their results. Only this tab's own saves are news: answers read back from the server or from another
	// tab's kept outbox are not announced (else two tabs would tell each other of the same answers forever).
	// A refusal: the server's state says why (answered elsewhere, submitted, closed).
	// A save the server already had (maybe another's answer at the same seq): the server's state says whose.
	let refusals = outbox.refused.length;
	let duplicates = outbox.duplicates;
	let saves = outbox.saves;
	const unsubscribeOutbox = outbox.subscribe(() => {
		if (outbox.saves > saves) {
			tabs.post();
			if (each && uncheckedRequests(actor.getSnapshot().context).length > 0) refresh();
		}
		if (outbox.refused.length > refusals || outbox.duplicates > duplicates) refresh();
		refusals = outbox.refused.length;
		duplicates = outbox.duplicates;
		saves = outbox.saves;
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
		stopListening();
		tabs.close();
		target?.removeEventListener('online', onOnline);
		target?.removeEventListener('offline', onOffline);
		target?.removeEventListener('focus', onVisible);
		target?.removeEventListener('visibilitychange', onVisible);
		for (const t of timers) clearTimeout(t);
		timers.clear();
	};
}
