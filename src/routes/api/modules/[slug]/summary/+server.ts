import { error, json } from '@sveltejs/kit';
import { readJson } from '$lib/server/http';
import { findModule } from '$lib/server/modules';
import { roundSummary } from '$lib/server/quiz';
import type { RequestHandler } from './$types';

/** The told/happened picture and the source map of a finished round's questions. */
export const POST: RequestHandler = async ({ params, request }) => {
	const module = findModule(params.slug);
	if (!module) error(404, 'There is no module with that name.');
	const summary = roundSummary(module, await readJson(request));
	if (!summary.ok) error(summary.status, summary.message);
	return json(summary.result, { headers: { 'cache-control': 'no-store' } });
};
