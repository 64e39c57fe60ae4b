import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DraftSync, storageKey } from './draft-sync.svelte';

/** A server holding one draft at a revision, answering the studio's PUTs as the real endpoint does. */
function server(start: { text: string; revision: number }) {
	const state = { ...start, down: false, puts: [] as { baseRevision: number; draft: unknown }[] };
	const fetcher = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
		if (state.down) throw new TypeError('Failed to fetch');
		const body = JSON.parse(String(init?.body)) as { baseRevision: number; draft: unknown };
		state.puts.push(body);
		if (body.baseRevision !== state.revision) {
			return Response.json({ message: 'changed', draft: JSON.parse(state.text), revision: state.revision }, { status: 409 });
		}
		state.text = JSON.stringify(body.draft);
		state.revision++;
		return Response.json({ revision: state.revision });
	});
	return { state, fetcher: fetcher as unknown as typeof fetch };
}

const draft = (title: string) => JSON.stringify({ schemaVersion: 2, title });

/** localStorage, in memory. */
function memoryStorage(storage = new Map<string, string>()) {
	return {
		get length() {
			return storage.size;
		},
		key: (i: number) => [...storage.keys()][i] ?? null,
		getItem: (k: string) => storage.get(k) ?? null,
		setItem: (k: string, v: string) => void storage.set(k, v),
		removeItem: (k: string) => void storage.delete(k),
		clear: () => storage.clear()
	};
}

