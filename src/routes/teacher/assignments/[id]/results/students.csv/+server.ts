import { studentsTable } from '$lib/server/results';
import { isTimeZone } from '$lib/server/validate';
import { csvResponse } from '../csv.server';
import { loadResults } from '../results.server';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params, url }) => {
	const r = await loadResults(locals, params.id, url.searchParams);
	// The teacher's zone, which the results page adds to the link once it runs; UTC without it.
	const tz = url.searchParams.get('tz') ?? '';
	const zone = isTimeZone(tz) ? tz : 'UTC';
	return csvResponse(r.assignment.title, 'students', studentsTable(r.students, r.assignment.skills, r.analysis.questions, zone, r.version));
};
