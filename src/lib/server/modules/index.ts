import { ContentError } from '$lib/content/load';
import { parseModuleJsonText } from '$lib/content/module-json';
import type { StoryModule } from '$lib/content/types';
import { builtinModuleFiles } from './sources';

/**
 * Loaded once when the server starts, through the same validation as any imported module: a built-in
 * with a broken quote or key stops the start-up with a message naming it, instead of failing in front of
 * a learner. Read-only from here on.
 */
export const modules: readonly StoryModule[] = Object.freeze(builtinModuleFiles.map((f) => loadBuiltin(f.text)));

function loadBuiltin(text: string): StoryModule {
	const { module, problems } = parseModuleJsonText(text);
	if (!module) throw new ContentError(problems);
	return module;
}

export function findModule(slug: string): StoryModule | undefined {
	return modules.find((m) => m.slug === slug);
}