function setup(options: { revision?: number; kept?: { text: string; base: number; at?: number }; tab?: string } = {}) {
	const revision = options.revision ?? 3;
	const srv = server({ text: draft('Start'), revision });
	const storage = new Map<string, string>();
	if (options.kept) storage.set(storageKey('m1', options.tab ?? 't1'), JSON.stringify({ at: Date.now(), ...options.kept }));
	const sync = new DraftSync({ id: 'm1', revision, text: draft('Start'), url: '/draft', storage: memoryStorage(storage), tab: 't1', fetcher: srv.fetcher, delayMs: 500 });
	return { sync, srv, storage, kept: () => storage.get(storageKey('m1', 't1')) ?? null };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('DraftSync', () => {
	it('keeps a change on the device at once, sends it after the pause with its revision, then forgets the kept copy', async () => {
		const { sync, srv, kept } = setup();
		sync.change(draft('Sea wall'));
		expect(sync.status.kind).toBe('pending');
		expect(JSON.parse(kept()!)).toEqual({ text: draft('Sea wall'), base: 3, at: Date.now() });
		expect(srv.state.puts).toHaveLength(0);
		await vi.advanceTimersByTimeAsync(500);
		expect(srv.state.puts).toEqual([{ baseRevision: 3, draft: { schemaVersion: 2, title: 'Sea wall' } }]);
		expect(sync.status.kind).toBe('saved');
		expect(sync.revision).toBe(4);
		expect(kept()).toBeNull();
	});

	it('sends a burst of typing once, with the last text', async () => {
		const { sync, srv } = setup();
		for (const t of ['S', 'Se', 'Sea']) {
			sync.change(draft(t));
			await vi.advanceTimersByTimeAsync(200);
		}
		await vi.advanceTimersByTimeAsync(500);
		expect(srv.state.puts.map((p) => p.draft)).toEqual([{ schemaVersion: 2, title: 'Sea' }]);
	});

	it('sends a change made while a save was on its way, on the new revision', async () => {
		const { sync, srv } = setup();
		sync.change(draft('One'));
		await vi.advanceTimersByTimeAsync(500);
		sync.change(draft('Two'));
		const saving = sync.flush();
		sync.change(draft('Three'));
		await saving;
		await vi.advanceTimersByTimeAsync(1000);
		expect(srv.state.puts.map((p) => p.baseRevision)).toEqual([3, 4, 5]);
		expect(JSON.parse(srv.state.text).title).toBe('Three');
		expect(sync.status.kind).toBe('saved');
	});

	it('says offline and keeps the change when the server cannot be reached, retries, and sends at once when back online', async () => {
		const { sync, srv, kept } = setup();
		srv.state.down = true;
		sync.change(draft('Offline edit'));
		await vi.advanceTimersByTimeAsync(500);
		expect(sync.status).toEqual({ kind: 'offline', retryInMs: 1000 });
		await vi.advanceTimersByTimeAsync(1000);
		expect(sync.status).toEqual({ kind: 'offline', retryInMs: 2000 });
		expect(kept()).not.toBeNull();
		srv.state.down = false;
		sync.online();
		await vi.advanceTimersByTimeAsync(0);
		expect(sync.status.kind).toBe('saved');
		expect(JSON.parse(srv.state.text).title).toBe('Offline edit');
		expect(kept()).toBeNull();
	});

	it('never overwrites a draft saved elsewhere: a conflict, then the teacher’s choice', async () => {
		const { sync, srv, kept } = setup();
		srv.state.text = draft('From the other tab');
		srv.state.revision = 4;
		sync.change(draft('Mine'));
		await vi.advanceTimersByTimeAsync(500);
		expect(sync.status).toEqual({ kind: 'conflict', theirs: { draft: { schemaVersion: 2, title: 'From the other tab' }, revision: 4 } });
		expect(JSON.parse(srv.state.text).title).toBe('From the other tab');
		// Typing on while the choice waits sends nothing.
		sync.change(draft('Mine, more'));
		await vi.advanceTimersByTimeAsync(2000);
		expect(srv.state.puts).toHaveLength(1);
		expect(sync.mine()).toBe(draft('Mine, more'));
		expect(sync.takeTheirs()).toEqual({ schemaVersion: 2, title: 'From the other tab' });
		expect(sync.status.kind).toBe('saved');
		expect(sync.revision).toBe(4);
		expect(kept()).toBeNull();
		sync.change(draft('Next'));
		await vi.advanceTimersByTimeAsync(500);
		expect(srv.state.puts.at(-1)).toEqual({ baseRevision: 4, draft: { schemaVersion: 2, title: 'Next' } });
	});

	it('restores changes a closed page never sent, and sends them', async () => {
		const { sync, srv } = setup({ kept: { text: draft('Before the reload'), base: 3 } });
		expect(sync.restore()).toEqual({ text: draft('Before the reload'), restored: true });
		await vi.advanceTimersByTimeAsync(0);
		expect(JSON.parse(srv.state.text).title).toBe('Before the reload');
		expect(sync.status.kind).toBe('saved');
	});

	it('leaves another open tab’s kept changes alone, and takes over those of a tab closed for a while', async () => {
		const open = setup({ kept: { text: draft('Another tab, still open'), base: 3 }, tab: 't2' });
		expect(open.sync.restore()).toEqual({ text: draft('Start'), restored: false });
		expect(open.storage.has(storageKey('m1', 't2'))).toBe(true);
		open.sync.destroy();

		// A page that closes leaves its unsent changes for the next one at once.
		const leaving = setup();
		leaving.sync.change(draft('Typed, then the page closed'));
		leaving.sync.destroy();
		const next = new DraftSync({ id: 'm1', revision: 3, text: draft('Start'), url: '/draft', storage: memoryStorage(leaving.storage), tab: 't3', fetcher: leaving.srv.fetcher });
		expect(next.restore()).toEqual({ text: draft('Typed, then the page closed'), restored: true });
		next.destroy();

		const closed = setup({ kept: { text: draft('A closed tab'), base: 3, at: Date.now() - 60_000 }, tab: 't2' });
		expect(closed.sync.restore()).toEqual({ text: draft('A closed tab'), restored: true });
		expect(closed.storage.has(storageKey('m1', 't2'))).toBe(false);
		await vi.advanceTimersByTimeAsync(0);
		expect(JSON.parse(closed.srv.state.text).title).toBe('A closed tab');
		closed.sync.destroy();
	});

	it('restores kept changes made on an older revision as a conflict, not over the newer draft', async () => {
		const { sync, srv } = setup({ revision: 5, kept: { text: draft('Old edit'), base: 3 } });
		expect(sync.restore()).toEqual({ text: draft('Old edit'), restored: true });
		expect(sync.status).toEqual({ kind: 'conflict', theirs: { draft: { schemaVersion: 2, title: 'Start' }, revision: 5 } });
		await vi.advanceTimersByTimeAsync(2000);
		expect(srv.state.puts).toHaveLength(0);
	});

	it('shows the server’s message when it refuses the draft itself, and tries again after the next change', async () => {
		const { sync } = setup();
		const refusing = new DraftSync({
			id: 'm2',
			revision: 1,
			text: draft('x'),
			url: '/draft',
			storage: null,
			delayMs: 10,
			fetcher: (async () => Response.json({ message: 'The draft is too large to save.' }, { status: 413 })) as unknown as typeof fetch
		});
		refusing.change(draft('huge'));
		await vi.advanceTimersByTimeAsync(10);
		expect(refusing.status).toEqual({ kind: 'refused', message: 'The draft is too large to save.' });
		refusing.change(draft('smaller'));
		expect(refusing.status.kind).toBe('pending');
		sync.destroy();
	});

	describe('a change the server makes (drafting questions into the draft)', () => {
		/** The server's side of drafting: from the draft saved at the revision asked, saves one with a question more. */
		function drafting(srv: ReturnType<typeof server>, gate?: Promise<void>) {
			const asked: number[] = [];
			const send = async (base: number) => {
				asked.push(base);
				await gate;
				if (base !== srv.state.revision) return Response.json({ message: 'changed', draft: JSON.parse(srv.state.text), revision: srv.state.revision }, { status: 409 });
				const next = { ...JSON.parse(srv.state.text), questions: ['drafted'] };
				srv.state.text = JSON.stringify(next);
				srv.state.revision++;
				return Response.json({ message: 'Drafted 1 question and 0 facts; review them below.', draft: next, revision: srv.state.revision });
			};
			return { asked, send };
		}

		it('saves what was changed here first, then takes the server’s draft and revision; the next change is made on them', async () => {
			const { sync, srv } = setup();
			sync.change(draft('Sea wall'));
			const { asked, send } = drafting(srv);
			const done = await sync.serverChange(send);
			expect(srv.state.puts).toEqual([{ baseRevision: 3, draft: { schemaVersion: 2, title: 'Sea wall' } }]);
			expect(asked).toEqual([4]);
			expect(done).toMatchObject({ kind: 'changed', draft: { schemaVersion: 2, title: 'Sea wall', questions: ['drafted'] }, body: { message: /^Drafted 1 question/ } });
			expect(sync.status.kind).toBe('saved');
			expect(sync.revision).toBe(5);
			// Showing the server's draft is no change to send.
			sync.change(JSON.stringify((done as { draft: unknown }).draft));
			expect(sync.status.kind).toBe('saved');
			sync.change(JSON.stringify({ schemaVersion: 2, title: 'Sea wall', questions: ['drafted', 'mine'] }));
			await vi.advanceTimersByTimeAsync(500);
			expect(srv.state.puts.at(-1)).toEqual({ baseRevision: 5, draft: { schemaVersion: 2, title: 'Sea wall', questions: ['drafted', 'mine'] } });
			expect(sync.status.kind).toBe('saved');
		});

		it('changes nothing when the server answers with no draft (nothing new), and when it refuses', async () => {
			const { sync } = setup();
			expect(await sync.serverChange(async () => Response.json({ message: 'Nothing new.', draft: null, revision: 3 }))).toEqual({
				kind: 'unchanged',
				body: { message: 'Nothing new.', draft: null, revision: 3 }
			});
			expect(await sync.serverChange(async () => Response.json({ message: 'The story is empty.' }, { status: 400 }))).toMatchObject({
				kind: 'refused',
				message: 'The story is empty.'
			});
			expect(sync.revision).toBe(3);
			expect(sync.status.kind).toBe('saved');
			expect(await sync.serverChange(async () => Promise.reject(new TypeError('Failed to fetch')))).toEqual({ kind: 'offline' });
			expect(sync.status.kind).toBe('saved');
		});

		it('is a conflict when another tab saved first: nothing is taken or overwritten', async () => {
			const { sync, srv } = setup();
			srv.state.revision = 7;
			const { send } = drafting(srv);
			expect(await sync.serverChange(send)).toEqual({ kind: 'conflict' });
			expect(sync.status).toEqual({ kind: 'conflict', theirs: { draft: { schemaVersion: 2, title: 'Start' }, revision: 7 } });
			expect(srv.state.revision).toBe(7);
		});

		it('sends nothing while the server works; a change made meanwhile is kept, and the teacher chooses', async () => {
			const { sync, srv, kept } = setup();
			let open!: () => void;
			const { send } = drafting(srv, new Promise<void>((resolve) => (open = resolve)));
			const working = sync.serverChange(send);
			await vi.advanceTimersByTimeAsync(0);
			sync.change(draft('Typed meanwhile'));
			await vi.advanceTimersByTimeAsync(2000);
			expect(srv.state.puts).toHaveLength(0);
			open();
			expect(await working).toEqual({ kind: 'conflict' });
			expect(sync.status).toEqual({ kind: 'conflict', theirs: { draft: { schemaVersion: 2, title: 'Start', questions: ['drafted'] }, revision: 4 } });
			expect(JSON.parse(kept()!)).toMatchObject({ text: draft('Typed meanwhile'), base: 3 });
			expect(sync.mine()).toBe(draft('Typed meanwhile'));
		});

		it('asks nothing while the draft cannot be saved', async () => {
			const { sync, srv } = setup();
			srv.state.down = true;
			sync.change(draft('Offline edit'));
			const send = vi.fn();
			expect(await sync.serverChange(send)).toEqual({ kind: 'unsaved' });
			expect(send).not.toHaveBeenCalled();
			sync.destroy();
		});
	});
});
