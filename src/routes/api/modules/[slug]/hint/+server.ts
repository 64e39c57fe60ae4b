import { error, json } from '@sveltejs/kit';
import { readJson } from '$lib/server/http';
import { findModule } from '$lib/server/modules';
import { hintFor } from '$lib/server/quiz';
import type { RequestHandler } from './$types';

/** One hint, only when asked for. */
export const POST: RequestHandler = async ({ params, request }) => {
	const module = findModule(params.slug);
	if (!module) error(404, 'There is no module with that name.');
	const hint = hintFor(module, await readJson(request));
	if (!hint.ok) error(hint.status, hint.message);
	return json(hint.result, { headers: { 'cache-control': 'no-store' } });
};
