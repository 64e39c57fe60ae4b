import { MODULE_SCHEMA_VERSION, type ModuleJson, type StoryModule } from './types';

/**
 * The order keys are written in, whatever the order an object was built in: one list for every object
 * of the format, so that each reads top-down (an id and kind first, the cited passage and the feedback
 * last). Keys it does not name (prompt ids in a matching answer) follow, in code-unit order.
 */
const KEY_ORDER = [
	'schemaVersion',
	'slug',
	'id',
	'kind',
	'type',
	'skill',
	'difficulty',
	'title',
	'summary',
	'version',
	'text',
	'publisher',
	'published',
	'publishedISO',
	'url',
	'licence',
	'headline',
	'standfirst',
	'dateline',
	'paragraphs',
	'sentences',
	'story',
	'events',
	'relations',
	'figures',
	'sources',
	'attributions',
	'wording',
	'timeWords',
	'label',
	'name',
	'role',
	'before',
	'after',
	'source',
	'claim',
	'form',
	'channel',
	'value',
	'iso',
	'tolerance',
	'change',
	'unit',
	'counts',
	'stem',
	'statement',
	'options',
	'items',
	'prompts',
	'choices',
	'answer',
	'units',
	'accept',
	'format',
	'wrongValues',
	'quote',
	'start',
	'end',
	'cite',
	'otherMentions',
	'event',
	'date',
	'when',
	'frames',
	'effect',
	'derivedFrom',
	'note',
	'reason',
	'status',
	'true',
	'false',
	'not-stated',
	'feedback',
	'wrongFeedback',
	'toldOrderFeedback',
	'explanation',
	'evidence',
	'hints',
	'facts',
	'draft',
	'rule',
	'confidence',
	'questions'
];
const RANK = new Map(KEY_ORDER.map((key, i) => [key, i]));

function compareKeys(a: string, b: string): number {
	const [ra, rb] = [RANK.get(a) ?? Infinity, RANK.get(b) ?? Infinity];
	if (ra !== rb) return ra - rb;
	return a < b ? -1 : a > b ? 1 : 0;
}

/** A deep copy with every object's keys in the canonical order and `undefined` members left out. */
function ordered(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(ordered);
	if (value === null || typeof value !== 'object') return value;
	const out: Record<string, unknown> = {};
	for (const key of Object.keys(value).sort(compareKeys)) {
		const v = (value as Record<string, unknown>)[key];
		if (v !== undefined) out[key] = ordered(v);
	}
	return out;
}

/**
 * The canonical text of a JSON value: keys in one fixed order, two-space indentation, a final newline.
 * Equal content gives equal text, byte for byte, however the objects were built.
 */
export function canonicalJson(value: unknown): string {
	return JSON.stringify(ordered(value), null, 2) + '\n';
}

/** The module as JSON: the fact tables grouped, evidence questions carrying their key passages as `answer`. */
export function toModuleJson(module: StoryModule): ModuleJson {
	const { slug, title, summary, version, story, events, relations, figures, sources, attributions, wording, timeWords, questions } =
		module;
	return {
		schemaVersion: MODULE_SCHEMA_VERSION,
		slug,
		title,
		summary,
		version,
		story,
		facts: { events, relations, figures, sources, attributions, wording, timeWords },
		questions: questions.map((q) => (q.kind === 'evidence' ? { ...q, answer: q.evidence } : q))
	};
}

/**
 * A short hash of a module's content (FNV-1a over its canonical text, its own `version` left out): cheap,
 * synchronous, the same in the browser and on the server, and enough to tell saved progress of one
 * content from another's. A stored version is named by `versionHash` (SHA-256) instead.
 */
export function contentVersion(json: ModuleJson): string {
	const text = canonicalJson({ ...json, version: undefined });
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0).toString(16).padStart(8, '0');
}
