import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * A student has no account: holding an attempt's token is what makes it theirs. The token lives only in
 * an httpOnly cookie on the device that started the attempt; the database keeps its SHA-256, so a copy
 * of the database opens no attempt.
 */

/** The cookie counting a device's attempts at an assignment (its random id). */
export const DEVICE_COOKIE = 'sourced_device';
const DEVICE_ID = /^[A-Za-z0-9_-]{22}$/;
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

const YEAR_SECONDS = 365 * 24 * 60 * 60;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The one cookie holding every attempt this device has open: `id.token.expiry` entries (expiry in base
 * 36 milliseconds) joined by `~`. One cookie, however many joins: a shared classroom computer that starts
 * hundreds of attempts sends one bounded header, never enough for a 431. The newest entries are kept
 * (MAX_ATTEMPTS_KEPT, under the 4 kB a browser keeps per cookie); an entry lapses with its attempt.
 * Holding a token is still what makes an attempt yours: the cookie needs no signature, since an entry
 * opens nothing unless its token's hash is the attempt's.
 */
export const ATTEMPTS_COOKIE = 'sourced_attempts';
export const MAX_ATTEMPTS_KEPT = 36;
/** After the attempt ends (its assignment's close), how long it stays on the device to read released results. */
const KEEP_AFTER_END_MS = 60 * DAY_MS;
/** An attempt with no close time: as long as the old per-attempt cookie lived. */
const KEEP_WITHOUT_END_MS = 180 * DAY_MS;
const ENTRY = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})\.([0-9a-z]{1,11})$/;
const LEGACY_PREFIX = 'sourced_attempt_';

/** The per-attempt cookie of earlier versions, still read so their attempts stay open. */
export function attemptCookieName(attemptId: string): string {
	return `${LEGACY_PREFIX}${attemptId}`;
}

/** The attempts a device holds, newest last. */
export type HeldAttempt = { id: string; token: string; expiresAt: number };

/** Reads the cookie; malformed or lapsed entries are dropped. */
export function readHeldAttempts(value: string | undefined, now: number): HeldAttempt[] {
	if (!value || value.length > 8192) return [];
	return value.split('~').flatMap((entry) => {
		const m = ENTRY.exec(entry);
		if (!m) return [];
		const expiresAt = parseInt(m[3]!, 36);
		return expiresAt > now ? [{ id: m[1]!, token: m[2]!, expiresAt }] : [];
	});
}

export function writeHeldAttempts(held: HeldAttempt[]): string {
	return held.map((h) => `${h.id}.${h.token}.${h.expiresAt.toString(36)}`).join('~');
}

/** When an attempt's entry lapses: some weeks after it can no longer change, for its released results. */
export function heldUntil(end: number | null, now: number): number {
	return end === null ? now + KEEP_WITHOUT_END_MS : Math.max(end, now) + KEEP_AFTER_END_MS;
}

type CookieJar = {
	get(name: string): string | undefined;
	getAll(): { name: string; value: string }[];
	set(name: string, value: string, options: CookieOptions): void;
	delete(name: string, options: { path: '/' }): void;
};

/** The token this device holds for the attempt, from the one cookie (or an older per-attempt cookie). */
export function heldToken(cookies: Pick<CookieJar, 'get'>, attemptId: string, now = Date.now()): string | undefined {
	const held = readHeldAttempts(cookies.get(ATTEMPTS_COOKIE), now).find((h) => h.id === attemptId);
	return held?.token ?? cookies.get(attemptCookieName(attemptId));
}

/**
 * Adds an attempt to the device's cookie: the same id replaces its entry, lapsed ones go, and past
 * MAX_ATTEMPTS_KEPT the oldest go. Per-attempt cookies left by earlier versions move into it and are deleted.
 */
export function holdAttempt(cookies: CookieJar, url: URL, attempt: HeldAttempt, now = Date.now()): void {
	const legacy = cookies.getAll().filter((c) => c.name.startsWith(LEGACY_PREFIX));
	const moved = legacy.flatMap((c) => {
		const id = c.name.slice(LEGACY_PREFIX.length);
		return /^[0-9a-f-]{36}$/.test(id) && TOKEN.test(c.value) ? [{ id, token: c.value, expiresAt: heldUntil(null, now) }] : [];
	});
	for (const c of legacy) cookies.delete(c.name, { path: '/' });
	const held = [...moved, ...readHeldAttempts(cookies.get(ATTEMPTS_COOKIE), now)].filter((h) => h.id !== attempt.id);
	const kept = [...held, attempt].slice(-MAX_ATTEMPTS_KEPT);
	const longest = Math.max(...kept.map((h) => h.expiresAt));
	cookies.set(ATTEMPTS_COOKIE, writeHeldAttempts(kept), cookieOptions(url, Math.ceil((longest - now) / 1000)));
}

/** 32 random bytes, base64url, and the SHA-256 (hex) the database keeps instead. */
export function newAttemptToken(): { token: string; hash: string } {
	const token = randomBytes(32).toString('base64url');
	return { token, hash: hashAttemptToken(token) };
}

export function hashAttemptToken(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}

/** Whether the token is the one whose hash is stored, compared in constant time. */
export function tokenMatches(token: string | undefined, storedHash: string | undefined): boolean {
	// A missing attempt or token is still compared (against a dummy), so it costs what a wrong token costs.
	const wellFormed = token !== undefined && TOKEN.test(token);
	const expected = Buffer.from(storedHash ?? '', 'hex');
	const given = createHash('sha256').update(wellFormed ? token : '').digest();
	const same = timingSafeEqual(expected.length === given.length ? expected : given, given);
	return same && wellFormed && expected.length === given.length;
}

export function newDeviceId(): string {
	return randomBytes(16).toString('base64url');
}

export function isDeviceId(value: string | undefined): value is string {
	return value !== undefined && DEVICE_ID.test(value);
}

type CookieOptions = { path: '/'; httpOnly: true; sameSite: 'lax'; secure: boolean; maxAge: number };

function cookieOptions(url: URL, maxAge: number): CookieOptions {
	// Secure whenever the site is served over https; on plain http (a laptop in a classroom, the tests) a
	// Secure cookie would never come back.
	return { path: '/', httpOnly: true, sameSite: 'lax', secure: url.protocol === 'https:', maxAge };
}

export function deviceCookieOptions(url: URL): CookieOptions {
	return cookieOptions(url, YEAR_SECONDS);
}
