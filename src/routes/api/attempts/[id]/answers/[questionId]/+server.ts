import { saveAnswer } from '$lib/server/attempts';
import { readJson } from '$lib/server/http';
import { attemptRequest, refused, reply } from '../../../guard.server';
import type { RequestHandler } from './$types';

/** Saves one answer `{ response, seq }`; graded on the server, with the hints the server counted. */
export const PUT: RequestHandler = async (event) => {
	const { db, open } = await attemptRequest(event);
	const saved = await saveAnswer(db, open, event.params.questionId, await readJson(event.request), Date.now());
	if (!saved.ok) return refused(saved);
	const { ok: _, ...body } = saved;
	return reply(body);
};
