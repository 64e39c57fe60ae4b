import { moduleCard } from '$lib/content/summary';
import { database } from '$lib/server/db';
import { listPublicModules } from '$lib/server/modules/store';
import type { PageServerLoad } from './$types';

/** The self-study library: the latest version of every public module. */
export const load = (async () => {
	const versions = await listPublicModules(await database());
	return {
		modules: versions.map(({ module }) => moduleCard(module))
	};
}) satisfies PageServerLoad;
