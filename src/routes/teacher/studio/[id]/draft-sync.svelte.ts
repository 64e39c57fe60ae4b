import type { ModuleJson } from '$lib/content/module-json';

/**
 * Keeps a studio draft saved on the server as the teacher works, with no save button to forget.
 *
 * - Each change is kept on this device at once (localStorage), then sent after a short pause; a reload
 *   or a dropped connection loses nothing, and the unsent changes are sent again when the page comes back.
 * - Every save names the revision it edits. When another tab or device saved first, the server refuses
 *   (409) and the teacher chooses: load the latest, or keep theirs as a copy. Nothing is overwritten.
 * - Without a connection it retries, more slowly each time, and at once when the browser is back online.
 */

export type SaveStatus =
	| { kind: 'saved' }
	/** Changed here, waiting for the pause before sending. */
	| { kind: 'pending' }
	| { kind: 'saving' }
	/** The server could not be reached (or failed): kept here, and tried again. */
	| { kind: 'offline'; retryInMs: number }
	/** Saved first elsewhere: the teacher must choose. `theirs` is the draft on the server now. */
	| { kind: 'conflict'; theirs: { draft: ModuleJson; revision: number } }
	/** The server refused the draft itself (too large, signed out): kept here; sent again after the next change. */
	| { kind: 'refused'; message: string };

/** How a change asked of the server (`serverChange`) went. */
export type ServerChange =
	/** The server changed the draft and saved it: `draft` is what the page shows now. */
	| { kind: 'changed'; draft: ModuleJson; body: Record<string, unknown> }
	/** The server answered and changed nothing. */
	| { kind: 'unchanged'; body: Record<string, unknown> }
	/** Saved first elsewhere, or changed here while the server worked: the teacher settles it (see `status`). */
	| { kind: 'conflict' }
	/** Nothing was asked: the draft is not saved yet (offline, refused, in conflict). */
	| { kind: 'unsaved' }
	| { kind: 'offline' }
	| { kind: 'refused'; message: string; body: Record<string, unknown> | null };

/** What this device keeps of unsent changes: the text, the revision it was made on, and when this tab last said it is open. */
export type Stored = { text: string; base: number; at: number };

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

type Options = {
	id: string;
	/** The revision of the draft the page was loaded with, and its JSON text. */
	revision: number;
	text: string;
	/** Where the draft is saved (PUT). */
	url: string;
	storage?: KeyValueStore | null;
	/** This tab's name: its kept changes are its own, so two open tabs never take each other's. */
	tab?: string;
	fetcher?: typeof fetch;
	/** The pause after a change before it is sent. */
	delayMs?: number;
};

const MAX_RETRY_MS = 30_000;
/** An open tab renews its kept changes this often; kept changes not renewed for three times as long belong to a closed tab. */
const HEARTBEAT_MS = 5_000;

export function storageKey(id: string, tab: string): string {
	return `sourced:studio:draft:${id}:${tab}`;
}

/** This tab's name, kept for the tab's life (a reload keeps it; a new tab gets its own). */
export function tabName(): string {
	try {
		let name = sessionStorage.getItem('sourced:studio:tab');
		if (!name) sessionStorage.setItem('sourced:studio:tab', (name = crypto.randomUUID()));
		return name;
	} catch {
		return crypto.randomUUID();
	}
}

export class DraftSync {
	status = $state.raw<SaveStatus>({ kind: 'saved' });
	revision = $state(0);

	#id: string;
	#key: string;
	#heartbeat: ReturnType<typeof setInterval> | undefined;
	#url: string;
	#storage: Options['storage'];
	#fetch: typeof fetch;
	#delay: number;
	/** The text the server holds at `revision`. */
	#saved: string;
	/** Changes not yet acknowledged by the server. */
	#unsent: string | null = null;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#sending: Promise<void> | null = null;
	/** Set while the server works on the draft itself: nothing is sent meanwhile. */
	#paused = false;
	#retryMs = 1000;

	constructor(options: Options) {
		this.#id = options.id;
		this.#key = storageKey(options.id, options.tab ?? tabName());
		this.#url = options.url;
		this.#storage = options.storage === undefined ? globalThis.localStorage : options.storage;
		this.#fetch = options.fetcher ?? ((...args) => fetch(...args));
		this.#delay = options.delayMs ?? 800;
		this.revision = options.revision;
		this.#saved = options.text;
	}

	/** Whether there are changes the server has not acknowledged. */
	get unsent(): boolean {
		return this.#unsent !== null;
	}

