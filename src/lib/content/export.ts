import type { StoryModule } from './types';

/**
 * The version of the exported JSON's shape (not of a module's content: that is `version`). Raise it
 * when a field is renamed or removed; adding an optional field does not need a new version.
 * 2: an attribution's `kind` became `form` and `source` (optional: none for the reporter's voice); a
 *    source's `type` became `kind`; `facts.wording` and `facts.timeWords` were added.
 */
export const EXPORT_SCHEMA_VERSION = 2;

export type ModuleExport = {
	schemaVersion: typeof EXPORT_SCHEMA_VERSION;
	slug: string;
	title: string;
	summary: string;
	version: string;
	story: StoryModule['story'];
	facts: Pick<StoryModule, 'events' | 'relations' | 'figures' | 'sources' | 'attributions' | 'wording' | 'timeWords'>;
	/** Evidence questions carry their key passages as `answer` too, so every question has one. */
	questions: (StoryModule['questions'][number] & { answer: unknown })[];
};

/** The module as versioned JSON: every passage a `{ quote, start, end }` into `story.text`. */
export function exportModule(module: StoryModule): ModuleExport {
	const { slug, title, summary, version, story, events, relations, figures, sources, attributions, wording, timeWords, questions } =
		module;
	return {
		schemaVersion: EXPORT_SCHEMA_VERSION,
		slug,
		title,
		summary,
		version,
		story,
		facts: { events, relations, figures, sources, attributions, wording, timeWords },
		questions: questions.map((q) => (q.kind === 'evidence' ? { ...q, answer: q.evidence } : q))
	};
}
