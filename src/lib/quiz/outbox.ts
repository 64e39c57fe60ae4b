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
	/**
	 * The tab that handed it in and sends it. Tabs of one attempt share the kept outbox; another tab's
	 * answer is sent here only once that tab has let it lie (closed, or asleep) for `ORPHAN_MS`.
	 */
	tab?: string;
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
/** A tab that is open tries its answers at least this often, so one overdue by this much has no tab sending it. */
export const ORPHAN_MS = 2 * BACKOFF_MAX_MS;

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
	let { seqs, saved: known, queue } = state;
	for (const [id, s] of Object.entries(saved)) {
		if ((seqs[id] ?? 0) < s.seq) seqs = { ...seqs, [id]: s.seq };
		const mine = known[id];
		if (!mine || mine.seq < s.seq || (mine.seq === s.seq && !same(mine.response, s.response))) known = { ...known, [id]: s };
		if (queue[id] && queue[id].seq <= s.seq) queue = without(queue, id);
	}
	// Nothing new: the same state, so that nobody is told of a change.
	if (seqs === state.seqs && known === state.saved && queue === state.queue) return state;
	return { ...state, seqs, saved: known, queue };
}

/**
 * This tab's outbox brought together with the one kept on the device, which other tabs of the attempt
 * (`tab`: this one) write too: per question the higher seq wins (seqs on one device never repeat, since every tab numbers on
 * from the kept ones), and an answer stops waiting once a save or a refusal at its seq or later is known.
 * Nothing new: `mine` itself.
 */
export function combine(mine: OutboxState, kept: OutboxState, tab?: string): OutboxState {
	if (kept === mine || kept.attemptId !== mine.attemptId) return mine;
	const higher = <T extends { seq: number }>(a: Record<string, T>, b: Record<string, T>): Record<string, T> => {
		let out = a;
		for (const [id, item] of Object.entries(b)) if ((out[id]?.seq ?? 0) < item.seq) out = { ...out, [id]: item };
		return out;
	};
	let seqs = mine.seqs;
	for (const [id, seq] of Object.entries(kept.seqs)) if ((seqs[id] ?? 0) < seq) seqs = { ...seqs, [id]: seq };
	const saved = higher(mine.saved, kept.saved);
	const claims = higher(mine.claims, kept.claims);
	let refused = higher(mine.refused, kept.refused);
	let queue = mine.queue;
	for (const [id, item] of Object.entries(kept.queue)) {
		const here = queue[id];
		// The same answer: its latest try (and so its tab) wins; at the same try this tab keeps what it holds,
		// and takes one its tab let go.
		const later =
			here &&
			here.seq === item.seq &&
			(here.tries < item.tries || (here.tries === item.tries && here.tab !== tab && here.tab !== undefined && item.tab === undefined));
		if (!here || here.seq < item.seq || later) queue = { ...queue, [id]: item };
	}
	for (const [id, item] of Object.entries(queue)) {
		const done = Math.max(saved[id]?.seq ?? 0, refused[id]?.seq ?? 0);
		if (item.seq <= done) queue = without(queue, id);
	}
	for (const [id, r] of Object.entries(refused)) {
		if (r.seq < Math.max(saved[id]?.seq ?? 0, queue[id]?.seq ?? 0)) refused = without(refused, id);
	}
	if (seqs === mine.seqs && saved === mine.saved && claims === mine.claims && refused === mine.refused && queue === mine.queue) return mine;
	return { ...mine, seqs, saved, claims, refused, queue };
}

function nextSeq(state: OutboxState, questionId: string): number {
	return Math.max(state.seqs[questionId] ?? 0, state.saved[questionId]?.seq ?? 0) + 1;
}

/** Whether `response` is the question's latest answer here: the one waiting, or else the one the server has. */
function holds(state: OutboxState, questionId: string, response: Response): boolean {
	const latest = state.queue[questionId] ?? state.saved[questionId];
	return latest !== undefined && same(latest.response, response);
}

/**
 * Hands in an answer: it waits with the next seq, replacing an older one still waiting. Handing in what
 * is already waiting, or what the server already has, changes nothing.
 */
