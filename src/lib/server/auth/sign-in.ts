import type { Db } from '$lib/server/db';
import type { Teacher } from '$lib/server/db/schema';
import { DUMMY_HASH, verifyPassword } from './password';
import { isLimited, signInSucceeded, startSignIn } from './rate-limit';
import { findTeacherByEmail, normaliseEmail } from './teachers';

/** One message whether the email has no account or the password is wrong. */
export const NOT_RIGHT = 'Email or password is not right.';
export const PENDING = 'Your request for an account is waiting for an administrator of this site to approve it. Try again once they have.';
export const DISABLED = 'This account has been disabled. Ask an administrator of this site if you need it again.';

export type SignInOutcome =
	| { ok: true; teacher: Teacher }
	| { ok: false; status: 400 | 403 | 429; message: string; retryAfter?: number };

/**
 * Checks an email and password from a client address, within the sign-in throttle. An unknown email
 * costs the same scrypt work as a wrong password and gets the same message, so neither words nor
 * timing tell whether an account exists. Only the right password learns that an account is pending
 * or disabled.
 */
export async function signIn(
	db: Db,
	input: { email: string; password: string; address: string },
	now = Date.now()
): Promise<SignInOutcome> {
	const attempt = { email: normaliseEmail(input.email), address: input.address };
	const pending = await startSignIn(db, attempt, now);
	if (isLimited(pending)) return { ok: false, status: 429, message: pending.message, retryAfter: pending.retryAfter };

	const teacher = await findTeacherByEmail(db, attempt.email);
	const valid = await verifyPassword(input.password, teacher?.password_hash ?? DUMMY_HASH);
	// The attempt is already counted as a failure; only a right password takes that back.
	if (!teacher || !valid) return { ok: false, status: 400, message: NOT_RIGHT };
	await signInSucceeded(db, attempt, pending);
	if (teacher.status === 'pending') return { ok: false, status: 403, message: PENDING };
	if (teacher.status === 'disabled') return { ok: false, status: 403, message: DISABLED };
	return { ok: true, teacher };
}
