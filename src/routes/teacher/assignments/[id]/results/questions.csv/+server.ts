import { questionsTable } from '$lib/server/results';
import { csvResponse } from '../csv.server';
import { loadResults } from '../results.server';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params, url }) => {
	const r = await loadResults(locals, params.id, url.searchParams);
	return csvResponse(r.assignment.title, 'questions', questionsTable(r.analysis.questions, r.version));
};
