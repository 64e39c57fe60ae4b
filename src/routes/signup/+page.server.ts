import { fail, redirect } from '@sveltejs/kit';
import { AFTER_SIGN_IN } from '$lib/server/auth/guard';
import { passwordProblem } from '$lib/server/auth/password';
import { createSession, invalidateSession, SESSION_COOKIE, setSessionCookie } from '$lib/server/auth/session';
import { createTeacher, emailProblem, nameProblem, normaliseEmail } from '$lib/server/auth/teachers';
import { database } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

/** Problems with what was typed, by field; only fields with a problem are present. */
type FieldErrors = { name?: string; email?: string; password?: string };

const TAKEN = 'We could not create an account with that email. If you already have one, sign in.';

export const load = (({ locals }) => {
	if (locals.teacher) redirect(303, AFTER_SIGN_IN);
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const field = (key: string) => {
			const value = form.get(key);
			return typeof value === 'string' ? value : '';
		};
		const name = field('name').trim();
		const email = normaliseEmail(field('email'));
		const password = field('password');

		const errors: FieldErrors = {};
		const nameError = nameProblem(name);
		const emailError = emailProblem(email);
		const passwordError = passwordProblem(password);
		if (nameError) errors.name = nameError;
		if (emailError) errors.email = emailError;
		if (passwordError) errors.password = passwordError;
		if (nameError || emailError || passwordError) {
			return fail(400, { message: 'Check the details below.', name, email, errors });
		}

		const db = await database();
		const created = await createTeacher(db, { name, email, password });
		if (!created.ok) {
			const taken: FieldErrors = { email: TAKEN };
			return fail(400, { message: TAKEN, name, email, errors: taken });
		}
		const previous = event.cookies.get(SESSION_COOKIE);
		if (previous) await invalidateSession(db, previous);
		const session = await createSession(db, created.teacher.id);
		setSessionCookie(event, session.token, session.expiresAt);
		redirect(303, AFTER_SIGN_IN);
	}
} satisfies Actions;
