import { describeModule } from '$lib/content/summary';
import { database } from '$lib/server/db';
import { listPublicModules } from '$lib/server/modules/store';
import type { PageServerLoad } from './$types';

/** The self-study library: the latest version of every public module. */
export const load = (async () => {
	const versions = await listPublicModules(await database());
	return {
		modules: versions.map(({ module: m }) => {
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
