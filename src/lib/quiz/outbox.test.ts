import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Response } from '$lib/grading/types';
import {
	backoff,
	claim,
	combine,
	createOutbox,
	due,
	isRetryable,
	mergeSaved,
	ORPHAN_MS,
	Outbox,
	outboxKey,
	outboxStatus,
	parseOutbox,
	record,
	settle,
	type SendResult
} from './outbox';

const a: Response = { kind: 'single', option: 'a' };
const b: Response = { kind: 'single', option: 'b' };
const c: Response = { kind: 'single', option: 'c' };

class MemoryStore {
	items = new Map<string, string>();
	getItem(key: string) {
		return this.items.get(key) ?? null;
	}
	setItem(key: string, value: string) {
		this.items.set(key, value);
	}
}

describe('outbox, pure', () => {
	it('numbers each question’s answers from the server’s seq, one waiting per question, the latest', () => {
		let s = createOutbox('at1', { q1: { response: a, seq: 4 } });
		expect(record(s, 'q1', a, 0)).toBe(s);
		s = record(s, 'q1', b, 10);
		s = record(s, 'q2', a, 11);
		expect(s.queue).toEqual({
			q1: { questionId: 'q1', response: b, seq: 5, tries: 0, dueAt: 10 },
			q2: { questionId: 'q2', response: a, seq: 1, tries: 0, dueAt: 11 }
		});
		expect(record(s, 'q1', b, 12)).toBe(s);
		s = record(s, 'q1', c, 12);
		expect(s.queue.q1?.seq).toBe(6);
		// Back to what the server has: still a new save, since a newer one may be on its way.
		s = record(s, 'q1', a, 13);
		expect(s.queue.q1).toMatchObject({ response: a, seq: 7 });
		expect(due(s, 12).map((i) => i.questionId)).toEqual(['q2']);
		expect(due(s, 13).map((i) => i.questionId)).toEqual(['q2', 'q1']);
	});

	it('retries with backoff 1 s, 2 s, 4 s … at most 30 s; only no reply, timeouts and server errors', () => {
		expect([1, 2, 3, 4, 5, 6, 7, 20].map(backoff)).toEqual([1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000]);
		expect([0, 408, 429, 500, 502, 503].every(isRetryable)).toBe(true);
		expect([400, 401, 403, 404, 409, 413, 415].some(isRetryable)).toBe(false);

		let s = record(createOutbox('at1'), 'q1', a, 0);
		s = settle(s, 'q1', 1, a, { kind: 'retry' }, 100);
		expect(s.queue.q1).toMatchObject({ tries: 1, dueAt: 1100 });
		s = settle(s, 'q1', 1, a, { kind: 'retry' }, 1100);
		expect(s.queue.q1).toMatchObject({ tries: 2, dueAt: 3100 });
		expect(outboxStatus(s, true)).toEqual({ kind: 'retrying', waiting: 1 });
		expect(outboxStatus(s, false)).toEqual({ kind: 'offline', waiting: 1 });
		s = settle(s, 'q1', 1, a, { kind: 'saved' }, 3200);
		expect(s.queue).toEqual({});
		expect(s.saved.q1).toEqual({ response: a, seq: 1 });
		expect(outboxStatus(s, true)).toEqual({ kind: 'saved' });
	});

	it('keeps a refusal with the server’s message and stops sending that answer; a newer answer clears it', () => {
		let s = record(createOutbox('at1'), 'q1', a, 0);
		s = settle(s, 'q1', 1, a, { kind: 'refused', message: 'This attempt has been submitted.' }, 5);
		expect(s.queue).toEqual({});
		expect(s.refused).toEqual({ q1: { questionId: 'q1', seq: 1, message: 'This attempt has been submitted.' } });
		expect(outboxStatus(s, true)).toEqual({ kind: 'idle' });
		s = record(s, 'q1', b, 6);
		expect(s.refused).toEqual({});
		expect(s.queue.q1?.seq).toBe(2);
	});

	it('a reply about an older save changes nothing of the newer one waiting', () => {
		let s = record(createOutbox('at1'), 'q1', a, 0);
		s = record(s, 'q1', b, 1);
		const after = settle(s, 'q1', 1, a, { kind: 'retry' }, 2);
		expect(after.queue).toEqual(s.queue);
		const saved = settle(s, 'q1', 1, a, { kind: 'saved' }, 2);
		expect(saved.queue.q1).toMatchObject({ response: b, seq: 2 });
		expect(saved.saved.q1).toEqual({ response: a, seq: 1 });
	});

	it('a save made at once reuses its seq when the same answer is tried again', () => {
		let s = createOutbox('at1', { q1: { response: a, seq: 2 } });
		let seq: number;
		[s, seq] = claim(s, 'q2', a);
		expect(seq).toBe(1);
		[s, seq] = claim(s, 'q2', a);
		expect(seq).toBe(1);
		[s, seq] = claim(s, 'q2', b);
		expect(seq).toBe(2);
		s = settle(s, 'q2', 2, b, { kind: 'saved' }, 0);
		expect(s.claims).toEqual({});
		[, seq] = claim(s, 'q2', b);
		expect(seq).toBe(3);
		expect(s.queue).toEqual({});
	});

	it('merges what the server has into a kept outbox: numbering goes on, answers it has stop waiting', () => {
		let s = record(record(createOutbox('at1'), 'q1', a, 0), 'q2', b, 0);
		s = mergeSaved(s, { q1: { response: a, seq: 1 }, q3: { response: c, seq: 9 } });
		expect(Object.keys(s.queue)).toEqual(['q2']);
		expect(s.seqs).toEqual({ q1: 1, q2: 1, q3: 9 });
		expect(record(s, 'q3', a, 0).queue.q3?.seq).toBe(10);
	});

	it('merging what is known already changes nothing: the very same state', () => {
		const s = record(createOutbox('at1', { q1: { response: a, seq: 2 } }), 'q2', b, 0);
		expect(mergeSaved(s, { q1: { response: a, seq: 2 } })).toBe(s);
		expect(mergeSaved(s, { q1: { response: a, seq: 1 } })).toBe(s);
		// The same seq with another answer (another device numbered alike): the server's is the record.
		expect(mergeSaved(s, { q1: { response: b, seq: 2 } }).saved.q1).toEqual({ response: b, seq: 2 });
	});

	it('two tabs’ kept outboxes combine: each one’s waiting answers stay, the higher seq wins, what is saved stops waiting', () => {
		const start = createOutbox('at1', { q1: { response: a, seq: 1 } });
		const tabA = record(record(start, 'q2', a, 0, 'A'), 'q1', b, 0, 'A');
		// Tab B numbered on from what A kept: its q1 is newer.
		const tabB = record(record(combine(start, tabA), 'q3', c, 5, 'B'), 'q1', c, 5, 'B');
		const both = combine(tabA, tabB);
		expect(Object.values(both.queue).map((i) => [i.questionId, i.seq, i.tab])).toEqual([
			['q2', 1, 'A'],
			['q1', 3, 'B'],
			['q3', 1, 'B']
		]);
		expect(combine(both, tabA)).toBe(both);
		expect(combine(both, both)).toBe(both);
		// B's q1 was saved: it waits nowhere any more, even in A's copy.
		const saved = settle(tabB, 'q1', 3, c, { kind: 'saved' }, 6);
		expect(combine(both, saved).queue.q1).toBeUndefined();
		expect(combine(both, saved).saved.q1).toEqual({ response: c, seq: 3 });
		// Another tab sends an answer only once its own tab has let it lie.
		expect(due(both, 10, 'A').map((i) => i.questionId)).toEqual(['q2']);
		expect(due(both, 5 + ORPHAN_MS, 'A').map((i) => i.questionId)).toEqual(['q2', 'q1', 'q3']);
		expect(due(both, 10).map((i) => i.questionId)).toEqual(['q2', 'q1', 'q3']);
	});

	it('survives a round trip through storage, and refuses what is not this attempt’s outbox', () => {
		const s = record(createOutbox('at1', { q1: { response: a, seq: 3 } }), 'q2', b, 7);
		expect(parseOutbox(JSON.stringify(s), 'at1')).toEqual(s);
		expect(parseOutbox(JSON.stringify(s), 'at2')).toBeNull();
		expect(parseOutbox('{"attemptId":"at1"}', 'at1')).toBeNull();
		expect(parseOutbox('not json', 'at1')).toBeNull();
		expect(parseOutbox(null, 'at1')).toBeNull();
		expect(parseOutbox(JSON.stringify({ ...s, queue: { q2: { seq: 'x' } } }), 'at1')).toBeNull();
	});
});

