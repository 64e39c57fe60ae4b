import { createHash } from 'node:crypto';
import type { Db } from '$lib/server/db';

/** The window failures are counted in. */
export const FAILURE_WINDOW = 15 * 60 * 1000;
/** Failed sign-ins to one account, within the window, after which it is refused. */
export const EMAIL_FAILURE_LIMIT = 5;
/** Failed sign-ins from one address, to any account, after which it is refused. */
export const ADDRESS_FAILURE_LIMIT = 20;

export const TOO_MANY_ATTEMPTS = 'Too many sign-in attempts. Wait 15 minutes and try again.';

/** Who is trying to sign in: the (normalised) email typed, and the client's address. */
export type SignInAttempt = { email: string; address: string };

// Keys are hashed: an email typed at the form is stored for 15 minutes without being readable, and a
// megabyte-long one still makes a short key.
function digest(value: string): string {
	return createHash('sha256').update(value).digest('hex');
}

const emailKey = (email: string) => `email:${digest(email)}`;
const addressKey = (address: string) => `address:${digest(address)}`;

function keysOf({ email, address }: SignInAttempt) {
	return { email: emailKey(email), address: addressKey(address) };
}

async function failureCounts(db: Db, keys: { email: string; address: string }, now: number) {
	const rows = await db
		.selectFrom('auth_failures')
		.select(['key', (eb) => eb.fn.countAll<number>().as('failures')])
		.where('key', 'in', [keys.email, keys.address])
		.where('at', '>', now - FAILURE_WINDOW)
		.groupBy('key')
		.execute();
	const count = (key: string) => Number(rows.find((r) => r.key === key)?.failures ?? 0);
	return { email: count(keys.email), address: count(keys.address) };
}

/**
 * True when this email has failed 5 times, or this address 20 times, in the last 15 minutes. The
 * counts live in the database, so every app server sharing it sees the same ones.
 */
export async function isSignInLimited(db: Db, attempt: SignInAttempt, now = Date.now()): Promise<boolean> {
	const counts = await failureCounts(db, keysOf(attempt), now);
	return counts.email >= EMAIL_FAILURE_LIMIT || counts.address >= ADDRESS_FAILURE_LIMIT;
}

/** A sign-in attempt already counted as a failure, until `signInSucceeded` takes it back. */
export type PendingSignIn = { failureIds: number[] };

/**
 * Counts the attempt as a failure *before* the password is checked, then refuses it if that takes the
 * email past 5 or the address past 20. Counting first means a burst of parallel guesses cannot all
 * slip in while the first ones are still being hashed. A refused attempt is not counted, so the wait
 * ends 15 minutes after the last real failure however often someone retries.
 */
export async function startSignIn(db: Db, attempt: SignInAttempt, now = Date.now()): Promise<PendingSignIn | 'limited'> {
	const keys = keysOf(attempt);
	if (await isSignInLimited(db, attempt, now)) return 'limited';
	const inserted = await db
		.insertInto('auth_failures')
		.values([
			{ key: keys.email, at: now },
			{ key: keys.address, at: now }
		])
		.returning('id')
		.execute();
	const failureIds = inserted.map((r) => Number(r.id));
	const counts = await failureCounts(db, keys, now);
	if (counts.email > EMAIL_FAILURE_LIMIT || counts.address > ADDRESS_FAILURE_LIMIT) {
		await db.deleteFrom('auth_failures').where('id', 'in', failureIds).execute();
		return 'limited';
	}
	await pruneSignInFailures(db, now);
	return { failureIds };
}

/** The password was right: forget the email's failures, and take back this attempt's count on the address. */
export async function signInSucceeded(db: Db, attempt: SignInAttempt, pending: PendingSignIn): Promise<void> {
	await db
		.deleteFrom('auth_failures')
		.where((eb) => eb.or([eb('key', '=', emailKey(attempt.email)), eb('id', 'in', pending.failureIds)]))
		.execute();
}

/** Counts a failed sign-in against the email and the address, with no limit check. */
export async function recordSignInFailure(db: Db, attempt: SignInAttempt, now = Date.now()): Promise<void> {
	const keys = keysOf(attempt);
	await db
		.insertInto('auth_failures')
		.values([
			{ key: keys.email, at: now },
			{ key: keys.address, at: now }
		])
		.execute();
	await pruneSignInFailures(db, now);
}

/** Forgets the email's failures; the address keeps its count. */
export async function clearSignInFailures(db: Db, email: string): Promise<void> {
	await db.deleteFrom('auth_failures').where('key', '=', emailKey(email)).execute();
}

/** Deletes failures that no longer count. */
export async function pruneSignInFailures(db: Db, now = Date.now()): Promise<void> {
	await db.deleteFrom('auth_failures').where('at', '<=', now - FAILURE_WINDOW).execute();
}
