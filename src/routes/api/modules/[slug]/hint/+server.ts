import { error, json } from '@sveltejs/kit';
import { readJson } from '$lib/server/http';
import { hintFor } from '$lib/server/quiz';
import { practiceModule } from '../practice.server';
import type { RequestHandler } from './$types';

/** One hint, only when asked for. */
export const POST: RequestHandler = async (event) => {
	const module = await practiceModule(event);
	const hint = hintFor(module, await readJson(event.request));
	if (!hint.ok) error(hint.status, hint.message);
	return json(hint.result, { headers: { 'cache-control': 'no-store' } });
};
