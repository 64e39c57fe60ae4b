/**
 * The outbox of an assigned attempt: every answer a learner hands in is numbered per question (`seq`,
 * going on from the server's) and kept on the device until the server has it. Failed sends (no network,
 * a timeout, a 5xx) are tried again with a growing delay, and at once when the connection returns; a
 * refusal (409, 400, 404) is final and kept with the server's message. The server keeps the highest seq
 * it has seen, so a send repeated after a lost reply changes nothing.
 *
 * The first half is pure (state in, state out); `Outbox` runs it in the browser with timers, `fetch` and
 * localStorage.
 */
import type { Response } from '$lib/grading/types';
import type { CheckResult } from './types';

/** An answer waiting for the server: only the latest of each question waits. */
export type OutboxItem = {
	questionId: string;
	response: Response;
	seq: number;
	/** Failed sends so far. */
	tries: number;
	/** Not before this time (ms since the epoch). */
	dueAt: number;
};

/** An answer the server refused, with its reason. */
export type Refusal = { questionId: string; seq: number; message: string };

export type OutboxState = {
	attemptId: string;
	/** The last seq given to each question, sent or not. */
	seqs: Record<string, number>;
	/** What the server has of each question, as far as this device knows. */
	saved: Record<string, { response: Response; seq: number }>;
	queue: Record<string, OutboxItem>;
	/**
	 * Saves made by the learner's own action (a check, with feedback after each), which are never sent in
	 * the background: the seq is kept so that trying the same answer again reuses it.
	 */
	claims: Record<string, { response: Response; seq: number }>;
	refused: Record<string, Refusal>;
};

/** The outcome of one send. */
export type SendOutcome = { kind: 'saved' } | { kind: 'retry' } | { kind: 'refused'; message: string };

export const BACKOFF_START_MS = 1000;
export const BACKOFF_MAX_MS = 30_000;

/** The wait after the n-th failure in a row: 1 s, 2 s, 4 s … at most 30 s. */
export function backoff(failures: number): number {
	return Math.min(BACKOFF_MAX_MS, BACKOFF_START_MS * 2 ** Math.max(0, failures - 1));
}

