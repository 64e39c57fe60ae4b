import { createHash } from 'node:crypto';
import { isIPv6 } from 'node:net';
import type { Db } from '$lib/server/db';
import { countEvent, countsSince, fullLimit, take, type EventCount, type Limit } from '$lib/server/throttle';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** The window sign-in failures are counted in. */
export const FAILURE_WINDOW = 15 * MINUTE;
/** Failed sign-ins to one email from one address, within the window, after which that pair is refused. */
export const PAIR_FAILURE_LIMIT = 5;
/** Failed sign-ins from one address, to any emails, after which the address is refused. */
export const ADDRESS_FAILURE_LIMIT = 30;
/** Failed sign-ins to one email from anywhere after which each further try waits a short back-off. */
export const EMAIL_BACKOFF_AFTER = 10;
/** The longest back-off an email's failures from elsewhere can impose. */
export const EMAIL_BACKOFF_MAX = 30 * SECOND;

/**
 * A named limit on events per client address in a sliding window, kept by the shared throttle store
 * (`$lib/server/throttle`, as joins and student sign-ins are). Sign-in failures have their own rules
 * (`startSignIn`) and table; these serve the other doors into an account.
 */
export type Throttle = { name: string; limit: number; window: number };

/** Sign-ups and access requests from one address: every one that passed the form's checks counts. */
export const SIGN_UP_THROTTLE: Throttle = { name: 'signup', limit: 10, window: HOUR };
/**
 * Invitation links from one address that opened no account: unknown, used or expired tokens, and
 * submissions refused. An accepted invitation does not count: each is single-use and an administrator
 * issued it, so a school whose staff all accept theirs from one network address is never held up.
 */
export const INVITATION_THROTTLE: Throttle = { name: 'invitation', limit: 10, window: 15 * MINUTE };

/** How long sign-in failures are kept: the longest window. */
const KEEP = HOUR;

/** Who is trying to sign in: the (normalised) email typed, and the client's address. */
export type SignInAttempt = { email: string; address: string };

/** A refusal: what to tell the person and how long to wait, in whole seconds (for `Retry-After`). */
export type Limited = { message: string; retryAfter: number };

// Keys are hashed: an email typed at the form is kept for a while without being readable, and a
// megabyte-long one still makes a short key.
function digest(value: string): string {
	return createHash('sha256').update(value).digest('hex');
}

/**
 * The part of a client address that identifies one client: an IPv4 address (also when written as an
 * IPv4-mapped IPv6 one), or the /64 network of an IPv6 address, since one home or phone is given a
 * whole /64 and could otherwise step through its addresses.
 */
export function addressSubject(address: string): string {
	const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
	if (mapped) return mapped[1]!;
	if (!isIPv6(address)) return address;
	const [head, tail = ''] = address.split('::');
	const left = head ? head.split(':') : [];
	const right = tail ? tail.split(':') : [];
	const groups = address.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
	return `${groups
		.slice(0, 4)
		.map((g) => parseInt(g, 16).toString(16))
		.join(':')}::/64`;
}

const keyOf = (kind: string, subject: string) => `${kind}:${digest(subject)}`;

function signInKeys({ email, address }: SignInAttempt) {
	const client = addressSubject(address);
	return { pair: keyOf('pair', `${email}\n${client}`), address: keyOf('address', client), email: keyOf('email', email) };
}

function countsOf(db: Db, keys: string[], since: number): Promise<Map<string, EventCount>> {
	return countsSince(db, 'auth_failures', keys.map((key) => ({ key, since })));
}

const none: EventCount = { count: 0, oldest: 0, latest: 0 };

/** The wait an email's failures from anywhere impose: 1 s at the 10th, doubling, at most 30 s. */
export function emailBackoff(failures: number): number {
	if (failures < EMAIL_BACKOFF_AFTER) return 0;
	return Math.min(EMAIL_BACKOFF_MAX, SECOND * 2 ** (failures - EMAIL_BACKOFF_AFTER));
}

function minutes(ms: number): string {
	const n = Math.max(1, Math.ceil(ms / MINUTE));
	return n === 1 ? '1 minute' : `${n} minutes`;
}

function seconds(ms: number): string {
	const n = Math.max(1, Math.ceil(ms / SECOND));
	return n === 1 ? '1 second' : `${n} seconds`;
}

const retry = (ms: number) => Math.max(1, Math.ceil(ms / SECOND));

/**
 * Why this attempt may not go ahead now, or null. The rules never depend on whether the email has an
 * account, so a refusal says nothing about that:
 * - 5 failures for this email from this address in 15 minutes close that pair until they age out;
 * - 30 failures from this address, to any emails, close the address the same way;
 * - 10 failures for this email from anywhere start a back-off of 1 s, doubling with each further
 *   failure up to 30 s, measured from the latest failure. This is the only rule that failures from
 *   elsewhere impose on the owner, so a guesser elsewhere can delay the owner's sign-in from a new
 *   address by a short back-off, and never lock it out.
 */
function signInLimit(counts: Map<string, EventCount>, keys: ReturnType<typeof signInKeys>, now: number): Limited | null {
	const pair = counts.get(keys.pair) ?? none;
	const address = counts.get(keys.address) ?? none;
	const email = counts.get(keys.email) ?? none;
	if (pair.count >= PAIR_FAILURE_LIMIT) {
		const wait = pair.oldest + FAILURE_WINDOW - now;
		return { message: `Too many sign-in attempts. Wait ${minutes(wait)} and try again.`, retryAfter: retry(wait) };
	}
	if (address.count >= ADDRESS_FAILURE_LIMIT) {
		const wait = address.oldest + FAILURE_WINDOW - now;
		return { message: `Too many sign-in attempts from this network. Wait ${minutes(wait)} and try again.`, retryAfter: retry(wait) };
	}
	const backoff = emailBackoff(email.count);
	if (backoff > 0 && now - email.latest < backoff) {
		const wait = email.latest + backoff - now;
		return { message: `Too many sign-in attempts for this email. Wait ${seconds(wait)} and try again.`, retryAfter: retry(wait) };
	}
	return null;
}

