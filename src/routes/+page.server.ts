import { describeModule } from '$lib/content/summary';
import { modules } from '$lib/server/modules';
import type { PageServerLoad } from './$types';

export const load = (() => {
	return {
		modules: modules.map((m) => {
			const d = describeModule(m);
			return {
				slug: m.slug,
				title: m.title,
				summary: m.summary,
				version: m.version,
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
