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

async function counts(db: Db, limits: Limit[], now: number): Promise<Map<string, { n: number; oldest: number }>> {
	const result = new Map<string, { n: number; oldest: number }>();
	for (const limit of limits) {
		const row = await db
			.selectFrom('throttle_events')
			.select((eb) => [eb.fn.countAll<number | string>().as('n'), eb.fn.min<number | string>('at').as('oldest')])
			.where('key', '=', digest(limit.key))
			.where('at', '>', now - limit.windowMs)
			.executeTakeFirst();
		result.set(limit.key, { n: Number(row?.n ?? 0), oldest: Number(row?.oldest ?? now) });
	}
	return result;
}

/** The first limit already full, with how long until it lets one more through; null when none is. */
export async function fullLimit(db: Db, limits: Limit[], now = Date.now()): Promise<{ limit: Limit; retryAfterMs: number } | null> {
	const seen = await counts(db, limits, now);
	for (const limit of limits) {
		const { n, oldest } = seen.get(limit.key)!;
		if (n >= limit.max) return { limit, retryAfterMs: Math.max(1000, oldest + limit.windowMs - now) };
	}
	return null;
}

/**
 * Counts one event against every limit, unless one is full: then nothing is counted. The event is
 * counted first and the limits checked after, so a burst of parallel requests cannot all slip in
 * between a check and a count; one that finds itself over a limit takes its count back.
 */
export async function take(db: Db, limits: Limit[], now = Date.now()): Promise<Taken> {
	const full = await fullLimit(db, limits, now);
	if (full) return { ok: false, ...full };
	const inserted = await db
		.insertInto('throttle_events')
		.values(limits.map((l) => ({ key: digest(l.key), at: now })))
		.returning('id')
		.execute();
	const ids = inserted.map((r) => Number(r.id));
	const seen = await counts(db, limits, now);
	for (const limit of limits) {
		const { n, oldest } = seen.get(limit.key)!;
		if (n > limit.max) {
			await release(db, ids);
			return { ok: false, limit, retryAfterMs: Math.max(1000, oldest + limit.windowMs - now) };
		}
	}
	await prune(db, Math.max(...limits.map((l) => l.windowMs)), now);
	return { ok: true, ids };
}

/** Counts one event against every limit without checking them: for an event that counts whatever the limits say (a failure). */
export async function countEvent(db: Db, limits: Limit[], now = Date.now()): Promise<void> {
	await db
		.insertInto('throttle_events')
		.values(limits.map((l) => ({ key: digest(l.key), at: now })))
		.execute();
	await prune(db, Math.max(...limits.map((l) => l.windowMs)), now);
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
