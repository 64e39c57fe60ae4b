import { describeModule } from '$lib/content/summary';
import { modules } from '$lib/server/modules';
import type { ModuleChoice } from './assignments/form';

/** The modules a teacher can assign, with their questions per skill. */
export function moduleChoices(): ModuleChoice[] {
	return modules.map((m) => ({ slug: m.slug, title: m.title, perSkill: describeModule(m).perSkill }));
}
