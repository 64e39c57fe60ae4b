import { error, json } from '@sveltejs/kit';
import { readJson } from '$lib/server/http';
import { roundSummary } from '$lib/server/quiz';
import { practiceModule } from '../practice.server';
import type { RequestHandler } from './$types';

/** The told/happened picture and the source map of a finished round's questions. */
export const POST: RequestHandler = async (event) => {
	const module = await practiceModule(event);
	const summary = roundSummary(module, await readJson(event.request));
	if (!summary.ok) error(summary.status, summary.message);
	return json(summary.result, { headers: { 'cache-control': 'no-store' } });
};
