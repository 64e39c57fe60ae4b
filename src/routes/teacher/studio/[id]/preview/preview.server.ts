import { error } from '@sveltejs/kit';
import { parseModuleJson } from '$lib/content/module-json';
import type { StoryModule } from '$lib/content/types';
import { mine } from '../../studio.server';

/**
 * The teacher's draft as a module the quiz can run, graded on the server like any other: the preview
 * never sends keys before an answer either. A draft with problems cannot run (its quotes may not even
 * be in the story): `problems` says how many.
 */
export async function previewModule(teacherId: string, id: string): Promise<{ module: StoryModule; revision: number } | { problems: number; revision: number }> {
	const m = await mine(teacherId, id);
	const parsed = parseModuleJson(m.draft);
	if (!parsed.module) return { problems: Math.max(1, parsed.problems.length), revision: m.revision };
	return { module: parsed.module, revision: m.revision };
}

/** For the preview's endpoints: the module, or a refusal the quiz shows. */
export async function previewModuleApi(teacherId: string, id: string): Promise<StoryModule> {
	const preview = await previewModule(teacherId, id);
	if ('problems' in preview) error(409, 'The draft has problems now: fix them in the studio, then preview again.');
	return preview.module;
}
