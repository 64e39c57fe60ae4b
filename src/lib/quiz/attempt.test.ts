import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import type { Response } from '$lib/grading/types';
import { attemptBackend, attemptStart, endsAt, type AttemptApi, type AttemptInfo, type SavedAttempt, type TabChannel } from './attempt';
import { Outbox, type SendResult } from './outbox';
import { MESSAGES, quizMachine, reviewLists, type QuizSnapshot } from './quizMachine';
import type { CheckResult, PublicQuestion } from './types';

const questions: PublicQuestion[] = ['c1', 's1', 'n1'].map((id) => ({
	id,
	skill: id.startsWith('s') ? 'sequence' : id.startsWith('n') ? 'numbers' : 'sources',
	difficulty: 1,
	stem: `${id}?`,
	hintCount: 1,
	kind: 'single',
	options: [
		{ id: 'a', text: 'A' },
		{ id: 'b', text: 'B' }
	]
}));

const right: Response = { kind: 'single', option: 'a' };
const wrong: Response = { kind: 'single', option: 'b' };

function result(questionId: string, response: Response): CheckResult {
	const correct = response.kind === 'single' && response.option === 'a';
	return { questionId, score: correct ? 1 : 0, correct, hintsUsed: 0, key: { kind: 'single', option: 'a' }, explanation: 'Why', evidence: [], feedback: [] };
}

function attemptInfo(overrides: Partial<AttemptInfo> = {}): AttemptInfo {
	return {
		id: 'at1',
		displayName: 'Ada',
		title: 'Week 3',
		moduleTitle: 'NATO',
		version: 'v1',
		feedback: 'submit',
		closesAt: null,
		deadlineAt: null,
		submittedAt: null,
		now: Date.now(),
		...overrides
	};
}

const offline: SendResult = { ok: false, status: 0, message: 'We could not reach the server.' };

/**
 * A fake server for one attempt: it keeps the saved answers by the highest seq, grades like the real one
 * (option a is right), refuses writes once submitted, and can be taken off the network.
 */
function fakeServer(feedback: AttemptInfo['feedback']) {
	const state = {
		online: true,
		/** Reachable, but failing (a 503). */
		down: false,
		answers: {} as Record<string, { response: Response; seq: number }>,
		submittedAt: null as number | null,
		puts: [] as { questionId: string; seq: number }[],
		submits: 0
	};
	const api: AttemptApi = {
		save: async ({ questionId, response, seq }) => {
			state.puts.push({ questionId, seq });
			if (!state.online) return offline;
			if (state.down) return { ok: false, status: 503, message: 'The server is busy.' };
			const stored = state.answers[questionId];
			// Like the real server: with feedback after each a checked answer is final, so only the same answer is a repeat.
			const repeat = feedback === 'each' ? JSON.stringify(stored?.response) === JSON.stringify(response) : seq <= (stored?.seq ?? 0);
			if (stored && repeat) {
				return { ok: true, reply: { saved: true, seq: stored.seq, duplicate: true, ...(feedback === 'each' ? { result: result(questionId, stored.response) } : {}) } };
			}
			if (state.submittedAt !== null) return { ok: false, status: 409, message: 'This attempt has been submitted.' };
			if (stored && feedback === 'each') return { ok: false, status: 409, message: 'This question was answered in another tab or device, and a checked answer is final.' };
			state.answers[questionId] = { response, seq };
			return { ok: true, reply: { saved: true, seq, ...(feedback === 'each' ? { result: result(questionId, response) } : {}) } };
		},
		hint: async ({ questionId, index }) => ({ questionId, index, hint: `Hint ${index + 1}` }),
		submit: async () => {
			if (!state.online) throw Object.assign(new Error('offline'), { status: 0 });
			state.submits++;
			state.submittedAt ??= Date.now();
			const released = feedback !== 'close';
			return {
				submittedAt: state.submittedAt,
				released,
				...(released ? { results: Object.entries(state.answers).map(([id, a]) => result(id, a.response)) } : {})
			};
		},
		load: async () => {
			if (!state.online) throw Object.assign(new Error('offline'), { status: 0 });
			return {
			id: 'at1',
			submittedAt: state.submittedAt,
			deadlineAt: null,
			hints: {},
			answers: { ...state.answers },
			...(feedback === 'close' ? {} : { results: Object.fromEntries(Object.entries(state.answers).map(([id, a]) => [id, result(id, a.response)])) })
			};
		},
		summary: async () => ({ timeline: [], sources: [] })
	};
	return { state, api };
}

