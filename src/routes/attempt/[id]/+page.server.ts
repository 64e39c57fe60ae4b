import { error } from '@sveltejs/kit';
import { heldToken } from '$lib/server/attempt-token';
import { attemptPage, NOT_OPEN_HERE, openAttempt } from '$lib/server/attempts';
import { database } from '$lib/server/db';
import type { PageServerLoad } from './$types';

export const load = (async ({ params, cookies, setHeaders, locals }) => {
	const db = await database();
	const open = await openAttempt(db, params.id, heldToken(cookies, params.id), locals.student?.id ?? null);
	if (!open) error(404, NOT_OPEN_HERE);
	setHeaders({ 'cache-control': 'no-store' });
	// Public parts of the questions only; keys, explanations and hints follow the assignment's rules.
	return attemptPage(db, open, Date.now());
}) satisfies PageServerLoad;
