import { error, fail, redirect } from '@sveltejs/kit';
import { readAccountForm } from '$lib/server/auth/account-form';
import { AFTER_SIGN_IN } from '$lib/server/auth/guard';
import { acceptInvitation, openInvitation } from '$lib/server/auth/invitations';
import { countAgainst, INVITATION_THROTTLE, throttled } from '$lib/server/auth/rate-limit';
import { startSession } from '$lib/server/auth/session';
import { database } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

const NOT_VALID =
	'This invitation link does not work: it may have been used already, withdrawn, or be more than 7 days old. Ask the administrator who sent it for a new one.';
const TAKEN = 'There is already an account for this email on this site. Sign in with it instead.';

/**
 * An invitation link opens a form for the invited email. Links that open nothing (unknown, used,
 * withdrawn or expired) count against the address, so tokens cannot be guessed at speed.
 */
export const load = (async (event) => {
	const db = await database();
	const address = event.getClientAddress();
	const limited = await throttled(db, INVITATION_THROTTLE, address);
	if (limited) error(429, limited.message);
	const invitation = await openInvitation(db, event.params.token);
	if (!invitation) {
		await countAgainst(db, INVITATION_THROTTLE, address);
		error(404, NOT_VALID);
	}
	return { email: invitation.email, signedInAs: event.locals.teacher?.email ?? null };
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const db = await database();
		const address = event.getClientAddress();
		const limited = await throttled(db, INVITATION_THROTTLE, address);
		if (limited) {
			event.setHeaders({ 'retry-after': String(limited.retryAfter) });
			return fail(429, { message: limited.message, name: '', errors: {} });
		}
		const { name, password, errors, ok } = readAccountForm(await event.request.formData(), { email: false });
		if (!ok) {
			await countAgainst(db, INVITATION_THROTTLE, address);
			return fail(400, { message: 'Check the details below.', name, errors });
		}
		const accepted = await acceptInvitation(db, event.params.token, { name, password });
		if (!accepted.ok) {
			await countAgainst(db, INVITATION_THROTTLE, address);
			if (accepted.reason === 'invalid') return fail(410, { message: NOT_VALID, name, errors: {}, gone: true });
			return fail(409, { message: TAKEN, name, errors: {} });
		}
		await startSession(event, db, accepted.teacher.id);
		redirect(303, AFTER_SIGN_IN);
	}
} satisfies Actions;
