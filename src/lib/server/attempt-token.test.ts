import { describe, expect, it } from 'vitest';
import {
	attemptCookieName,
	attemptCookieOptions,
	deviceCookieOptions,
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

	it('travel in an httpOnly, SameSite=Lax cookie for the whole site, Secure over https', () => {
		expect(attemptCookieName('abc')).toBe('sourced_attempt_abc');
		expect(attemptCookieOptions(new URL('https://sourced.example/join/X'))).toMatchObject({
			path: '/',
			httpOnly: true,
			sameSite: 'lax',
			secure: true
		});
		expect(attemptCookieOptions(new URL('http://127.0.0.1:3000/')).secure).toBe(false);
		expect(deviceCookieOptions(new URL('https://sourced.example/')).maxAge).toBe(365 * 24 * 60 * 60);
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
