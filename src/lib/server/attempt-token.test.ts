import { describe, expect, it } from 'vitest';
import {
	ATTEMPTS_COOKIE,
	attemptCookieName,
	deviceCookieOptions,
	heldToken,
	heldUntil,
	holdAttempt,
	MAX_ATTEMPTS_KEPT,
	readHeldAttempts,
	hashAttemptToken,
	isDeviceId,
	newAttemptToken,
	newDeviceId,
	tokenMatches
} from './attempt-token';

describe('attempt tokens', () => {
	it('are 32 random bytes in base64url, kept as their SHA-256 in hex', () => {
		const { token, hash } = newAttemptToken();
		expect(Buffer.from(token, 'base64url')).toHaveLength(32);
		expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
		expect(hash).toMatch(/^[0-9a-f]{64}$/);
		expect(hash).toBe(hashAttemptToken(token));
		expect(hash).not.toContain(token);
		expect(newAttemptToken().token).not.toBe(token);
	});

	it('match only their own hash', () => {
		const a = newAttemptToken();
		const b = newAttemptToken();
		expect(tokenMatches(a.token, a.hash)).toBe(true);
		expect(tokenMatches(b.token, a.hash)).toBe(false);
		expect(tokenMatches(undefined, a.hash)).toBe(false);
		expect(tokenMatches('', a.hash)).toBe(false);
		expect(tokenMatches(a.token, undefined)).toBe(false);
		expect(tokenMatches(a.token, 'not hex')).toBe(false);
		expect(tokenMatches(a.token + 'x', a.hash)).toBe(false);
		// The hash itself is not a token.
		expect(tokenMatches(a.hash, a.hash)).toBe(false);
	});

	it('travel in one httpOnly, SameSite=Lax cookie for the whole site, Secure over https', () => {
		const jar = cookieJar();
		const id = '0b6f2a52-8f1e-4c2b-9a53-2f7f3d5b1c10';
		const { token } = newAttemptToken();
		holdAttempt(jar, new URL('https://sourced.example/join/X'), { id, token, expiresAt: NOW + DAY }, NOW);
		expect(jar.options.get(ATTEMPTS_COOKIE)).toEqual({ path: '/', httpOnly: true, sameSite: 'lax', secure: true, maxAge: 24 * 60 * 60 });
		expect(heldToken(jar, id, NOW)).toBe(token);
		holdAttempt(jar, new URL('http://127.0.0.1:3000/join/X'), { id, token, expiresAt: NOW + DAY }, NOW);
		expect(jar.options.get(ATTEMPTS_COOKIE)?.secure).toBe(false);
		expect(deviceCookieOptions(new URL('https://sourced.example/')).maxAge).toBe(365 * 24 * 60 * 60);
	});
});

const NOW = Date.UTC(2026, 10, 27, 9, 0);
const DAY = 24 * 3600_000;

/** SvelteKit's cookies, as far as the attempt cookie uses them, over a plain map. */
function cookieJar(initial: Record<string, string> = {}) {
	const values = new Map(Object.entries(initial));
	const options = new Map<string, { maxAge: number; secure: boolean; path: string; httpOnly: boolean; sameSite: string }>();
	return {
		values,
		options,
		get: (name: string) => values.get(name),
		getAll: () => [...values].map(([name, value]) => ({ name, value })),
		set: (name: string, value: string, o: { maxAge: number; secure: boolean; path: string; httpOnly: boolean; sameSite: string }) => {
			values.set(name, value);
			options.set(name, o);
		},
		delete: (name: string) => void values.delete(name)
	};
}

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('the device’s attempts cookie', () => {
	it('stays one cookie under 4 kB however many attempts the device starts, keeping the newest', () => {
		const jar = cookieJar();
		const tokens: string[] = [];
		for (let i = 0; i < 300; i++) {
			const { token } = newAttemptToken();
			tokens.push(token);
			holdAttempt(jar, new URL('http://school.example/'), { id: uuid(i), token, expiresAt: heldUntil(NOW + 7 * DAY, NOW) }, NOW);
		}
		expect([...jar.values.keys()]).toEqual([ATTEMPTS_COOKIE]);
		const value = jar.values.get(ATTEMPTS_COOKIE)!;
		expect(ATTEMPTS_COOKIE.length + 1 + value.length).toBeLessThan(4096);
		expect(readHeldAttempts(value, NOW)).toHaveLength(MAX_ATTEMPTS_KEPT);
		expect(heldToken(jar, uuid(299), NOW)).toBe(tokens[299]);
		expect(heldToken(jar, uuid(300 - MAX_ATTEMPTS_KEPT), NOW)).toBe(tokens[300 - MAX_ATTEMPTS_KEPT]);
		expect(heldToken(jar, uuid(0), NOW)).toBeUndefined();
	});

	it('expires with the attempt: an entry lapses some weeks after its assignment closes, the cookie with the last entry', () => {
		const jar = cookieJar();
		const close = NOW + 2 * DAY;
		holdAttempt(jar, new URL('http://school.example/'), { id: uuid(1), token: newAttemptToken().token, expiresAt: heldUntil(close, NOW) }, NOW);
		const maxAge = jar.options.get(ATTEMPTS_COOKIE)!.maxAge;
		expect(maxAge * 1000).toBe(heldUntil(close, NOW) - NOW);
		expect(maxAge).toBeLessThan(90 * 24 * 3600);
		expect(heldToken(jar, uuid(1), heldUntil(close, NOW) - 1)).toBeDefined();
		expect(heldToken(jar, uuid(1), heldUntil(close, NOW))).toBeUndefined();
		// A later join drops the lapsed entry.
		const later = heldUntil(close, NOW) + 1;
		holdAttempt(jar, new URL('http://school.example/'), { id: uuid(2), token: newAttemptToken().token, expiresAt: later + DAY }, later);
		expect(readHeldAttempts(jar.values.get(ATTEMPTS_COOKIE), 0).map((h) => h.id)).toEqual([uuid(2)]);
	});

	it('takes in the per-attempt cookies of earlier versions and deletes them; ignores what is malformed', () => {
		const old = newAttemptToken().token;
		const jar = cookieJar({ [attemptCookieName(uuid(7))]: old, [attemptCookieName('../x')]: 'junk', [ATTEMPTS_COOKIE]: 'junk~also.junk' });
		expect(heldToken(jar, uuid(7), NOW)).toBe(old);
		holdAttempt(jar, new URL('http://school.example/'), { id: uuid(8), token: newAttemptToken().token, expiresAt: NOW + DAY }, NOW);
		expect([...jar.values.keys()]).toEqual([ATTEMPTS_COOKIE]);
		expect(readHeldAttempts(jar.values.get(ATTEMPTS_COOKIE), NOW).map((h) => h.id)).toEqual([uuid(7), uuid(8)]);
		expect(heldToken(jar, uuid(7), NOW)).toBe(old);
	});
});

describe('device ids', () => {
	it('are random and recognised only in their own form', () => {
		const id = newDeviceId();
		expect(isDeviceId(id)).toBe(true);
		expect(newDeviceId()).not.toBe(id);
		expect(isDeviceId(undefined)).toBe(false);
		expect(isDeviceId('x')).toBe(false);
		expect(isDeviceId(id + '; other=1')).toBe(false);
	});
});
