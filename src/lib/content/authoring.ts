import { ContentError, checkModule, type ContentProblem } from './load';
import { parseStory, resolveCite, StoryLayoutError } from './story';
import { MODULE_SCHEMA_VERSION, type Cite, type Evidence, type ModuleJson, type ModuleSource, type StoryModule } from './types';

/**
 * Turns a module written by hand (`ModuleSource`: passages as exact words, the story as its file with
 * chrome and publication line) into the JSON format, every passage resolved to `{ quote, start, end }`.
 * An authoring convenience for tests and drafting tools: the app itself reads only JSON. Problems are
 * those of the conversion (the file's layout, a quote that does not occur or occurs more than once);
 * the content rules are `checkModule`'s.
 */
export function authorModule(source: ModuleSource): { json?: ModuleJson; problems: ContentProblem[] } {
	const slug = typeof source?.slug === 'string' && source.slug ? source.slug : '(no slug)';
	const problems: ContentProblem[] = [];
	const problem = (where: string, message: string, quote?: string) =>
		problems.push({ module: slug, where, message, ...(quote === undefined ? {} : { quote }) });

	let story;
	try {
		story = parseStory(source.storyFile, source.story);
	} catch (e) {
		if (!(e instanceof StoryLayoutError)) throw e;
		problem('story', e.message);
		return { problems };
	}
	const text = story.text;
	const resolve = (where: string, cite: Cite): Evidence => {
		const result = resolveCite(text, cite);
		if (result.ok) return result.evidence;
		problem(where, result.problem, typeof cite === 'string' ? cite : cite?.quote);
		return { quote: '', start: 0, end: 0 };
	};

	const json: ModuleJson = {
		schemaVersion: MODULE_SCHEMA_VERSION,
		slug: source.slug,
		title: source.title,
		summary: source.summary,
		story,
		facts: {
			events: source.events.map(({ otherMentions, ...e }) => ({
				...e,
				cite: resolve(`event ${e.id}`, e.cite),
				...(otherMentions ? { otherMentions: otherMentions.map((m) => resolve(`event ${e.id}`, m)) } : {})
			})),
			relations: source.relations.map((r, i) => ({
				...r,
				cite: resolve(`relation ${i + 1} (${r.before} before ${r.after})`, r.cite)
			})),
			figures: source.figures.map((f) => ({ ...f, cite: resolve(`figure ${f.id}`, f.cite) })),
			sources: source.sources,
			attributions: source.attributions.map((a) => ({ ...a, cite: resolve(`attribution ${a.id}`, a.cite) })),
			wording: (source.wording ?? []).map((w) => ({ ...w, cite: resolve(`wording ${w.id}`, w.cite) })),
			timeWords: (source.timeWords ?? []).map((t) => ({ ...t, cite: resolve(`time word ${t.id}`, t.cite) }))
		},
		questions: source.questions.map((q) => {
			const evidence = (Array.isArray(q.evidence) ? q.evidence : []).map((c) => resolve(`question ${q.id}`, c));
			return q.kind === 'evidence' ? { ...q, evidence, answer: evidence } : { ...q, evidence };
		})
	};
	return problems.length > 0 ? { problems } : { json, problems };
}

/** `authorModule`, then every content check. */
export function checkSource(source: ModuleSource): { module?: StoryModule; problems: ContentProblem[] } {
	const { json, problems } = authorModule(source);
	return json ? checkModule(json) : { problems };
}

/** Loads a hand-written module or throws a `ContentError` naming every problem. */
export function loadSource(source: ModuleSource): StoryModule {
	const { module, problems } = checkSource(source);
	if (!module) throw new ContentError(problems);
	return module;
}
