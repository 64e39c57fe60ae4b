import { describeModule } from '$lib/content/summary';
import { assignmentStatus, listAssignments } from '$lib/server/assignments';
import { requireTeacher } from '$lib/server/auth/guard';
import { database } from '$lib/server/db';
import { findModule, modules } from '$lib/server/modules';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals }) => {
	const teacher = requireTeacher(locals);
	const now = Date.now();
	const assignments = await listAssignments(await database(), teacher.id);
	return {
		assignments: assignments.map((a) => ({
			id: a.id,
			title: a.title,
			code: a.code,
			module: findModule(a.moduleSlug)?.title ?? a.moduleSlug,
			status: assignmentStatus(a, now),
			attempts: a.attempts,
			submitted: a.submitted
		})),
		modules: modules.map((m) => {
			const d = describeModule(m);
			return {
				slug: m.slug,
				title: m.title,
				summary: m.summary,
				publisher: m.story.publisher,
				published: m.story.published,
				publishedISO: m.story.publishedISO,
				questions: d.questions,
				perSkill: d.perSkill,
				minutes: d.minutes
			};
		})
	};
}) satisfies PageServerLoad;
