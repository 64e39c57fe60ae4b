import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { PASSWORD_MAX, PASSWORD_MIN } from '$lib/account-rules';
import { isCommonPassword } from './common-passwords';

export { PASSWORD_MAX, PASSWORD_MIN };

// OWASP's scrypt baseline; 128 * N * r bytes is exactly Node's default maxmem of 32 MiB, which it
// refuses, so the limit is raised with room to spare.
const N = 2 ** 15;
const R = 8;
const P = 1;
const KEY_BYTES = 32;
const SALT_BYTES = 16;
const MAXMEM = 256 * N * R;

/**
 * A hash of a password nobody knows, verified when the email has no account so that a wrong email
 * takes as long to refuse as a wrong password.
 */
export const DUMMY_HASH = 'scrypt$32768$8$1$A1Zx2KKS9ljdvVkOxLjVxA==$S1gPt/qfVo8QLhPK8htvI4fMjivPUH2h5Xjt9g7UPlI=';

/**
 * Why a new password cannot be used, or null when it can. Lengths count characters, not bytes. Refused
 * as easy to guess: only spaces, one character repeated, and the commonly used passwords of
 * `common-passwords.ts` (NIST SP 800-63B asks for exactly such a list check rather than rules about
 * character classes).
 */
export function passwordProblem(password: string): string | null {
	const chars = [...password];
	if (chars.length === 0) return 'Enter a password.';
	if (password.trim() === '') return 'A password of only spaces is easy to guess. Choose a few words you will remember.';
	if (new Set(chars).size === 1) return 'A password of one character repeated is easy to guess. Choose a few words you will remember.';
	if (chars.length < PASSWORD_MIN) return `Use at least ${PASSWORD_MIN} characters for your password.`;
	if (chars.length > PASSWORD_MAX) return `Use at most ${PASSWORD_MAX} characters for your password.`;
	if (isCommonPassword(password)) {
		return 'That password is one of the most commonly used, so it is easy to guess. Choose another: a few unrelated words make a strong one.';
	}
	return null;
}

// Bounds keep a damaged or tampered hash from asking for gigabytes of memory.
function within(value: number | undefined, min: number, max: number): value is number {
	return Number.isInteger(value) && value! >= min && value! <= max;
}

function derive(password: string, salt: Buffer, keyBytes: number, options: ScryptOptions): Promise<Buffer> {
	// NFKC, so the same password typed on another keyboard or system gives the same bytes.
	const input = Buffer.from(password.normalize('NFKC'), 'utf8');
	return new Promise((resolve, reject) => {
		scrypt(input, salt, keyBytes, options, (error, key) => (error ? reject(error) : resolve(key)));
	});
}

/** Hashes a password with a fresh salt, as `scrypt$N$r$p$salt$hash` (salt and hash in base64). */
export async function hashPassword(password: string): Promise<string> {
	const salt = randomBytes(SALT_BYTES);
	const key = await derive(password, salt, KEY_BYTES, { N, r: R, p: P, maxmem: MAXMEM });
	return ['scrypt', N, R, P, salt.toString('base64'), key.toString('base64')].join('$');
}

/**
 * True when the password matches the stored hash. The parameters are read from the hash, so hashes
 * made with other costs keep working; a malformed hash never matches.
 */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
	const parts = stored.split('$');
	if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
	const [n, r, p] = parts.slice(1, 4).map(Number);
	const salt = Buffer.from(parts[4]!, 'base64');
	const expected = Buffer.from(parts[5]!, 'base64');
	if (!within(n, 2, 2 ** 17) || (n & (n - 1)) !== 0 || !within(r, 1, 16) || !within(p, 1, 16)) return false;
	if (salt.length === 0 || expected.length < 16) return false;
	const key = await derive(password, salt, expected.length, { N: n, r, p, maxmem: 256 * n * r });
	return timingSafeEqual(key, expected);
}
