import { error } from '@sveltejs/kit';
import { describeModule } from '$lib/content/summary';
import { database } from '$lib/server/db';
import { findModule } from '$lib/server/modules';
import { practiceClosed, practiceClosedMessage } from '$lib/server/practice';
import type { PageServerLoad } from './$types';

// Reading needs no JavaScript: the page ships none.
export const csr = false;

export const load = (async ({ params, locals }) => {
	const module = findModule(params.slug);
	if (!module) error(404, 'There is no module with that name.');
	const d = describeModule(module);
	const closed = locals.teacher ? null : await practiceClosed(await database(), module.slug, Date.now());
	// The story and counts only: questions, keys and explanations stay on the server.
	return {
		slug: module.slug,
		title: module.title,
		version: module.version,
		summary: module.summary,
		story: module.story,
		questions: d.questions,
		perSkill: d.perSkill,
		minutes: d.minutes,
		/** Why the quiz cannot be taken now, or null. */
		closed: closed ? practiceClosedMessage(closed) : null
	};
}) satisfies PageServerLoad;
