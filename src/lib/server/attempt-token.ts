import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * A student has no account: holding an attempt's token is what makes it theirs. The token lives only in
 * an httpOnly cookie on the device that started the attempt; the database keeps its SHA-256, so a copy
 * of the database opens no attempt.
 */

/** The cookie counting a device's attempts at an assignment. */
export const DEVICE_COOKIE = 'sourced_device';
const DEVICE_ID = /^[A-Za-z0-9_-]{22}$/;
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

const YEAR_SECONDS = 365 * 24 * 60 * 60;
/** Long enough to come back for results released when an assignment closes, weeks later. */
const ATTEMPT_COOKIE_SECONDS = 180 * 24 * 60 * 60;

export function attemptCookieName(attemptId: string): string {
	return `sourced_attempt_${attemptId}`;
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

export function attemptCookieOptions(url: URL): CookieOptions {
	return cookieOptions(url, ATTEMPT_COOKIE_SECONDS);
}

export function deviceCookieOptions(url: URL): CookieOptions {
	return cookieOptions(url, YEAR_SECONDS);
}