/** The tabs of one browser: what one posts, the others hear. */
function tabHub() {
	const listeners = new Set<() => void>();
	return (): TabChannel => {
		let mine: (() => void) | null = null;
		return {
			post: () => listeners.forEach((l) => l !== mine && l()),
			listen: (onchange) => {
				mine = onchange;
				listeners.add(onchange);
				return () => listeners.delete(onchange);
			},
			close: () => {}
		};
	};
}

type Shared = { server: ReturnType<typeof fakeServer>; tabs?: () => TabChannel; store?: Map<string, string> };

function run(attempt: AttemptInfo, saved: SavedAttempt = { id: 'at1', submittedAt: null, deadlineAt: null, answers: {}, hints: {} }, shared?: Shared) {
	const server = shared?.server ?? fakeServer(attempt.feedback);
	if (!shared) {
		Object.assign(server.state.answers, saved.answers);
		server.state.submittedAt = saved.submittedAt;
	}
	const store = shared?.store ?? new Map<string, string>();
	const outbox = new Outbox({
		attemptId: attempt.id,
		saved: saved.answers,
		send: server.api.save,
		store: { getItem: (k) => store.get(k) ?? null, setItem: (k, v) => void store.set(k, v) },
		online: () => server.state.online
	});
	const target = new EventTarget();
	const ended: string[] = [];
	const backend = attemptBackend({
		attempt,
		questions,
		saved,
		api: server.api,
		outbox,
		clock: () => Date.now(),
		online: () => server.state.online,
		onended: (why) => ended.push(why),
		target,
		tabs: (shared?.tabs ?? tabHub())()
	});
	const machine = quizMachine.provide({
		actors: {
			checkAnswer: fromPromise(({ input }) => backend.check(input)),
			checkAll: fromPromise(({ input }) => backend.checkAll(input)),
			fetchHint: fromPromise(({ input }) => backend.hint(input))
		}
	});
	const actor = createActor(machine, { input: { questions, assessed: backend.assessed } });
	actor.send({ type: 'setup.start', ...attemptStart(attempt, questions, saved) });
	actor.start();
	const disconnect = backend.connect!(actor);
	const settle = async () => {
		await vi.advanceTimersByTimeAsync(0);
		await waitFor(actor, (s) => !s.hasTag('busy'), { timeout: 1000 });
	};
	const answer = (response: Response) => {
		actor.send({ type: 'answer.change', response });
		actor.send({ type: 'answer.submit' });
	};
	const goOnline = (online: boolean) => {
		server.state.online = online;
		target.dispatchEvent(new Event(online ? 'online' : 'offline'));
	};
	return { server, outbox, actor, backend, ended, disconnect, settle, answer, goOnline, target };
}

const at = (s: QuizSnapshot) => s.context.round.ids[s.context.index];

