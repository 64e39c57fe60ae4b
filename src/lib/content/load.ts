import { happenedBefore } from './order';
import { contentVersion, toModuleJson } from './canonical';
import { blockAt, layoutProblems, occurrences, partAt, quotedSpans } from './story';
import {
	ATTRIBUTION_FORMS,
	WORDING_KINDS,
	QUESTION_KINDS,
	SKILLS,
	SOURCE_KINDS,
	TFN_CHOICES,
	type Evidence,
	type ModuleJson,
	type Option,
	type Question,
	type Story,
	type StoryModule
} from './types';

/** One thing wrong with a module, located well enough for an author to fix it. */
export type ContentProblem = {
	module: string;
	/** "question q7", "event lavrov-announces", "story" … */
	where: string;
	message: string;
	quote?: string;
	/** Where in the module's JSON, e.g. `questions[3].evidence[0]`: the studio shows the problem there. */
	path?: string;
};

export class ContentError extends Error {
	constructor(readonly problems: ContentProblem[]) {
		super(problems.map(formatProblem).join('\n'));
	}
}

export function formatProblem(p: ContentProblem): string {
	return `${p.module}: ${p.where}: ${p.message}${p.quote === undefined ? '' : ` — "${p.quote}"`}`;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
/** Words that date an event only relative to something else: each needs an anchor, or a reason why not. */
export const RELATIVE_TIME_WORDS = new RegExp(`\\b(?:${WEEKDAYS.join('|')}|today|tonight|yesterday|tomorrow|later|earlier|recently)\\b`, 'gi');
/** The reporter's words that keep a claim at arm's length: each belongs in the wording table. */
export const DISTANCING_WORDS = /\b(?:claimed|claims|alleged|allegedly|so-called|purportedly|supposedly|reportedly)\b/gi;
/** A module's slug (its address): lower-case letters and digits in words joined by single hyphens. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ID = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;
const ISO_DATE = /^(\d{4}|-)-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * Checks a module given as JSON against every content rule: each passage an exact slice of the story,
 * the layout, the fact tables and their references, the answer keys and the feedback. Returns the loaded
 * module only when there are no problems, so a caller can never use a module with a dangling quote or an
 * inconsistent key. The JSON's shape is taken as given: untrusted input goes through `parseModuleJson`,
 * which validates the shape first.
 */
export function checkModule(json: ModuleJson): { module?: StoryModule; problems: ContentProblem[] } {
	const slug = typeof json?.slug === 'string' && json.slug ? json.slug : '(no slug)';
	const problems: ContentProblem[] = [];
	/** The problem at `path`, under the heading `where` ("question q1"). */
	const problemAt = (where: string, message: string, quote?: string, path?: string) =>
		problems.push({ module: slug, where, message, ...(quote === undefined ? {} : { quote }), ...(path === undefined ? {} : { path }) });
	const problem = problemAt;

	if (!SLUG.test(slug)) problem('module', 'the slug must be lowercase words joined by hyphens', undefined, 'slug');
	for (const key of ['title', 'summary'] as const) {
		if (typeof json[key] !== 'string' || json[key].trim() === '') problem('module', `${key} is missing`, undefined, key);
	}

	const story: Story = json.story;
	const layout = layoutProblems(story);
	for (const p of layout) problem('story', p.message, undefined, p.path);
	if (layout.length > 0) return { problems };
	for (const key of ['publisher', 'published'] as const) {
		if (!story[key]?.trim()) problem('story', `the ${key === 'publisher' ? 'publisher' : 'publication time as printed'} is missing`, undefined, `story.${key}`);
	}
	// Empty when the story does not say when it was published (a draft from a page without a date).
	if (story.publishedISO !== '' && (!ISO_DATE_TIME.test(story.publishedISO) || Number.isNaN(Date.parse(story.publishedISO)))) {
		problem('story', 'the publication time is ISO 8601 with its time zone, e.g. 2021-10-18T16:46:00+03:00', undefined, 'story.publishedISO');
	}
	if (story.url !== undefined && !isWebAddress(story.url)) problem('story', 'the address is a web address starting with https:// or http://', undefined, 'story.url');
	if (story.licence !== undefined && !story.licence.trim()) problem('story', 'the licence note is empty: leave it out or say who allowed the use', undefined, 'story.licence');

	/** A passage, checked against the story: the same object when it is an exact slice, an empty one otherwise. */
	const cited = (where: string, path: string, e: Evidence): Evidence => {
		const message = passageProblem(story.text, e);
		if (message === undefined) return e;
		problem(where, message, typeof e?.quote === 'string' ? e.quote : undefined, path);
		return { quote: '', start: 0, end: 0 };
	};

	const ids = (table: string, path: string, rows: { id: string }[]) => {
		const seen = new Set<string>();
		rows.forEach((row, i) => {
			if (typeof row.id !== 'string' || !ID.test(row.id)) problem(`${table} "${row.id}"`, 'ids are lowercase words joined by - or _', undefined, `${path}[${i}].id`);
			if (seen.has(row.id)) problem(`${table} ${row.id}`, 'the id is used twice', undefined, `${path}[${i}].id`);
			seen.add(row.id);
		});
		return seen;
	};
	const facts = json.facts;
	const eventIds = ids('event', 'facts.events', facts.events);
	const figureIds = ids('figure', 'facts.figures', facts.figures);
	const sourceIds = ids('source', 'facts.sources', facts.sources);
	const attributionIds = ids('attribution', 'facts.attributions', facts.attributions);
	const wordingIds = ids('wording', 'facts.wording', facts.wording);
	const timeWordIds = ids('time word', 'facts.timeWords', facts.timeWords);
	ids('question', 'questions', json.questions);

	const events = facts.events.map((e, i) => {
		const where = `event ${e.id}`;
		const path = `facts.events[${i}]`;
		if (!e.label?.trim()) problem(where, 'the label is missing', undefined, `${path}.label`);
		if (e.status !== 'past' && e.status !== 'planned') problem(where, 'status must be "past" or "planned"', undefined, `${path}.status`);
		const cite = cited(where, `${path}.cite`, e.cite);
		const otherMentions = (e.otherMentions ?? []).map((m, j) => cited(where, `${path}.otherMentions[${j}]`, m));
		checkFirstTelling(story, cite, otherMentions, (message, quote) => problem(where, message, quote, `${path}.cite`));
		return { ...e, cite, otherMentions };
	});

	const relations = facts.relations.map((r, i) => {
		const where = `relation ${i + 1} (${r.before} before ${r.after})`;
		const path = `facts.relations[${i}]`;
		if (!eventIds.has(r.before)) problem(where, `there is no event "${r.before}"`, undefined, `${path}.before`);
		if (!eventIds.has(r.after)) problem(where, `there is no event "${r.after}"`, undefined, `${path}.after`);
		if (r.before === r.after) problem(where, 'an event cannot come before itself', undefined, `${path}.after`);
		if (!r.reason?.trim()) problem(where, 'say why the cited words establish the order', undefined, `${path}.reason`);
		return { ...r, cite: cited(where, `${path}.cite`, r.cite) };
	});
	const cycle = findCycle(facts.relations);
	if (cycle) problem('relations', `the order of happening goes round in a circle: ${cycle.join(' → ')}`, undefined, 'facts.relations');

	const figures = facts.figures.map((f, i) => {
		const where = `figure ${f.id}`;
		const path = `facts.figures[${i}]`;
		if (!f.counts?.trim()) problem(where, 'say what the figure counts', undefined, `${path}.counts`);
		if (f.kind === 'count' || f.kind === 'year') {
			if (typeof f.value !== 'number' || !Number.isFinite(f.value)) problem(where, 'a count is a finite number', undefined, `${path}.value`);
		} else if (f.kind === 'date') {
			if (typeof f.value !== 'string' || !validIsoDate(f.value)) problem(where, 'a date is YYYY-MM-DD or --MM-DD', undefined, `${path}.value`);
		} else if (f.kind === 'time') {
			if (typeof f.value !== 'string' || !TIME.test(f.value)) problem(where, 'a time is HH:MM', undefined, `${path}.value`);
		} else {
			problem(where, `unknown figure kind "${String(f.kind)}"`, undefined, `${path}.kind`);
		}
		for (const id of f.derivedFrom ?? []) if (!figureIds.has(id)) problem(where, `derived from an unknown figure "${id}"`, undefined, `${path}.derivedFrom`);
		return { ...f, cite: cited(where, `${path}.cite`, f.cite) };
	});

	facts.sources.forEach((s, i) => {
		const path = `facts.sources[${i}]`;
		if (!s.name?.trim() || !s.role?.trim()) problem(`source ${s.id}`, 'a source needs a name and a role', undefined, path);
		if (!(SOURCE_KINDS as readonly string[]).includes(s.kind) || (s.kind as string) === 'no-source') {
			problem(`source ${s.id}`, 'kind must be "named-person", "named-institution" or "anonymous-person"', undefined, `${path}.kind`);
		}
	});

	const quoted = quotedSpans(story);
	const insideQuotes = (e: Evidence) => quoted.some((q) => q.start <= e.start && e.end <= q.end);
	const attributions = facts.attributions.map((a, i) => {
		const where = `attribution ${a.id}`;
		const path = `facts.attributions[${i}]`;
		const problem = (where: string, message: string, quote?: string) => problemAt(where, message, quote, path);
		const cite = cited(where, `${path}.cite`, a.cite);
		if (!(ATTRIBUTION_FORMS as readonly string[]).includes(a.form)) problem(where, `unknown form "${a.form}"`);
		if (a.form === 'reporter-voice') {
			if (a.source !== undefined) problem(where, 'words in the reporter’s own voice have no source: leave the source out');
		} else if (a.source === undefined) problem(where, 'name the source, or give the form as reporter-voice');
		else if (!sourceIds.has(a.source)) problem(where, `there is no source "${a.source}"`);
		if (!a.claim?.trim()) problem(where, 'the claim is missing');
		if (a.note !== undefined && !a.note.trim()) problem(where, 'the note is empty');
		if (cite.quote) {
			const isQuote = a.form === 'direct-quote' || a.form === 'partial-quote';
			if (isQuote && !quoted.some((q) => q.start < cite.end && cite.start < q.end)) {
				problem(where, 'a quote must stand in quotation marks in the story', cite.quote);
			}
			if (isQuote && /[[\]]/.test(cite.quote)) problem(where, 'square brackets hold an editor’s words: cite the quote around them', cite.quote);
			if ((a.form === 'paraphrase' || a.form === 'reporter-voice' || a.form === 'declined') && insideQuotes(cite)) {
				problem(where, `a ${a.form} cannot stand inside quotation marks`, cite.quote);
			}
		}
		return { ...a, cite };
	});

	const wording = facts.wording.map((w, i) => {
		const where = `wording ${w.id}`;
		const path = `facts.wording[${i}]`;
		const problem = (where: string, message: string, quote?: string) => problemAt(where, message, quote, path);
		const cite = cited(where, `${path}.cite`, w.cite);
		if (!(WORDING_KINDS as readonly string[]).includes(w.kind)) problem(where, `unknown kind "${w.kind}"`);
		if (!w.effect?.trim()) problem(where, 'say what the words do to the claim');
		if (w.frames !== undefined) {
			const framed = attributions.find((a) => a.id === w.frames);
			if (!framed) problem(where, `there is no attribution "${w.frames}"`);
			else if (cite.quote && framed.cite.quote && blockAt(story, cite.start) !== blockAt(story, framed.cite.start)) {
				problem(where, `the words stand apart from the attribution they frame (${w.frames})`, cite.quote);
			}
		}
		if (w.kind === 'insertion' && cite.quote && !/^\[[^\]]*\]$/.test(cite.quote)) {
			problem(where, 'an insertion is the words in square brackets, brackets included', cite.quote);
		}
		return { ...w, cite };
	});
	const covered = (rows: { cite: Evidence }[], start: number, end: number) =>
		rows.some((r) => r.cite.start <= start && end <= r.cite.end);
	for (const m of story.text.matchAll(/\[[^\]]*\]/g)) {
		if (!wording.some((w) => w.kind === 'insertion' && w.cite.start === m.index)) {
			problem('wording', 'square brackets in the story are an editor’s insertion: record them', m[0], 'facts.wording');
		}
	}
	for (const m of story.text.matchAll(DISTANCING_WORDS)) {
		if (!covered(wording, m.index, m.index + m[0].length)) {
			problem('wording', 'a distancing word the wording table does not record', m[0], 'facts.wording');
		}
	}

	const timeWords = facts.timeWords.map((t, i) => {
		const where = `time word ${t.id}`;
		const path = `facts.timeWords[${i}]`;
		const problem = (where: string, message: string, quote?: string) => problemAt(where, message, quote, path);
		const cite = cited(where, `${path}.cite`, t.cite);
		if (!eventIds.has(t.event)) problem(where, `there is no event "${t.event}"`);
		if (!t.reason?.trim()) problem(where, 'say how the words are anchored, or why they cannot be');
		if (t.date !== undefined) {
			if (!/^\d{4}-/.test(t.date) || !validIsoDate(t.date)) problem(where, 'an anchored date is YYYY-MM-DD, with its year');
			else {
				const weekday = WEEKDAYS.find((d) => new RegExp(`\\b${d}\\b`, 'i').test(cite.quote));
				const date = new Date(`${t.date}T12:00:00Z`);
				if (weekday && WEEKDAYS[date.getUTCDay()] !== weekday) {
					problem(where, `${t.date} is a ${WEEKDAYS[date.getUTCDay()]}, not a ${weekday}`, cite.quote);
				}
				const published = new Date(`${story.publishedISO.slice(0, 10)}T12:00:00Z`);
				if (weekday && Math.abs(date.getTime() - published.getTime()) >= 7 * 86_400_000) {
					problem(where, 'a weekday names a day within a week of the dateline', cite.quote);
				}
			}
		}
		for (const id of t.after ?? []) {
			if (!eventIds.has(id)) problem(where, `there is no event "${id}"`);
			else if (eventIds.has(t.event) && !happenedBefore(facts.relations, id, t.event)) {
				problem(where, `no relation puts "${id}" before "${t.event}": add the one these words establish`);
			}
		}
		return { ...t, cite };
	});
	for (const m of story.text.matchAll(RELATIVE_TIME_WORDS)) {
		if (!covered(timeWords, m.index, m.index + m[0].length)) {
			problem('time words', 'a relative time word the time-word table does not anchor', m[0], 'facts.timeWords');
		}
	}

	const factIds = new Set([...eventIds, ...figureIds, ...sourceIds, ...attributionIds, ...wordingIds, ...timeWordIds]);
	const questions = json.questions.map((json, i) => {
		const where = `question ${json.id}`;
		const path = `questions[${i}]`;
		let q: Question<Evidence> = json;
		if (json.kind === 'evidence') {
			const { answer, ...rest } = json;
			q = rest;
			if (!sameEvidence(answer, json.evidence)) {
				problem(where, 'an evidence question’s answer repeats its evidence, passage for passage', undefined, `${path}.answer`);
			}
		}
		checkQuestion(q, (message, quote, field) => problem(where, message, quote, field === undefined ? path : `${path}${field}`), {
			eventIds,
			factIds,
			relations: facts.relations
		});
		return {
			...q,
			evidence: (Array.isArray(q.evidence) ? q.evidence : []).map((e, j) => cited(where, `${path}.evidence[${j}]`, e))
		} as Question<Evidence>;
	});

	if (problems.length > 0) return { problems };
	const module: StoryModule = {
		slug: json.slug,
		title: json.title,
		summary: json.summary,
		version: '',
		story,
		events,
		relations,
		figures,
		sources: facts.sources,
		attributions,
		wording,
		timeWords,
		questions
	};
	module.version = contentVersion(toModuleJson(module));
	return { problems, module };
}

