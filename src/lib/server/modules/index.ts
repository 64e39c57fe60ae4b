import { loadModule } from '$lib/content/load';
import type { StoryModule } from '$lib/content/types';
import { moduleSources } from './sources';

/**
 * Loaded once when the server starts: a module with a broken quote or key stops the start-up with a
 * message naming it, instead of failing in front of a learner. Read-only from here on.
 */
export const modules: readonly StoryModule[] = Object.freeze(moduleSources.map(loadModule));

export function findModule(slug: string): StoryModule | undefined {
	return modules.find((m) => m.slug === slug);
}
