/**
 * The last stage: facts → a draft module. Every fact table row and question carries
 * `draft: { rule, confidence }`. The module is judged by the same `checkModule` as every other module;
 * whatever it refuses is dropped (never emitted) and the rest is checked again, so a draft always loads.
 * No question asks for an order the relations do not establish, or a number the text does not print.
 */
import { checkSource } from '$lib/content/authoring';
import { DISTANCING_WORDS as CHECKED_DISTANCING, RELATIVE_TIME_WORDS, SLUG, type ContentProblem } from '$lib/content/load';
import { LIMITS, parseModuleJson, serializeModule, toModuleJson } from '$lib/content/module-json';
import type {
	ModuleJson,
	Attribution,
	Cite,
	EventRelation,
	Figure,
	ModuleSource,
	Option,
	Question,
	Skill,
	Source,
	StoryEvent,
	StoryModule,
	TimeWord,
	Wording
} from '$lib/content/types';
import { happenedBefore } from '$lib/content/order';
import { extract, type Extraction } from './extract';
import { containing, LayoutError, type Span } from './layout';
import type { FigureMention } from './figures';
import type { QuoteMention, Speaker } from './quotes';

/** Stories longer than the format allows are refused with a message: a news story is a few thousand words. */
export const MAX_STORY_CHARS = LIMITS.storyCharacters;

export type DraftResult = {
	module?: StoryModule;
	/** The module in the stored JSON format; `text` is its canonical serialisation. */
	json?: ModuleJson;
	text?: string;
	/** Problems left after dropping what failed: empty whenever `module` is set. */
	problems: ContentProblem[];
	/** Plain-language notes: why the draft is smaller, what could not be read. */
	messages: string[];
	stats: { candidates: number; kept: number; dropped: { where: string; message: string }[] };
	extraction?: Extraction;
};

type Draft = { rule: string; confidence: number };
const d = (rule: string, confidence: number): { draft: Draft } => ({ draft: { rule, confidence: Math.round(confidence * 100) / 100 } });

export function draftModule(input: string, options: { published?: string; slug?: string } = {}): DraftResult {
	const messages: string[] = [];
	const empty = (message: string): DraftResult => ({ problems: [], messages: [message], stats: { candidates: 0, kept: 0, dropped: [] } });
	if (typeof input !== 'string' || input.trim() === '') return empty('The story is empty: paste or upload the text of a news story.');
	if (input.length > MAX_STORY_CHARS) {
		return empty(`The story is ${Math.round(input.length / 1000)} thousand characters long; the drafter reads stories up to ${MAX_STORY_CHARS / 1000} thousand. Cut it to the article itself.`);
	}
	let x: Extraction;
	try {
		x = extract(input, options);
	} catch (e) {
		if (e instanceof LayoutError) return empty(`Cannot lay the story out: ${e.message}.`);
		if (e instanceof Error && e.message.startsWith('--published')) return empty(e.message);
		throw e;
	}
	messages.push(...x.layout.notes);
	const built = build(x, options.slug);
	let source = built.source;
	const dropped: { where: string; message: string }[] = [];
	let result = checkSource(source);
	for (let round = 0; round < 12 && !result.module; round++) {
		const next = dropFailing(source, result.problems, dropped);
		if (!next) break;
		source = next;
		result = checkSource(source);
	}
	const candidates = built.source.questions.length;
	if (!result.module) {
		return { problems: result.problems, messages: [...messages, 'The draft did not pass the content checks; nothing was emitted.'], stats: { candidates, kept: 0, dropped }, extraction: x };
	}
	const module = result.module;
	// The same runtime schema and limits an import or the studio's store apply: a draft must be storable.
	const text = serializeModule(module);
	const parsed = parseModuleJson(JSON.parse(text));
	if (parsed.problems.length > 0) {
		// Every relative time word must be in the time-word table, so a very long story can hold more than a module may.
		for (const p of parsed.problems) {
			const table = /^facts\.(\w+)$/.exec(p.path ?? '')?.[1];
			const rows = /^([\d,]+) rows/.exec(p.message)?.[1];
			if (table && rows) messages.push(`The story is too long to draft as one module: it has ${rows} ${TABLE_NAMES[table] ?? table}, and a module holds at most ${LIMITS.factRows}. Draft from a shorter part of it.`);
		}
		return { problems: parsed.problems, messages: [...messages, 'The draft did not pass the module format’s checks; nothing was emitted.'], stats: { candidates, kept: 0, dropped }, extraction: x };
	}
	const perSkill = (['sequence', 'numbers', 'sources'] as Skill[]).map((s) => [s, module.questions.filter((q) => q.skill === s).length] as const);
	for (const [s, n] of perSkill) if (n === 0) messages.push(`No ${s} questions: the story gives nothing the drafter can ask about ${s === 'sequence' ? 'order or dates' : s === 'numbers' ? 'figures' : 'sources and quotes'}.`);
	if (x.quotes.length === 0) messages.push('No quotes or attributed statements found.');
	return { module, json: toModuleJson(module), text, problems: [], messages, stats: { candidates, kept: module.questions.length, dropped }, extraction: x };
}

/** Removes every row a problem names (and the questions that lean on it); undefined when nothing can go. */
function dropFailing(source: ModuleSource, problems: ContentProblem[], dropped: { where: string; message: string }[]): ModuleSource | undefined {
	const gone = { question: new Set<string>(), event: new Set<string>(), figure: new Set<string>(), source: new Set<string>(), attribution: new Set<string>(), wording: new Set<string>(), 'time word': new Set<string>() };
	const relations = new Set<number>();
	for (const p of problems) {
		const m = /^(question|event|figure|source|attribution|wording|time word) "?([\w-]+)"?/.exec(p.where);
		const r = /^relation (\d+)/.exec(p.where);
		if (m) gone[m[1] as keyof typeof gone].add(m[2]!);
		else if (r) relations.add(Number(r[1]) - 1);
		else continue;
		dropped.push({ where: p.where, message: p.message });
	}
	const total = Object.values(gone).reduce((n, s) => n + s.size, 0) + relations.size;
	if (total === 0) return undefined;
	const events = source.events.filter((e) => !gone.event.has(e.id));
	const eventIds = new Set(events.map((e) => e.id));
	const rels = source.relations.filter((r, i) => !relations.has(i) && eventIds.has(r.before) && eventIds.has(r.after));
	const attributions = source.attributions.filter((a) => !gone.attribution.has(a.id) && (!a.source || !gone.source.has(a.source)));
	const figures = source.figures.filter((f) => !gone.figure.has(f.id));
	const figureIds = new Set(figures.map((f) => f.id));
	const timeWords = source.timeWords.filter((t) => !gone['time word'].has(t.id) && eventIds.has(t.event)).map((t) => ({ ...t, after: t.after?.filter((a) => eventIds.has(a)) }));
	const wording = source.wording.filter((w) => !gone.wording.has(w.id));
	const factIds = new Set([...eventIds, ...figureIds, ...source.sources.map((s) => s.id), ...attributions.map((a) => a.id), ...wording.map((w) => w.id), ...timeWords.map((t) => t.id)]);
	const questions = source.questions.filter(
		(q) => !gone.question.has(q.id) && (q.facts ?? []).every((f) => factIds.has(f)) && (q.kind !== 'ordering' || q.items.every((i) => eventIds.has(i)))
	);
	return {
		...source,
		events,
		relations: rels,
		figures: figures.map((f) => ({ ...f, derivedFrom: f.derivedFrom?.filter((id) => figureIds.has(id)) })),
		attributions,
		wording,
		timeWords,
		questions
	};
}