/** Why a `{ quote, start, end }` is not an exact slice of the text, or undefined when it is. */
export function passageProblem(text: string, e: Evidence): string | undefined {
	const { quote, start, end } = e ?? {};
	if (typeof quote !== 'string' || quote.trim().length === 0) return 'the quote is empty';
	if (quote !== quote.trim()) return 'the quote starts or ends with white space';
	if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length) {
		return `the passage ${start}–${end} lies outside the story text (${text.length} characters)`;
	}
	if (end - start !== quote.length) return `the passage ${start}–${end} is ${end - start} characters long, its quote ${quote.length}`;
	if (text.slice(start, end) !== quote) {
		const at = occurrences(text, quote);
		return at.length === 0
			? 'the quote does not occur in the story'
			: `the story has other words at ${start}–${end}; the quote occurs at ${at.slice(0, 3).join(', ')}${at.length > 3 ? ' …' : ''}`;
	}
	return undefined;
}

function sameEvidence(a: Evidence[], b: Evidence[]): boolean {
	return a.length === b.length && a.every((e, i) => e.quote === b[i]!.quote && e.start === b[i]!.start && e.end === b[i]!.end);
}

function isWebAddress(value: string): boolean {
	try {
		const url = new URL(value);
		return (url.protocol === 'https:' || url.protocol === 'http:') && value === value.trim();
	} catch {
		return false;
	}
}

