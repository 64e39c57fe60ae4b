import { error } from '@sveltejs/kit';
import { submitAttempt } from '$lib/server/attempts';
import { readJson } from '$lib/server/http';
import { attemptRequest, reply } from '../../guard.server';
import type { RequestHandler } from './$types';

/** Submits the attempt; idempotent. The body is `{}`, as JSON, so no cross-site form can submit. */
export const POST: RequestHandler = async (event) => {
	const { db, open } = await attemptRequest(event);
	const body = await readJson(event.request);
	if (typeof body !== 'object' || body === null || Array.isArray(body)) error(400, 'Send an empty JSON object to submit.');
	return reply(await submitAttempt(db, open, Date.now()));
};
