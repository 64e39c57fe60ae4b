import { fail, redirect } from '@sveltejs/kit';
import { safeNext } from '$lib/server/auth/guard';
import { startSession } from '$lib/server/auth/session';
import { NOT_RIGHT, signIn } from '$lib/server/auth/sign-in';
import { normaliseEmail } from '$lib/server/auth/teachers';
import { database } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

/** Problems with what was typed, by field; only fields with a problem are present. */
type FieldErrors = { email?: string; password?: string };

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
		const outcome = await signIn(db, { email, password, address: event.getClientAddress() });
		if (!outcome.ok) {
			if (outcome.retryAfter) event.setHeaders({ 'retry-after': String(outcome.retryAfter) });
			const both: FieldErrors = outcome.message === NOT_RIGHT ? { email: NOT_RIGHT, password: NOT_RIGHT } : {};
			return fail(outcome.status, { message: outcome.message, email, errors: both });
		}

		await startSession(event, db, outcome.teacher.id);
		redirect(303, safeNext(event.url.searchParams.get('next')));
	}
} satisfies Actions;