/**
 * An event is cited where the story first tells it, in whatever part that is. A machine cannot read every
 * paraphrase, but it can hold the author to the words declared: neither the cited words nor those of a
 * declared other mention may occur before the cite, and every other mention comes after it.
 */
function checkFirstTelling(
	story: Story,
	cite: Evidence,
	mentions: Evidence[],
	problem: (message: string, quote?: string) => void
) {
	if (!cite.quote) return;
	for (const m of mentions) {
		if (m.quote && m.start === cite.start) problem('a declared mention repeats the cite', m.quote);
		else if (m.quote && m.start < cite.start) {
			problem(`a declared mention comes before the cite, in the ${partAt(story, m.start)}: cite the first telling`, m.quote);
		}
	}
	for (const e of [cite, ...mentions]) {
		if (!e.quote) continue;
		const first = occurrences(story.text, e.quote)[0];
		if (first !== undefined && first < cite.start && (e === cite || mentions.every((m) => m.start !== first))) {
			problem(`these words occur earlier, in the ${partAt(story, first)}: cite the event where the story first tells it`, e.quote);
		}
	}
}

type QuestionContext = {
	eventIds: Set<string>;
	factIds: Set<string>;
	relations: { before: string; after: string }[];
};

/** `problem` takes the field a problem concerns, as a path below the question's: `.answer`, `.options[2].text`. */
type FieldProblem = (message: string, quote?: string, field?: string) => void;

