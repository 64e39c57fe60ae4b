import { describeModule } from '$lib/content/summary';
import type { ModuleLookup } from '$lib/server/assignments';
import { listClasses } from '$lib/server/classes';
import type { Db } from '$lib/server/db';
import { listAssignableModules, type LoadedVersion } from '$lib/server/modules/store';
import type { ClassChoice, ModuleChoice } from './assignments/form';

/**
 * The modules a teacher can assign (the latest version of each), with their questions per skill, and a
 * lookup for the form's reader. `pinned`, when editing an assignment, stands for its own module: it keeps
 * the version it is pinned to.
 */
export async function moduleChoices(db: Db, teacherId: string, pinned?: LoadedVersion | null): Promise<{ choices: ModuleChoice[]; lookup: ModuleLookup }> {
	const versions = (await listAssignableModules(db, { id: teacherId })).map((m) => m.latest);
	if (pinned) {
		const at = versions.findIndex((v) => v.slug === pinned.slug);
		if (at >= 0) versions[at] = pinned;
		else versions.push(pinned);
	}
	const bySlug = new Map(versions.map((v) => [v.slug, v.module]));
	return {
		choices: versions.map((v) => ({ slug: v.slug, title: v.title, version: v.number, perSkill: describeModule(v.module).perSkill })),
		lookup: (slug) => bySlug.get(slug)
	};
}

/** The teacher's classes an assignment can be given to, newest first. */
export async function classChoices(db: Db, teacherId: string): Promise<ClassChoice[]> {
	return (await listClasses(db, teacherId)).map((c) => ({ id: c.id, name: c.name, students: c.students }));
}
