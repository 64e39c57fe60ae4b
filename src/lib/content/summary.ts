import { QUESTION_KINDS, SKILLS, type QuestionKind, type Skill, type StoryModule } from './types';

/** Seconds a learner needs, on average, to read one word of a news story closely. */
const SECONDS_PER_WORD = 0.3;
const SECONDS_PER_QUESTION: Record<QuestionKind, number> = {
	single: 40,
	multiple: 60,
	ordering: 90,
	numeric: 45,
	matching: 75,
	evidence: 60,
	tfn: 30
};

/** What the library shows of a module, counted from its content. */
export function describeModule(module: StoryModule) {
	const perSkill = Object.fromEntries(SKILLS.map((s) => [s, 0])) as Record<Skill, number>;
	const perKind = Object.fromEntries(QUESTION_KINDS.map((k) => [k, 0])) as Record<QuestionKind, number>;
	let seconds = module.story.text.split(/\s+/).length * SECONDS_PER_WORD;
	for (const q of module.questions) {
		perSkill[q.skill]++;
		perKind[q.kind]++;
		seconds += SECONDS_PER_QUESTION[q.kind];
	}
	const evidence =
		module.events.length +
		module.relations.length +
		module.figures.length +
		module.attributions.length +
		module.wording.length +
		module.timeWords.length +
		module.events.reduce((n, e) => n + (e.otherMentions?.length ?? 0), 0) +
		module.questions.reduce((n, q) => n + q.evidence.length, 0);
	return {
		questions: module.questions.length,
		perSkill,
		perKind,
		minutes: Math.max(1, Math.round(seconds / 60)),
		evidence
	};
}

/** A module's card in a library: its title, story and counts, and nothing of its questions. */
export function moduleCard(module: StoryModule) {
	const d = describeModule(module);
	return {
		slug: module.slug,
		title: module.title,
		summary: module.summary,
		version: module.version,
		publisher: module.story.publisher,
		published: module.story.published,
		publishedISO: module.story.publishedISO,
		questions: d.questions,
		perSkill: d.perSkill,
		minutes: d.minutes
	};
}