/** Whether a failed send is worth repeating: no reply at all (0), a timeout, too many requests or a server error. */
export function isRetryable(status: number): boolean {
	return status === 0 || status === 408 || status === 429 || status >= 500;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function createOutbox(attemptId: string, saved: Record<string, { response: Response; seq: number }> = {}): OutboxState {
	return {
		attemptId,
		seqs: Object.fromEntries(Object.entries(saved).map(([id, s]) => [id, s.seq])),
		saved: { ...saved },
		queue: {},
		claims: {},
		refused: {}
	};
}

/**
 * A kept outbox brought up to date with what the server says it has: numbering goes on from the higher
 * seq, and an answer the server already has at the same or a later seq no longer waits.
 */
export function mergeSaved(state: OutboxState, saved: Record<string, { response: Response; seq: number }>): OutboxState {
	const seqs = { ...state.seqs };
	const known = { ...state.saved };
	const queue = { ...state.queue };
	for (const [id, s] of Object.entries(saved)) {
		seqs[id] = Math.max(seqs[id] ?? 0, s.seq);
		if ((known[id]?.seq ?? 0) <= s.seq) known[id] = s;
		if (queue[id] && queue[id].seq <= s.seq) delete queue[id];
	}
	return { ...state, seqs, saved: known, queue };
}

function nextSeq(state: OutboxState, questionId: string): number {
	return Math.max(state.seqs[questionId] ?? 0, state.saved[questionId]?.seq ?? 0) + 1;
}

/**
 * Hands in an answer: it waits with the next seq, replacing an older one still waiting. Handing in what
 * is already waiting, or what the server already has, changes nothing.
 */
export function record(state: OutboxState, questionId: string, response: Response, now: number): OutboxState {
	const waiting = state.queue[questionId];
	if (waiting && same(waiting.response, response)) return state;
	if (!waiting && state.saved[questionId] && same(state.saved[questionId].response, response)) return state;
	const seq = nextSeq(state, questionId);
	return {
		...state,
		seqs: { ...state.seqs, [questionId]: seq },
		queue: { ...state.queue, [questionId]: { questionId, response, seq, tries: 0, dueAt: now } },
		refused: without(state.refused, questionId)
	};
}

/** The seq for a save the learner makes at once (a check): the same answer tried again keeps its seq. */
export function claim(state: OutboxState, questionId: string, response: Response): [OutboxState, number] {
	const held = state.claims[questionId];
	if (held && same(held.response, response) && held.seq > (state.saved[questionId]?.seq ?? 0)) return [state, held.seq];
	const seq = nextSeq(state, questionId);
	return [
		{
			...state,
			seqs: { ...state.seqs, [questionId]: seq },
			claims: { ...state.claims, [questionId]: { response, seq } }
		},
		seq
	];
}

/** What the server said to a send of `questionId` at `seq`. */
export function settle(
	state: OutboxState,
	questionId: string,
	seq: number,
	response: Response,
	outcome: SendOutcome,
	now: number
): OutboxState {
	const waiting = state.queue[questionId];
	// A newer answer of the question may be waiting already: only this send's own item changes.
	const queue = waiting?.seq === seq ? without(state.queue, questionId) : state.queue;
	if (outcome.kind === 'saved') {
		const newer = (state.saved[questionId]?.seq ?? 0) > seq;
		return {
			...state,
			saved: newer ? state.saved : { ...state.saved, [questionId]: { response, seq } },
			queue,
			claims: (state.claims[questionId]?.seq ?? Infinity) <= seq ? without(state.claims, questionId) : state.claims,
			refused: (state.refused[questionId]?.seq ?? Infinity) <= seq ? without(state.refused, questionId) : state.refused
		};
	}
	if (queue === state.queue) return state;
	if (outcome.kind === 'retry') {
		const tries = waiting!.tries + 1;
		return { ...state, queue: { ...state.queue, [questionId]: { ...waiting!, tries, dueAt: now + backoff(tries) } } };
	}
	return refuse({ ...state, queue }, questionId, seq, outcome.message);
}

function refuse(state: OutboxState, questionId: string, seq: number, message: string): OutboxState {
	return { ...state, refused: { ...state.refused, [questionId]: { questionId, seq, message } } };
}

function without<T>(record: Record<string, T>, key: string): Record<string, T> {
	const { [key]: _, ...rest } = record;
	return rest;
}

/** The answers due to be sent now, the longest waiting first, else in the order handed in. */
export function due(state: OutboxState, now: number): OutboxItem[] {
	return Object.values(state.queue)
		.filter((item) => item.dueAt <= now)
		.sort((a, b) => a.dueAt - b.dueAt);
}

/** When the next answer falls due; null when none waits. */
export function nextDueAt(state: OutboxState): number | null {
	const times = Object.values(state.queue).map((item) => item.dueAt);
	return times.length === 0 ? null : Math.min(...times);
}

/** Every waiting answer due now: the connection is back, or the learner is submitting. */
export function dueNow(state: OutboxState, now: number): OutboxState {
	return {
		...state,
		queue: Object.fromEntries(Object.entries(state.queue).map(([id, item]) => [id, { ...item, dueAt: Math.min(item.dueAt, now) }]))
	};
}

export function waiting(state: OutboxState): number {
	return Object.keys(state.queue).length;
}

/**
 * What to tell the learner. `saved`: nothing waits; `saving`: a send is on its way; `retrying`: a send
 * failed and will be tried again; `offline`: the browser says there is no connection.
 */
export type OutboxStatus =
	| { kind: 'idle' }
	| { kind: 'saved' }
	| { kind: 'saving'; waiting: number }
	| { kind: 'retrying'; waiting: number }
	| { kind: 'offline'; waiting: number };

export function outboxStatus(state: OutboxState, online: boolean): OutboxStatus {
	const count = waiting(state);
	if (!online) return { kind: 'offline', waiting: count };
	if (count === 0) return Object.keys(state.saved).length === 0 ? { kind: 'idle' } : { kind: 'saved' };
	return Object.values(state.queue).some((item) => item.tries > 0)
		? { kind: 'retrying', waiting: count }
		: { kind: 'saving', waiting: count };
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A kept outbox, when it is one of this attempt's; null for anything else. */
export function parseOutbox(raw: string | null, attemptId: string): OutboxState | null {
	if (raw === null) return null;
	try {
		const value: unknown = JSON.parse(raw);
		if (!isRecord(value) || value.attemptId !== attemptId) return null;
		const { seqs, saved, queue, claims, refused } = value;
		if (![seqs, saved, queue, claims, refused].every(isRecord)) return null;
		const items = Object.values(queue as Record<string, unknown>);
		if (!items.every((i) => isRecord(i) && typeof i.seq === 'number' && typeof i.questionId === 'string' && isRecord(i.response))) {
			return null;
		}
		return value as OutboxState;
	} catch {
		return null;
	}
}

// ---------------------------------------------------------------------------------------------------
// In the browser

/** The server's reply to a save. */
export type SaveReply = { saved: true; seq: number; duplicate?: true; result?: CheckResult };

/** A send's outcome as the network gave it: `status` 0 when no reply came. */
export type SendResult = { ok: true; reply: SaveReply } | { ok: false; status: number; message: string };

export type Sender = (item: { questionId: string; response: Response; seq: number }) => Promise<SendResult>;

type Store = Pick<Storage, 'getItem' | 'setItem'>;

export type OutboxOptions = {
	attemptId: string;
	/** What the server has saved, from the page. */
	saved: Record<string, { response: Response; seq: number }>;
	send: Sender;
	store: Store;
	now?: () => number;
	/** Whether the browser thinks it is online. */
	online?: () => boolean;
};

export const outboxKey = (attemptId: string) => `sourced:outbox:${attemptId}`;

/**
 * Runs an attempt's outbox: keeps it in `store` after every change, sends one answer at a time, tries
 * again on the backoff schedule and at once on `retryNow()` (call it on the `online` event).
 */
export class Outbox {
	#state: OutboxState;
	#options: Required<OutboxOptions>;
	#listeners = new Set<() => void>();
	#timer: ReturnType<typeof setTimeout> | null = null;
	#sending: Promise<void> | null = null;
	#disposed = false;
	#duplicates = 0;

	constructor(options: OutboxOptions) {
		this.#options = {
			now: () => Date.now(),
			online: () => (typeof navigator === 'undefined' ? true : navigator.onLine),
			...options
		};
		const kept = this.#read();
		this.#state = mergeSaved(kept ?? createOutbox(options.attemptId), options.saved);
		this.#write();
		if (waiting(this.#state) > 0) this.retryNow();
	}

	get state(): OutboxState {
		return this.#state;
	}

	get status(): OutboxStatus {
		return outboxStatus(this.#state, this.#options.online());
	}

	/**
	 * Sends the server answered "already have it" to: the answer it holds may be another tab's or
	 * device's, so whoever shows answers reads the server's state again when this grows.
	 */
	get duplicates(): number {
		return this.#duplicates;
	}

	get refused(): Refusal[] {
		return Object.values(this.#state.refused);
	}

	subscribe(listener: () => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	/** Hands in an answer to be saved (unchanged answers are ignored). */
	record(questionId: string, response: Response): void {
		this.#sync();
		const next = record(this.#state, questionId, response, this.#options.now());
		if (next === this.#state) return;
		this.#update(next);
		this.#pump();
	}

	/** Saves an answer at once, for a check: no background retry; trying the same answer again keeps its seq. */
	async sendNow(questionId: string, response: Response): Promise<SendResult> {
		this.#sync();
		const [claimed, seq] = claim(this.#state, questionId, response);
		this.#update(claimed);
		const result = await this.#options.send({ questionId, response, seq });
		if (result.ok) this.#update(settle(this.#state, questionId, seq, response, { kind: 'saved' }, this.#options.now()));
		return result;
	}

	/** What the server says it has now (read back on reconnect or focus): numbering goes on from it. */
	merge(saved: Record<string, { response: Response; seq: number }>): void {
		this.#update(mergeSaved(this.#state, saved));
	}

	/** Whether an answer to the question still waits to be sent. */
	isWaiting(questionId: string): boolean {
		return questionId in this.#state.queue;
	}

	/** Sends every waiting answer now. */
	retryNow(): void {
		this.#update(dueNow(this.#state, this.#options.now()));
		this.#pump();
	}

	/**
	 * Sends everything waiting, at once, and settles when each has been tried: true when nothing waits any
	 * more (refused answers do not wait), false when something could not be sent.
	 */
	async drain(): Promise<boolean> {
		this.#update(dueNow(this.#state, this.#options.now()));
		// A failed send falls due again only after its backoff, so each answer is tried once here.
		while (!this.#disposed && due(this.#state, this.#options.now()).length > 0) await this.#pump();
		return waiting(this.#state) === 0;
	}

	/** The browser went on- or offline: say so, and send at once when back. */
	connectionChanged(): void {
		if (this.#options.online()) this.retryNow();
		else this.#notify();
	}

	dispose(): void {
		this.#disposed = true;
		if (this.#timer !== null) clearTimeout(this.#timer);
		this.#timer = null;
		this.#listeners.clear();
	}

	/** Sends what is due, one at a time, then sleeps until the next answer falls due. */
	#pump(): Promise<void> {
		this.#sending ??= this.#run().finally(() => {
			this.#sending = null;
			this.#schedule();
		});
		return this.#sending;
	}

	async #run(): Promise<void> {
		for (;;) {
			if (this.#disposed) return;
			const [item] = due(this.#state, this.#options.now());
			if (!item) return;
			this.#notify();
			let outcome: SendOutcome;
			try {
				const result = await this.#options.send({ questionId: item.questionId, response: item.response, seq: item.seq });
				if (result.ok && result.reply.duplicate) this.#duplicates++;
				outcome = result.ok
					? { kind: 'saved' }
					: isRetryable(result.status)
						? { kind: 'retry' }
						: { kind: 'refused', message: result.message };
			} catch {
				outcome = { kind: 'retry' };
			}
			this.#update(settle(this.#state, item.questionId, item.seq, item.response, outcome, this.#options.now()));
		}
	}

	#schedule(): void {
		if (this.#timer !== null) clearTimeout(this.#timer);
		this.#timer = null;
		const at = nextDueAt(this.#state);
		if (at === null || this.#disposed) return;
		this.#timer = setTimeout(
			() => {
				this.#timer = null;
				void this.#pump();
			},
			Math.max(0, at - this.#options.now())
		);
	}

	/** Takes numbering another tab of the same attempt may have used since. */
	#sync(): void {
		const kept = this.#read();
		if (!kept) return;
		const seqs = { ...this.#state.seqs };
		for (const [id, seq] of Object.entries(kept.seqs)) seqs[id] = Math.max(seqs[id] ?? 0, seq);
		this.#state = { ...this.#state, seqs };
	}

	#read(): OutboxState | null {
		try {
			return parseOutbox(this.#options.store.getItem(outboxKey(this.#options.attemptId)), this.#options.attemptId);
		} catch {
			return null;
		}
	}

	#write(): void {
		try {
			this.#options.store.setItem(outboxKey(this.#options.attemptId), JSON.stringify(this.#state));
		} catch {
			// Storage full or blocked: the answers still wait in memory and are sent while the page is open.
		}
	}

	#update(next: OutboxState): void {
		if (next === this.#state) return;
		this.#state = next;
		this.#write();
		this.#notify();
	}

	#notify(): void {
		for (const listener of this.#listeners) listener();
	}
}
