/**
 * The module JSON format at the edge: the runtime schema that validates untrusted JSON (an import, a
 * studio draft, a stored version) with a message naming the path of every problem, the limits, and the
 * canonical text. Pure and browser-safe: the studio runs it as the teacher types. Student routes never
 * load it (they receive a loaded module from the server).
 *
 * The TypeScript types in `types.ts` are the description of the format; the schema below is checked
 * against them at compile time (`SchemaMatchesTypes`), so the two cannot drift apart.
 */
import * as v from 'valibot';
import { canonicalJson, toModuleJson } from './canonical';
import { checkModule, type ContentProblem } from './load';
import {
	ATTRIBUTION_FORMS,
	MODULE_SCHEMA_VERSION,
	SKILLS,
	WORDING_KINDS,
	type ModuleJson,
	type StoryModule
} from './types';

export { canonicalJson, contentVersion, toModuleJson } from './canonical';
export type { ModuleJson } from './types';

/** The schema versions this code reads. A file of another version is refused with this list. */
export const UNDERSTOOD_SCHEMA_VERSIONS: readonly number[] = [MODULE_SCHEMA_VERSION];

/**
 * How big a module may be. Generous for a news story (a 3,000-word story is about 18,000 characters),
 * small enough that checking one stays instant and a mistaken paste of a whole site is refused at once.
 */
export const LIMITS = {
	/** The JSON text of a module, in characters. */
	jsonCharacters: 1_000_000,
	/** The story text, in characters (about 15,000 words). */
	storyCharacters: 100_000,
	questions: 200,
	/** Rows in each fact table. */
	factRows: 500,
	/** Entries in a list inside a row or question: options, hints, passages of evidence, mentions … */
	listItems: 50,
	/** Paragraphs and sentences of the story. */
	storyUnits: 5_000,
	/** Any text field other than the story: a stem, an explanation, a feedback, a quote. */
	fieldCharacters: 4_000,
	/** An id or a slug. */
	idCharacters: 80
} as const;

// ---------------------------------------------------------------------------------------------------
// The schema
// ---------------------------------------------------------------------------------------------------

const text = v.pipe(v.string(), v.maxLength(LIMITS.fieldCharacters));
const id = v.pipe(v.string(), v.maxLength(LIMITS.idCharacters));
const list = <T extends v.GenericSchema>(item: T) => v.pipe(v.array(item), v.maxLength(LIMITS.listItems));
const rows = <T extends v.GenericSchema>(item: T) => v.pipe(v.array(item), v.maxLength(LIMITS.factRows));
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const span = v.strictObject({ start: offset, end: offset });
/** Set on what a machine drafted and no person has reviewed yet: the rule, and how sure it is (0 to 1). */
const draft = v.optional(v.strictObject({ rule: text, confidence: v.pipe(v.number(), v.minValue(0), v.maxValue(1)) }));
const evidence = v.strictObject({ quote: text, start: offset, end: offset });

const story = v.strictObject({
	text: v.pipe(v.string(), v.maxLength(LIMITS.storyCharacters)),
	publisher: text,
	published: text,
	publishedISO: text,
	url: v.optional(text),
	licence: v.optional(text),
	headline: span,
	standfirst: span,
	dateline: span,
	paragraphs: v.pipe(v.array(span), v.maxLength(LIMITS.storyUnits)),
	sentences: v.pipe(v.array(span), v.maxLength(LIMITS.storyUnits))
});

const facts = v.strictObject({
	events: rows(
		v.strictObject({
			draft,
			id,
			label: text,
			cite: evidence,
			otherMentions: v.optional(list(evidence)),
			when: v.optional(text),
			status: v.picklist(['past', 'planned'])
		})
	),
	relations: rows(v.strictObject({ draft, before: id, after: id, cite: evidence, reason: text })),
	figures: rows(
		v.strictObject({
			draft,
			id,
			kind: v.picklist(['count', 'date', 'time', 'year']),
			value: v.union([v.number(), text]),
			unit: v.optional(text),
			counts: text,
			cite: evidence,
			derivedFrom: v.optional(list(id))
		})
	),
	sources: rows(
		v.strictObject({ draft, id, name: text, role: text, kind: v.picklist(['named-person', 'named-institution', 'anonymous-person']) })
	),
	attributions: rows(
		v.strictObject({
			draft,
			id,
			source: v.optional(id),
			claim: text,
			form: v.picklist(ATTRIBUTION_FORMS),
			channel: v.optional(text),
			note: v.optional(text),
			cite: evidence
		})
	),
	wording: rows(v.strictObject({ draft, id, cite: evidence, kind: v.picklist(WORDING_KINDS), frames: v.optional(id), effect: text })),
	timeWords: rows(
		v.strictObject({ draft, id, cite: evidence, event: id, date: v.optional(text), after: v.optional(list(id)), reason: text })
	)
});

const base = {
	draft,
	id,
	skill: v.picklist(SKILLS),
	difficulty: v.picklist([1, 2, 3]),
	stem: text,
	explanation: text,
	evidence: list(evidence),
	hints: v.optional(list(text)),
	facts: v.optional(list(id))
};
const option = v.strictObject({ id, text, feedback: v.optional(text) });
const labelled = v.strictObject({ id, text });