	/**
	 * What this device kept of an earlier visit that never reached the server. Returns the text to show:
	 * the kept changes when they were made on the draft the server still has (they are sent now); when the
	 * server moved on since, the server's text, with a conflict for the teacher to settle.
	 */
	restore(): { text: string; restored: boolean } {
		this.#heartbeat = setInterval(() => this.#renew(), HEARTBEAT_MS);
		const kept = this.#read() ?? this.#adoptOrphan();
		if (!kept || kept.text === this.#saved) {
			if (kept) this.#forget();
			return { text: this.#saved, restored: false };
		}
		this.#unsent = kept.text;
		if (kept.base === this.revision) {
			this.#schedule(0);
			return { text: kept.text, restored: true };
		}
		// Ours were made on an older revision: the server's draft has changes we never saw.
		this.status = { kind: 'conflict', theirs: { draft: JSON.parse(this.#saved), revision: this.revision } };
		return { text: kept.text, restored: true };
	}

	/** A change made here: kept on this device now, sent after the pause. */
	change(text: string): void {
		if (this.status.kind === 'conflict') {
			// Keep what the teacher types while they decide, but send nothing until they have.
			this.#unsent = text;
			this.#write({ text, base: this.revision });
			return;
		}
		if (text === (this.#unsent ?? this.#saved)) return;
		this.#unsent = text === this.#saved ? null : text;
		if (this.#unsent === null) {
			this.#forget();
			if (!this.#sending) this.status = { kind: 'saved' };
			return;
		}
		this.#write({ text, base: this.revision });
		if (this.status.kind !== 'offline' && this.status.kind !== 'saving') this.status = { kind: 'pending' };
		this.#schedule(this.#delay);
	}

	/** Sends any unsent change now and waits for the outcome (before previewing or publishing). */
	async flush(): Promise<void> {
		clearTimeout(this.#timer);
		while (this.#unsent !== null && this.status.kind !== 'conflict' && this.status.kind !== 'refused') {
			if (this.#sending) await this.#sending;
			else await this.#send();
			if (this.status.kind === 'offline') return;
		}
		if (this.#sending) await this.#sending;
	}

	/**
	 * A change the server makes to the draft (drafting questions into it), through the same revisions as a
	 * save: changes made here are saved first, then `send(revision)` asks for it. When the server saved a new
	 * revision, its draft becomes what is saved here; were changes made here meanwhile, or another tab saved
	 * first (409), the teacher settles it as any conflict. Nothing made here is dropped.
	 */
	async serverChange(send: (baseRevision: number) => Promise<Response>): Promise<ServerChange> {
		await this.flush();
		if (this.#unsent !== null || this.status.kind !== 'saved') return { kind: 'unsaved' };
		this.#paused = true;
		let response: Response;
		let body: Record<string, unknown> | null;
		try {
			response = await send(this.revision);
			body = (await response.json().catch(() => null)) as Record<string, unknown> | null;
		} catch {
			this.#resume();
			return { kind: 'offline' };
		}
		this.#paused = false;
		const theirs = body?.draft && typeof body.revision === 'number' ? { draft: body.draft as ModuleJson, revision: body.revision } : null;
		if (response.ok && body) {
			if (!theirs) {
				this.#resume();
				return { kind: 'unchanged', body };
			}
			if (this.#unsent !== null) {
				this.status = { kind: 'conflict', theirs };
				return { kind: 'conflict' };
			}
			this.revision = theirs.revision;
			this.#saved = JSON.stringify(theirs.draft);
			this.status = { kind: 'saved' };
			return { kind: 'changed', draft: theirs.draft, body };
		}
		if (response.status === 409 && theirs) {
			this.status = { kind: 'conflict', theirs };
			return { kind: 'conflict' };
		}
		this.#resume();
		if (response.status >= 500 || body === null) return { kind: 'offline' };
		return { kind: 'refused', message: typeof body.message === 'string' ? body.message : `The server refused (error ${response.status}).`, body };
	}

	/** Sends what was changed here while the server worked. */
	#resume(): void {
		this.#paused = false;
		if (this.#unsent !== null && this.status.kind !== 'conflict') {
			this.status = { kind: 'pending' };
			this.#schedule(0);
		}
	}

	/** The browser is online again: try now rather than at the next retry. */
	online(): void {
		if (this.status.kind === 'offline') {
			this.#retryMs = 1000;
			this.#schedule(0);
		}
	}

	/** Settles a conflict by taking the server's draft: the changes made here are dropped. */
	takeTheirs(): ModuleJson | null {
		if (this.status.kind !== 'conflict') return null;
		const { draft, revision } = this.status.theirs;
		this.revision = revision;
		this.#saved = JSON.stringify(draft);
		this.#unsent = null;
		this.#forget();
		this.status = { kind: 'saved' };
		return draft;
	}

	/** The changes made here, for keeping as a copy; once the copy is made, `forgetMine` drops them. */
	mine(): string {
		return this.#unsent ?? this.#saved;
	}

	forgetMine(): void {
		this.#unsent = null;
		this.#forget();
	}

	/**
	 * Stops the timers: the page is closing or moving on. Unsent changes stay on this device, marked as
	 * left behind, so the next page open on this draft (in any tab) takes them over and sends them.
	 */
	destroy(): void {
		clearTimeout(this.#timer);
		clearInterval(this.#heartbeat);
		const kept = this.#read();
		if (kept) {
			try {
				this.#storage?.setItem(this.#key, JSON.stringify({ ...kept, at: 0 }));
			} catch {
				// As in #write.
			}
		}
	}

	#schedule(ms: number): void {
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.#send(), ms);
	}

	async #send(): Promise<void> {
		if (this.#sending || this.#paused || this.#unsent === null) return;
		const text = this.#unsent;
		const base = this.revision;
		this.status = { kind: 'saving' };
		this.#sending = this.#put(text, base).finally(() => (this.#sending = null));
		await this.#sending;
		// Changed while it was on its way: send the rest.
		if (this.#unsent !== null && (this.status as SaveStatus).kind === 'saved') {
			this.status = { kind: 'pending' };
			this.#schedule(0);
		}
	}

	async #put(text: string, base: number): Promise<void> {
		let response: Response;
		try {
			response = await this.#fetch(this.#url, {
				method: 'PUT',
				headers: { 'content-type': 'application/json', accept: 'application/json' },
				body: `{"baseRevision":${base},"draft":${text}}`,
				signal: AbortSignal.timeout(15_000)
			});
		} catch {
			return this.#offline();
		}
		const body = (await response.json().catch(() => null)) as Record<string, unknown> | null;
		if (response.ok && typeof body?.revision === 'number') {
			this.#retryMs = 1000;
			this.revision = body.revision;
			this.#saved = text;
			if (this.#unsent === text) {
				this.#unsent = null;
				this.#forget();
			} else if (this.#unsent !== null) {
				this.#write({ text: this.#unsent, base: this.revision });
			}
			this.status = { kind: 'saved' };
			return;
		}
		if (response.status === 409 && body?.draft && typeof body.revision === 'number') {
			this.status = { kind: 'conflict', theirs: { draft: body.draft as ModuleJson, revision: body.revision } };
			return;
		}
		if (response.status >= 500 || response.status === 0 || body === null) return this.#offline();
		const message = typeof body.message === 'string' ? body.message : `The server refused the draft (error ${response.status}).`;
		this.status = { kind: 'refused', message };
	}

	#offline(): void {
		const wait = this.#retryMs;
		this.#retryMs = Math.min(this.#retryMs * 2, MAX_RETRY_MS);
		this.status = { kind: 'offline', retryInMs: wait };
		this.#schedule(wait);
	}

	#read(key = this.#key): Stored | null {
		try {
			const raw = this.#storage?.getItem(key);
			const kept = raw ? (JSON.parse(raw) as Stored) : null;
			return kept && typeof kept.text === 'string' && typeof kept.base === 'number' ? kept : null;
		} catch {
			return null;
		}
	}

	/** Unsent changes a closed tab left on this device for this draft (the latest), taken over by this tab. */
	#adoptOrphan(): Stored | null {
		const storage = this.#storage;
		if (!storage) return null;
		const prefix = storageKey(this.#id, '');
		let found: { key: string; kept: Stored } | null = null;
		try {
			for (let i = 0; i < storage.length; i++) {
				const key = storage.key(i);
				if (!key?.startsWith(prefix) || key === this.#key) continue;
				const kept = this.#read(key);
				if (kept && Date.now() - (kept.at ?? 0) > 3 * HEARTBEAT_MS && (!found || kept.at > found.kept.at)) found = { key, kept };
			}
			if (!found) return null;
			storage.removeItem(found.key);
		} catch {
			return null;
		}
		this.#write(found.kept);
		return found.kept;
	}

	#write(kept: Omit<Stored, 'at'>): void {
		try {
			this.#storage?.setItem(this.#key, JSON.stringify({ ...kept, at: Date.now() }));
		} catch {
			// Storage full or blocked: the server copy is all there is; the status still tells the truth.
		}
	}

	/** Tells other tabs that this one is still open, so they leave its kept changes alone. */
	#renew(): void {
		const kept = this.#read();
		if (kept) this.#write(kept);
	}

	/** Drops this tab's kept copy. */
	#forget(): void {
		try {
			this.#storage?.removeItem(this.#key);
		} catch {
			// As above.
		}
	}
}
