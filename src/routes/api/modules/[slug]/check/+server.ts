import { error, json } from '@sveltejs/kit';
import { readJson } from '$lib/server/http';
import { findModule } from '$lib/server/modules';
import { checkAnswer } from '$lib/server/quiz';
import type { RequestHandler } from './$types';

/** Grades one answer; only now does the browser receive the key, the explanation and its evidence. */
export const POST: RequestHandler = async ({ params, request }) => {
	const module = findModule(params.slug);
	if (!module) error(404, 'There is no module with that name.');
	const checked = checkAnswer(module, await readJson(request));
	if (!checked.ok) error(checked.status, checked.message);
	return json(checked.result, { headers: { 'cache-control': 'no-store' } });
};
