import { redirect } from '@sveltejs/kit';
import { deleteSessionCookie, invalidateSession, SESSION_COOKIE } from '$lib/server/auth/session';
import { database } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

// Signing out changes state, so it is a POST from the header's form; a GET only goes home.
export const load = (() => {
	redirect(303, '/');
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const token = event.cookies.get(SESSION_COOKIE);
		if (token) await invalidateSession(await database(), token);
		deleteSessionCookie(event);
		redirect(303, '/');
	}
} satisfies Actions;