function checkQuestion(q: Question<Evidence>, problem: FieldProblem, ctx: QuestionContext) {
	if (!(QUESTION_KINDS as readonly string[]).includes(q.kind)) return problem(`unknown kind "${String(q.kind)}"`, undefined, '.kind');
	if (!(SKILLS as readonly string[]).includes(q.skill)) problem(`unknown skill "${String(q.skill)}"`, undefined, '.skill');
	if (![1, 2, 3].includes(q.difficulty)) problem('difficulty must be 1, 2 or 3', undefined, '.difficulty');
	if (!q.stem?.trim()) problem('the stem is missing', undefined, '.stem');
	if (!q.explanation?.trim()) problem('the explanation is missing', undefined, '.explanation');
	if (!Array.isArray(q.evidence) || q.evidence.length === 0) problem('cite at least one passage as evidence', undefined, '.evidence');
	(q.hints ?? []).forEach((hint, i) => {
		if (!hint?.trim()) problem('a hint is empty', undefined, `.hints[${i}]`);
	});
	for (const id of q.facts ?? []) if (!ctx.factIds.has(id)) problem(`refers to an unknown fact "${id}"`, undefined, '.facts');

	switch (q.kind) {
		case 'single': {
			const ids = checkOptions(q.options, problem);
			if (!ids.has(q.answer)) problem(`the answer "${q.answer}" is not one of the options`, undefined, '.answer');
			checkWrongFeedback(q.options, [q.answer], problem);
			break;
		}
		case 'multiple': {
			const ids = checkOptions(q.options, problem);
			if (!Array.isArray(q.answer) || q.answer.length === 0) problem('a multiple-select question needs at least one correct option', undefined, '.answer');
			else {
				if (new Set(q.answer).size !== q.answer.length) problem('the answer lists an option twice', undefined, '.answer');
				for (const a of q.answer) if (!ids.has(a)) problem(`the answer "${a}" is not one of the options`, undefined, '.answer');
				if (q.answer.length === q.options.length) problem('at least one option must be wrong', undefined, '.answer');
				checkWrongFeedback(q.options, q.answer, problem);
			}
			break;
		}
		case 'ordering': {
			if (!Array.isArray(q.items) || q.items.length < 2) return problem('an ordering needs at least two events', undefined, '.items');
			for (const id of q.items) if (!ctx.eventIds.has(id)) problem(`"${id}" is not an event`, undefined, '.items');
			if (new Set(q.items).size !== q.items.length) problem('an event is listed twice', undefined, '.items');
			const isPermutation =
				Array.isArray(q.answer) &&
				q.answer.length === q.items.length &&
				new Set(q.answer).size === q.answer.length &&
				q.answer.every((id) => q.items.includes(id));
			if (!isPermutation) return problem('the answer must be a permutation of the items', undefined, '.answer');
			for (let i = 0; i + 1 < q.answer.length; i++) {
				const [a, b] = [q.answer[i]!, q.answer[i + 1]!];
				if (!happenedBefore(ctx.relations, a, b)) {
					problem(`the story does not establish that "${a}" happened before "${b}"`, undefined, '.answer');
				}
			}
			if (q.items.every((id, i) => q.answer[i] === id)) problem('the items are listed in the answer order: shuffle them', undefined, '.items');
			if (!q.wrongFeedback?.trim()) problem('feedback for a wrong order is missing', undefined, '.wrongFeedback');
			break;
		}
		case 'numeric': {
			const a = q.answer;
			if (a?.type === 'integer') {
				if (!Number.isInteger(a.value)) problem('an integer answer must be a whole number', undefined, '.answer.value');
				if (a.tolerance !== undefined && !(a.tolerance >= 0)) problem('tolerance must be zero or more', undefined, '.answer.tolerance');
			} else if (a?.type === 'date') {
				if (!validIsoDate(a.iso)) problem('a date answer is YYYY-MM-DD or --MM-DD', undefined, '.answer.iso');
			} else problem('the answer must be an integer or a date', undefined, '.answer');
			(q.wrongValues ?? []).forEach((w, i) => {
				const problemHere = (message: string) => problem(message, undefined, `.wrongValues[${i}]`);
				const same = a?.type === 'integer' ? w.value === a.value : a?.type === 'date' && w.value === a.iso;
				if (same && !w.units?.length) problemHere('a wrong value equals the answer');
				for (const unit of w.units ?? []) {
					if (q.units?.includes(unit)) problemHere(`the wrong value ${w.value} names "${unit}", a unit the answer takes`);
				}
				if (!w.feedback?.trim()) problemHere(`the wrong value ${w.value} has no feedback`);
			});
			if (!q.wrongFeedback?.trim()) problem('feedback for a wrong number is missing', undefined, '.wrongFeedback');
			if (!q.format?.trim()) problem('say what format the answer takes', undefined, '.format');
			break;
		}
		case 'matching': {
			if (!Array.isArray(q.prompts) || q.prompts.length < 2) return problem('a matching question needs at least two prompts', undefined, '.prompts');
			if (!Array.isArray(q.choices) || q.choices.length < 2) return problem('a matching question needs at least two choices', undefined, '.choices');
			const prompts = new Set(q.prompts.map((p) => p.id));
			const choices = new Set(q.choices.map((c) => c.id));
			if (prompts.size !== q.prompts.length) problem('a prompt id is used twice', undefined, '.prompts');
			if (choices.size !== q.choices.length) problem('a choice id is used twice', undefined, '.choices');
			q.prompts.forEach((p, i) => {
				if (!p.text?.trim()) problem(`prompt ${p.id} has no text`, undefined, `.prompts[${i}].text`);
				const c = q.answer?.[p.id];
				if (c === undefined) problem(`prompt ${p.id} has no answer`, undefined, '.answer');
				else if (!choices.has(c)) problem(`prompt ${p.id} is matched to an unknown choice "${c}"`, undefined, '.answer');
			});
			for (const id of Object.keys(q.answer ?? {})) if (!prompts.has(id)) problem(`the answer names an unknown prompt "${id}"`, undefined, '.answer');
			if (!q.wrongFeedback?.trim()) problem('feedback for a wrong match is missing', undefined, '.wrongFeedback');
			break;
		}
		case 'evidence': {
			if (!q.claim?.trim()) problem('the claim to support is missing', undefined, '.claim');
			if (!q.wrongFeedback?.trim()) problem('feedback for a wrong pick is missing', undefined, '.wrongFeedback');
			break;
		}
		case 'tfn': {
			if (!q.statement?.trim()) problem('the statement is missing', undefined, '.statement');
			if (!(TFN_CHOICES as readonly string[]).includes(q.answer)) problem('the answer must be true, false or not-stated', undefined, '.answer');
			for (const c of TFN_CHOICES) {
				if (c !== q.answer && !q.feedback?.[c]?.trim()) problem(`feedback for the wrong choice "${c}" is missing`, undefined, c === 'not-stated' ? '.feedback["not-stated"]' : `.feedback.${c}`);
			}
			break;
		}
	}
}

