import { attemptSummary } from '$lib/server/attempts';
import { attemptRequest, refused, reply } from '../../guard.server';
import type { RequestHandler } from './$types';

/** The attempt's timeline and source map, once the assignment's rule releases its results. */
export const GET: RequestHandler = async (event) => {
	const { db, open } = await attemptRequest(event);
	const summary = await attemptSummary(db, open, Date.now());
	return summary.ok ? reply(summary.result) : refused(summary);
};
