import { draftModule } from '$lib/drafting/draft';
import type { ModuleJson } from '$lib/content/module-json';

export type Drafted = { ok: true; json: ModuleJson; messages: string[] } | { ok: false; problems: string[] };

/**
 * Drafts facts and questions for a started module from its own story text: each drafted row and question
 * carries `draft: { rule, confidence }` until the teacher accepts it. The story the teacher started with is
 * kept as it is; a draft that would cite another text is refused, like one the drafter cannot make.
 */
export function draftInto(json: ModuleJson): Drafted {
	const result = draftModule(json.story.text, { published: json.story.publishedISO, slug: json.slug });
	if (!result.json) {
		return {
			ok: false,
			problems: [
				'The drafter could not draft questions from this story, so no module was started. Untick “Draft questions” to start it empty, or change the text.',
				...result.messages
			]
		};
	}
	if (result.json.story.text !== json.story.text) {
		return { ok: false, problems: ['The drafter read this story differently from the studio, so nothing it drafted could be cited. Untick “Draft questions” to start the module empty.'] };
	}
	if (result.json.questions.length === 0) {
		return { ok: false, problems: ['The drafter found nothing in this story to ask about. Untick “Draft questions” to start the module empty and write the questions yourself.', ...result.messages] };
	}
	return { ok: true, json: { ...json, facts: result.json.facts, questions: result.json.questions } as ModuleJson, messages: result.messages };
}