describe('Outbox in the browser', () => {
	beforeEach(() => {
		vi.useFakeTimers();
		vi.setSystemTime(1_000_000);
	});
	afterEach(() => vi.useRealTimers());

	/** A server that answers each send with the next of `replies` (then 200), recording what it got. */
	function fakeServer(replies: (SendResult | 'throw')[] = []) {
		const got: { questionId: string; response: Response; seq: number; at: number }[] = [];
		const send = vi.fn(async (item: { questionId: string; response: Response; seq: number }) => {
			got.push({ ...item, at: Date.now() });
			const reply = replies.shift();
			if (reply === 'throw') throw new Error('boom');
			return reply ?? { ok: true as const, reply: { saved: true as const, seq: item.seq } };
		});
		return { got, send };
	}
	const offline: SendResult = { ok: false, status: 0, message: 'We could not reach the server.' };

	function setup(replies: (SendResult | 'throw')[] = [], saved = {}, store = new MemoryStore()) {
		const server = fakeServer(replies);
		let online = true;
		const outbox = new Outbox({ attemptId: 'at1', saved, send: server.send, store, online: () => online });
		const statuses: string[] = [];
		outbox.subscribe(() => statuses.push(outbox.status.kind));
		return { outbox, server, store, statuses, setOnline: (v: boolean) => (online = v) };
	}

	it('sends at once, keeps a copy in storage until the server has it, and says "saved"', async () => {
		const { outbox, server, store } = setup([], { q9: { response: a, seq: 2 } });
		expect(outbox.status).toEqual({ kind: 'saved' });
		outbox.record('q1', a);
		expect(JSON.parse(store.getItem(outboxKey('at1'))!).queue.q1).toMatchObject({ seq: 1, response: a });
		expect(outbox.status).toEqual({ kind: 'saving', waiting: 1 });
		await vi.runAllTimersAsync();
		expect(server.got).toEqual([{ questionId: 'q1', response: a, seq: 1, at: 1_000_000 }]);
		expect(outbox.status).toEqual({ kind: 'saved' });
		expect(JSON.parse(store.getItem(outboxKey('at1'))!).queue).toEqual({});
	});

	it('retries on the backoff schedule, and at once when the connection returns', async () => {
		const { outbox, server, setOnline } = setup([offline, offline, 'throw', { ok: false, status: 503, message: 'busy' }, offline]);
		outbox.record('q1', a);
		await vi.advanceTimersByTimeAsync(0);
		expect(server.got.map((g) => g.at - 1_000_000)).toEqual([0]);
		expect(outbox.status).toEqual({ kind: 'retrying', waiting: 1 });
		await vi.advanceTimersByTimeAsync(999);
		expect(server.got).toHaveLength(1);
		await vi.advanceTimersByTimeAsync(1);
		expect(server.got.map((g) => g.at - 1_000_000)).toEqual([0, 1000]);
		await vi.advanceTimersByTimeAsync(2000);
		await vi.advanceTimersByTimeAsync(4000);
		expect(server.got.map((g) => g.at - 1_000_000)).toEqual([0, 1000, 3000, 7000]);

		// Offline: the browser says so; the next try waits for its time, or for the connection.
		setOnline(false);
		outbox.connectionChanged();
		expect(outbox.status).toEqual({ kind: 'offline', waiting: 1 });
		await vi.advanceTimersByTimeAsync(3000);
		expect(server.got).toHaveLength(4);
		setOnline(true);
		outbox.connectionChanged();
		await vi.advanceTimersByTimeAsync(0);
		expect(server.got.map((g) => g.at - 1_000_000)).toEqual([0, 1000, 3000, 7000, 10_000]);
		// That one failed too: the backoff goes on growing from there.
		await vi.advanceTimersByTimeAsync(16_000);
		expect(server.got).toHaveLength(6);
		expect(outbox.status).toEqual({ kind: 'saved' });
		expect(new Set(server.got.map((g) => g.seq))).toEqual(new Set([1]));
	});

	it('a refusal is final: not sent again, kept with the server’s message', async () => {
		const { outbox, server } = setup([{ ok: false, status: 409, message: 'This attempt has been submitted.' }]);
		outbox.record('q1', a);
		await vi.runAllTimersAsync();
		await vi.advanceTimersByTimeAsync(60_000);
		expect(server.got).toHaveLength(1);
		expect(outbox.refused).toEqual([{ questionId: 'q1', seq: 1, message: 'This attempt has been submitted.' }]);
		expect(outbox.status.kind).toBe('idle');
	});

	it('an answer changed while its save is on the way is sent after it, with the next seq', async () => {
		const { outbox, server } = setup();
		outbox.record('q1', a);
		outbox.record('q1', b);
		outbox.record('q2', c);
		await vi.runAllTimersAsync();
		expect(server.got.map((g) => [g.questionId, g.seq, (g.response as { option: string }).option])).toEqual([
			['q1', 1, 'a'],
			['q1', 2, 'b'],
			['q2', 1, 'c']
		]);
		expect(outbox.state.saved).toEqual({ q1: { response: b, seq: 2 }, q2: { response: c, seq: 1 } });
	});

	it('a reopened page sends what a closed one left waiting, numbering on', async () => {
		const store = new MemoryStore();
		const first = setup([offline, offline], {}, store);
		first.outbox.record('q1', a);
		first.outbox.record('q2', b);
		await vi.advanceTimersByTimeAsync(0);
		first.outbox.dispose();

		const second = setup([], {}, store);
		expect(second.outbox.status).toEqual({ kind: 'retrying', waiting: 2 });
		await vi.runAllTimersAsync();
		expect(second.server.got.map((g) => [g.questionId, g.seq])).toEqual([
			['q1', 1],
			['q2', 1]
		]);
		second.outbox.record('q1', c);
		await vi.runAllTimersAsync();
		expect(second.server.got.at(-1)).toMatchObject({ questionId: 'q1', seq: 2 });
	});

	it('two tabs on one device keep each other’s waiting answers, each sends its own, and a tab that leaves hands its answers on', async () => {
		const store = new MemoryStore();
		const unreachable = async () => offline;
		const one = new Outbox({ attemptId: 'at1', saved: {}, send: unreachable, store, tab: 'one', online: () => false });
		const two = new Outbox({ attemptId: 'at1', saved: {}, send: unreachable, store, tab: 'two', online: () => false });
		one.record('q1', a);
		two.record('q2', b);
		two.record('q1', c);
		await vi.advanceTimersByTimeAsync(0);
		// Neither overwrote the other: everything waits on the device, numbered once.
		const kept = parseOutbox(store.getItem(outboxKey('at1')), 'at1')!;
		expect(Object.values(kept.queue).map((i) => [i.questionId, i.seq, i.tab])).toEqual([
			['q1', 2, 'two'],
			['q2', 1, 'two']
		]);
		const reopened = fakeServer();
		const three = new Outbox({ attemptId: 'at1', saved: {}, send: reopened.send, store, tab: 'three' });
		await vi.advanceTimersByTimeAsync(0);
		// Tab two is still open and sends its own: the third tab leaves them.
		expect(reopened.got).toEqual([]);
		expect(three.status).toEqual({ kind: 'retrying', waiting: 2 });
		two.dispose();
		// Tab two has gone: its answers are anybody's, sent by the next tab to look.
		three.retryNow();
		await vi.advanceTimersByTimeAsync(0);
		expect(reopened.got.map((g) => [g.questionId, g.seq])).toEqual([
			['q1', 2],
			['q2', 1]
		]);
		expect(three.status).toEqual({ kind: 'saved' });
		expect(parseOutbox(store.getItem(outboxKey('at1')), 'at1')!.queue).toEqual({});
		one.dispose();
		three.dispose();
	});

	it('an answer handed in again unchanged reads nothing from storage, and leaves another tab’s newer answer be', async () => {
		const store = new MemoryStore();
		const reads = vi.spyOn(store, 'getItem');
		const server = fakeServer();
		const one = new Outbox({ attemptId: 'at1', saved: {}, send: server.send, store, tab: 'one' });
		const two = new Outbox({ attemptId: 'at1', saved: {}, send: server.send, store, tab: 'two' });
		one.record('q1', a);
		await vi.advanceTimersByTimeAsync(0);
		two.record('q1', b);
		await vi.advanceTimersByTimeAsync(0);
		expect(server.got.map((g) => [g.questionId, g.response, g.seq])).toEqual([
			['q1', a, 1],
			['q1', b, 2]
		]);
		reads.mockClear();
		// Tab one's quiz hands in what it shows, as it does on every change: nothing is read, nothing sent.
		for (let i = 0; i < 5; i++) one.record('q1', a);
		await vi.advanceTimersByTimeAsync(ORPHAN_MS);
		expect(reads).not.toHaveBeenCalled();
		expect(server.got).toHaveLength(2);
		expect(parseOutbox(store.getItem(outboxKey('at1')), 'at1')!.saved.q1).toEqual({ response: b, seq: 2 });
		// A change is handed in as ever, numbered on from the other tab's.
		one.record('q1', c);
		await vi.advanceTimersByTimeAsync(0);
		expect(server.got.at(-1)).toMatchObject({ questionId: 'q1', response: c, seq: 3 });
		one.dispose();
		two.dispose();
	});

	it('a tab that closed without a word (a crash) leaves its answers to the others after a while', async () => {
		const store = new MemoryStore();
		store.setItem(outboxKey('at1'), JSON.stringify(record(createOutbox('at1'), 'q1', a, Date.now(), 'gone')));
		const server = fakeServer();
		const open = new Outbox({ attemptId: 'at1', saved: {}, send: server.send, store, tab: 'open' });
		await vi.advanceTimersByTimeAsync(1000);
		expect(server.got).toEqual([]);
		await vi.advanceTimersByTimeAsync(ORPHAN_MS);
		expect(server.got.map((g) => [g.questionId, g.seq])).toEqual([['q1', 1]]);
		expect(open.status).toEqual({ kind: 'saved' });
		open.dispose();
	});

	it('drains before a submit: true once everything is saved, false when something could not be sent', async () => {
		const { outbox, server } = setup([offline, offline]);
		outbox.record('q1', a);
		outbox.record('q2', b);
		await vi.advanceTimersByTimeAsync(0);
		expect(outbox.status).toEqual({ kind: 'retrying', waiting: 2 });
		// Each waiting answer is tried once, now, whatever its backoff.
		const drained = outbox.drain();
		await vi.advanceTimersByTimeAsync(0);
		expect(await drained).toBe(true);
		expect(server.got.map((g) => g.questionId)).toEqual(['q1', 'q2', 'q1', 'q2']);

		server.send.mockImplementation(async () => offline);
		outbox.record('q3', c);
		expect(await outbox.drain()).toBe(false);
		expect(outbox.status).toEqual({ kind: 'retrying', waiting: 1 });
		expect(await setup().outbox.drain()).toBe(true);
	});

	it('a save made at once is not retried in the background, and counts as saved once it is', async () => {
		const { outbox, server } = setup([offline]);
		expect(await outbox.sendNow('q1', a)).toEqual(offline);
		await vi.advanceTimersByTimeAsync(60_000);
		expect(server.got).toHaveLength(1);
		expect(outbox.status.kind).toBe('idle');
		const again = await outbox.sendNow('q1', a);
		expect(again.ok).toBe(true);
		expect(server.got.map((g) => g.seq)).toEqual([1, 1]);
		expect(outbox.status.kind).toBe('saved');
	});
});