const question = v.variant('kind', [
	v.strictObject({ ...base, kind: v.literal('single'), options: list(option), answer: id, fixedOrder: v.optional(v.boolean()) }),
	v.strictObject({ ...base, kind: v.literal('multiple'), options: list(option), answer: list(id), fixedOrder: v.optional(v.boolean()) }),
	v.strictObject({
		...base,
		kind: v.literal('ordering'),
		items: list(id),
		answer: list(id),
		wrongFeedback: text,
		toldOrderFeedback: v.optional(text)
	}),
	v.strictObject({
		...base,
		kind: v.literal('numeric'),
		answer: v.variant('type', [
			v.strictObject({
				type: v.literal('integer'),
				value: v.number(),
				tolerance: v.optional(v.number()),
				change: v.optional(v.picklist(['decrease', 'increase']))
			}),
			v.strictObject({ type: v.literal('date'), iso: text })
		]),
		units: v.optional(list(text)),
		accept: v.optional(list(text)),
		wrongValues: v.optional(list(v.strictObject({ value: v.union([v.number(), text]), units: v.optional(list(text)), feedback: text }))),
		wrongFeedback: text,
		format: text
	}),
	v.strictObject({
		...base,
		kind: v.literal('matching'),
		prompts: list(labelled),
		choices: list(labelled),
		answer: v.pipe(v.record(id, id), v.maxEntries(LIMITS.listItems)),
		wrongFeedback: text
	}),
	v.strictObject({ ...base, kind: v.literal('evidence'), claim: text, wrongFeedback: text, answer: list(evidence) }),
	v.strictObject({
		...base,
		kind: v.literal('tfn'),
		statement: text,
		answer: v.picklist(['true', 'false', 'not-stated']),
		feedback: v.strictObject({ true: v.optional(text), false: v.optional(text), 'not-stated': v.optional(text) })
	})
]);

/** The runtime schema of `ModuleJson`. */
export const moduleJsonSchema = v.strictObject({
	schemaVersion: v.literal(MODULE_SCHEMA_VERSION),
	slug: id,
	title: text,
	summary: text,
	version: v.optional(id),
	story,
	facts,
	questions: v.pipe(v.array(question), v.maxLength(LIMITS.questions))
});

/** Structural normal form: intersections flattened, so that equal shapes compare equal. */
type Normal<T> = T extends readonly (infer U)[] ? Normal<U>[] : T extends object ? { [K in keyof T]: Normal<T[K]> } : T;
type Same<A, B> =
	(<T>() => T extends Normal<A> ? 1 : 2) extends <T>() => T extends Normal<B> ? 1 : 2 ? true : false;
/** Fails to compile when the schema's output and the `ModuleJson` type differ in any field. */
const SchemaMatchesTypes: Same<v.InferOutput<typeof moduleJsonSchema>, ModuleJson> = true;
void SchemaMatchesTypes;

// ---------------------------------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------------------------------

export type ParsedModule = { module?: StoryModule; json?: ModuleJson; problems: ContentProblem[] };

/**
 * Validates untrusted JSON (already parsed) as a module: the schema version, the limits, the shape (every
 * problem named by its path, e.g. `questions[3].options[1].text`), then every content rule of
 * `checkModule`. `module` and `json` are given only when there is no problem at all. Fields the format
 * does not know are refused, not dropped: a misspelt field would otherwise lose what it holds.
 */
export function parseModuleJson(input: unknown): ParsedModule {
	const name = moduleName(input);
	const problem = (path: string, message: string): ParsedModule => ({ problems: [{ module: name, where: path || 'module', path, message }] });

	if (input === null || typeof input !== 'object' || Array.isArray(input)) {
		return problem('', `a module is a JSON object, not ${describe(input)}`);
	}
	const o = input as Record<string, unknown>;
	if (o.schemaVersion !== MODULE_SCHEMA_VERSION) {
		const understood = UNDERSTOOD_SCHEMA_VERSIONS.join(', ');
		return problem(
			'schemaVersion',
			o.schemaVersion === undefined
				? `the schema version is missing: this app reads schemaVersion ${understood}`
				: `schema version ${JSON.stringify(o.schemaVersion)} is not one this app reads (it reads ${understood})`
		);
	}
	const tooBig = overLimits(o);
	if (tooBig) return problem(tooBig.path, tooBig.message);

	const result = v.safeParse(moduleJsonSchema, input, { abortEarly: false });
	if (!result.success) {
		const problems = result.issues.map((issue): ContentProblem => {
			const path = issuePath(issue);
			return { module: name, where: path || 'module', path, message: issueMessage(issue) };
		});
		return { problems: dedupe(problems) };
	}
	const json = result.output;
	const { module, problems } = checkModule(json);
	return module ? { module, json, problems } : { problems };
}

