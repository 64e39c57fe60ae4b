import { error } from '@sveltejs/kit';
import { findModule } from '$lib/server/modules';
import { publicQuestion } from '$lib/server/quiz';
import type { PageServerLoad } from './$types';

export const load = (({ params }) => {
	const module = findModule(params.slug);
	if (!module) error(404, 'There is no module with that name.');
	return {
		slug: module.slug,
		title: module.title,
		version: module.version,
		story: module.story,
		// Questions and options only: keys, explanations, hints and feedback come from the check endpoint.
		questions: module.questions.map((q) => publicQuestion(module, q))
	};
}) satisfies PageServerLoad;
