import { takeHint } from '$lib/server/attempts';
import { readJson } from '$lib/server/http';
import { attemptRequest, refused, reply } from '../../../guard.server';
import type { RequestHandler } from './$types';

/** One hint `{ index }`, counted by the server against the question's score. */
export const POST: RequestHandler = async (event) => {
	const { db, open } = await attemptRequest(event);
	const hint = await takeHint(db, open, event.params.questionId, await readJson(event.request), Date.now());
	if (!hint.ok) return refused(hint);
	const { ok: _, ...body } = hint;
	return reply(body);
};
