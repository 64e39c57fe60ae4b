import { describe, expect, it } from 'vitest';
import { commonPasswords, isCommonPassword, repeatedUnit } from './common-passwords';
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
	it('wants 12 to 200 characters, counted as characters rather than bytes', () => {
		expect(passwordProblem('')).toBe('Enter a password.');
		expect(passwordProblem('kettle drum')).toBe('Use at least 12 characters for your password.');
		expect(passwordProblem('kettle drums')).toBeNull();
		expect(passwordProblem('kettle drums '.repeat(15).slice(0, 200))).toBeNull();
		expect(passwordProblem('kettle drums '.repeat(16).slice(0, 201))).toBe('Use at most 200 characters for your password.');
		expect(passwordProblem('🔑🌊🦉🍐🎻🧭🪁🌵🛶🧲🪴🎲')).toBeNull();
		expect(passwordProblem('🔑🌊🦉🍐🎻🧭')).toBe('Use at least 12 characters for your password.');
	});

	it('refuses only spaces, and one character repeated, at any length', () => {
		for (const blank of [' '.repeat(10), ' '.repeat(12), '\t \n'.repeat(8), '\u00a0'.repeat(20)]) {
			expect(passwordProblem(blank), JSON.stringify(blank)).toBe(
				'A password of only spaces is easy to guess. Choose a few words you will remember.'
			);
		}
		for (const same of ['a'.repeat(12), '1'.repeat(40), '🔑'.repeat(15), 'x'.repeat(5)]) {
			expect(passwordProblem(same), same).toBe('A password of one character repeated is easy to guess. Choose a few words you will remember.');
		}
	});

	it('refuses commonly used passwords, as people type them, with a message that says why', () => {
		const common =
			'That password is one of the most commonly used, so it is easy to guess. Choose another: a few unrelated words make a strong one.';
		for (const password of [
			'1234567890',
			'password12',
			'qwertyuiop12',
			'123456789012',
			'1qaz2wsx3edc',
			'iloveyou2024',
			'Password2024!',
			'PASSWORD 1234',
			'iloveyou 123',
			'dragon dragon',
			'sunshine sunshine',
			'abcabcabcabc',
			'121212121212',
			'administrator'
		]) {
			const problem = passwordProblem(password);
			expect(problem === common || problem === 'Use at least 12 characters for your password.', password).toBe(true);
			expect(isCommonPassword(password), password).toBe(true);
		}
		for (const password of ['kettle drums rain', 'analytical engine', 'a long enough password', 'Grace Hopper rocks']) {
			expect(passwordProblem(password), password).toBeNull();
		}
	});
});

describe('the common password list', () => {
	it('is a maintained list of tens of thousands, not a hand-typed few', () => {
		const list = commonPasswords();
		expect(list.size).toBeGreaterThanOrEqual(10_000);
		expect(list.size).toBe(49_233);
		for (const known of ['123456', 'password', 'qwerty', 'letmein', 'trustno1']) expect(list.has(known), known).toBe(true);
	});

	it('finds the unit a text repeats', () => {
		expect(repeatedUnit('abcabcabc')).toBe('abc');
		expect(repeatedUnit('abcabcab')).toBe('abcabcab');
		expect(repeatedUnit('🔑🌊🔑🌊')).toBe('🔑🌊');
	});
});