// ---------------------------------------------------------------------------------------------------

function build(x: Extraction, slugOption?: string): { source: ModuleSource } {
	const { layout } = x;
	const { text } = layout;
	const slice = (s: Span) => text.slice(s.start, s.end);
	const cite = (s: Span): Cite => {
		let { start, end } = s;
		while (start < end && /\s/.test(text[start]!)) start++;
		while (end > start && /\s/.test(text[end - 1]!)) end--;
		const quote = text.slice(start, end);
		let occurrence = 0;
		let total = 0;
		for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
			total++;
			if (at === start) occurrence = total;
		}
		return total === 1 ? quote : { quote, occurrence };
	};
	const quoteOf = (c: Cite) => (typeof c === 'string' ? c : c.quote);
	const short = (s: string, n = 90) => (s.length <= n ? s : s.slice(0, s.lastIndexOf(' ', n - 1) > n / 2 ? s.lastIndexOf(' ', n - 1) : n - 1) + '…');
	const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
	const sentenceOf = (offset: number): Span => {
		const i = containing(layout.sentences, offset);
		if (i !== -1) return layout.sentences[i]!;
		for (const b of [layout.headline, layout.standfirst, ...layout.paragraphs]) if (b.start <= offset && offset < b.end) return b;
		return { start: offset, end: offset + 1 };
	};
	/** Evidence questions key on the body's sentences, the units a learner can pick. */
	const isBodySentence = (offset: number) => containing(layout.sentences, offset) !== -1;
	const paragraphNumber = (offset: number) => {
		const i = layout.paragraphs.findIndex((p) => p.start <= offset && offset < p.end);
		return i === -1 ? (offset < layout.standfirst.start ? 'the headline' : 'the standfirst') : `paragraph ${i + 1}`;
	};
	const firstTelling = (s: Span) => text.indexOf(text.slice(s.start, s.end).trim()) >= s.start - 1 && text.slice(s.start, s.end).trim().length > 3;

	/** A very long story gives more rows than a module holds: the first ones, in the story's order, are kept. */
	const room = (rows: unknown[]) => rows.length < LIMITS.factRows;

	// ---- events
	const events: (StoryEvent & { span: Span })[] = [];
	const eventIdAt: (string | undefined)[] = [];
	x.events.forEach((e, i) => {
		if (!firstTelling(e)) return;
		const id = `e${events.length + 1}`;
		eventIdAt[i] = id;
		events.push({ id, label: cap(short(e.text)), cite: cite(e), ...(e.times[0] ? { when: e.times[0].text } : {}), status: e.status, span: e, ...d(`event-${e.rule}`, e.confidence) });
	});
	const eventFor = (offset: number, end: number): string | undefined => {
		const hit = events.find((e) => e.span.start <= offset && end <= e.span.end);
		if (hit) return hit.id;
		// A new event: the clause around the words (the sentence, where no clause is found).
		const s = sentenceOf(offset);
		const span = { start: s.start, end: s.end };
		while (span.end > span.start && /[.!?"”’\s]/.test(text[span.end - 1]!)) span.end--;
		// A sentence told again word for word (a standfirst repeated as the lead): its time words belong to
		// the event of the first telling.
		const told = slice(span).trim();
		const lead = slice(span).length - slice(span).trimStart().length;
		const first = text.indexOf(told);
		if (!firstTelling(span) && told && first !== -1 && first < span.start + lead) {
			return eventFor(first + (offset - span.start - lead), first + (end - span.start - lead));
		}
		if (!firstTelling(span) || events.some((e) => e.span.start < span.end && span.start < e.span.end)) {
			return events.find((e) => e.span.start < span.end && span.start < e.span.end)?.id;
		}
		const id = `e${events.length + 1}`;
		const future = /\b(?:will|would|is due|are due|is to|are to|plans? to|scheduled)\b/.test(slice(span));
		events.push({ id, label: cap(short(slice(span))), cite: cite(span), status: future ? 'planned' : 'past', span, ...d('event-sentence-with-time-word', 0.5) });
		return id;
	};

	// ---- time words: every time expression inside an event, and every relative word the checker looks for
	const timeWords: (TimeWord & { span: Span })[] = [];
	const publishedDay = x.publishedISO ? new Date(`${x.publishedISO.slice(0, 10)}T12:00:00Z`) : undefined;
	const addTimeWord = (span: Span, date: string | undefined, reason: string, weekday: boolean, rule: string, confidence: number) => {
		if (timeWords.some((t) => t.span.start <= span.start && span.end <= t.span.end)) return;
		const event = eventFor(span.start, span.end);
		if (!event) return;
		let keep = date;
		if (keep && weekday && publishedDay && Math.abs(new Date(`${keep}T12:00:00Z`).getTime() - publishedDay.getTime()) >= 7 * 86_400_000) keep = undefined;
		if (keep && weekday && !publishedDay) keep = undefined;
		timeWords.push({ id: `t${timeWords.length + 1}`, cite: cite(span), event, ...(keep ? { date: keep } : {}), reason, span, ...d(rule, confidence) });
	};
	const relativeWord = new RegExp(RELATIVE_TIME_WORDS.source, 'i');
	for (const t of x.times) {
		if (t.kind === 'duration') continue;
		const inEvent = events.some((e) => e.span.start <= t.start && t.end <= e.span.end);
		const relative = relativeWord.test(t.text);
		if (inEvent || relative) addTimeWord(t, t.date, t.reason, t.kind === 'weekday', `time-${t.kind}`, t.confidence);
	}
	for (const m of text.matchAll(new RegExp(RELATIVE_TIME_WORDS.source, 'gi'))) {
		const span = { start: m.index, end: m.index + m[0].length };
		if (timeWords.some((t) => t.span.start <= span.start && span.end <= t.span.end)) continue;
		const t = x.times.find((t) => t.start <= span.start && span.end <= t.end);
		if (t) addTimeWord(t, t.date, t.reason, t.kind === 'weekday', `time-${t.kind}`, t.confidence);
		else addTimeWord(span, undefined, /^(?:later|earlier|recently)$/i.test(m[0]) ? 'placed relative to another event, not to the calendar' : 'the drafter could not date these words', false, 'time-relative-word', 0.4);
	}

	// ---- relations
	const relations: (EventRelation & { span: Span })[] = [];
	for (const r of x.relations) {
		if (!room(relations)) break;
		const before = eventIdAt[r.before];
		const after = eventIdAt[r.after];
		if (!before || !after || before === after) continue;
		const span = r.rule.startsWith('dates') ? r.cue : sentenceOf(r.cue.start);
		relations.push({ before, after, cite: cite(trimStop(text, span)), reason: r.reason, span, ...d(`relation-${r.rule}`, r.confidence) });
	}

	// ---- figures
	const figures: (Figure & { mention?: FigureMention; span: Span })[] = [];
	const figureIdOf = new Map<FigureMention, string>();
	for (const f of x.figures) {
		if (!room(figures)) break;
		if (f.kind === 'year' || (f.kind === 'ordinal' && f.spelled)) continue;
		const id = `f${figures.length + 1}`;
		figureIdOf.set(f, id);
		const unit = f.unit;
		figures.push({
			id,
			kind: 'count',
			value: f.value,
			...(unit ? { unit } : {}),
			counts: unit ? `${unit}${f.upTo !== undefined ? ` (from ${f.value} to ${f.upTo})` : ''}${f.approximate ? ', approximately' : ''}` : `a number in "${short(slice(sentenceOf(f.start)), 60)}"`,
			cite: cite(f),
			mention: f,
			span: f,
			...d(`figure-${f.kind}`, f.confidence)
		});
	}
	const changes = x.changes.filter((c) => c.from && c.to && c.by !== undefined && figureIdOf.has(c.from) && figureIdOf.has(c.to));
	const changeFigures: { id: string; change: (typeof changes)[number] }[] = [];
	for (const c of changes) {
		if (!room(figures)) break;
		const id = `f${figures.length + 1}`;
		const unit = c.to!.unit ?? c.from!.unit;
		figures.push({
			id,
			kind: 'count',
			value: c.by!,
			...(unit ? { unit } : {}),
			counts: `the ${c.direction} from ${c.from!.text} to ${c.to!.text}`,
			cite: cite(c),
			derivedFrom: [figureIdOf.get(c.from!)!, figureIdOf.get(c.to!)!],
			span: c,
			...d(`figure-${c.rule}`, 0.8)
		});
		changeFigures.push({ id, change: c });
	}
	for (const t of x.times) {
		if (!t.date || t.kind === 'duration' || !room(figures)) continue;
		const tw = timeWords.find((w) => w.span.start === t.start && w.date);
		if (!tw) continue;
		figures.push({ id: `f${figures.length + 1}`, kind: 'date', value: tw.date!, counts: `the date "${t.text}" stands for`, cite: cite(t), span: t, ...d(`figure-date-${t.kind}`, t.confidence) });
	}

	// ---- sources and attributions
	const sources: (Source & { speaker: Speaker })[] = [];
	const sourceIdOf = (sp: Speaker): string => {
		let s = sources.find((x) => x.speaker === sp);
		if (!s) {
			s = { id: `s${sources.length + 1}`, name: sp.name, role: sp.role || 'named in the story', kind: sp.kind, speaker: sp, ...d(`source-${sp.kind}`, 0.7) };
			sources.push(s);
		}
		return s.id;
	};
	const attributions: (Attribution & { mention: QuoteMention })[] = [];
	for (const q of x.quotes) {
		if (!room(attributions)) break;
		if (!q.speaker) continue;
		const source = sourceIdOf(q.speaker);
		attributions.push({
			id: `a${attributions.length + 1}`,
			source,
			claim: short(q.text, 140),
			form: q.form,
			...(q.verb ? { channel: undefined } : {}),
			cite: cite(q),
			mention: q,
			...d(`attribution-${q.rule}`, q.confidence)
		});
	}
	for (const a of attributions) if (a.channel === undefined) delete a.channel;

	// ---- wording
	const wording: (Wording & { span: Span })[] = [];
	const checked = new RegExp(CHECKED_DISTANCING.source, 'i');
	for (const w of x.wording) {
		if (w.kind === 'distancing' && w.insideQuote && !checked.test(w.text)) continue;
		wording.push({
			id: `w${wording.length + 1}`,
			cite: cite(w),
			kind: w.kind,
			effect:
				w.kind === 'insertion'
					? 'The square brackets mark words the editor put into the quote, not the speaker’s.'
					: w.insideQuote
						? `"${w.text}" stands inside a quote: the speaker’s word, which keeps the claim at arm’s length.`
						: `"${w.text}" is the reporter’s choice: it keeps the claim at arm’s length, without saying it is true.`,
			span: w,
			...d(`wording-${w.rule}`, w.confidence)
		});
	}

	// ---- questions
	const questions: Question[] = [];
	const strip = <T extends { span?: unknown; mention?: unknown; speaker?: unknown }>(rows: T[]) =>
		rows.map(({ span: _s, mention: _m, speaker: _sp, ...rest }) => rest);
	const ctx: QCtx = { x, text, isBodySentence, cite, quoteOf, short, cap, sentenceOf, paragraphNumber, events, relations, figures, changeFigures, sources, attributions, wording, timeWords, questions };
	sequenceQuestions(ctx);
	numberQuestions(ctx);
	sourceQuestions(ctx);

	const headline = slice(layout.headline);
	const slug =
		slugOption && SLUG.test(slugOption)
			? slugOption
			: headline.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').split('-').filter(Boolean).slice(0, 6).join('-') || 'drafted-story';
	const publishedLine = layout.published ?? (x.publishedISO ? x.publishedISO.slice(0, 16).replace('T', ' ') : 'Publication date not given');
	const storyFile = [...layout.chrome, publishedLine, '', text, ''].join('\n');
	const summary = short(slice(layout.standfirst), 280);
	return {
		source: {
			slug,
			title: short(headline, 160),
			summary,
			storyFile,
			story: {
				publisher: layout.dateline.agency ?? 'Publisher not given',
				chrome: layout.chrome,
				published: publishedLine,
				publishedISO: x.publishedISO ?? '',
				dateline: slice(layout.dateline)
			},
			events: strip(events) as StoryEvent[],
			relations: strip(relations) as EventRelation[],
			figures: strip(figures) as Figure[],
			sources: strip(sources) as Source[],
			attributions: strip(attributions) as Attribution[],
			wording: strip(wording) as Wording[],
			timeWords: strip(timeWords) as TimeWord[],
			questions
		}
	};
}

function trimStop(text: string, s: Span): Span {
	let { start, end } = s;
	while (end > start && /[\s]/.test(text[end - 1]!)) end--;
	while (start < end && /\s/.test(text[start]!)) start++;
	return { start, end };
}

type QCtx = {
	x: Extraction;
	text: string;
	isBodySentence: (offset: number) => boolean;
	cite: (s: Span) => Cite;
	quoteOf: (c: Cite) => string;
	short: (s: string, n?: number) => string;
	cap: (s: string) => string;
	sentenceOf: (offset: number) => Span;
	paragraphNumber: (offset: number) => string;
	events: (StoryEvent & { span: Span })[];
	relations: (EventRelation & { span: Span })[];
	figures: (Figure & { mention?: FigureMention; span: Span })[];
	changeFigures: { id: string; change: Extraction['changes'][number] }[];
	sources: (Source & { speaker: Speaker })[];
	attributions: (Attribution & { mention: QuoteMention })[];
	wording: (Wording & { span: Span })[];
	timeWords: (TimeWord & { span: Span })[];
	questions: Question[];
};

const LETTERS = ['a', 'b', 'c', 'd', 'e'];
/** Options with the right one placed by `seed`, so keys do not always sit first. */
function options(right: string[], wrong: { text: string; feedback: string }[], seed: number): { options: Option[]; answer: string[] } {
	const all = [...right.map((t) => ({ text: t, right: true, feedback: '' })), ...wrong.map((w) => ({ ...w, right: false }))];
	const rot = seed % all.length;
	const ordered = [...all.slice(rot), ...all.slice(0, rot)];
	const opts = ordered.map((o, i) => ({ id: LETTERS[i]!, text: o.text, ...(o.right ? {} : { feedback: o.feedback }) }));
	return { options: opts, answer: ordered.map((o, i) => (o.right ? LETTERS[i]! : '')).filter(Boolean) };
}
const TABLE_NAMES: Record<string, string> = { events: 'events', relations: 'orders of events', figures: 'figures', sources: 'sources', attributions: 'attributed statements', wording: 'notes on wording', timeWords: 'time words' };
/** Enough chains to find the two longest in any story the corpus holds; a cap, not a target. */
const MAX_CHAINS = 2000;
/** The rows whose key is the first of its kind, in order. */
const uniqBy = <T>(rows: T[], key: (t: T) => string) => {
	const seen = new Set<string>();
	return rows.filter((r) => !seen.has(key(r)) && !!seen.add(key(r)));
};
const q = (s: string) => `“${s}”`;

function sequenceQuestions(c: QCtx) {
	const { events, relations, questions } = c;
	const push = (question: Question) => questions.push({ ...question, id: `seq-${questions.filter((x) => x.skill === 'sequence').length + 1}` });
	const rels = relations.map((r) => ({ before: r.before, after: r.after }));
	const ev = (id: string) => events.find((e) => e.id === id)!;
	const before = (a: string, b: string) => happenedBefore(rels, a, b);

	// Ordering: the longest chains the relations establish.
	// A long story dates hundreds of events against each other, and the paths through them multiply: only the
	// first MAX_CHAINS are collected, in the same order as always, so the search stays small.
	const chains: string[][] = [];
	const successors = new Map<string, string[]>();
	for (const r of relations) successors.set(r.before, [...(successors.get(r.before) ?? []), r.after]);
	const extend = (path: string[]) => {
		if (chains.length >= MAX_CHAINS) return;
		const nexts = (successors.get(path[path.length - 1]!) ?? []).filter((id) => !path.includes(id));
		if (nexts.length === 0 || path.length >= 4) chains.push(path);
		for (const id of nexts) extend([...path, id]);
	};
	for (const e of events) if (!relations.some((r) => r.after === e.id)) extend([e.id]);
	const ordered = chains.filter((p) => p.length >= 2).sort((a, b) => b.length - a.length);
	const usedChains: string[][] = [];
	for (const chain of ordered) {
		if (usedChains.some((u) => chain.every((id) => u.includes(id)))) continue;
		if (usedChains.length >= 2) break;
		usedChains.push(chain);
		const items = chain.length === 2 ? [chain[1]!, chain[0]!] : [...chain.slice(1), chain[0]!];
		const told = [...chain].sort((a, b) => ev(a).span.start - ev(b).span.start);
		const steps = chain.slice(1).map((id, i) => relations.find((r) => r.before === chain[i] && r.after === id)!);
		push({
			id: 'x',
			kind: 'ordering',
			skill: 'sequence',
			difficulty: chain.length > 2 ? 3 : 2,
			stem: 'Put these events in the order they happened.',
			items,
			answer: chain,
			explanation: `The story establishes the order: ${steps.map((r) => `${r.reason} — ${q(c.quoteOf(r.cite))}`).join('; ')}.`,
			evidence: steps.map((r) => r.cite),
			hints: ['Look for words that order events: after, before, then, later, and for dates.', `Start with ${q(ev(chain[0]!).label)}: what came next?`],
			wrongFeedback: 'Follow the dates and ordering words in the cited passages, not the order the story tells things in.',
			...(told.join() !== chain.join() ? { toldOrderFeedback: 'That is the order the story tells them in, not the order they happened.' } : {}),
			facts: chain,
			...d('sequence-ordering-chain', Math.min(...steps.map((r) => r.draft!.confidence)))
		});
	}

	// Which is told first.
	const pool = uniqBy(events, (e) => String(c.sentenceOf(e.span.start).start));
	for (let k = 0; k + 2 < pool.length && k < 12; k += 3) {
		const trio = [pool[k + 2]!, pool[k]!, pool[k + 1]!];
		const first = pool[k]!;
		const { options: opts, answer } = options([first.label], trio.filter((e) => e !== first).map((e) => ({ text: e.label, feedback: `The story tells this later, in ${c.paragraphNumber(e.span.start)}.` })), k);
		push({
			id: 'x',
			kind: 'single',
			skill: 'sequence',
			difficulty: 1,
			stem: 'Which of these does the story tell first?',
			options: opts,
			answer: answer[0]!,
			explanation: `The story tells ${q(first.label)} first, in ${c.paragraphNumber(first.span.start)}: ${q(c.quoteOf(first.cite))}. The told order is not always the order things happened.`,
			evidence: [first.cite],
			hints: ['This asks about the order of telling, not of happening.', 'Scan from the top of the story.'],
			facts: trio.map((e) => e.id),
			...d('sequence-told-first', 0.9)
		});
	}

	// True or false on the order of telling: always established, by the text itself.
	for (let k = 0; k + 1 < pool.length && k < 4; k += 2) {
		const [a, b] = k % 4 === 0 ? [pool[k]!, pool[k + 1]!] : [pool[k + 1]!, pool[k]!];
		const truth = a.span.start < b.span.start;
		push({
			id: 'x',
			kind: 'tfn',
			skill: 'sequence',
			difficulty: 1,
			stem: 'True, false, or not stated in the story?',
			statement: `The story tells ${q(a.label)} before it tells ${q(b.label)}.`,
			answer: truth ? 'true' : 'false',
			feedback: truth
				? { false: 'Look again at where each one stands in the story.', 'not-stated': 'The order of telling is there on the page: compare the paragraphs.' }
				: { true: `The story tells ${q(b.label)} first, in ${c.paragraphNumber(b.span.start)}.`, 'not-stated': 'The order of telling is there on the page: compare the paragraphs.' },
			explanation: `${q(c.quoteOf(a.cite))} stands in ${c.paragraphNumber(a.span.start)}; ${q(c.quoteOf(b.cite))} in ${c.paragraphNumber(b.span.start)}. This is the order of telling, not of happening.`,
			evidence: [a.cite, b.cite],
			hints: ['This asks about the order of telling: find each one in the story.'],
			facts: [a.id, b.id],
			...d('sequence-tfn-told-order', 0.9)
		});
	}

	// What date.
	// One per event: the question names the event, not the words, so two dates for one event ("from Monday, …
	// said on Wednesday") would ask the same thing twice and accept a different answer each time.
	const dated = uniqBy(c.timeWords.filter((t) => t.date && /^\d{4}-/.test(t.date)), (t) => t.event).slice(0, 3);
	for (const t of dated) {
		const e = ev(t.event);
		const [y, m, day] = t.date!.split('-').map(Number);
		const human = new Date(Date.UTC(y!, m! - 1, day!)).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
		push({
			id: 'x',
			kind: 'numeric',
			skill: 'sequence',
			difficulty: /^\d{4}/.test(c.quoteOf(t.cite)) || /\d/.test(c.quoteOf(t.cite)) ? 1 : 2,
			stem: `On what date did this happen, or is it due to happen: ${q(e.label)}?`,
			answer: { type: 'date', iso: t.date! },
			accept: [human],
			explanation: `${q(c.quoteOf(t.cite))} stands for ${human}: ${t.reason}.`,
			evidence: [t.cite],
			hints: ['Find the time words in the event’s sentence.', 'Count from the dateline or the publication date.'],
			wrongFeedback: `The story dates it with ${q(c.quoteOf(t.cite))}; count from the date at the top of the story.`,
			format: 'a date such as 5 March 2025',
			facts: [e.id, t.id],
			...d('sequence-what-date', t.draft!.confidence)
		});
	}

	// True, false or not stated, on the order of happening.
	relations.slice(0, 2).forEach((r, i) => {
		const [a, b] = i % 2 === 0 ? [r.before, r.after] : [r.after, r.before];
		const truth = i % 2 === 0 ? 'true' : 'false';
		push({
			id: 'x',
			kind: 'tfn',
			skill: 'sequence',
			difficulty: 2,
			stem: 'True, false, or not stated in the story?',
			statement: `${q(ev(a).label)} happened before ${q(ev(b).label)}.`,
			answer: truth,
			feedback: {
				true: 'The cited words put them the other way round.',
				false: 'The cited words put them in this order.',
				'not-stated': `The story does state the order: ${q(c.quoteOf(r.cite))}.`
			},
			explanation: `${r.reason}: ${q(c.quoteOf(r.cite))}.`,
			evidence: [r.cite],
			hints: ['Look for ordering words or dates around both events.'],
			facts: [r.before, r.after],
			...d('sequence-tfn-relation', r.draft!.confidence)
		});
	});
	// Not stated: two past events no relation connects, each dated by nothing the calendar can compare.
	const loose = events.filter((e) => e.status === 'past' && !c.timeWords.some((t) => t.event === e.id && t.date));
	outer: for (let i = 0; i < loose.length; i++) {
		for (let j = i + 1; j < loose.length; j++) {
			const [a, b] = [loose[i]!, loose[j]!];
			if (before(a.id, b.id) || before(b.id, a.id)) continue;
			if (relations.some((r) => [r.before, r.after].includes(a.id) || [r.before, r.after].includes(b.id))) continue;
			if (c.x.events.some((e) => e.interval && (e.start === a.span.start || e.start === b.span.start))) continue;
			push({
				id: 'x',
				kind: 'tfn',
				skill: 'sequence',
				difficulty: 3,
				stem: 'True, false, or not stated in the story?',
				statement: `${q(a.label)} happened before ${q(b.label)}.`,
				answer: 'not-stated',
				feedback: { true: 'The story tells one before the other, but gives no date or ordering word that puts them in order.', false: 'The story gives nothing that puts one after the other.' },
				explanation: `The story tells ${q(c.quoteOf(a.cite))} and ${q(c.quoteOf(b.cite))}, but no date or ordering word fixes which came first.`,
				evidence: [a.cite, b.cite],
				hints: ['Being told first is not the same as happening first.'],
				facts: [a.id, b.id],
				...d('sequence-tfn-unordered', 0.45)
			});
			break outer;
		}
	}

	// Select the sentence that shows the order: one question, since a second would have the same stem.
	relations.filter((r) => !r.draft!.rule.startsWith('relation-dates') && c.isBodySentence(r.span.start)).slice(0, 1).forEach((r) => {
		const s = c.sentenceOf(r.span.start);
		push({
			id: 'x',
			kind: 'evidence',
			skill: 'sequence',
			difficulty: 2,
			stem: 'Select the sentence that shows which of these happened first.',
			claim: `${ev(r.before).label} — before — ${ev(r.after).label}`,
			explanation: `${r.reason}: ${q(c.quoteOf(r.cite))}.`,
			evidence: [c.cite(trimStop(c.text, s))],
			hints: ['Look for an ordering word such as "after" or "before".'],
			wrongFeedback: 'That sentence does not put the two events in order.',
			facts: [r.before, r.after],
			...d('sequence-evidence-relation', r.draft!.confidence)
		});
	});
	relations.filter((r) => r.draft!.rule.startsWith('relation-dates') && c.isBodySentence(ev(r.before).span.start) && c.isBodySentence(ev(r.after).span.start)).slice(0, 1).forEach((r) => {
		push({
			id: 'x',
			kind: 'evidence',
			skill: 'sequence',
			difficulty: 2,
			stem: 'Select the sentences that date these two events.',
			claim: `${ev(r.before).label} — before — ${ev(r.after).label}`,
			explanation: `${r.reason}.`,
			evidence: uniqBy([ev(r.before).span, ev(r.after).span].map((s) => c.cite(trimStop(c.text, c.sentenceOf(s.start)))), (x) => c.quoteOf(x)),
			hints: ['Find the time words in each event’s sentence.'],
			wrongFeedback: 'That sentence does not date either event.',
			facts: [r.before, r.after],
			...d('sequence-evidence-dates', r.draft!.confidence)
		});
	});

	// Which of these happened before X (established).
	for (const target of events) {
		const earlier = events.filter((e) => e.id !== target.id && before(e.id, target.id));
		const later = events.filter((e) => e.id !== target.id && before(target.id, e.id));
		if (earlier.length === 0 || later.length === 0) continue;
		const right = earlier.slice(0, 2);
		const wrong = later.slice(0, 2);
		const { options: opts, answer } = options(right.map((e) => e.label), wrong.map((e) => ({ text: e.label, feedback: 'The story puts this after it.' })), 1);
		const steps = relations.filter((r) => [...right, ...wrong].some((e) => e.id === r.before || e.id === r.after) && (r.before === target.id || r.after === target.id || true)).slice(0, 3);
		push({
			id: 'x',
			kind: 'multiple',
			skill: 'sequence',
			difficulty: 3,
			stem: `Which of these does the story show happened before ${q(target.label)}? Choose all that apply.`,
			options: opts,
			answer,
			explanation: `The story’s dates and ordering words put ${right.map((e) => q(e.label)).join(' and ')} before it: ${steps.map((r) => q(c.quoteOf(r.cite))).join('; ')}.`,
			evidence: steps.map((r) => r.cite),
			hints: ['Check each one against the dates and ordering words.'],
			facts: [target.id, ...right.map((e) => e.id), ...wrong.map((e) => e.id)],
			...d('sequence-multiple-before', 0.6)
		});
		break;
	}

	// Match events to their dates.
	const byDate = uniqBy(c.timeWords.filter((t) => t.date), (t) => t.date!).slice(0, 4);
	if (byDate.length >= 2) {
		const fmt = (iso: string) => new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
		const prompts = byDate.map((t, i) => ({ id: `p${i + 1}`, text: ev(t.event).label }));
		const choices = [...byDate].reverse().map((t, i) => ({ id: `c${i + 1}`, text: fmt(t.date!) }));
		push({
			id: 'x',
			kind: 'matching',
			skill: 'sequence',
			difficulty: 2,
			stem: 'Match each event to the date the story gives it.',
			prompts,
			choices,
			answer: Object.fromEntries(byDate.map((t, i) => [`p${i + 1}`, choices.find((ch) => ch.text === fmt(t.date!))!.id])),
			explanation: byDate.map((t) => `${q(c.quoteOf(t.cite))} is ${fmt(t.date!)}`).join('; ') + '.',
			evidence: byDate.map((t) => t.cite),
			hints: ['Count each weekday or relative day from the date at the top of the story.'],
			wrongFeedback: 'Count each time word from the dateline or the publication date.',
			facts: byDate.flatMap((t) => [t.event, t.id]),
			...d('sequence-matching-dates', Math.min(...byDate.map((t) => t.draft!.confidence)))
		});
	}
}

function numberQuestions(c: QCtx) {
	const { questions } = c;
	const push = (question: Question) => questions.push({ ...question, id: `num-${questions.filter((x) => x.skill === 'numbers').length + 1}` });
	const counts = c.figures.filter((f) => f.kind === 'count' && f.mention && typeof f.value === 'number');
	const askable = uniqBy(
		counts.filter((f) => f.unit && Number.isInteger(f.value) && f.mention!.upTo === undefined && f.mention!.kind !== 'money' && f.mention!.kind !== 'ordinal' && f.unit !== 'fraction'),
		(f) => `${f.value}|${f.unit}`
	);
	const unitWords = (unit: string) => {
		const u = unit.trim();
		const out = [u];
		if (u === 'per cent' || u === 'percentage points') out.push(u === 'per cent' ? 'percent' : 'percentage point', u === 'per cent' ? '%' : 'points');
		else if (/s$/.test(u) && !/ss$/.test(u)) out.push(u.replace(/ies$/, 'y').replace(/(?<!ie)s$/, ''));
		else out.push(`${u}s`);
		return [...new Set(out)];
	};
	const sameUnitDifferentValue = (f: Figure) => counts.filter((g) => g !== f && g.unit && g.value !== f.value);
	// How many: a cloze of the sentence.
	askable.slice(0, 6).forEach((f, i) => {
		const m = f.mention!;
		const s = trimStop(c.text, c.sentenceOf(m.start));
		const sentence = c.text.slice(s.start, s.end);
		const blanked = sentence.slice(0, m.start - s.start) + '___' + sentence.slice(m.end - s.start);
		const unit = f.unit!;
		const others = uniqBy(sameUnitDifferentValue(f), (g) => String(g.value)).slice(0, 3);
		push({
			id: 'x',
			kind: 'numeric',
			skill: 'numbers',
			difficulty: 1,
			stem: `Fill in the number the story gives: ${q(c.short(blanked, 220))}`,
			answer: { type: 'integer', value: f.value as number },
			units: unitWords(unit),
			wrongValues: others.map((g) => ({ value: g.value as number, feedback: `${g.value} is a different figure in the story: ${g.counts}.` })),
			explanation: `The story says ${q(c.quoteOf(f.cite))}${m.approximate ? ', and says the figure is approximate' : ''}: ${q(sentence)}.`,
			evidence: [c.cite(s)],
			hints: [`Find the sentence in ${c.paragraphNumber(m.start)}.`, `The number counts ${unit}.`],
			wrongFeedback: `Read the sentence again: the figure for ${unit} is printed there.`,
			format: 'a whole number',
			facts: [f.id],
			...d('numbers-cloze', f.draft!.confidence * (i < 3 ? 1 : 0.9))
		});
	});
	// Changes: by how much.
	for (const { id, change } of c.changeFigures.slice(0, 2)) {
		const by = change.by!;
		if (!Number.isInteger(by)) continue;
		const unit = change.to!.unit ?? change.from!.unit;
		const s = trimStop(c.text, c.sentenceOf(change.start));
		push({
			id: 'x',
			kind: 'numeric',
			skill: 'numbers',
			difficulty: 3,
			stem: `The story says ${q(change.text)}. By how much did it ${change.direction === 'decrease' ? 'fall' : 'rise'}?`,
			answer: { type: 'integer', value: by, change: change.direction },
			...(unit ? { units: unitWords(unit) } : {}),
			wrongValues: [change.from!.value, change.to!.value].filter((v) => v !== by && Number.isInteger(v)).map((v) => ({ value: v, feedback: `${v} is one end of the change, not its size: subtract one from the other.` })),
			explanation: `From ${change.from!.text} to ${change.to!.text} is a ${change.direction} of ${by}${unit ? ` ${unit}` : ''}: ${q(c.text.slice(s.start, s.end))}.`,
			evidence: [c.cite(s)],
			hints: ['Find both figures, before and after.', 'Subtract the smaller from the larger.'],
			wrongFeedback: 'Subtract the figure after the change from the figure before it.',
			format: 'a whole number',
			facts: [id],
			...d('numbers-change-by', 0.8)
		});
	}
	// What does this number count.
	const distinctUnits = uniqBy(counts.filter((f) => f.unit && f.unit !== 'fraction'), (f) => f.unit!.toLowerCase());
	distinctUnits.slice(0, 3).forEach((f, i) => {
		const wrong = distinctUnits.filter((g) => g !== f && g.value !== f.value).slice(0, 3);
		if (wrong.length < 2) return;
		const { options: opts, answer } = options([f.unit!], wrong.map((g) => ({ text: g.unit!, feedback: `The story gives ${g.value} for ${g.unit}, not ${f.value}.` })), i + 1);
		push({
			id: 'x',
			kind: 'single',
			skill: 'numbers',
			difficulty: 1,
			stem: `In the story, what does the figure ${q(c.quoteOf(f.cite))} count?`,
			options: opts,
			answer: answer[0]!,
			explanation: `The story says ${q(c.text.slice(c.sentenceOf(f.span.start).start, c.sentenceOf(f.span.start).end).trim())}.`,
			evidence: [c.cite(trimStop(c.text, c.sentenceOf(f.span.start)))],
			hints: ['Read the words right after the number.'],
			facts: [f.id, ...wrong.map((g) => g.id)],
			...d('numbers-what-counts', f.draft!.confidence)
		});
	});
	// True, false or not stated: the sentence with its number blanked, and a number for the blank.
	askable.slice(0, 4).forEach((f, i) => {
		const other = sameUnitDifferentValue(f).find((g) => !counts.some((h) => h.unit === f.unit && h.value === g.value));
		const isFalse = i % 2 === 1 && other;
		const value = isFalse ? other!.value : f.value;
		const m = f.mention!;
		const s = trimStop(c.text, c.sentenceOf(m.start));
		const sentence = c.text.slice(s.start, s.end);
		const blanked = sentence.slice(0, m.start - s.start) + '___' + sentence.slice(m.end - s.start);
		push({
			id: 'x',
			kind: 'tfn',
			skill: 'numbers',
			difficulty: 1,
			stem: 'True, false, or not stated in the story?',
			statement: `In ${q(c.short(blanked, 200))}, the story’s number for the blank is ${value}.`,
			answer: isFalse ? 'false' : 'true',
			feedback: isFalse
				? { true: `The story says ${q(c.quoteOf(f.cite))}, not ${value}.`, 'not-stated': `The story does give this figure: ${q(c.quoteOf(f.cite))}.` }
				: { false: `The story does say ${q(c.quoteOf(f.cite))}.`, 'not-stated': `The story states it: ${q(c.quoteOf(f.cite))}.` },
			explanation: `The story says ${q(c.quoteOf(f.cite))}.`,
			evidence: [f.cite],
			hints: ['Find the sentence and read the number in it.'],
			facts: [f.id],
			...d(isFalse ? 'numbers-tfn-swapped' : 'numbers-tfn-true', f.draft!.confidence * 0.9)
		});
	});
	// Select the sentence that gives …
	// Two figures of one unit in one sentence ("8 boats instead of 12") would make the same question twice.
	uniqBy(askable.filter((f) => c.isBodySentence(f.span.start)), (f) => `${f.unit}@${c.sentenceOf(f.span.start).start}`).slice(0, 2).forEach((f) => {
		const s = trimStop(c.text, c.sentenceOf(f.span.start));
		push({
			id: 'x',
			kind: 'evidence',
			skill: 'numbers',
			difficulty: 2,
			stem: `Select the sentence that gives the number of ${f.unit}.`,
			claim: `The story gives a figure for ${f.unit}.`,
			explanation: `${q(c.text.slice(s.start, s.end))}`,
			evidence: [c.cite(s)],
			hints: [`Look for ${f.unit}.`],
			wrongFeedback: `That sentence does not give the number of ${f.unit}.`,
			facts: [f.id],
			...d('numbers-evidence', f.draft!.confidence)
		});
	});
	// Match figures to what they count.
	const match = uniqBy(uniqBy(counts.filter((f) => f.unit && f.unit !== 'fraction'), (f) => String(f.value)), (f) => f.unit!.toLowerCase()).slice(0, 4);
	if (match.length >= 2) {
		push({
			id: 'x',
			kind: 'matching',
			skill: 'numbers',
			difficulty: 2,
			stem: 'Match each figure to what it counts in the story.',
			prompts: match.map((f, i) => ({ id: `p${i + 1}`, text: c.quoteOf(f.cite) })),
			choices: [...match].reverse().map((f, i) => ({ id: `c${i + 1}`, text: f.unit! })),
			answer: Object.fromEntries(match.map((f, i) => [`p${i + 1}`, `c${match.length - i}`])),
			explanation: match.map((f) => `${q(c.quoteOf(f.cite))} counts ${f.unit}`).join('; ') + '.',
			evidence: match.map((f) => f.cite),
			hints: ['Read the words after each number.'],
			wrongFeedback: 'Read the words right after each number in the story.',
			facts: match.map((f) => f.id),
			...d('numbers-matching-units', Math.min(...match.map((f) => f.draft!.confidence)))
		});
	}
	// Which figures does the story give as approximate?
	const approx = counts.filter((f) => f.mention!.approximate);
	const exact = counts.filter((f) => !f.mention!.approximate && f.unit && !approx.some((a) => a.value === f.value));
	if (approx.length >= 1 && exact.length >= 1) {
		const right = approx.slice(0, 2);
		const wrong = exact.slice(0, 2);
		const label = (f: Figure) => `${f.value} ${f.unit ?? ''}`.trim();
		if (new Set([...right, ...wrong].map(label)).size === right.length + wrong.length) {
			const { options: opts, answer } = options(right.map(label), wrong.map((f) => ({ text: label(f), feedback: `The story gives this one exactly: ${q(c.quoteOf(f.cite))}.` })), 2);
			push({
				id: 'x',
				kind: 'multiple',
				skill: 'numbers',
				difficulty: 2,
				stem: 'Which of these figures does the story give only as an approximation (about, nearly, at least …)? Choose all that apply.',
				options: opts,
				answer,
				explanation: right.map((f) => `The story says ${q(c.text.slice(f.mention!.start, f.mention!.end))}`).join('; ') + '.',
				evidence: right.map((f) => f.cite),
				hints: ['Look at the word just before each number.'],
				facts: [...right, ...wrong].map((f) => f.id),
				...d('numbers-multiple-approximate', 0.7)
			});
		}
	}
}

const FORM_TEXT: Record<string, string> = {
	'direct-quote': 'Their exact words, in quotation marks (a direct quote)',
	'partial-quote': 'A few of their exact words inside the reporter’s sentence (a partial quote)',
	paraphrase: 'The reporter’s words for what they said (a paraphrase)',
	declined: 'The story says they declined to comment'
};
const KIND_TEXT: Record<string, string> = {
	'named-person': 'A person the story names',
	'named-institution': 'An organisation or institution',
	'anonymous-person': 'A person or people the story does not name'
};

function sourceQuestions(c: QCtx) {
	const { questions, attributions, sources } = c;
	const push = (question: Question) => questions.push({ ...question, id: `src-${questions.filter((x) => x.skill === 'sources').length + 1}` });
	const sourceOf = (a: Attribution) => sources.find((s) => s.id === a.source)!;
	const directs = attributions.filter((a) => a.form === 'direct-quote' && a.mention.text.length >= 12);
	// Who said this.
	uniqBy(directs, (a) => a.source!).slice(0, 4).forEach((a, i) => {
		const right = sourceOf(a);
		const wrong = sources.filter((s) => s.id !== right.id && s.name.toLowerCase() !== right.name.toLowerCase()).slice(0, 3);
		if (wrong.length === 0) return;
		const { options: opts, answer } = options([right.name], wrong.map((s) => ({ text: s.name, feedback: `${s.name} is another source in the story; these words come from ${right.name}.` })), i);
		const sentence = trimStop(c.text, c.sentenceOf(a.mention.start));
		push({
			id: 'x',
			kind: 'single',
			skill: 'sources',
			difficulty: a.mention.rule.includes('paragraph') ? 2 : 1,
			stem: `Who said this: ${q(c.short(a.mention.text, 200))}?`,
			options: opts,
			answer: answer[0]!,
			explanation: `The story gives these words to ${right.name}: ${q(c.text.slice(sentence.start, sentence.end))}.`,
			evidence: [a.cite],
			hints: ['Find the quote, then the name next to "said" or "told".', a.mention.rule.includes('paragraph') ? 'The speaker is named elsewhere in the same paragraph, or just before it.' : 'Look just after the closing quotation mark.'],
			facts: [a.id, right.id, ...wrong.map((s) => s.id)],
			...d('sources-who-said', a.draft!.confidence)
		});
	});
	// Match quotes to speakers.
	const forMatch = uniqBy(attributions.filter((a) => a.form === 'direct-quote' || a.form === 'paraphrase'), (a) => a.source!).slice(0, 4);
	if (forMatch.length >= 2) {
		const srcs = forMatch.map(sourceOf);
		push({
			id: 'x',
			kind: 'matching',
			skill: 'sources',
			difficulty: 2,
			stem: 'Match each statement to the source the story gives it to.',
			prompts: forMatch.map((a, i) => ({ id: `p${i + 1}`, text: c.short(a.mention.text, 140) })),
			choices: [...srcs].reverse().map((s, i) => ({ id: `c${i + 1}`, text: s.name })),
			answer: Object.fromEntries(forMatch.map((a, i) => [`p${i + 1}`, `c${srcs.length - i}`])),
			explanation: forMatch.map((a) => `${q(c.short(c.quoteOf(a.cite), 80))}: ${sourceOf(a).name}`).join('; ') + '.',
			evidence: forMatch.map((a) => a.cite),
			hints: ['Find each statement in the story and look for the attribution beside it.'],
			wrongFeedback: 'Find each statement and read who the story says said it.',
			facts: [...forMatch.map((a) => a.id), ...srcs.map((s) => s.id)],
			...d('sources-matching', Math.min(...forMatch.map((a) => a.draft!.confidence)))
		});
	}
	// Quote or paraphrase.
	const byForm = ['direct-quote', 'paraphrase', 'partial-quote', 'declined'].flatMap((form) => attributions.filter((a) => a.form === form).slice(0, form === 'declined' ? 1 : 2));
	byForm.slice(0, 5).forEach((a, i) => {
		const right = FORM_TEXT[a.form]!;
		const wrongForms = Object.keys(FORM_TEXT).filter((f) => f !== a.form && !(a.form !== 'declined' && f === 'declined') ).slice(0, 3);
		const { options: opts, answer } = options([right], wrongForms.map((f) => ({ text: FORM_TEXT[f]!, feedback: a.form === 'direct-quote' ? 'Look at the quotation marks: the whole statement stands inside them.' : a.form === 'paraphrase' ? 'There are no quotation marks around these words: they are the reporter’s.' : a.form === 'partial-quote' ? 'Only a few words stand in quotation marks; the rest is the reporter’s sentence.' : 'The story says the source did not comment.' })), i);
		const sentence = trimStop(c.text, c.sentenceOf(a.mention.start));
		const sp = sourceOf(a);
		push({
			id: 'x',
			kind: 'single',
			skill: 'sources',
			difficulty: a.form === 'partial-quote' ? 2 : 1,
			stem: `How does the story give what ${sp.name} said here: ${q(c.short(c.text.slice(sentence.start, sentence.end), 220))}?`,
			options: opts,
			answer: answer[0]!,
			explanation: `${a.form === 'direct-quote' ? 'The words stand in quotation marks' : a.form === 'partial-quote' ? 'Only these words stand in quotation marks' : a.form === 'declined' ? 'The story reports that the source did not speak' : 'The words are not in quotation marks: they are the reporter’s summary'}: ${q(c.quoteOf(a.cite))}.`,
			evidence: [a.cite],
			hints: ['Look for quotation marks.'],
			facts: [a.id, sp.id],
			...d('sources-quote-or-paraphrase', a.draft!.confidence)
		});
	});
	// What kind of source.
	const kinds = uniqBy(sources, (s) => s.kind).concat(sources).filter((s, i, all) => all.indexOf(s) === i).slice(0, 3);
	kinds.forEach((s, i) => {
		const a = attributions.find((x) => x.source === s.id);
		if (!a) return;
		const { options: opts, answer } = options([KIND_TEXT[s.kind]!], Object.keys(KIND_TEXT).filter((k) => k !== s.kind).map((k) => ({ text: KIND_TEXT[k]!, feedback: s.kind === 'anonymous-person' ? 'The story describes this source but never names them.' : s.kind === 'named-institution' ? 'The story names an organisation here, not a person.' : 'The story names this person.' })), i);
		push({
			id: 'x',
			kind: 'single',
			skill: 'sources',
			difficulty: 1,
			stem: `What kind of source is ${q(s.name)} in the story?`,
			options: opts,
			answer: answer[0]!,
			explanation: `The story attributes words to ${s.name}: ${q(c.quoteOf(a.cite))}.`,
			evidence: [a.cite],
			hints: ['Is a person named, an organisation, or someone unnamed?'],
			facts: [s.id, a.id],
			...d('sources-kind', 0.65)
		});
	});
	// True/false: quoted directly?
	sources.slice(0, 4).forEach((s) => {
		const own = attributions.filter((a) => a.source === s.id);
		if (own.length === 0) return;
		const direct = own.some((a) => a.form === 'direct-quote' || a.form === 'partial-quote');
		const a = own.find((x) => x.form === 'direct-quote' || x.form === 'partial-quote') ?? own[0]!;
		push({
			id: 'x',
			kind: 'tfn',
			skill: 'sources',
			difficulty: 2,
			stem: 'True, false, or not stated in the story?',
			statement: `The story quotes ${s.name} in their own words, in quotation marks.`,
			answer: direct ? 'true' : 'false',
			feedback: direct
				? { false: `Look again: ${q(c.quoteOf(a.cite))} stands in quotation marks.`, 'not-stated': 'The quotation marks show it.' }
				: { true: `The story only reports what ${s.name} said, in its own words.`, 'not-stated': 'The story does show how it gives their words: without quotation marks.' },
			explanation: direct ? `${s.name}’s words stand in quotation marks: ${q(c.quoteOf(a.cite))}.` : `The story reports ${s.name} without quotation marks: ${q(c.quoteOf(a.cite))}.`,
			evidence: own.slice(0, 2).map((x) => x.cite),
			hints: [`Find every place ${s.name} is cited.`],
			facts: [s.id, ...own.slice(0, 2).map((x) => x.id)],
			...d('sources-tfn-quoted', Math.min(...own.map((x) => x.draft!.confidence)) * 0.9)
		});
	});
	// Select the sentence that shows who declined / who a source is.
	uniqBy(attributions.filter((a) => (a.form === 'declined' || a.form === 'paraphrase') && c.isBodySentence(a.mention.start)), (a) => a.source!).slice(0, 2).forEach((a) => {
		const sp = sourceOf(a);
		const s = trimStop(c.text, c.sentenceOf(a.mention.start));
		push({
			id: 'x',
			kind: 'evidence',
			skill: 'sources',
			difficulty: 2,
			stem: a.form === 'declined' ? `Select the sentence that shows ${sp.name} chose not to comment.` : `Select the sentence where the story reports, without quoting, what ${sp.name} said.`,
			claim: a.form === 'declined' ? `${sp.name} declined to comment.` : `${sp.name}: ${c.short(a.mention.text, 120)}`,
			explanation: q(c.text.slice(s.start, s.end)),
			evidence: [c.cite(s)],
			hints: [`Look for ${sp.name}.`],
			wrongFeedback: `That sentence does not report ${sp.name}’s words.`,
			facts: [a.id, sp.id],
			...d('sources-evidence', a.draft!.confidence)
		});
	});
	// Which sources does the story quote directly?
	const quoted = sources.filter((s) => attributions.some((a) => a.source === s.id && a.form === 'direct-quote'));
	const notQuoted = sources.filter((s) => !attributions.some((a) => a.source === s.id && (a.form === 'direct-quote' || a.form === 'partial-quote')) && attributions.some((a) => a.source === s.id));
	if (quoted.length && notQuoted.length) {
		const right = quoted.slice(0, 2);
		const wrong = notQuoted.slice(0, 2);
		const { options: opts, answer } = options(right.map((s) => s.name), wrong.map((s) => ({ text: s.name, feedback: `The story reports ${s.name} only in its own words.` })), 3);
		push({
			id: 'x',
			kind: 'multiple',
			skill: 'sources',
			difficulty: 2,
			stem: 'Which of these sources does the story quote directly, in quotation marks? Choose all that apply.',
			options: opts,
			answer,
			explanation: right.map((s) => `${s.name}: ${q(c.quoteOf(attributions.find((a) => a.source === s.id && a.form === 'direct-quote')!.cite))}`).join('; ') + '.',
			evidence: right.map((s) => attributions.find((a) => a.source === s.id && a.form === 'direct-quote')!.cite),
			hints: ['Look for quotation marks next to each name.'],
			facts: [...right, ...wrong].map((s) => s.id),
			...d('sources-multiple-quoted', 0.65)
		});
	}
	// Which words are the reporter's?
	c.wording.filter((w) => w.kind === 'distancing' && !w.effect.includes('inside a quote')).slice(0, 2).forEach((w, i) => {
		const s = trimStop(c.text, c.sentenceOf(w.span.start));
		const sentence = c.text.slice(s.start, s.end);
		const others = [...new Set(sentence.match(/\b[a-z]{5,}\b/g) ?? [])].filter((x) => x !== c.quoteOf(w.cite).toLowerCase()).slice(0, 3);
		if (others.length < 2) return;
		const { options: opts, answer } = options([c.quoteOf(w.cite)], others.map((o) => ({ text: o, feedback: 'This word reports the claim; it does not keep it at arm’s length.' })), i);
		push({
			id: 'x',
			kind: 'single',
			skill: 'sources',
			difficulty: 2,
			stem: `In ${q(c.short(sentence, 220))}, which word is the reporter’s choice that keeps the claim at arm’s length?`,
			options: opts,
			answer: answer[0]!,
			explanation: w.effect,
			evidence: [w.cite],
			hints: ['Which word would you drop if the reporter knew the claim was true?'],
			facts: [w.id],
			...d('sources-reporter-word', w.draft!.confidence)
		});
	});
}
