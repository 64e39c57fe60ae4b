import { createHash } from 'node:crypto';
import type { Db } from './db';

/**
 * Throttles kept in the database (so every app server sharing it sees the same counts): each counted
 * event is a row under a hashed key, and a limit allows `max` events per sliding `windowMs`.
 */

export type Limit = {
	/** What is counted, e.g. `join:address:203.0.113.7`; stored only as a hash. */
	key: string;
	max: number;
	windowMs: number;
};

export type Taken = { ok: true; ids: number[] } | { ok: false; limit: Limit; retryAfterMs: number };

const digest = (key: string) => createHash('sha256').update(key).digest('hex');

/** Events under one key: how many, the oldest and the latest (ms since the epoch). */
export type EventCount = { count: number; oldest: number; latest: number };

/**
 * Per stored key, the events counted after its own `since`, in one grouped query: the throttle store's
 * table, or the sign-in failures' (the same columns). A key with no events is absent from the map.
 */
export async function countsSince(
	db: Db,
	table: 'throttle_events' | 'auth_failures',
	windows: readonly { key: string; since: number }[]
): Promise<Map<string, EventCount>> {
	if (windows.length === 0) return new Map();
	const rows = await db
		.selectFrom(table as 'throttle_events')
		.select(['key', (eb) => eb.fn.countAll<number | string>().as('n'), (eb) => eb.fn.min('at').as('oldest'), (eb) => eb.fn.max('at').as('latest')])
		.where((eb) => eb.or(windows.map((w) => eb.and([eb('key', '=', w.key), eb('at', '>', w.since)]))))
		.groupBy('key')
		.execute();
	return new Map(rows.map((r) => [r.key, { count: Number(r.n), oldest: Number(r.oldest), latest: Number(r.latest) }]));
}

/** The first limit over `max` events (`atMost`: or at it), with how long until it lets one more through; null when none is. */
async function overLimit(db: Db, limits: Limit[], now: number, atMost: boolean): Promise<{ limit: Limit; retryAfterMs: number } | null> {
	if (new Set(limits.map((l) => l.key)).size !== limits.length) throw new Error('Each limit counts under a key of its own.');
	const seen = await countsSince(db, 'throttle_events', limits.map((l) => ({ key: digest(l.key), since: now - l.windowMs })));
	for (const limit of limits) {
		const { count, oldest } = seen.get(digest(limit.key)) ?? { count: 0, oldest: now };
		if (atMost ? count >= limit.max : count > limit.max) return { limit, retryAfterMs: Math.max(1000, oldest + limit.windowMs - now) };
	}
	return null;
}

/** The first limit already full, with how long until it lets one more through; null when none is. */
export async function fullLimit(db: Db, limits: Limit[], now = Date.now()): Promise<{ limit: Limit; retryAfterMs: number } | null> {
	return overLimit(db, limits, now, true);
}

/** Counts one event against every limit, and forgets events older than any window; the new rows' ids. */
async function count(db: Db, limits: Limit[], now: number): Promise<number[]> {
	const inserted = await db
		.insertInto('throttle_events')
		.values(limits.map((l) => ({ key: digest(l.key), at: now })))
		.returning('id')
		.execute();
	await prune(db, Math.max(...limits.map((l) => l.windowMs)), now);
	return inserted.map((r) => Number(r.id));
}

/**
 * Counts one event against every limit, unless one is full: then nothing is counted. The event is
 * counted first and the limits checked after, so a burst of parallel requests cannot all slip in
 * between a check and a count; one that finds itself over a limit takes its count back.
 */
export async function take(db: Db, limits: Limit[], now = Date.now()): Promise<Taken> {
	const full = await fullLimit(db, limits, now);
	if (full) return { ok: false, ...full };
	const ids = await count(db, limits, now);
	const over = await overLimit(db, limits, now, false);
	if (over) {
		await release(db, ids);
		return { ok: false, ...over };
	}
	return { ok: true, ids };
}

/** Counts one event against every limit without checking them: for an event that counts whatever the limits say (a failure). */
export async function countEvent(db: Db, limits: Limit[], now = Date.now()): Promise<void> {
	await count(db, limits, now);
}

/** Takes back events counted by `take` (the request turned out not to count: a right code, a refused start). */
export async function release(db: Db, ids: number[]): Promise<void> {
	if (ids.length > 0) await db.deleteFrom('throttle_events').where('id', 'in', ids).execute();
}

/** Forgets events older than the longest window in use. */
async function prune(db: Db, windowMs: number, now: number): Promise<void> {
	// Another throttle may count over a longer window; an hour covers every one we have.
	await db.deleteFrom('throttle_events').where('at', '<=', now - Math.max(windowMs, 60 * 60 * 1000)).execute();
}

/** Minutes, rounded up, for a message. */
export function minutesToWait(ms: number): number {
	return Math.max(1, Math.ceil(ms / 60_000));
}
