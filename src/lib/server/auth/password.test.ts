import { describe, expect, it } from 'vitest';
import { DUMMY_HASH, hashPassword, passwordProblem, verifyPassword } from './password';

describe('password hashing', () => {
	it('stores scrypt$N$r$p$salt$hash with a 16-byte salt and a 32-byte key', async () => {
		const hash = await hashPassword('correct horse battery');
		const [scheme, n, r, p, salt, key, ...rest] = hash.split('$');
		expect([scheme, n, r, p, rest.length]).toEqual(['scrypt', '32768', '8', '1', 0]);
		expect(Buffer.from(salt!, 'base64')).toHaveLength(16);
		expect(Buffer.from(key!, 'base64')).toHaveLength(32);
		expect(hash).not.toContain('correct horse');
	});

	it('verifies the right password and refuses a wrong one', async () => {
		const hash = await hashPassword('correct horse battery');
		expect(await verifyPassword('correct horse battery', hash)).toBe(true);
		expect(await verifyPassword('correct horse battery ', hash)).toBe(false);
		expect(await verifyPassword('Correct horse battery', hash)).toBe(false);
	});

	it('salts every hash, so one password never hashes the same twice', async () => {
		expect(await hashPassword('correct horse battery')).not.toBe(await hashPassword('correct horse battery'));
	});

	it('accepts the same password typed in another Unicode form', async () => {
		const hash = await hashPassword('caf\u00e9 au lait, please');
		expect(await verifyPassword('cafe\u0301 au lait, please', hash)).toBe(true);
	});

	it('never matches a malformed or hostile stored hash', async () => {
		const hash = await hashPassword('correct horse battery');
		const parts = hash.split('$');
		for (const bad of [
			'',
			'plain',
			parts.slice(0, 5).join('$'),
			['bcrypt', ...parts.slice(1)].join('$'),
			['scrypt', 2 ** 24, ...parts.slice(2)].join('$'),
			['scrypt', 1000, ...parts.slice(2)].join('$'),
			[...parts.slice(0, 5), ''].join('$')
		]) {
			expect(await verifyPassword('correct horse battery', bad), bad).toBe(false);
		}
	});

	it('has a dummy hash that is well formed and matches nothing a person would type', async () => {
		expect(DUMMY_HASH.split('$')).toHaveLength(6);
		expect(await verifyPassword('correct horse battery', DUMMY_HASH)).toBe(false);
	});
});

describe('password policy', () => {
	it('wants 10 to 200 characters, counted as characters rather than bytes', () => {
		expect(passwordProblem('123456789')).toBe('Use at least 10 characters for your password.');
		expect(passwordProblem('1234567890')).toBeNull();
		expect(passwordProblem('x'.repeat(200))).toBeNull();
		expect(passwordProblem('x'.repeat(201))).toBe('Use at most 200 characters for your password.');
		expect(passwordProblem('🔑'.repeat(10))).toBeNull();
		expect(passwordProblem('🔑'.repeat(5))).not.toBeNull();
	});
});
