import { describeModule } from '$lib/content/summary';
import { practiceVersion } from '../../api/modules/[slug]/practice.server';
import type { PageServerLoad } from './$types';

// Reading needs no JavaScript: the page ships none.
export const csr = false;

export const load = (async (event) => {
	const { version, closed } = await practiceVersion(event);
	const module = version.module;
	const d = describeModule(module);
	// The story and counts only: questions, keys and explanations stay on the server.
	return {
		slug: module.slug,
		title: module.title,
		version: module.version,
		versionNumber: version.number,
		summary: module.summary,
		story: module.story,
		questions: d.questions,
		perSkill: d.perSkill,
		minutes: d.minutes,
		/** Why the quiz cannot be taken now, or null. */
		closed
	};
}) satisfies PageServerLoad;
