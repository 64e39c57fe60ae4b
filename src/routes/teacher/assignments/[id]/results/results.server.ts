import { error } from '@sveltejs/kit';
import { attemptsWithAnswers } from '$lib/server/attempts';
import { assignmentVersion } from '$lib/server/assignments';
import { itemAnalysis, readItemQuery, sortItems, studentRows } from '$lib/server/results';
import { ownAssignment } from '../assignment.server';

/**
 * Everything the results page, its polling endpoint and the exports read: the signed-in teacher's
 * assignment (another teacher's is a 404, as in `ownAssignment`), its students and its item analysis.
 */
export async function loadResults(locals: App.Locals, id: string, query: URLSearchParams) {
	const { db, assignment } = await ownAssignment(locals, id);
	// Every attempt at an assignment answers the version it is pinned to.
	const version = await assignmentVersion(db, assignment);
	if (!version) error(404, 'The module of this assignment is no longer in the library.');
	const module = version.module;
	const attempts = await attemptsWithAnswers(db, assignment.id);
	const analysis = itemAnalysis(module, assignment, attempts);
	const { sort, skill } = readItemQuery(query, assignment.skills);
	return {
		assignment,
		version: version.number,
		students: studentRows(module, assignment, attempts),
		analysis,
		items: sortItems(analysis.questions, sort, skill),
		sort,
		skill,
		updatedAt: Date.now()
	};
}

/** The page's and the endpoint's view: only what the teacher's page shows. */
export async function resultsView(locals: App.Locals, id: string, query: URLSearchParams) {
	const r = await loadResults(locals, id, query);
	return {
		assignment: { id: r.assignment.id, title: r.assignment.title, skills: r.assignment.skills, roster: r.assignment.classId !== null, version: r.version },
		students: r.students,
		items: r.items,
		skillAverages: r.analysis.skills,
		sort: r.sort,
		skill: r.skill,
		updatedAt: r.updatedAt
	};
}

export type ResultsView = Awaited<ReturnType<typeof resultsView>>;
