import { moduleCard } from '$lib/content/summary';
import { practiceVersion } from '../../api/modules/[slug]/practice.server';
import type { PageServerLoad } from './$types';

// Reading needs no JavaScript: the page ships none.
export const csr = false;

export const load = (async (event) => {
	const { version, closed } = await practiceVersion(event);
	const module = version.module;
	// The story and counts only: questions, keys and explanations stay on the server.
	return {
		...moduleCard(module),
		versionNumber: version.number,
		story: module.story,
		/** Why the quiz cannot be taken now, or null. */
		closed
	};
}) satisfies PageServerLoad;