describe('an attempt through the quiz flow', () => {
	beforeEach(() => {
		vi.useFakeTimers();
		vi.setSystemTime(1_000_000);
	});
	afterEach(() => vi.useRealTimers());

	it('results after submitting: each answer is saved as it is given, offline ones once back, and submitting waits for them', async () => {
		const { server, outbox, actor, answer, goOnline, settle } = run(attemptInfo());
		answer(right);
		await settle();
		expect(server.state.answers).toEqual({ c1: { response: right, seq: 1 } });
		expect(outbox.status.kind).toBe('saved');

		goOnline(false);
		answer(wrong);
		answer(right);
		await settle();
		expect(actor.getSnapshot().matches({ quiz: 'review' })).toBe(true);
		expect(outbox.status).toEqual({ kind: 'offline', waiting: 2 });
		expect(Object.keys(server.state.answers)).toEqual(['c1']);

		// Submitting while offline: it waits, nothing lost, and goes through once the connection is back.
		actor.send({ type: 'quiz.finish' });
		await settle();
		expect(actor.getSnapshot().matches({ quiz: 'waitingToSubmit' })).toBe(true);
		expect(server.state.submits).toBe(0);
		// Tried again on the backoff schedule; still offline, it waits on.
		await vi.advanceTimersByTimeAsync(1000);
		await settle();
		expect(actor.getSnapshot().matches({ quiz: 'waitingToSubmit' })).toBe(true);

		goOnline(true);
		await settle();
		expect(server.state.answers).toEqual({
			c1: { response: right, seq: 1 },
			s1: { response: wrong, seq: 1 },
			n1: { response: right, seq: 1 }
		});
		const s = actor.getSnapshot();
		expect(s.value).toBe('summary');
		expect(Object.keys(s.context.results).sort()).toEqual(['c1', 'n1', 's1']);
		expect(server.state.submits).toBe(1);
	});

	it('changing a recorded answer saves it again with the next seq', async () => {
		const { server, actor, answer, settle } = run(attemptInfo());
		answer(wrong);
		await settle();
		actor.send({ type: 'question.goto', index: 0 });
		answer(right);
		await settle();
		expect(server.state.puts.filter((p) => p.questionId === 'c1')).toEqual([
			{ questionId: 'c1', seq: 1 },
			{ questionId: 'c1', seq: 2 }
		]);
		expect(server.state.answers.c1).toEqual({ response: right, seq: 2 });
	});

	it('feedback after each: the check is the save; offline the answer waits, the learner goes on, and it is checked on reconnect', async () => {
		const { server, actor, answer, goOnline, settle } = run(attemptInfo({ feedback: 'each' }));
		answer(right);
		await settle();
		expect(actor.getSnapshot().matches({ quiz: 'feedback' })).toBe(true);
		expect(actor.getSnapshot().context.results.c1?.correct).toBe(true);
		expect(server.state.answers.c1).toEqual({ response: right, seq: 1 });
		actor.send({ type: 'question.next' });

		goOnline(false);
		answer(wrong);
		await settle();
		let s = actor.getSnapshot();
		expect(s.matches({ quiz: 'queued' })).toBe(true);
		expect(s.context.answers.s1).toEqual(wrong);
		expect(s.context.results.s1).toBeUndefined();
		actor.send({ type: 'question.next' });
		expect(at(actor.getSnapshot())).toBe('n1');
		answer(right);
		await settle();
		actor.send({ type: 'question.next' });
		s = actor.getSnapshot();
		// Nothing left to answer, two waiting: the question list, not the submit.
		expect(s.matches({ quiz: 'review' })).toBe(true);
		expect(reviewLists(s.context).waiting).toEqual(['s1', 'n1']);
		expect(server.state.answers.s1).toBeUndefined();

		goOnline(true);
		await settle();
		await vi.advanceTimersByTimeAsync(0);
		s = actor.getSnapshot();
		expect(server.state.answers.s1?.response).toEqual(wrong);
		expect(server.state.answers.n1?.response).toEqual(right);
		expect(s.context.results.s1?.correct).toBe(false);
		expect(s.context.results.n1?.correct).toBe(true);
		expect(reviewLists(s.context)).toMatchObject({ waiting: [], unread: ['s1', 'n1'] });
		expect(s.context.elsewhere).toEqual([]);

		// The feedback waits in the list: opening it reads it.
		actor.send({ type: 'question.goto', index: 1 });
		s = actor.getSnapshot();
		expect(s.matches({ quiz: 'feedback' })).toBe(true);
		expect(s.context.unread).toEqual(['n1']);
		actor.send({ type: 'question.next' });
		expect(actor.getSnapshot().matches({ quiz: 'review' })).toBe(true);
		actor.send({ type: 'quiz.finish' });
		await settle();
		expect(actor.getSnapshot().value).toBe('summary');
		expect(server.state.submits).toBe(1);
	});

	it('feedback after each: an answer the server failed to take waits and is sent again with backoff; its feedback comes when it is checked', async () => {
		const { server, actor, answer, settle } = run(attemptInfo({ feedback: 'each' }));
		server.state.down = true;
		answer(right);
		await settle();
		expect(actor.getSnapshot().matches({ quiz: 'queued' })).toBe(true);
		await vi.advanceTimersByTimeAsync(1000);
		expect(server.state.puts.length).toBeGreaterThanOrEqual(2);
		server.state.down = false;
		await vi.advanceTimersByTimeAsync(30_000);
		await settle();
		// Still on that question: its feedback at once, read.
		const s = actor.getSnapshot();
		expect(s.matches({ quiz: 'feedback' })).toBe(true);
		expect(s.context.results.c1?.correct).toBe(true);
		expect(s.context.unread).toEqual([]);
		expect(server.state.answers.c1?.response).toEqual(right);
	});

	it('feedback after each: an answer checked before (its reply lost) gets its result from the server', async () => {
		const { server, actor, answer, settle } = run(attemptInfo({ feedback: 'each' }));
		server.state.answers.c1 = { response: wrong, seq: 3 };
		answer(right);
		await settle();
		const s = actor.getSnapshot();
		expect(s.matches({ quiz: 'feedback' })).toBe(true);
		expect(s.context.results.c1?.correct).toBe(false);
	});

	it('results after the close date: submitted, nothing shown, and a later save is refused with the server’s words', async () => {
		const { server, outbox, actor, answer, settle } = run(attemptInfo({ feedback: 'close', closesAt: 1_000_000 + 86_400_000 }));
		answer(right);
		actor.send({ type: 'question.skip' });
		actor.send({ type: 'question.skip' });
		actor.send({ type: 'quiz.finish' });
		await settle();
		expect(actor.getSnapshot().value).toBe('submitted');
		expect(actor.getSnapshot().context.results).toEqual({});
		expect(server.state.answers.c1).toEqual({ response: right, seq: 1 });

		outbox.record('s1', wrong);
		await settle();
		expect(outbox.refused).toEqual([{ questionId: 's1', seq: 1, message: 'This attempt has been submitted.' }]);
	});

	it('ends at the deadline and submits what was saved; a submit that fails then is tried again', async () => {
		const { server, actor, answer, ended, goOnline, settle } = run(attemptInfo({ deadlineAt: 1_000_000 + 60_000 }));
		answer(right);
		await settle();
		actor.send({ type: 'answer.change', response: wrong });
		goOnline(false);
		await vi.advanceTimersByTimeAsync(59_999);
		expect(actor.getSnapshot().matches({ quiz: 'answering' })).toBe(true);
		await vi.advanceTimersByTimeAsync(1);
		expect(ended).toEqual(['time']);
		await settle();
		expect(actor.getSnapshot().matches({ quiz: 'waitingToSubmit' })).toBe(true);

		goOnline(true);
		await settle();
		expect(actor.getSnapshot().value).toBe('summary');
		expect(server.state.submits).toBe(1);
		expect(Object.keys(actor.getSnapshot().context.results)).toEqual(['c1']);
	});

	it('an attempt the server already has submitted goes straight to its summary', async () => {
		const saved: SavedAttempt = { id: 'at1', submittedAt: 5, deadlineAt: null, answers: { c1: { response: right, seq: 2 } }, hints: {} };
		const { server, actor, ended, settle } = run(attemptInfo({ submittedAt: 5 }), saved);
		await settle();
		expect(ended).toEqual(['submitted']);
		expect(actor.getSnapshot().value).toBe('summary');
		expect(actor.getSnapshot().context.results.c1?.correct).toBe(true);
		expect(server.state.puts).toEqual([]);
	});

	it('resumes a snapshot kept on this device only when it is this attempt’s round and fits what the server says', () => {
		const mine = run(attemptInfo());
		const snapshot = mine.actor.getSnapshot();
		expect(mine.backend.resumable!(snapshot)).toBe(true);

		const other = createActor(quizMachine, { input: { questions, assessed: true } }).start();
		other.send({ type: 'setup.start', ...attemptStart(attemptInfo(), [...questions].reverse(), { id: 'at1', submittedAt: null, deadlineAt: null, answers: {}, hints: {} }) });
		expect(mine.backend.resumable!(other.getSnapshot())).toBe(false);

		const submitted = run(attemptInfo({ submittedAt: 5 }), { id: 'at1', submittedAt: 5, deadlineAt: null, answers: {}, hints: {} });
		expect(submitted.backend.resumable!(snapshot)).toBe(false);
	});

	it('starts with the drawn questions and the teacher’s feedback rule; ends at the earlier of the deadline and the close', () => {
		const start = attemptStart(attemptInfo({ feedback: 'close' }), [questions[2]!, questions[0]!], {
			id: 'at1',
			submittedAt: null,
			deadlineAt: null,
			answers: { n1: { response: right, seq: 4 } },
			hints: { c1: ['Hint 1'] }
		});
		expect(start).toEqual({
			settings: { skills: ['numbers', 'sources'], count: 2, feedback: 'end', book: 'open' },
			ids: ['n1', 'c1'],
			restore: { answers: { n1: right }, hints: { c1: ['Hint 1'] }, results: {} }
		});
		expect(attemptStart(attemptInfo({ feedback: 'each' }), questions, { id: 'at1', submittedAt: null, deadlineAt: null, answers: {}, hints: {} }).settings.feedback).toBe('each');
		expect(endsAt({ deadlineAt: null, closesAt: null })).toBeNull();
		expect(endsAt({ deadlineAt: 9, closesAt: null })).toBe(9);
		expect(endsAt({ deadlineAt: 9, closesAt: 7 })).toBe(7);
	});

	it('stops listening when disconnected', async () => {
		const { actor, disconnect, goOnline, answer, settle } = run(attemptInfo({ feedback: 'each', deadlineAt: 1_000_000 + 1000 }));
		goOnline(false);
		answer(right);
		await settle();
		disconnect();
		goOnline(true);
		await vi.advanceTimersByTimeAsync(5000);
		expect(actor.getSnapshot().matches({ quiz: 'queued' })).toBe(true);
		expect(at(actor.getSnapshot())).toBe('c1');
	});
});

