import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from './db';
import { freshDatabase, testEngines } from './db/testing';
import { countEvent, countsSince, fullLimit, release, take, type Limit } from './throttle';

const MINUTE = 60_000;
const T0 = Date.UTC(2026, 10, 30, 9, 0);

describe.each(testEngines)('the throttle store, on %s', (engine) => {
	let db: Db;
	let drop: () => Promise<void>;
	beforeAll(async () => ({ db, drop } = await freshDatabase(engine)));
	afterAll(() => drop());

	// Two limits on one event, each over its own window: 2 a minute, 3 an hour.
	const limits = (name: string): Limit[] => [
		{ key: `${name}:minute`, max: 2, windowMs: MINUTE },
		{ key: `${name}:hour`, max: 3, windowMs: 60 * MINUTE }
	];

	it('counts each limit over its own window', async () => {
		const l = limits('windows');
		// Two events half an hour ago: past the minute's window, inside the hour's.
		await countEvent(db, l, T0 - 30 * MINUTE);
		await countEvent(db, l, T0 - 30 * MINUTE + 1);
		expect(await fullLimit(db, l, T0)).toBeNull();
		const first = await take(db, l, T0);
		expect(first.ok).toBe(true);
		// The hour now holds 3: full, until the oldest of them is an hour old.
		expect(await fullLimit(db, l, T0 + 1)).toEqual({ limit: l[1], retryAfterMs: 30 * MINUTE - 1 });
		expect(await take(db, l, T0 + 1)).toEqual({ ok: false, limit: l[1], retryAfterMs: 30 * MINUTE - 1 });
		// Taking the last one back opens the hour again; the minute then holds none.
		await release(db, first.ok ? first.ids : []);
		expect(await take(db, l, T0 + 2)).toMatchObject({ ok: true });
	});

	it('refuses the event past the smaller limit, and counts nothing for it', async () => {
		const l = limits('burst');
		expect(await take(db, l, T0)).toMatchObject({ ok: true });
		expect(await take(db, l, T0 + 1)).toMatchObject({ ok: true });
		expect(await take(db, l, T0 + 2)).toEqual({ ok: false, limit: l[0], retryAfterMs: MINUTE - 2 });
		expect(await fullLimit(db, l, T0 + 2)).toEqual({ limit: l[0], retryAfterMs: MINUTE - 2 });
		// A burst at once: of three parallel takes, no more than fit get through (racing ones may all step back).
		const m = limits('parallel');
		const all = await Promise.all([take(db, m, T0), take(db, m, T0), take(db, m, T0)]);
		const ok = all.filter((t) => t.ok).length;
		expect(ok).toBeLessThanOrEqual(2);
		// The refused ones took their counts back: the minute is full exactly when two got through.
		expect((await fullLimit(db, m, T0)) !== null).toBe(ok === 2);
	});

	it('gives per key the count, the oldest and the latest since its own time, in one grouped count', async () => {
		await db.insertInto('auth_failures').values([
			{ key: 'a', at: T0 - 10 },
			{ key: 'a', at: T0 - 5 },
			{ key: 'a', at: T0 - 1 },
			{ key: 'b', at: T0 - 10 }
		]).execute();
		const counts = await countsSince(db, 'auth_failures', [
			{ key: 'a', since: T0 - 6 },
			{ key: 'b', since: T0 - 100 },
			{ key: 'c', since: 0 }
		]);
		expect(Object.fromEntries(counts)).toEqual({
			a: { count: 2, oldest: T0 - 5, latest: T0 - 1 },
			b: { count: 1, oldest: T0 - 10, latest: T0 - 10 }
		});
		expect(await countsSince(db, 'auth_failures', [])).toEqual(new Map());
	});

	it('will not count two limits under one key', async () => {
		const key = 'same';
		await expect(fullLimit(db, [{ key, max: 1, windowMs: MINUTE }, { key, max: 5, windowMs: 2 * MINUTE }], T0)).rejects.toThrow('Each limit counts under a key of its own.');
	});
});