function checkOptions(options: Option[], problem: FieldProblem): Set<string> {
	if (!Array.isArray(options) || options.length < 2) {
		problem('a choice question needs at least two options', undefined, '.options');
		return new Set();
	}
	const ids = new Set<string>();
	options.forEach((o, i) => {
		if (ids.has(o.id)) problem(`the option id "${o.id}" is used twice`, undefined, `.options[${i}].id`);
		if (!o.text?.trim()) problem(`option ${o.id} has no text`, undefined, `.options[${i}].text`);
		ids.add(o.id);
	});
	return ids;
}

function checkWrongFeedback(options: Option[], right: string[], problem: FieldProblem) {
	options.forEach((o, i) => {
		if (!right.includes(o.id) && !o.feedback?.trim()) problem(`wrong option ${o.id} has no feedback`, undefined, `.options[${i}].feedback`);
	});
}

function validIsoDate(value: string): boolean {
	const m = ISO_DATE.exec(value);
	if (!m) return false;
	const year = m[1] === '-' ? 2000 : Number(m[1]);
	const [month, day] = [Number(m[2]), Number(m[3])];
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function findCycle(relations: { before: string; after: string }[]): string[] | undefined {
	const next = new Map<string, string[]>();
	for (const r of relations) next.set(r.before, [...(next.get(r.before) ?? []), r.after]);
	const state = new Map<string, 'open' | 'done'>();
	const path: string[] = [];
	const visit = (id: string): string[] | undefined => {
		if (state.get(id) === 'open') return [...path.slice(path.indexOf(id)), id];
		if (state.get(id) === 'done') return undefined;
		state.set(id, 'open');
		path.push(id);
		for (const n of next.get(id) ?? []) {
			const found = visit(n);
			if (found) return found;
		}
		path.pop();
		state.set(id, 'done');
		return undefined;
	};
	for (const id of next.keys()) {
		const found = visit(id);
		if (found) return found;
	}
	return undefined;
}