/** `parseModuleJson` for a JSON text (a file, a paste): its size is checked before it is parsed. */
export function parseModuleJsonText(textIn: string): ParsedModule {
	if (textIn.length > LIMITS.jsonCharacters) {
		return {
			problems: [
				{
					module: '(module)',
					where: 'module',
					path: '',
					message: `the JSON is ${formatCount(textIn.length)} characters long; a module is at most ${formatCount(LIMITS.jsonCharacters)}`
				}
			]
		};
	}
	let input: unknown;
	try {
		input = JSON.parse(textIn);
	} catch (e) {
		return { problems: [{ module: '(module)', where: 'module', path: '', message: `this is not JSON: ${(e as Error).message}` }] };
	}
	return parseModuleJson(input);
}

/** The canonical JSON text of a module: what `content:export` prints and what is stored and hashed. */
export function serializeModule(module: StoryModule): string {
	return canonicalJson(toModuleJson(module));
}

/** Counts checked before any heavy work: a huge module is refused in constant time, with one message. */
function overLimits(o: Record<string, unknown>): { path: string; message: string } | undefined {
	const story = o.story as Record<string, unknown> | undefined;
	if (story && typeof story === 'object' && typeof story.text === 'string' && story.text.length > LIMITS.storyCharacters) {
		return {
			path: 'story.text',
			message: `the story is ${formatCount(story.text.length)} characters long; a module’s story is at most ${formatCount(LIMITS.storyCharacters)} (about 15,000 words)`
		};
	}
	if (Array.isArray(o.questions) && o.questions.length > LIMITS.questions) {
		return {
			path: 'questions',
			message: `${formatCount(o.questions.length)} questions; a module has at most ${LIMITS.questions}: split it into several modules`
		};
	}
	const facts = o.facts as Record<string, unknown> | undefined;
	if (facts && typeof facts === 'object') {
		for (const [table, value] of Object.entries(facts)) {
			if (Array.isArray(value) && value.length > LIMITS.factRows) {
				return { path: `facts.${table}`, message: `${formatCount(value.length)} rows; a fact table has at most ${LIMITS.factRows}` };
			}
		}
	}
	return undefined;
}

function moduleName(input: unknown): string {
	const slug = (input as { slug?: unknown } | null)?.slug;
	return typeof slug === 'string' && slug.length > 0 && slug.length <= LIMITS.idCharacters ? slug : '(module)';
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `questions[3].options[1].text`, from an issue's path. */
function issuePath(issue: v.BaseIssue<unknown>): string {
	let path = '';
	for (const item of issue.path ?? []) {
		const key = item.key as unknown;
		if (typeof key === 'number') path += `[${key}]`;
		else if (typeof key === 'string' && IDENTIFIER.test(key)) path += path ? `.${key}` : key;
		else path += `[${JSON.stringify(String(key))}]`;
	}
	return path;
}

function issueMessage(issue: v.BaseIssue<unknown>): string {
	const input = issue.input;
	switch (issue.type) {
		case 'strict_object':
		case 'object':
		case 'variant':
		case 'literal':
		case 'picklist':
		case 'array':
		case 'string':
		case 'number':
		case 'union':
		case 'record':
			if (issue.type === 'strict_object' && issue.expected === 'never') return 'a field the format does not have: remove it (or check its spelling)';
			if (input === undefined) return issue.type === 'strict_object' || issue.type === 'object' ? 'this field is missing' : `this field is missing: expected ${expected(issue)}`;
			return `expected ${expected(issue)}, not ${describe(input)}`;
		case 'max_length':
		case 'max_entries': {
			const n = Array.isArray(input) ? input.length : typeof input === 'string' ? input.length : Object.keys(input as object).length;
			const what = typeof input === 'string' ? 'characters' : 'entries';
			return `${formatCount(n)} ${what}; at most ${formatCount(Number(issue.requirement))} allowed here`;
		}
		case 'integer':
			return `expected a whole number, not ${describe(input)}`;
		case 'min_value':
			return `expected ${String(issue.requirement)} or more, not ${describe(input)}`;
		case 'max_value':
			return `expected ${String(issue.requirement)} or less, not ${describe(input)}`;
		default:
			return issue.message;
	}
}

function expected(issue: v.BaseIssue<unknown>): string {
	const e = (issue.expected ?? '').replace(/^\((.*)\)$/, '$1');
	if (issue.type === 'variant' || issue.type === 'picklist' || issue.type === 'literal') return `one of ${e.replaceAll(' | ', ', ')}`;
	const words: Record<string, string> = { Object: 'an object', Array: 'a list', string: 'text', number: 'a number' };
	return e
		.split(' | ')
		.map((part) => words[part] ?? part)
		.join(' or ');
}

function describe(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'string') return value.length > 40 ? `the text "${value.slice(0, 40)}…"` : `the text ${JSON.stringify(value)}`;
	if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value === 'number' ? 'the number' : ''} ${String(value)}`.trim();
	if (typeof value === 'object') return 'an object';
	return typeof value;
}

function formatCount(n: number): string {
	return n.toLocaleString('en-GB');
}

/** One message per path and text: a variant's failing options can repeat an issue. */
function dedupe(problems: ContentProblem[]): ContentProblem[] {
	const seen = new Set<string>();
	return problems.filter((p) => {
		const key = `${p.path}\u0000${p.message}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}
