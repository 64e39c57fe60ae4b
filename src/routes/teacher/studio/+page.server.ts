import { requireTeacher } from '$lib/server/auth/guard';
import { listMine } from './studio.server';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals }) => {
	const teacher = requireTeacher(locals);
	return {
		modules: (await listMine(teacher.id)).map((m) => ({
			id: m.id,
			title: m.title,
			visibility: m.visibility,
			latest: m.latest?.number ?? null,
			// The draft has changes not yet published.
			changed: m.unpublishedChanges,
			updatedAt: m.updatedAt
		}))
	};
}) satisfies PageServerLoad;
