import { error } from '@sveltejs/kit';
import { describeModule } from '$lib/content/summary';
import { findModule } from '$lib/server/modules';
import type { PageServerLoad } from './$types';

// Reading needs no JavaScript: the page ships none.
export const csr = false;

export const load = (({ params }) => {
	const module = findModule(params.slug);
	if (!module) error(404, 'There is no module with that name.');
	const d = describeModule(module);
	// The story and counts only: questions, keys and explanations stay on the server.
	return {
		slug: module.slug,
		title: module.title,
		summary: module.summary,
		story: module.story,
		questions: d.questions,
		perSkill: d.perSkill,
		minutes: d.minutes
	};
}) satisfies PageServerLoad;
