import { resultsView } from './results.server';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, params, url }) => resultsView(locals, params.id, url.searchParams)) satisfies PageServerLoad;
