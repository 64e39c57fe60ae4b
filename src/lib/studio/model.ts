import { MODULE_SCHEMA_VERSION, type Evidence, type ModuleJson, type Question } from '$lib/content/types';

/**
 * The draft the studio edits is a `ModuleJson`: every passage a `{ quote, start, end }` into `story.text`.
 * The components change it in place.
 */
export type { ModuleJson };

export type StudioQuestion = ModuleJson['questions'][number];
export type FactTable = keyof ModuleJson['facts'];

/** An evidence question carries its key passages as `answer` too: keep the two the same. */
export function syncEvidenceAnswer(q: StudioQuestion): void {
	if (q.kind === 'evidence') q.answer = q.evidence.map((e) => ({ ...e }));
}

/** Narrows a draft question to one kind. */
export type StudioQuestionOf<K extends Question['kind']> = Extract<Question<Evidence>, { kind: K }> & { answer: unknown };

/** A module with no story yet: what a blank draft looks like. */
export function emptyModule(): ModuleJson {
	return {
		schemaVersion: MODULE_SCHEMA_VERSION,
		slug: '',
		title: '',
		summary: '',
		story: {
			text: '',
			publisher: '',
			published: '',
			publishedISO: '',
			headline: { start: 0, end: 0 },
			standfirst: { start: 0, end: 0 },
			dateline: { start: 0, end: 0 },
			paragraphs: [],
			sentences: []
		},
		facts: { events: [], relations: [], figures: [], sources: [], attributions: [], wording: [], timeWords: [] },
		questions: []
	};
}
