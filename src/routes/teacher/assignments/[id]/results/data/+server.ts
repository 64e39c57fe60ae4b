import { json } from '@sveltejs/kit';
import { resultsView } from '../results.server';
import type { RequestHandler } from './$types';

/** What the results page polls: the same view as the page, never cached. */
export const GET: RequestHandler = async ({ locals, params, url }) =>
	json(await resultsView(locals, params.id, url.searchParams), { headers: { 'cache-control': 'no-store' } });
