import { moduleCard } from '$lib/content/summary';
import { assignmentStatus, listAssignments } from '$lib/server/assignments';
import { requireTeacher } from '$lib/server/auth/guard';
import { database } from '$lib/server/db';
import { listAssignableModules, loadVersion } from '$lib/server/modules/store';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals }) => {
	const teacher = requireTeacher(locals);
	const now = Date.now();
	const db = await database();
	const assignments = await listAssignments(db, teacher.id);
	const versions = await Promise.all(assignments.map((a) => loadVersion(db, a.moduleVersionId)));
	// The library: the modules this teacher may assign (the instance's, theirs, and those shared with them).
	const modules = (await listAssignableModules(db, teacher)).map((m) => ({ ...m.latest.module, number: m.latest.number, owner: m.owner, mine: m.mine }));
	return {
		assignments: assignments.map((a, i) => ({
			id: a.id,
			title: a.title,
			code: a.code,
			module: versions[i] ? `${versions[i].title}, version ${versions[i].number}` : a.moduleSlug,
			status: assignmentStatus(a, now),
			attempts: a.attempts,
			submitted: a.submitted
		})),
		modules: modules.map((m) => ({
			...moduleCard(m),
			version: m.number,
			/** Whose it is: null for the built-ins; the teacher's name for a module shared with them. */
			owner: m.mine ? 'you' : (m.owner?.name ?? null)
		}))
	};
}) satisfies PageServerLoad;
