import { error } from '@sveltejs/kit';
import { database } from '$lib/server/db';
import { findModule } from '$lib/server/modules';
import { practiceClosed, practiceClosedMessage } from '$lib/server/practice';
import { publicQuestion } from '$lib/server/quiz';
import type { PageServerLoad } from './$types';

export const load = (async ({ params, locals }) => {
	const module = findModule(params.slug);
	if (!module) error(404, 'There is no module with that name.');
	const closed = locals.teacher ? null : await practiceClosed(await database(), module.slug, Date.now());
	return {
		slug: module.slug,
		title: module.title,
		version: module.version,
		story: module.story,
		// While a class is assessed on the module, no questions: the page says why instead.
		closed: closed ? practiceClosedMessage(closed) : null,
		// Questions and options only: keys, explanations, hints and feedback come from the check endpoint.
		questions: closed ? [] : module.questions.map((q) => publicQuestion(module, q))
	};
}) satisfies PageServerLoad;