/** The limit this attempt would meet now, without counting it. */
export async function signInLimited(db: Db, attempt: SignInAttempt, now = Date.now()): Promise<Limited | null> {
	const keys = signInKeys(attempt);
	return signInLimit(await countsOf(db, Object.values(keys), now - FAILURE_WINDOW), keys, now);
}

/** A sign-in attempt already counted as a failure, until `signInSucceeded` takes it back. */
export type PendingSignIn = { failureIds: number[] };

/**
 * Counts the attempt as a failure *before* the password is checked, then refuses it if that takes it
 * past a limit (see `signInLimit`). Counting first means a burst of parallel guesses cannot all slip in
 * while the first ones are still being hashed. A refused attempt is not counted, so the wait ends when
 * the real failures age out however often someone retries.
 */
export async function startSignIn(db: Db, attempt: SignInAttempt, now = Date.now()): Promise<PendingSignIn | Limited> {
	const keys = signInKeys(attempt);
	const all = Object.values(keys);
	const before = await countsOf(db, all, now - FAILURE_WINDOW);
	const limited = signInLimit(before, keys, now);
	if (limited) return limited;
	const inserted = await db
		.insertInto('auth_failures')
		.values(all.map((key) => ({ key, at: now })))
		.returning('id')
		.execute();
	const failureIds = inserted.map((r) => Number(r.id));
	const after = await countsOf(db, all, now - FAILURE_WINDOW);
	const emailCount = (before.get(keys.email) ?? none).count;
	const backoff = emailBackoff(emailCount);
	// Another attempt was counted at the same moment: whichever pushed past a limit, both step back.
	const raced =
		(after.get(keys.pair) ?? none).count > PAIR_FAILURE_LIMIT ||
		(after.get(keys.address) ?? none).count > ADDRESS_FAILURE_LIMIT ||
		(backoff > 0 && (await countsOf(db, [keys.email], now - backoff)).get(keys.email)!.count > 1);
	if (raced) {
		await db.deleteFrom('auth_failures').where('id', 'in', failureIds).execute();
		const wait = Math.max(backoff, SECOND);
		return signInLimit(await countsOf(db, all, now - FAILURE_WINDOW), keys, now) ?? {
			message: `Too many sign-in attempts for this email. Wait ${seconds(wait)} and try again.`,
			retryAfter: retry(wait)
		};
	}
	await pruneThrottles(db, now);
	return { failureIds };
}

/** True when `startSignIn` refused the attempt. */
export function isLimited(outcome: PendingSignIn | Limited): outcome is Limited {
	return 'message' in outcome;
}

/**
 * The password was right: forget this email's failures from this address, and take back this
 * attempt's count. Failures from elsewhere stay: the owner signing in must not reset a guesser's limits.
 */
export async function signInSucceeded(db: Db, attempt: SignInAttempt, pending: PendingSignIn): Promise<void> {
	await db
		.deleteFrom('auth_failures')
		.where((eb) => eb.or([eb('key', '=', signInKeys(attempt).pair), eb('id', 'in', pending.failureIds)]))
		.execute();
}

/** Counts a failed sign-in against the pair, the address and the email, with no limit check. */
export async function recordSignInFailure(db: Db, attempt: SignInAttempt, now = Date.now()): Promise<void> {
	await db
		.insertInto('auth_failures')
		.values(Object.values(signInKeys(attempt)).map((key) => ({ key, at: now })))
		.execute();
	await pruneThrottles(db, now);
}

/** Deletes throttle rows that no longer count under any rule. */
export async function pruneThrottles(db: Db, now = Date.now()): Promise<void> {
	await db.deleteFrom('auth_failures').where('at', '<=', now - KEEP).execute();
}

/** A throttle as the shared throttle store counts it: per client (see `addressSubject`). */
const limitOf = (throttle: Throttle, address: string): Limit => ({
	key: `${throttle.name}:address:${addressSubject(address)}`,
	max: throttle.limit,
	windowMs: throttle.window
});

const tooMany = (waitMs: number): Limited => ({
	message: `Too many tries from this network. Wait ${minutes(waitMs)} and try again.`,
	retryAfter: retry(waitMs)
});

/** Whether the client address has used up the throttle, without counting anything. */
export async function throttled(db: Db, throttle: Throttle, address: string, now = Date.now()): Promise<Limited | null> {
	const full = await fullLimit(db, [limitOf(throttle, address)], now);
	return full && tooMany(full.retryAfterMs);
}

/** Counts one event from the client address against the throttle. */
export async function countAgainst(db: Db, throttle: Throttle, address: string, now = Date.now()): Promise<void> {
	await countEvent(db, [limitOf(throttle, address)], now);
}

/**
 * Counts one event and says whether it fits within the throttle: counted first, so a burst cannot
 * overshoot; an event that does not fit is taken back, so retrying does not extend the wait (`take`).
 */
export async function takeFromThrottle(db: Db, throttle: Throttle, address: string, now = Date.now()): Promise<Limited | null> {
	// A refused take already says how long until the oldest counted event ages out (at least a second, so
	// one stepping back while others do too still waits its turn): no need to count again.
	const taken = await take(db, [limitOf(throttle, address)], now);
	return taken.ok ? null : tooMany(taken.retryAfterMs);
}
