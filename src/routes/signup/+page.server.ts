import { fail, redirect } from '@sveltejs/kit';
import { readAccountForm } from '$lib/server/auth/account-form';
import { AFTER_SIGN_IN } from '$lib/server/auth/guard';
import { SIGN_UP_THROTTLE, takeFromThrottle } from '$lib/server/auth/rate-limit';
import { startSession } from '$lib/server/auth/session';
import { createFounder, isSetUp, requestAccess } from '$lib/server/auth/teachers';
import { database } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

/**
 * One page, two forms. On a new instance it makes the first account, which becomes the administrator.
 * Once there is one, open sign-up is over: teachers join by an administrator's invitation link, or ask
 * for access here and sign in once an administrator approves.
 */
export const load = (async ({ locals }) => {
	if (locals.teacher) redirect(303, AFTER_SIGN_IN);
	return { setUp: await isSetUp(await database()) };
}) satisfies PageServerLoad;

const ALREADY_SET_UP =
	'This site already has an administrator, so accounts are now by invitation. Ask an administrator for an invitation link, or request access below.';
const NOT_SET_UP = 'This site has no administrator yet to approve a request. Create the first account instead.';
/**
 * Said after every valid request, whether or not the email already has an account, so that the answer
 * tells nobody which emails do.
 */
const REQUESTED =
	'Request sent. An administrator of this site will review it; once they approve it, sign in with this email and password. If you already have an account here, just sign in.';

export const actions = {
	default: async (event) => {
		const form = await event.request.formData();
		const intent = form.get('intent') === 'request' ? 'request' : 'setup';
		const { name, email, password, errors, ok } = readAccountForm(form);
		if (!ok) return fail(400, { intent, message: 'Check the details below.', name, email, errors });

		const db = await database();
		const limited = await takeFromThrottle(db, SIGN_UP_THROTTLE, event.getClientAddress());
		if (limited) {
			event.setHeaders({ 'retry-after': String(limited.retryAfter) });
			return fail(429, { intent, message: limited.message, name, email, errors: {} });
		}

		if (intent === 'request') {
			if (!(await isSetUp(db))) return fail(409, { intent: 'setup' as const, message: NOT_SET_UP, name, email, errors: {} });
			await requestAccess(db, { name, email, password });
			return { intent, requested: REQUESTED };
		}

		const created = await createFounder(db, { name, email, password });
		if (!created.ok) return fail(409, { intent: 'request' as const, message: ALREADY_SET_UP, name, email, errors: {} });
		await startSession(event, db, created.teacher.id);
		redirect(303, AFTER_SIGN_IN);
	}
} satisfies Actions;
