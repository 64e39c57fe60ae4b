import { describeModule } from '$lib/content/summary';
import { modules } from '$lib/server/modules';
import { listClasses } from '$lib/server/classes';
import type { Db } from '$lib/server/db';
import type { ClassChoice, ModuleChoice } from './assignments/form';

/** The modules a teacher can assign, with their questions per skill. */
export function moduleChoices(): ModuleChoice[] {
	return modules.map((m) => ({ slug: m.slug, title: m.title, perSkill: describeModule(m).perSkill }));
}

/** The teacher's classes an assignment can be given to, newest first. */
export async function classChoices(db: Db, teacherId: string): Promise<ClassChoice[]> {
	return (await listClasses(db, teacherId)).map((c) => ({ id: c.id, name: c.name, students: c.students }));
}