export function record(state: OutboxState, questionId: string, response: Response, now: number, tab?: string): OutboxState {
	if (holds(state, questionId, response)) return state;
	const seq = nextSeq(state, questionId);
	return {
		...state,
		seqs: { ...state.seqs, [questionId]: seq },
		queue: { ...state.queue, [questionId]: { questionId, response, seq, tries: 0, dueAt: now, ...(tab ? { tab } : {}) } },
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

/** When `tab` is to send the item: its own (or nobody's) when due, another tab's once that tab has let it lie. */
function dueFor(item: OutboxItem, tab?: string): number {
	return tab === undefined || item.tab === undefined || item.tab === tab ? item.dueAt : item.dueAt + ORPHAN_MS;
}

/**
 * The answers due to be sent now by `tab` (by anyone when not given), the longest waiting first, else in
 * the order handed in.
 */
export function due(state: OutboxState, now: number, tab?: string): OutboxItem[] {
	return Object.values(state.queue)
		.filter((item) => dueFor(item, tab) <= now)
		.sort((a, b) => a.dueAt - b.dueAt);
}

/** When the next answer falls due for `tab`; null when none waits. */
export function nextDueAt(state: OutboxState, tab?: string): number | null {
	const times = Object.values(state.queue).map((item) => dueFor(item, tab));
	return times.length === 0 ? null : Math.min(...times);
}

/**
 * Waiting answers due now: the connection is back (`tab`'s own), or the learner is submitting (every one,
 * taken over by `tab`: the submit must not go without them).
 */
export function dueNow(state: OutboxState, now: number, tab?: string, all = false): OutboxState {
	let queue = state.queue;
	for (const [id, item] of Object.entries(state.queue)) {
		const mine = item.tab === undefined || item.tab === tab;
		if (!mine && !all) continue;
		if (item.dueAt <= now && (mine || tab === undefined)) continue;
		queue = { ...queue, [id]: { ...item, dueAt: Math.min(item.dueAt, now), ...(tab ? { tab } : {}) } };
	}
	return queue === state.queue ? state : { ...state, queue };
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
	/** This tab, among the tabs of the attempt sharing `store`. */
	tab?: string;
};

export const outboxKey = (attemptId: string) => `sourced:outbox:${attemptId}`;

/** This tab's name: kept in sessionStorage, so a reload of the tab is the same tab and a new tab another. */
export function tabId(): string {
	const fresh = () => Math.random().toString(36).slice(2) + Date.now().toString(36);
	try {
		const id = sessionStorage.getItem('sourced:tab') ?? fresh();
		sessionStorage.setItem('sourced:tab', id);
		return id;
	} catch {
		return fresh();
	}
}

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
	#saves = 0;

	constructor(options: OutboxOptions) {
		this.#options = {
			now: () => Date.now(),
			online: () => (typeof navigator === 'undefined' ? true : navigator.onLine),
			tab: options.tab ?? tabId(),
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

	/** This tab's saves the server took as new: the other tabs of the attempt are to hear of each. */
	get saves(): number {
		return this.#saves;
	}

	get refused(): Refusal[] {
		return Object.values(this.#state.refused);
	}

	subscribe(listener: () => void): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	/**
	 * Hands in an answer to be saved (unchanged answers are ignored). The quiz hands in every answer on each
	 * change of its state, so one this tab already holds (waiting, or saved) is let go before storage is
	 * read: another tab's newer answer to the question is not overwritten by this tab's older one either.
	 */
	record(questionId: string, response: Response): void {
		if (holds(this.#state, questionId, response)) return;
		this.#sync();
		const next = record(this.#state, questionId, response, this.#options.now(), this.#options.tab);
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
		if (result.ok) {
			if (!result.reply.duplicate) this.#saves++;
			const next = settle(this.#state, questionId, seq, response, { kind: 'saved' }, this.#options.now());
			if (next === this.#state) this.#notify();
			else this.#update(next);
		}
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

	/** Sends every answer this tab has waiting now. */
	retryNow(): void {
		this.#sync();
		this.#update(dueNow(this.#state, this.#options.now(), this.#options.tab));
		this.#pump();
	}

	/**
	 * Sends everything waiting on this device (other tabs' answers too), at once, and settles when each has
	 * been tried: true when nothing waits any more (refused answers do not wait), false when something could
	 * not be sent.
	 */
	async drain(): Promise<boolean> {
		this.#sync();
		this.#update(dueNow(this.#state, this.#options.now(), this.#options.tab, true));
		// A failed send falls due again only after its backoff, so each answer is tried once here.
		while (!this.#disposed && due(this.#state, this.#options.now(), this.#options.tab).length > 0) await this.#pump();
		return waiting(this.#state) === 0;
	}

	/** The tab is going away: its waiting answers are left for any tab of the attempt to send at once. */
	release(): void {
		let queue = this.#state.queue;
		for (const [id, item] of Object.entries(queue)) {
			if (item.tab !== this.#options.tab) continue;
			const { tab: _, ...free } = item;
			queue = { ...queue, [id]: free };
		}
		if (queue !== this.#state.queue) this.#update({ ...this.#state, queue });
	}

	/** The browser went on- or offline: say so, and send at once when back. */
	connectionChanged(): void {
		if (this.#options.online()) this.retryNow();
		else this.#notify();
	}

	dispose(): void {
		this.release();
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
			this.#sync();
			const [found] = due(this.#state, this.#options.now(), this.#options.tab);
			if (!found) return;
			// Another tab's, let lie: this tab sends it from now on.
			const item = found.tab === undefined || found.tab === this.#options.tab ? found : { ...found, tab: this.#options.tab };
			if (item !== found) this.#update({ ...this.#state, queue: { ...this.#state.queue, [item.questionId]: item } });
			this.#notify();
			let outcome: SendOutcome;
			try {
				const result = await this.#options.send({ questionId: item.questionId, response: item.response, seq: item.seq });
				if (result.ok && result.reply.duplicate) this.#duplicates++;
				else if (result.ok) this.#saves++;
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
		const at = nextDueAt(this.#state, this.#options.tab);
		if (at === null || this.#disposed) return;
		this.#timer = setTimeout(
			() => {
				this.#timer = null;
				void this.#pump();
			},
			Math.max(0, at - this.#options.now())
		);
	}

	/** Takes what other tabs of the attempt kept since: their numbering, their waiting answers, their saves. */
	#sync(): void {
		const kept = this.#read();
		if (kept) this.#state = combine(this.#state, kept, this.#options.tab);
	}

	#read(): OutboxState | null {
		try {
			return parseOutbox(this.#options.store.getItem(outboxKey(this.#options.attemptId)), this.#options.attemptId);
		} catch {
			return null;
		}
	}

	#write(): void {
		// Never over another tab's answers: what is kept is brought in first.
		this.#sync();
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
