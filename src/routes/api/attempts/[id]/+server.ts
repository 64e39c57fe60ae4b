import { savedState } from '$lib/server/attempts';
import { attemptRequest, reply } from '../guard.server';
import type { RequestHandler } from './$types';

/** The attempt's saved answers, hints and released results, for resuming it. */
export const GET: RequestHandler = async (event) => {
	const { db, open } = await attemptRequest(event);
	return reply(await savedState(db, open, Date.now()));
};
