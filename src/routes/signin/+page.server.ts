import { fail, redirect } from '@sveltejs/kit';
import { safeNext } from '$lib/server/auth/guard';
import { DUMMY_HASH, verifyPassword } from '$lib/server/auth/password';
import { signInSucceeded, startSignIn, TOO_MANY_ATTEMPTS } from '$lib/server/auth/rate-limit';
import { createSession, invalidateSession, SESSION_COOKIE, setSessionCookie } from '$lib/server/auth/session';
import { findTeacherByEmail, normaliseEmail } from '$lib/server/auth/teachers';
import { database } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

/** Problems with what was typed, by field; only fields with a problem are present. */
type FieldErrors = { email?: string; password?: string };

// One message whether the email has no account or the password is wrong.
const NOT_RIGHT = 'Email or password is not right.';

export const load = (({ locals, url }) => {
	if (locals.teacher) redirect(303, safeNext(url.searchParams.get('next')));
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const field = (key: string) => {
			const value = form.get(key);
			return typeof value === 'string' ? value : '';
		};
		const email = normaliseEmail(field('email'));
		const password = field('password');

		const errors: FieldErrors = {};
		if (!email) errors.email = 'Enter your email address.';
		if (!password) errors.password = 'Enter your password.';
		if (errors.email || errors.password) return fail(400, { message: 'Enter your email and password.', email, errors });

		const db = await database();
		const attempt = { email, address: event.getClientAddress() };
		const pending = await startSignIn(db, attempt);
		if (pending === 'limited') return fail(429, { message: TOO_MANY_ATTEMPTS, email, errors });

		const teacher = await findTeacherByEmail(db, email);
		// Verify against a dummy hash when there is no account, so both refusals take as long.
		const valid = await verifyPassword(password, teacher?.password_hash ?? DUMMY_HASH);
		// The attempt is already counted as a failure; only a right password takes that back.
		if (!teacher || !valid) {
			const notRight: FieldErrors = { email: NOT_RIGHT, password: NOT_RIGHT };
			return fail(400, { message: NOT_RIGHT, email, errors: notRight });
		}

		await signInSucceeded(db, attempt, pending);
		// A new token on every sign-in: a token planted before sign-in never becomes a session.
		const previous = event.cookies.get(SESSION_COOKIE);
		if (previous) await invalidateSession(db, previous);
		const session = await createSession(db, teacher.id);
		setSessionCookie(event, session.token, session.expiresAt);
		redirect(303, safeNext(event.url.searchParams.get('next')));
	}
} satisfies Actions;