describe('two tabs and two devices on one attempt', () => {
	beforeEach(() => {
		vi.useFakeTimers();
		vi.setSystemTime(1_000_000);
	});
	afterEach(() => vi.useRealTimers());

	it('feedback after each: a check refused because another tab answered first shows the answer on record and its feedback', async () => {
		const server = fakeServer('each');
		// Two tabs of one browser: one channel between them, one localStorage.
		const browser = { server, tabs: tabHub(), store: new Map<string, string>() };
		const a = run(attemptInfo({ feedback: 'each' }), undefined, browser);
		const b = run(attemptInfo({ feedback: 'each' }), undefined, browser);
		// Tab B has drafted an answer to the same question; tab A checks first.
		b.actor.send({ type: 'answer.change', response: wrong });
		a.answer(right);
		await a.settle();
		await b.settle();
		// B heard of it: the question on its screen is answered, with A's answer and its feedback.
		let s = b.actor.getSnapshot();
		expect(s.matches({ quiz: 'feedback' })).toBe(true);
		expect(s.context.answers.c1).toEqual(right);
		expect(s.context.drafts.c1).toEqual(right);
		expect(s.context.results.c1?.correct).toBe(true);
		expect(s.context.elsewhere).toEqual(['c1']);

		// Without the word between tabs (another device), the refusal itself brings the answer on record.
		const c = run(attemptInfo({ feedback: 'each' }), undefined, { server, tabs: tabHub() });
		a.actor.send({ type: 'question.next' });
		a.answer(right);
		await a.settle();
		c.actor.send({ type: 'question.goto', index: 1 });
		c.answer(wrong);
		await c.settle();
		s = c.actor.getSnapshot();
		expect(at(s)).toBe('s1');
		expect(s.matches({ quiz: 'feedback' })).toBe(true);
		expect(s.context.answers.s1).toEqual(right);
		expect(s.context.results.s1?.correct).toBe(true);
		expect(s.context.elsewhere).toContain('s1');
		expect(server.state.answers.s1).toEqual({ response: right, seq: 1 });
	});

	for (const first of ['A', 'B'] as const) {
		it(`feedback after each: two tabs of one browser check different answers at once (${first} first); both show the answer on record, and so does a reload`, async () => {
			const server = fakeServer('each');
			const browser = { server, tabs: tabHub(), store: new Map<string, string>() };
			const a = run(attemptInfo({ feedback: 'each' }), undefined, browser);
			const b = run(attemptInfo({ feedback: 'each' }), undefined, browser);
			const [winner, loser] = first === 'A' ? [a, b] : [b, a];
			// Both checks leave before either tab hears of the other's.
			winner.answer(right);
			loser.answer(wrong);
			await winner.settle();
			await loser.settle();
			await vi.advanceTimersByTimeAsync(0);
			expect(server.state.answers.c1).toEqual({ response: right, seq: 1 });
			for (const tab of [winner, loser]) {
				const s = tab.actor.getSnapshot();
				expect(s.matches({ quiz: 'feedback' })).toBe(true);
				expect(s.context.answers.c1).toEqual(right);
				expect(s.context.drafts.c1).toEqual(right);
				expect(s.context.results.c1?.correct).toBe(true);
			}
			expect(loser.actor.getSnapshot().context.elsewhere).toEqual(['c1']);
			expect(winner.actor.getSnapshot().context.elsewhere).toEqual([]);
			// Nothing is left to send on the device, and the tabs stopped talking.
			expect(a.outbox.status.kind).toBe('saved');
			const puts = server.state.puts.length;
			await vi.advanceTimersByTimeAsync(60_000);
			expect(server.state.puts.length).toBe(puts);

			const saved: SavedAttempt = { ...(await server.api.load()), id: 'at1' };
			const reloaded = run(attemptInfo({ feedback: 'each' }), saved, browser);
			await reloaded.settle();
			const s = reloaded.actor.getSnapshot();
			expect(s.context.answers.c1).toEqual(right);
			expect(s.context.results.c1?.correct).toBe(true);
		});
	}

	it('results after submitting: a submit in one tab while the other is mid-answer ends the other with the answers on record', async () => {
		const server = fakeServer('submit');
		const browser = { server, tabs: tabHub(), store: new Map<string, string>() };
		const a = run(attemptInfo(), undefined, browser);
		const b = run(attemptInfo(), undefined, browser);
		b.answer(wrong);
		await b.settle();
		a.answer(right);
		await a.settle();
		await b.settle();
		// B heard of A's save (same seq on one device never repeats): A's answer followed B's.
		expect(server.state.answers.c1).toEqual({ response: right, seq: 2 });
		expect(b.actor.getSnapshot().context.answers.c1).toEqual(right);
		// B is on question 2 with a draft when A submits.
		b.actor.send({ type: 'answer.change', response: wrong });
		a.actor.send({ type: 'quiz.review' });
		a.actor.send({ type: 'quiz.finish' });
		await a.settle();
		await vi.advanceTimersByTimeAsync(0);
		await b.settle();
		expect(b.ended).toEqual(['submitted']);
		for (const tab of [a, b]) {
			const s = tab.actor.getSnapshot();
			expect(s.value).toBe('summary');
			expect(s.context.answers).toEqual({ c1: right });
			expect(Object.keys(s.context.results)).toEqual(['c1']);
		}
		expect(server.state.answers.s1).toBeUndefined();
	});

	it('results after submitting: a device that comes back into focus takes the answers the server holds', async () => {
		const server = fakeServer('submit');
		const a = run(attemptInfo(), undefined, { server, tabs: tabHub() });
		const b = run(attemptInfo(), undefined, { server, tabs: tabHub() });
		b.answer(wrong);
		await b.settle();
		expect(server.state.answers.c1).toEqual({ response: wrong, seq: 1 });
		a.answer(right);
		await a.settle();
		expect(server.state.answers.c1).toEqual({ response: wrong, seq: 1 });
		// A's save had the same seq as B's: the server kept B's. A hears it on focus and shows what is held.
		a.target.dispatchEvent(new Event('focus'));
		await a.settle();
		await vi.advanceTimersByTimeAsync(0);
		const s = a.actor.getSnapshot();
		expect(s.context.answers.c1).toEqual(wrong);
		expect(s.context.drafts.c1).toEqual(wrong);
		expect(s.context.elsewhere).toEqual(['c1']);
	});

	it('a submit in one tab ends the attempt in the other', async () => {
		const server = fakeServer('submit');
		const browser = { server, tabs: tabHub(), store: new Map<string, string>() };
		const a = run(attemptInfo(), undefined, browser);
		const b = run(attemptInfo(), undefined, browser);
		a.answer(right);
		a.actor.send({ type: 'quiz.review' });
		a.actor.send({ type: 'quiz.finish' });
		await a.settle();
		await vi.advanceTimersByTimeAsync(0);
		await b.settle();
		expect(a.actor.getSnapshot().value).toBe('summary');
		expect(b.ended).toEqual(['submitted']);
		expect(b.actor.getSnapshot().value).toBe('summary');
		expect(server.state.submits).toBe(2);
	});
});
