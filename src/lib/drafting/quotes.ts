/**
 * Sources and attributions: direct quotes (straight, curly and nested marks, quotes split around their
 * attribution, quotes that run on across paragraphs), partial quotes inside the reporter's sentence,
 * indirect speech after a reporting verb or phrase, and sources that declined to speak; each with its
 * speaker (a named person with role, an institution, an anonymous description, or a pronoun resolved to
 * the last fitting speaker), its form of words and its kind of source.
 */
import type { AttributionForm, SourceKind } from '$lib/content/types';
import { ANONYMOUS_HEADS, DECLINED_PHRASES, INSTITUTION_WORDS, NOT_PERSON_HEADS as NOT_PERSON_HEAD_WORDS, PLACE_WORDS as PLACE_WORD_LIST, REPORTING_VERBS, ROLE_WORDS, SENTENCE_OPENERS } from './lexicon';
import { containing, lowerBound, type Layout, type Span } from './layout';

export type Speaker = {
	/** The name a learner sees: "Amara Nwosu", "Department for Schools", "a senior official". */
	name: string;
	role: string;
	kind: Exclude<SourceKind, 'no-source'>;
	/** "he", "she", "it", "they", once a pronoun has been used for the speaker. */
	pronoun?: string;
};

export type QuoteMention = Span & {
	text: string;
	form: AttributionForm;
	speaker?: Speaker;
	/** The words that name the speaker and the reporting verb, where the sentence has them. */
	attribution?: Span;
	/** The reporting verb or phrase ("said", "according to", "declined to comment"). */
	verb?: string;
	sentence: number;
	rule: string;
	confidence: number;
};

/** Every refusal phrase, longest first, so "declined to comment on" wins over a shorter phrase inside it. */
const DECLINED_RE_G = new RegExp(`\\b(?:${[...DECLINED_PHRASES].sort((a, b) => b.length - a.length).map((p) => p.replace(/ /g, '\\s+')).join('|')})\\b`, 'gi');
/** "C but would not say D": a refusal joined to a report ends the report's clause. */
const AND_DECLINED = new RegExp(`,?\\s+(?:and|but)\\s+(?=(?:${[...DECLINED_PHRASES].map((p) => p.replace(/ /g, '\\s+')).join('|')})\\b)`, 'i');
const VERB_LIST = [...REPORTING_VERBS].sort((a, b) => b.length - a.length);
const VERBS = VERB_LIST.map((v) => v.replace(/ /g, '\\s+')).join('|');
/** '"…," said X' / '"…," X said' / '"…," its chief executive, Martin Cole, said'. */
const SAY_AFTER = new RegExp(`^[\\s,]*(?:(${VERBS})\\b\\s*([^,.;:!?“”"]*)|([^,.;:!?“”"]*?)\\s+(${VERBS})\\b|((?:[^,.;:!?“”"]{1,60},\\s*){1,2}[^,.;:!?“”"]{1,60}?),?\\s+(${VERBS})\\b)`, 'i');
/** "Judge Eleanor Pryce told him: Q" / "X said, Q": the quote stands for \uE000 in the frame. */
const SAY_BEFORE_QUOTE = new RegExp(`^(.*?)\\b(${VERBS})\\b([^\\uE000]{0,60}?)[:,]?\\s*\\uE000`, 'i');
/** A headline's "…, study finds" / "…; critics say …". */
const TITLE_SAY = new RegExp(`^(.*?)[,;]\\s*([\\w\\s'’-]{2,40}?)\\s+(?:${VERBS})\\s*(.*)$`, 'i');
/** '"…," the person said': an attribution after a quotation, which leaves it a full statement. */
const SAID_AFTER = new RegExp(`^[\\s,]+(?:[^.;!?\\uE000]{0,100}?\\s)?(?:${VERBS})\\b.*$`, 'i');
/** 'He said, "Q"' / 'she told reporters: "Q"': a reporting verb before the quotation introduces it whole. */
const SAID_BEFORE = new RegExp(`(?:${VERBS})[^.]*[:,]\\s*$`, 'i');
/** Every reporting verb, to see what of a sentence is left without them. */
const VERBS_G = new RegExp(`\\b(?:${VERBS})\\b`, 'gi');
const INSTITUTIONS = new Set<string>(INSTITUTION_WORDS);
const NOT_PERSON_HEADS = new Set<string>(NOT_PERSON_HEAD_WORDS);
const ROLES = new Set<string>(ROLE_WORDS);
const ANON = new Set<string>(ANONYMOUS_HEADS);
const PRONOUNS: Record<string, string> = { he: 'he', she: 'she', it: 'it', they: 'they', we: 'they', i: 'i' };
const INSTITUTION_PLURALS = new Set(['opposition', 'the opposition', 'prosecutors', 'police', 'the police', 'the prosecution', 'the defence', 'the defense', 'the government', 'the council', 'the court', 'the ministry', 'the company', 'the club', 'the board']);
const TEAM_WORDS = /^(?:(?:the|its|their|a|an|new)\s+)?(?:operator|owner|organisers|organizers|team|study|researchers|research team|paper|report|survey|audit|review|inquiry|investigation|poll|authors|analysis|statement|firm|company|organisation|organization|group|department|ministry|agency|office|club|board|council|institute|university)$/i;
const SPOKES = /^(?:a|an|the|its|their)\s+(?:\w+\s+)?(?:spokesperson|spokesman|spokeswoman|representative|press officer|press office)$/i;
const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'on', 'de', 'van', 'von', 'der', 'du', 'da', 'al', 'bin', '&']);

/** Verbs that report speech only with "that" after them; otherwise they tell an act ("found guilty"). */
const NEEDS_THAT = new Set(['found', 'finds', 'find', 'showed', 'shows', 'show', 'ruled', 'rules', 'believed', 'thought', 'agreed', 'continued', 'maintained', 'charged', 'blamed', 'accused', 'answered', 'answers', 'asked', 'asks', 'posted', 'projected', 'reported', 'reports', 'estimated', 'estimates', 'noted', 'notes', 'observed', 'observes', 'indicated', 'indicates', 'recalled', 'recalls', 'agrees']);

type Context = {
	layout: Layout;
	speakers: Speaker[];
	last?: Speaker;
	lastAt?: number;
	people: Map<string, string>;
	/** Capitalised names the story uses as a place or a body, never a person. */
	notPeople: Set<string>;
	mentions: { name: string; start: number }[];
	at: number;
	/** What a look-up over the whole story found, by key: each is made once per story. */
	memo: Map<string, unknown>;
};

/** A look-up over the whole story, made once per story. */
function memo<T>(ctx: Context, key: string, make: () => T): T {
	if (!ctx.memo.has(key)) ctx.memo.set(key, make());
	return ctx.memo.get(key) as T;
}

/** Every attribution the story makes, in text order. */
export function findQuotes(layout: Layout): { quotes: QuoteMention[]; speakers: Speaker[] } {
	const { text } = layout;
	const { people, mentions, notPeople } = namedPeople(text);
	const ctx: Context = { layout, speakers: [], people, notPeople, mentions, at: 0, memo: new Map() };
	const quotes: QuoteMention[] = [];
	const blocks = [layout.headline, layout.standfirst, ...layout.paragraphs];
	const marks = quoteMarks(text, blocks);
	// Sentences and quotation marks are in text order: each block's share is found by binary search, so
	// a long story costs no more per sentence than a short one.
	const sentenceIndex = (offset: number) => containing(layout.sentences, offset);
	const blockSentences = (b: Span): Span[] => {
		const inside: Span[] = [];
		for (let i = lowerBound(layout.sentences, b.start); i < layout.sentences.length && layout.sentences[i]!.start < b.end; i++) if (layout.sentences[i]!.end <= b.end) inside.push(layout.sentences[i]!);
		const sentences = inside.length ? inside : [b];
		// A headline's or standfirst's semicolon joins two reports, each with its own source ("Board
		// sounds out buyers; staff fear cuts, union says"): each clause is read on its own.
		return b === layout.headline || b === layout.standfirst ? sentences.flatMap((x) => semicolonClauses(text, x, marks)) : sentences;
	};
	let previousParagraphSpeaker: Speaker | undefined;
	// Quotations of the paragraph before that found no speaker: a quotation standing alone in its
	// paragraph is often attributed in the next one ('"…" / Its chief executive, Nora Quist, said …').
	let orphans: QuoteMention[] = [];
	for (const block of blocks) {
		const isTitle = block === layout.headline || block === layout.standfirst;
		const inBlock: Mark[] = [];
		for (let i = lowerBound(marks, block.start); i < marks.length && marks[i]!.start < block.end; i++) if (marks[i]!.end <= block.end) inBlock.push(marks[i]!);
		const paragraphQuotes: QuoteMention[] = [];
		const paragraphReports: QuoteMention[] = [];
		let paragraphSpeaker: Speaker | undefined;
		let firstSentenceSpeaker: Speaker | undefined;
		// "Its chief executive, Nora Quist, said …": the next paragraph opens with a person of the body that spoke before.
		let opensWithItsPerson = false;
		for (const [sentenceNo, sentence] of blockSentences(block).entries()) {
			const sIndex = sentenceIndex(sentence.start);
			const sQuotes = inBlock.filter((q) => q.start >= sentence.start && q.start < sentence.end);
			// The sentence with its quotations blanked: where the reporter's own words are.
			let frame = text.slice(sentence.start, sentence.end);
			// Blank every quotation the sentence holds a part of: the splitter may end a sentence inside one.
			for (const q of inBlock.filter((q) => q.start < sentence.end && q.end > sentence.start)) {
				const a = Math.max(q.start, sentence.start) - sentence.start;
				const b = Math.min(q.end, sentence.end) - sentence.start;
				frame = frame.slice(0, a) + '\uE000'.repeat(b - a) + frame.slice(b);
			}
			ctx.at = sentence.start;
			const found = attributionIn(frame, sentence.start, ctx);
			if (found?.speaker) paragraphSpeaker = found.speaker;
			// Indirect speech and silence, in the reporter's frame.
			const reports = indirectSpeech(text, frame, sentence, ctx, isTitle);
			for (const p of reports) paragraphReports.push({ ...p, sentence: sIndex });
			if (sentenceNo === 0) {
				firstSentenceSpeaker = found?.speaker ?? reports.find((p) => p.speaker)?.speaker;
				opensWithItsPerson = firstSentenceSpeaker?.kind === 'named-person' && /^(?:Its|Their)\s/.test(text.slice(sentence.start, sentence.end));
			}
			for (const q of sQuotes) {
				const inner = trimQuote(text, q.start + 1, q.end - (q.closed ? 1 : 0));
				if (inner.end <= inner.start) continue;
				const before = frame.slice(0, q.start - sentence.start).replace(/\uE000+/g, '\uE000');
				const after = frame.slice(q.end - sentence.start).replace(/\uE000+/g, '\uE000');
				const standsAlone =
					/^\s*$|[:,]\s*$|\uE000[\s,–—-]*(?:\w+\s+){0,4}\w*[,–—-]?\s*$/.test(before) ||
					SAID_BEFORE.test(before);
				const capital = /^[A-Z0-9‘'"]/.test(text.slice(inner.start, inner.start + 1));
				const form: AttributionForm = standsAlone && (capital || /^\s*\uE000?[\s,–—-]*(?:\w+\s+){0,4}\w*[,–—-]?\s*$/.test(before)) && !/^\s*[a-z]/.test(after.replace(SAID_AFTER, '')) ? 'direct-quote' : 'partial-quote';
				const wordsN = text.slice(inner.start, inner.end).split(/\s+/).length;
				const direct = form === 'direct-quote' || (wordsN >= 8 && capital && standsAlone);
				// "X said C, before adding: Q": the sentence's reporter before the quotation speaks it.
				const reporter = reports.filter((p) => p.speaker && p.end <= q.start).pop()?.speaker;
				// "Tarnside Power aims to reconnect the rest 'within 48 hours'": a fragment in a sentence whose
				// subject is a named body or person is theirs, not the last speaker's.
				const subject = !direct && !found?.speaker && !reporter ? sentenceSubject(frame.slice(0, q.start - sentence.start), ctx) : undefined;
				const speaker = found?.speaker ?? reporter ?? subject ?? paragraphSpeaker ?? (isTitle ? undefined : previousParagraphSpeaker);
				const mention: QuoteMention = {
					start: inner.start,
					end: inner.end,
					text: text.slice(inner.start, inner.end),
					form: direct ? 'direct-quote' : 'partial-quote',
					...(speaker ? { speaker } : {}),
					...(found ? { attribution: found.span, verb: found.verb } : {}),
					sentence: sIndex,
					rule: found?.speaker ? `quote-${found.rule}` : subject && !reporter ? 'quote-sentence-subject' : speaker ? 'quote-paragraph-speaker' : 'quote-no-speaker',
					confidence: found?.speaker ? 0.85 : subject ? 0.6 : speaker ? 0.7 : 0.4
				};
				paragraphQuotes.push(mention);
			}
			for (const p of reports) if (p.speaker) paragraphSpeaker = p.speaker;
		}
		// Quotations before their attribution in the same paragraph take the paragraph's speaker.
		for (const q of paragraphQuotes) if (!q.speaker && paragraphSpeaker) Object.assign(q, { speaker: paragraphSpeaker, rule: 'quote-paragraph-speaker', confidence: 0.7 });
		// A quotation paragraph that took the body that spoke before it ("we …") goes to the body's person
		// who opens the next paragraph.
		if (!isTitle && firstSentenceSpeaker) for (const q of orphans) if (!q.speaker || opensWithItsPerson) Object.assign(q, { speaker: firstSentenceSpeaker, rule: 'quote-next-paragraph-speaker', confidence: 0.55 });
		const quotesOnly = paragraphReports.length === 0 && paragraphQuotes.every((q) => q.rule === 'quote-paragraph-speaker' || q.rule === 'quote-no-speaker') && !paragraphSpeaker;
		orphans = isTitle ? [] : paragraphQuotes.filter((q) => !q.speaker || (quotesOnly && q.speaker.kind === 'named-institution'));
		for (const q of paragraphQuotes) {
			if (q.form !== 'partial-quote') continue;
			// The innermost report that holds it: "Lund said the captain had told him the squad was
			// 'shocked'" gives the words to the captain, whose claim they are inside Lund's.
			const host = paragraphReports.filter((p) => p.form === 'paraphrase' && p.start <= q.start && q.end <= p.end).sort((a, b) => a.end - a.start - (b.end - b.start))[0];
			if (host?.speaker) Object.assign(q, { speaker: host.speaker, rule: 'partial-quote-in-paraphrase', confidence: 0.8 });
			// "… a parents' evening at which staff had described the school as "on the way up"": inside a
			// report, words someone is said to have given a thing are theirs.
			const giver = host && NAME_GIVER.exec(text.slice(host.start, q.start));
			if (giver) {
				ctx.at = host!.start + giver.index;
				// A bare group ("staff", "teachers") is an unnamed group of people.
				const who = talkedAbout(ctx, () => resolveIf(giver[1]!, ctx, (x) => x !== host!.speaker)) ?? (/^(?:staff|[a-z]+s)$/.test(giver[1]!) && (giver[1] === 'staff' || personNoun(giver[1]!)) ? { name: giver[1]!, role: giver[1]!, kind: 'anonymous-person' as const } : undefined);
				if (who) Object.assign(q, { speaker: who, rule: 'partial-quote-name-giver', confidence: 0.6 });
			}
		}
		quotes.push(...paragraphReports.filter((p) => p.rule !== IN_MARKS), ...paragraphQuotes);
		// A headline's or standfirst's speaker is no guide to the first paragraph's quotations.
		if (isTitle) previousParagraphSpeaker = undefined;
		else if (paragraphSpeaker) previousParagraphSpeaker = paragraphSpeaker;
		else if (paragraphQuotes.length === 0) previousParagraphSpeaker = ctx.last;
	}
	// A quote inside a quote ("He told me, 'The tide doesn't care'"): its own direct quote, spoken by
	// whom the outer speaker names ("my buyer" → "Marta Selby's buyer"), where the words say.
	for (const outer of quotes.filter((q) => q.form === 'direct-quote')) {
		for (const m of text.slice(outer.start, outer.end).matchAll(/(?<=^|[\s,:—–(])[‘'](?=[A-Z])([^’'\n]*?(?:[’'][a-z][^’'\n]*?)*)[’'](?=$|[\s,.;:!?”"—–)])/g)) {
			const inner = trimQuote(text, outer.start + m.index + 1, outer.start + m.index + m[0].length - 1);
			if (inner.end - inner.start < 8) continue;
			const s = outer.sentence;
			const speaker = outer.speaker && nestedSpeaker(text, layout, outer.start, outer.start + m.index, outer.speaker);
			quotes.push({ start: inner.start, end: inner.end, text: text.slice(inner.start, inner.end), form: 'direct-quote', ...(speaker ? { speaker } : {}), sentence: s, rule: speaker ? 'nested-quote-relative' : 'nested-quote', confidence: speaker ? 0.6 : 0.5 });
		}
	}
	titleSpeakersFromBody(quotes, layout);
	quotes.sort((a, b) => a.start - b.start || b.end - a.end);
	return { quotes, speakers: ctx.speakers };
}

/** Nouns a headline uses for a body it names in full below: "Airline warns …", "Carrier says …". */
const GENERIC_BODIES = /^(?:airline|carrier|company|firm|operator|maker|manufacturer|retailer|insurer|lender|bank|club|council|union|regulator|watchdog|board|trust|charity|school|hospital|university|developer|landlord|supplier|utility|broadcaster|publisher|group|ministry|government|police|court)$/;
/** The last word of a description of one person by office: "the carrier's chief executive", "Club's boss". */
const ONE_ROLE = /^(?:chief|boss|head|director|coach|manager|captain|chair|chairman|chairwoman|chairperson|minister|executive|president|mayor|governor|founder|owner|leader|secretary|treasurer|principal|headteacher|commissioner|superintendent|judge)$/;
const STOP_WORDS = /^(?:that|this|will|would|with|from|have|been|were|they|their|there|which|about|after|before|into|than|when|what|could|should|said|says|also|more|over|only)$/;

/**
 * A headline or standfirst that gives a claim to a description ("Airline's chief says fuel costs will
 * ease", "Carrier warns …") where the body gives the same claim to someone it names: the body's
 * speaker says it. The claim is the same when most of its content words recur in one body report.
 * Groups and anonymous sources ("critics say", "officials say") keep their description.
 */
function titleSpeakersFromBody(quotes: QuoteMention[], layout: Layout): void {
	const bodyStart = layout.paragraphs[0]?.start ?? layout.text.length;
	const content = (t: string) => new Set((t.toLowerCase().match(/[a-z][a-z'’-]{3,}/g) ?? []).filter((w) => !STOP_WORDS.test(w)).map((w) => w.slice(0, 5)));
	const body = quotes.filter((q) => q.start >= bodyStart && q.speaker && q.speaker.kind !== 'anonymous-person' && q.form !== 'declined');
	for (const t of quotes) {
		if (t.start >= bodyStart || !t.speaker || !describes(t.speaker)) continue;
		const words = content(t.text);
		if (words.size < 2) continue;
		let best: { q: QuoteMention; n: number } | undefined;
		for (const b of body) {
			const bw = content(b.text);
			const n = [...words].filter((w) => bw.has(w)).length;
			if (n >= 2 && n / words.size >= 0.5 && (!best || n > best.n)) best = { q: b, n };
		}
		if (!best) continue;
		const from = t.speaker;
		// The headline's partial quotes inside the claim go with it.
		for (const q of quotes) if (q.start < bodyStart && q.speaker === from && q.start >= t.start && q.end <= t.end) Object.assign(q, { speaker: best.q.speaker, rule: `${q.rule}+body-speaker`, confidence: 0.6 });
	}
}

/** A speaker a headline names only by what it is: one person by role ("Airline's chief") or a body by its kind ("Airline"). */
function describes(sp: Speaker): boolean {
	const words = sp.name.toLowerCase().replace(/['’]s\b/g, '').split(/\s+/);
	// "Airline", "Rail", or a body described by its trade ("payments app"), never a name.
	if (sp.kind === 'named-institution') return (words.length === 1 && (GENERIC_BODIES.test(words[0]!) || INSTITUTIONS.has(words[0]!))) || /^[a-z][a-z\s-]*$/.test(sp.name);
	return sp.kind === 'anonymous-person' && ONE_ROLE.test(words[words.length - 1]!);
}

/**
 * Whether a name stands as its sentence's subject: only titles, roles, articles and capitalised words
 * before it ("Councillor Ada Brink", "The coach, Erik Lund,"), after any opening phrase with its comma.
 */
function subjectPosition(layout: Layout, at: number): boolean {
	const sentence = layout.sentences[containing(layout.sentences, at)];
	if (!sentence) return false;
	const before = layout.text.slice(sentence.start, at).replace(/^[^,]{0,60}?\b(?:LONDON|[A-Z]{3,})[^–—]*[–—]\s*/, '').replace(/^(?:After|Before|On|In|At|By|Earlier|Later|Speaking|Asked|Meanwhile|However|Outside|During|Since)\b[^,]{0,60},\s*/, '').replace(/^(?:The|A|An|Its|His|Her|Their|Our)\s+[^,]{1,60},\s*$/, '');
	return before.split(/[\s,]+/).every((w) => !w || /^[A-Z]/.test(w) || /^(?:the|a|an|its|his|her|their|of|for|and)$/.test(w) || ROLES.has(w.toLowerCase()) || personNoun(w));
}

/** A span cut at each semicolon outside quotation marks. */
function semicolonClauses(text: string, span: Span, marks: Mark[]): Span[] {
	const out: Span[] = [];
	let from = span.start;
	for (let i = span.start; i < span.end; i++) {
		if (text[i] !== ';' || marks.some((m) => m.start < i && i < m.end)) continue;
		out.push({ start: from, end: i });
		from = i + 1;
		while (from < span.end && /\s/.test(text[from]!)) from++;
	}
	out.push({ start: from, end: span.end });
	return out.filter((x) => x.end > x.start);
}


/** A report whose words are all in the marks: kept only to give its partial quote a speaker. */
const IN_MARKS = 'report-in-marks';

type Mark = Span & { closed: boolean };

const MALE_KIN = /^(?:father|dad|brother|son|husband|grandfather|grandson|uncle|nephew|boyfriend|stepfather)$/;
const FEMALE_KIN = /^(?:mother|mum|mom|sister|daughter|wife|grandmother|granddaughter|aunt|niece|girlfriend|stepmother)$/;
const RELATIVE_OF = /\b(?:my|our|his|her)\s+([a-z]+)\b/gi;

/**
 * Who speaks a quotation inside a quotation: "my buyer asked me, '…'" is the outer speaker's buyer; "he
 * told me, '…'" the last of the outer speaker's people that "he" fits ("My father worked this ferry …",
 * or the reporter's "Her mother, who is 88, …" just before). Nobody, where the words do not say.
 */
function nestedSpeaker(text: string, layout: Layout, outerStart: number, innerStart: number, outer: Speaker): Speaker | undefined {
	const lead = text.slice(outerStart, innerStart);
	const m = /(?:\b(?:my|our)\s+([a-z]+)|\b(he|she)|\b(?:the|a|an)\s+([a-z]+))\s+(?:[a-z]+\s+){0,2}?(?:said|says|told|tells|asked|asks|wrote|added|replied|warned|shouted)\b[^‘'’“”"]{0,40}$/i.exec(lead);
	if (!m) return undefined;
	const kin = (noun: string): Speaker => ({ name: `${outer.name}'s ${noun.toLowerCase()}`, role: `${noun.toLowerCase()} of ${outer.name}`, kind: 'anonymous-person' });
	if (m[1]) return kin(m[1]);
	// "The doctor asked me, '…'": someone the speaker met in that role.
	if (m[3]) return personNoun(m[3].toLowerCase()) ? kin(m[3]) : undefined;
	const male = m[2]!.toLowerCase() === 'he';
	// The outer quotation so far, then this paragraph and the one before up to it.
	const pi = containing(layout.paragraphs, outerStart);
	const from = pi > 0 ? layout.paragraphs[pi - 1]!.start : 0;
	const before = text.slice(from, outerStart) + ' ' + lead.slice(0, m.index);
	const fits = [...before.matchAll(RELATIVE_OF)].map((r) => r[1]!.toLowerCase()).filter((n) => (male ? MALE_KIN.test(n) : FEMALE_KIN.test(n)));
	return fits.length ? kin(fits[fits.length - 1]!) : undefined;
}

/**
 * Quotation spans, marks included. Curly marks pair by direction; straight marks alternate within a
 * paragraph. A quotation left open at a paragraph's end runs on when the next paragraph opens with a
 * mark (the convention for a quote spanning paragraphs): each paragraph's part is its own span.
 */
export function quoteMarks(text: string, blocks: Span[]): Mark[] {
	const spans: Mark[] = [];
	for (const b of blocks) {
		let open = -1;
		for (let i = b.start; i < b.end; i++) {
			const c = text[i]!;
			if (c === '“' || (c === '"' && open === -1)) {
				if (open !== -1 && c === '“') continue; // a stray second opener inside: keep the first
				open = i;
			} else if ((c === '”' || c === '"') && open !== -1) {
				spans.push({ start: open, end: i + 1, closed: true });
				open = -1;
			}
		}
		if (open !== -1) spans.push({ start: open, end: b.end, closed: false });
	}
	return spans;
}

function trimQuote(text: string, start: number, end: number): Span {
	while (start < end && /[\s‘'…]/.test(text[start]!) && !(text[start] === '‘' && text.indexOf('’', start) < end && text.indexOf('’', start) > start + 1 && false)) start++;
	while (end > start && /[\s,.;:–—-]/.test(text[end - 1]!)) end--;
	return { start, end };
}

type Found = { speaker?: Speaker; span: Span; verb: string; rule: string };

/** The attribution in a sentence frame (quotations blanked as Q): "…Q, said X", "X said: Q", "according to X". */
function attributionIn(frame: string, offset: number, ctx: Context): Found | undefined {
	// "Q, said Dr Amara Nwosu, who led the study." / "Q, Ashdown said outside the court."
	const afterQuote = /\uE000[,!?]?\s*[–—-]?\s*([^\uE000]*)$/.exec(frame);
	if (afterQuote && afterQuote[1]!.trim()) {
		const tail = afterQuote[1]!;
		const m = SAY_AFTER.exec(tail);
		if (m) {
			const np = m[1] ? m[2]! : (m[3] ?? m[5]!);
			const verb = (m[1] ?? m[4] ?? m[6])!;
			// '"…," said its chair, Sergeant Marcus Ilori.': the name after the description says who.
			const named = m[1] && /^\s*(?:its|the|his|her|their|our)\s/i.test(np) ? /^,\s*((?:[A-Z][\p{L}'’.-]*\s+){0,2}[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)+)\s*(?:[,.]|$)/u.exec(tail.slice(m[0].length)) : null;
			const speaker = resolveSpeaker(named ? `${np.trim()}, ${named[1]}` : cleanNP(np, !!m[1]), ctx);
			const at = offset + afterQuote.index + afterQuote[0].length - tail.length;
			if (speaker) return { speaker, span: { start: at, end: at + m[0].length }, verb, rule: m[1] ? 'said-name' : 'name-said' };
		}
	}
	// "Judge Eleanor Pryce told him: Q" / "X said, Q"
	const before = SAY_BEFORE_QUOTE.exec(frame);
	// "rejects claims the scheme …", "the reports": a verb's form used as a noun is no attribution.
	if (before && !/\b(?:the|a|an|its|his|her|their|these|those|[a-z]+s|[a-z]+ed)\s+$/.test(before[1]!)) {
		const np = lastClause(before[1]!);
		const speaker = resolveSpeaker(cleanNP(np, false), ctx);
		if (speaker) return { speaker, span: { start: offset + before[1]!.length - np.length, end: offset + before[1]!.length + before[2]!.length }, verb: before[2]!, rule: 'name-said-colon' };
	}
	// "opposition calls it "a press release …"": a name given to something is the caller's words.
	const calls = CALLS_IT.exec(frame);
	if (calls) {
		// "a decision that its leader, Joan Peel, called "…"": the relative clause's subject.
		const np = lastClause(calls[1]!).replace(/^.*\b(?:that|which|whom)\s+/i, '');
		const speaker = resolveSpeaker(cleanNP(np, false), ctx);
		if (speaker) return { speaker, span: { start: offset + calls[1]!.length - np.length, end: offset + calls[0].length - 1 }, verb: calls[2]!, rule: 'name-calls-it' };
	}
	return undefined;
}

// A headline drops the article: "passenger group calls delay "a shambles"".
const CALLS_IT = /^(.*?)\b(calls|called|dubbed|dubs|branded|brands|labelled|labeled|labels)\s+(?:(?:it|them|him|her|this|that|(?:the\s+|its\s+|their\s+)?[a-z]\w*(?:\s+[a-z]\w*)?)\s+)?(?:as\s+)?(?:a\s+|an\s+)?\uE000/i;

/** Verbs whose report is their object: the span keeps the verb ("announced plans to cut 400 jobs"). */
const ACT_VERBS = new Set(['demanded', 'demands', 'admitted', 'admits', 'urged', 'urges', 'announced', 'announces', 'promised', 'promises', 'pledged', 'pledges', 'vowed', 'vows', 'described', 'describes', 'rejected', 'rejects', 'ruled out', 'rules out', 'asked for', 'called for', 'calls for', 'expects', 'expect', 'put', 'puts', 'called', 'calls', 'dismissed', 'dismisses', 'recommended', 'recommends']);
const ESTIMATE_AT = /^\s+(?:(?:the|its|their|his|her)\s+[\w\s'’-]{1,40}?\s+)?at\s+(?:about|around|roughly|some|between|up to|more than|less than|nearly|almost|[£$€¥]|\d)/i;
/** "which it says", "that Marrowfield City Council estimates": the subject of a relative clause. */
const RELATIVE_SUBJECT = /(?:^|[\s,])(?:which|that|whom|what)\s+((?:the|its|their|his|her|some|many|several|most|other|two|three|four)\s+[\w'’-]+(?:\s+(?!(?:had|has|have|also)\b)[\w'’-]+)?|(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*|he|she|it|they|we|[a-z]{3,}s)\s+(?:also\s+|had\s+|has\s+|have\s+)?$/;
const DENIALS = new Set(['denied', 'denies', 'deny', 'rejected', 'rejects', 'reject']);
const EXTRA_VERBS = ['called on', 'calls on', 'call on', 'questioned', 'blame', 'blames', 'ask', 'forecast', 'forecasts', 'ruled out', 'rules out', 'asked for', 'called for', 'calls for', 'rejected', 'rejects', 'described', 'describes', 'expects', 'expect', 'put', 'puts', 'called', 'calls', 'dismissed', 'dismisses', 'recommended', 'recommends'];
/** A time phrase at the end of some words: "… on Wednesday", "… last week". */
const TIME_PHRASE = '(?:on|by|late|early)\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\\s+(?:morning|afternoon|evening|night))?|(?:last|this|on)\\s+(?:week|month|year|night|morning|afternoon|evening|weekend)|yesterday|today|tonight';
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
/**
 * Verbs that report only with a certain object, whose span keeps the verb: "called on the federation to
 * publish …" (not "called on Monday"), "questioned the methods" (not "questioned a night guard"),
 * "blame cars idling at the gates for the fumes", "asked the council to add …", "had forecast a small
 * profit".
 */
const OBJECT_ACTS: [RegExp, (tail: string) => boolean][] = [
	[/^call(?:ed|s)? on$/, (t) => new RegExp(`^\\s+(?!${WEEKDAY}\\b)[^,;:\uE000]{1,60}?\\s+to\\s+[a-z]`).test(t)],
	[/^questioned$/, (t) => {
		// The object's head: its last word before a preposition or the clause's end ("a night guard on …").
		const m = /^\s+(?:(?:the|its|their|his|her|some|many|these|those|a|an)\s+)?(?:[\w'’-]+\s+){0,3}?([a-z-]+)(?=\s+(?:on|in|at|over|about|after|before|for|from|by|with|who|which|used|and|but|during|until)\b|\s*[,.;:]|\s*$)/.exec(t);
		return !!m && !/^\s+(?:him|her|them|us|me|it)\b/.test(t) && !personNoun(m[1]!) && !/^(?:people|men|women|man|woman|boy|girl|boys|girls|children|child|teenagers?|youths?|staff|police|guards?|crew|suspects?|witness(?:es)?|pupils?|students?|residents?|tenants?|guests?|passengers?|patients?|family|families|couple|pair)$/.test(m[1]!);
	}],
	[/^blame[sd]?$/, (t) => /^\s+[^,;:\uE000]{1,80}?\s+(?:for|on)\s/.test(t)],
	// "asked the council to add …" is a request the source makes; "asked Voss to appear", "asked not to be
	// named" are not claims.
	[/^ask(?:ed|s)?$/, (t) => {
		const m = /^\s+((?:(?:the|its|their|his|her|all|local)\s+)?[^,;:\uE000]{1,50}?)\s+to\s+(?!(?:the|a|an)\b)[a-z]+/.exec(t);
		if (!m || /^(?:about|whether|why|how|for|if|not|to|him|her|them|us|me)\b/.test(m[1]!)) return false;
		const words = m[1]!.split(/\s+/);
		return !(words.every((w) => /^[A-Z]/.test(w)) && !words.some((w) => INSTITUTIONS.has(w.toLowerCase())));
	}],
	// "reported revenue of €310 million", "reported a pre-tax loss": a body's own accounts.
	[/^report(?:ed|s)$/, (t) => /^\s+(?:(?:a|an|its|their)\s+)?(?:(?:record|pre-tax|annual|net|first-half|half-year|full-year|quarterly|operating|underlying)\s+)*(?:revenue|revenues|profits?|loss|losses|sales|earnings|turnover|income|surplus|deficit)\b/.test(t)],
	[/^(?:forecasts?|predicted|predicts)$/, (t) => !/^\s+that\b/.test(t) && !FINITE.test(t.split(/[,;:]/)[0]!.replace(/\b[a-z]{2,}ed\b/g, ''))]
];
/** Whether the verb reports through the object that follows it (see OBJECT_ACTS). */
function objectAct(verb: string, tail: string): boolean {
	return OBJECT_ACTS.some(([v, fits]) => v.test(verb) && fits(tail));
}
/** Where a report is an act on a thing ("denied the report", "questioned the methods"), the time or place of the act is the reporter's. */
const ACT_ADJUNCT_TAIL = new RegExp(`(?:\\s+(?:${TIME_PHRASE}|in a statement|in an interview|in court|at a (?:news|press) conference|on (?:social media|its website)))+$`, 'i');

/** "called the ruling a turning point", "calls the figures, published in May, a misreading": naming a thing is a claim about it ("called the police" is not). */
const CALLED_A = /^\s+(?:it|them|him|her|this|that|these|those|(?:the|its|their|his|her|our|my|your)\s+[^,.;:\uE000]{1,60}?|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)(?:,[^,;:\uE000]{1,60},)?\s+(?:a|an)\s+[a-z]/;
/** "dismissed the claim that …", "dismissed claims by X": a rejection of something said ("dismissed its manager" is not). */
const DISMISSED_WHAT = /^\s+(?:the\s+|those\s+|these\s+|such\s+|their\s+|his\s+|her\s+|its\s+)?(?:claims?|suggestions?|reports?|criticism|criticisms|allegations?|accusations?|concerns?|idea|argument|calls?|fears?|speculation|rumou?rs?|warnings?|it|them|that|this|as)\b/;
const ALL_VERBS = [...new Set([...VERB_LIST, ...EXTRA_VERBS])].sort((a, b) => b.length - a.length).map((v) => v.replace(/ /g, '\\s+')).join('|');
const ANY_VERB = new RegExp(`\\b(${ALL_VERBS})\\b`, 'gi');
/** ", and (also) announced …": a second report by the same subject ends the first one's clause. */
/** Base forms ("would begin … and report by the summer") continue a clause, not a new report. */
const BASE_FORMS = new Set(['call on', 'blame', 'ask', 'say', 'tell', 'add', 'claim', 'warn', 'report', 'find', 'argue', 'insist', 'deny', 'admit', 'suggest', 'believe', 'confirm', 'estimate', 'put', 'reject', 'expect', 'show']);
const TENSED_VERBS = [...new Set([...VERB_LIST, ...EXTRA_VERBS])].filter((v) => !BASE_FORMS.has(v)).sort((a, b) => b.length - a.length).map((v) => v.replace(/ /g, '\\s+')).join('|');
const VERB_FIRST = new RegExp(`^(?:${ALL_VERBS}|called|calls|dubbed|branded|labelled)\\b`, 'i');
const NESTED_VERBS = /^(?:assured|assures|reassured|told|tells|promised|promises|warned|warns|informed)$/;
/** The subject of a verb inside a report: the words after the outer verb ("said [the chief executive, Dr Qureshi,] had assured …"). */
const INNER_SUBJECT = new RegExp(`\\b(?:${VERBS})\\s+(?:that\\s+)?((?:(?!\\b(?:${VERBS})\\b)[^;:\\uE000])+?)\\s*$`, 'i');
const OWN_REPORTER = new RegExp(`(?<!\\b(?:was|were|been|be|being|is|are|to)\\s+)\\b(?:${TENSED_VERBS})\\b(?![-'’])`, 'i');
const OWN_SPEAKER = /^\s*(?:and\s+|but\s+)?[^,;]{1,60}?\s(?:said|says|told|tells|added|adds|argued|insisted|warned|replied)\b/;
const AND_VERB = new RegExp(`,?\\s+and\\s+(?=(?:also\\s+)?(?:${TENSED_VERBS})\\b)`, 'i');
const APPOSITIVE = /^(?:the|a|an|its|his|her|their|our)\s+[^,]{1,60}$/i;

/** A report in the passive, with its agent: aux, verb, agent. */
const PASSIVE = /\b((?:has|have|had)\s+been|was|were|is|are|being)\s+(?:(?:first|also|widely|repeatedly|publicly|previously|already|often|sharply|heavily|strongly)\s+)?(told|informed|assured|warned|advised|promised|reminded|criticised|criticized|accused|praised|condemned|blamed|questioned|challenged|reported|flagged|raised|revealed|disclosed)(?:\s+(?:on|in|last|this|earlier|at)\b[^,;:.\uE000]{0,50}?)?\s+by\s+([^,;:.\uE000\s]+(?:\s+[^,;:.\uE000\s]+){0,7}?)(?=\s+(?:that|for|of|over|to|as|in|on|at|after|before|when|since|but|and)\b|\s*[,;:.]|\s*$)/gi;

/** "said C, and that D": each repeated "that" starts a report of its own. */
function thatParts(frame: string, from: number, stop: number): Span[] {
	const parts: Span[] = [];
	let cursor = from;
	// "…, and that was a message too": "that" before a verb is the subject, not a new report.
	for (const m of frame.slice(from, stop).matchAll(/,?\s+(?:and|but)\s+that\s+(?!(?:was|is|were|are|had|has|have|would|will|could|should|might|may|must|did|does|meant|means|made|makes|seemed|seems)\b)/g)) {
		parts.push({ start: cursor, end: from + m.index });
		cursor = from + m.index + m[0].length;
	}
	parts.push({ start: cursor, end: stop });
	return parts;
}

const CLAUSE_ENDS = /(\s+and\s+(?=[a-z]+ed\s+(?:him|her|them|it|the|a|an|his|its|their)\b))|(,\s+against\s)|;\s|(\s[–—]\s)|,\s+(?:though|although|while|which|saying|adding|finding|ruling|concluding|arguing|noting|insisting|warning|claiming|explaining)\s|,\s+according\s+to\b|,\s+compared\s+(?:with|to)\b|,\s+(?:before|after)\s+(?:adding|saying|insisting|noting)\b|:\s*\uE000|(,?\s+but\s+(?!that\b)(?=(?:also\s+)?(?:[a-z]+ed|said|says|sets|has|have|warned|added|conceded)\b))/g;
// Only verbs of saying or asking: "…, and they found two bodies" is part of the claim.
const PRONOUN_AGAIN = /,\s*(?:and|but)\s+(?:he|she|it|they|we)\s+(?:also\s+|then\s+|later\s+)?(?=(?:said|says|added|adds|warned|warns|urged|urges|called\s+(?:on|for)|calls\s+(?:on|for)|insisted|argued|stressed|denied|denies|rejected|rejects|admitted|conceded|promised|pledged|vowed|told|asked|questioned|blamed|accused|demanded|dismissed|described)\b)/i;
const REPORTER_AS = /,\s+as\s+(?!if\b|though\b|well\b|part\b|a\s+result\b|much\b|many\b|long\b|soon\b|far\b|expected\b|planned\b|promised\b|required\b|usual\b|before\b|such\b|a\s+(?:whole|precaution|matter)\b)(?:[\w'’-]+\s+){0,4}?(?:[a-z]+ed|began|begin|begins|was|were|is|are|had|has|have|came|went|rose|fell|grew|got|took|left|ran|made|continued|continue)\b/;
/** A pluperfect: the reported clause's own past ("said police had knocked …"). */
const PLUPERFECT = /\bhad\s+(?:not\s+|already\s+|first\s+|been\s+)?[a-z]+(?:ed|en|wn|t|d)\b/;
/** The reporter's own second verb of saying after "and"/"but". */
const REPORTER_AGAIN = /^\s*(?:,?\s*(?:and|but)\s+)?(?:also\s+)?(?:said|says|added|adds|insisted|argued|stressed|conceded|acknowledged|admitted|denied|announced|warned\s+that)\b|^\s*(?:,?\s*(?:and|but)\s+)?\w+\s+(?:reporters|journalists)\b/;
const TENSED_VERB = /\b(?:is|are|was|were|had|has|have|will|would|could|should|can|may|might|must|did|does|do|said|says)\b/;

/**
 * Where a report's clause ends, as an offset into the words after its verb: before a second report by
 * the same speaker ("… and added …", "… but would not say …"), a participle that starts another report
 * (", finding that …"), a semicolon, a dash before a new clause, or a colon before a quotation. A clause
 * in the pluperfect goes on through "and"/"but" with a verb of its own subject ("police had knocked … and
 * told her …", "had recorded 2,130 spills but reported only 1,410"); a dash before words with no verb is
 * an appositive of the report ("— all of them qualified"); ", against …" after an act's object is the
 * reporter's comparison, but inside a reported clause it is part of the claim.
 */
function reportClauseEnd(rest: string, act: boolean): number {
	// ", and recommended …" (after a comma) goes back to the reporter; "… and told her" does not.
	// So does a relative clause's own coordination ("a text that used his name and asked him to …").
	const inner = (at: number, conj: string) => (PLUPERFECT.test(rest.slice(0, at)) || /\b(?:that|which|who)\s+[a-z]+(?:ed|s)\b/.test(rest.slice(0, at))) && !REPORTER_AGAIN.test(conj) && !/^,/.test(conj);
	const andVerb = AND_VERB.exec(rest);
	if (andVerb && !inner(andVerb.index, rest.slice(andVerb.index))) return andVerb.index;
	const declined = AND_DECLINED.exec(rest);
	if (declined) return declined.index;
	// ", and he called on …": the reporter again, by pronoun, starts a report of their own.
	const again = PRONOUN_AGAIN.exec(rest);
	// ", as residents began clearing debris": the reporter's own "as"-clause of time or cause.
	const as = REPORTER_AS.exec(rest);
	const cut = Math.min(again?.index ?? rest.length, as?.index ?? rest.length);
	if (cut < rest.length) rest = rest.slice(0, cut);
	for (const m of rest.matchAll(CLAUSE_ENDS)) {
		if ((m[1] || m[4]) && inner(m.index, rest.slice(m.index))) continue;
		if (m[2] && !act) continue;
		if (m[3] && !TENSED_VERB.test(rest.slice(m.index + m[0].length).split(/\s[–—]\s/)[0]!)) continue;
		return m.index;
	}
	return rest.length;
}

/**
 * The body a clause opens with as its subject ("The trust spent …", "The national emergency committee,
 * which met …, would meet …"), if the words name one; nothing is registered when they do not.
 */
function clauseBody(clause: string, ctx: Context): Speaker | undefined {
	const m = /^\s*((?:the|The)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}?|[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*)*)(?:,[^,]{1,80},)?\s+(?:[a-z]+ed|had|has|have|was|were|is|are|would|will|could|spent|cut|put|set|sold|made|took|gave|won|lost|ran|paid|kept|left|met|held|rose|fell|grew)\b/.exec(clause);
	if (!m) return undefined;
	const words = m[1]!.split(/\s+/);
	if (!words.some((w) => INSTITUTIONS.has(w.toLowerCase().replace(/[’'].*$/, '')))) return undefined;
	return resolveIf(m[1]!, ctx, (body) => body.kind === 'named-institution');
}

/** A source resolved while it is talked about, not speaking: whoever spoke last stays the last speaker. */
function talkedAbout<T>(ctx: Context, resolve: () => T): T {
	const { last, lastAt } = ctx;
	const found = resolve();
	Object.assign(ctx, { last, lastAt });
	return found;
}

/** Who the words name, where `accept` takes them; otherwise nothing is registered and nobody becomes the last speaker. */
function resolveIf(np: string, ctx: Context, accept: (sp: Speaker) => boolean): Speaker | undefined {
	const saved = { n: ctx.speakers.length, last: ctx.last, lastAt: ctx.lastAt };
	const who = resolveSpeaker(np, ctx);
	if (who && accept(who)) return who;
	ctx.speakers.length = saved.n;
	ctx.last = saved.last;
	ctx.lastAt = saved.lastAt;
	return undefined;
}

/**
 * The named body or person a sentence opens with as its subject ("Tarnside Power, which supplies the
 * valley, hopes to …", "Councillor Ada Brink wants …"), if the words before its first verb name one.
 */
function sentenceSubject(head: string, ctx: Context): Speaker | undefined {
	const m = /^\s*((?:The\s+)?[A-Z][\p{L}'’&-]*(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\p{L}'’&-]*){0,4})(?:,[^,\uE000]{1,80},)?\s+(?:(?:also|still|now|again)\s+)?[a-z]+/u.exec(head.slice(reportStart(head)));
	// One capitalised word opening a sentence ("Night-time burglaries fell …") names a source only
	// where the story has already heard from it.
	if (!m || TITLES.test(m[1]!) || (!/\s/.test(m[1]!) && !ctx.speakers.some((x) => x.name === m[1] || lastWord(x.name) === m[1]!.toLowerCase()))) return undefined;
	return resolveIf(m[1]!, ctx, (who) => (who.kind === 'named-institution' || who.kind === 'named-person') && !PLACE_WORDS.has(lastWord(who.name)));
}

/** The named body the sentence before this point, in the same paragraph, opens with as its subject. */
function subjectBefore(ctx: Context): Speaker | undefined {
	const { sentences, text } = ctx.layout;
	const i = containing(sentences, ctx.at);
	const prev = i > 0 ? sentences[i - 1]! : undefined;
	if (!prev || prev.paragraph !== sentences[i]!.paragraph) return undefined;
	const who = sentenceSubject(text.slice(prev.start, prev.end), ctx);
	return who?.kind === 'named-institution' ? who : undefined;
}

/** Figures, data or a document as a subject: "New Kelso figures from the regulator", "the council's own data". */
const DOCUMENT_SUBJECT = /\b(?:figures|data|statistics|numbers|records|report|survey|study|analysis|accounts|results|documents|audit|review)(?:\s+(?:from|by|published by|released by|for)\s+[^,;:\uE000]{1,60})?\s*$/i;

/** The subject of "described … as" / "called …" just before a quotation inside a report. */
const NAME_GIVER = /(?:^|[\s,])(?:which|that|whom|where|when|at which|in which)?\s*((?:the\s+|its\s+|their\s+|his\s+|her\s+)?[a-z][\w'’-]*|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+(?:had\s+|has\s+|have\s+)?(?:described|called|dubbed|branded|labelled|labeled)\s+[^\uE000"“”]{0,50}?(?:\s+as)?\s*["“]$/;

/** Someone's claim named as a noun with its maker and its content: "claims by Clean Coln, the campaign group, that …". */
const CLAIMS_BY = /\b(?:claims?|allegations?|suggestions?|accusations?|warnings?|reports?|assertions?)\s+(?:by|from)\s+((?:the\s+)?[^,;:\uE000]{2,60}?)(?:,\s+(?:the|a|an)\s+[^,;:\uE000]{1,40},)?\s+that\s+/gi;

/** A clause with a pronoun subject and its own verb: "estimated [it would save …]". */
const PRONOUN_CLAUSE = /^\s+(?:it|he|she|they|we|there)\s+(?:would|will|could|had|has|was|were|might|may|should|is|are|can|did)\b/;

/** Indirect speech: "X said (that) C", "C, X said", "according to X, C", "X declined to comment". */
function indirectSpeech(text: string, frame: string, sentence: Span, ctx: Context, isTitle: boolean): Omit<QuoteMention, 'sentence'>[] {
	const out: Omit<QuoteMention, 'sentence'>[] = [];
	const at = sentence.start;
	const end = frame.replace(/[.!?]["”’]?\s*$/, '').length;
	const hasQuoteOnly = /^[\sQ,.]*$/.test(frame.replace(VERBS_G, ''));
	if (hasQuoteOnly) return out;
	const taken: Span[] = [];
	const free = (s: Span) => !taken.some((t) => t.start < s.end && s.start < t.end);
	// `nested`: the span may lie inside another report's; `inner`: and another report may still hold it
	// ("Staff said they had been told by managers that C": C is the managers', and all of it the staff's).
	const add = (span: Span, form: AttributionForm, speaker: Speaker, verb: string, rule: string, confidence: number, nested = false, inner = false) => {
		const t = trimClause(frame, span);
		const words = frame.slice(t.start, t.end);
		if (t.end - t.start < 4 || /^\uE000+$/.test(words.trim()) || (!nested && !free(t))) return false;
		// "described as a “simplification …”": the whole report is in the marks, a partial quote only.
		// It stays until its partial quote has taken its speaker, then goes.
		if (form === 'paraphrase' && /^[a-z]+(?:\s+(?:as|it|them|him|her))*(?:\s+(?:a|an|the))?\s*\uE000+$/.test(words.trim()) && VERB_FIRST.test(words.trim())) rule = IN_MARKS;
		// Words of a quotation count as words: 'passengers "deserve a bus that turns up"'.
		const n = text.slice(at + t.start, at + t.end).split(/\s+/).length;
		if (form === 'paraphrase' && (n < (DENIALS.has(words.split(/\s/)[0]!.toLowerCase()) ? 2 : 3) || (n < 6 && /^(?:in|on|at|to|for|with|by|from|during|after|before|outside|inside)\b/i.test(words.trim())))) return false;
		out.push(clauseMention(text, at, t, form, speaker, verb, rule, confidence));
		if (!inner) taken.push(t);
		return true;
	};
	// Declined: to the end of the clause ("declined to say whether …", "did not respond to questions …"),
	// every refusal the sentence tells ("did not say when …, and declined to comment on …").
	// "A spokesman said C but would not say D": the refusal's subject is the reporter's, read below.
	const pending: { span: Span; phrase: string }[] = [];
	// The speaker of the sentence's last report, for a second verb with no subject of its own.
	let lastSpeaker: Speaker | undefined;
	for (const d of frame.slice(0, end).matchAll(DECLINED_RE_G)) {
		const phrase = d[0].toLowerCase().replace(/\s+/g, ' ');
		const i = d.index;
		let rest = /^[^,.;]*/.exec(frame.slice(i + d[0].length))![0];
		// "declined to comment when approached by reporters": the time of the refusal is not its object.
		if (/(?:comment|respond|reply|return|responded)$/.test(phrase)) rest = rest.replace(/\s+(?:when|after|before|as|while|because|until|outside)\b.*$/, '');
		// "did not dispute the findings but said …": the refusal ends where the speaker goes on to speak.
		rest = rest.replace(/\s+(?:but|and)\s+(?:also\s+)?(?:said|says|added|adds|insisted|argued|warned|told|maintained)\b.*$/, '');
		const stop = i + d[0].length + rest.replace(/\s+$/, '').replace(TIME_TAIL, '').length;
		const np = lastClause(frame.slice(0, i));
		// A pronoun here may stand for a name earlier in the sentence ("Lindqvist said …, though she declined").
		ctx.at = at + i;
		if (/\s(?:and|but)\s+$/.test(np) && new RegExp(`\\b(?:${VERBS})\\b`, 'i').test(np)) {
			pending.push({ span: { start: i, end: stop }, phrase });
			taken.push({ start: i, end: stop });
			continue;
		}
		// "By Thursday evening the department had not responded": the time before the subject goes.
		const subject = cleanNP(np.replace(/\b(?:has|have|had|did|does|would|will)\s+(?:not\s+)?$/i, '').replace(/^\s*(?:and|but|or|then)\s*$/i, '').replace(LEADING_TIME, ''), false);
		// With no subject of its own ("…, and declined to comment") the refusal is the last speaker's; a
		// subject the rules cannot read is nobody's rather than a guess.
		const speaker = subject ? resolveSpeaker(subject, ctx) : ctx.last;
		if (speaker && add({ start: i, end: stop }, 'declined', speaker, phrase, 'declined', 0.8)) lastSpeaker = speaker;
	}
	// "according to X, C" and "C, according to X".
	const acc = /\baccording to ([^,;]+?)(?:,|$)/i.exec(frame.slice(0, end));
	if (acc) {
		// "a report by the Hydrology Institute", "a report published on Thursday by the board".
		const by = /\bby\s+(?:the\s+)?([A-Z].*)$/.exec(acc[1]!) ?? /\bby\s+(the\s+[a-z][\w\s'’-]*)$/.exec(acc[1]!);
		// "according to a person at the club": an anonymous source keeps the words that describe it.
		// "according to a letter seen by Northgate Press": who saw a document did not write it.
		const held = /\b(?:seen|obtained|reviewed|viewed)\s+by\b/i.test(acc[1]!);
		const described = !held && /^(?:a|an|one|two|three|four|several|some)\s/i.test(acc[1]!.trim()) ? resolveSpeaker(acc[1]!.trim(), ctx) : undefined;
		const speaker = held ? undefined : (described ?? resolveSpeaker(by ? by[1]! : /[A-Z]/.test(acc[1]!) ? acc[1]!.trim() : cleanNP(acc[1]!, true), ctx) ?? resolveSpeaker(cleanNP(acc[1]!, true), ctx));
		const span = acc.index < 2 ? { start: acc.index + acc[0].length, end } : { start: reportStart(frame.slice(0, acc.index)), end: acc.index };
		// "He said C, according to a letter": the clause has its own reporter, whom the verb rules read.
		// Its verb comes early ("He said C"); a verb deep inside C ("… before it told them") is C's own.
		const ownReporter = OWN_REPORTER.test(frame.slice(span.start, span.end).split(/\s+/).slice(0, 8).join(' '));
		if (speaker && !ownReporter) add(span, 'paraphrase', speaker, 'according to', 'according-to', 0.75);
		taken.push({ start: acc.index, end: acc.index + acc[0].length });
	}
	// The passive: "were told by the council that C", "has been criticised by tenants for …", "was first
	// reported on Tuesday by the Chronicle". The agent speaks; what they said, or that they spoke.
	for (const m of frame.slice(0, end).matchAll(PASSIVE)) {
		const [, aux, verb, agentRaw] = m as unknown as [string, string, string, string];
		ctx.at = at + m.index;
		const speaker = resolveSpeaker(cleanNP(agentRaw, false), ctx);
		if (!speaker) continue;
		const vStart = m.index + m[0].indexOf(aux);
		const after = m.index + m[0].length;
		const verbL = verb.toLowerCase();
		if (/^(?:told|informed|assured|warned|advised|promised|reminded)$/.test(verbL)) {
			const that = /^(?:\s+(?:in|on|at|last|this|by)\s+[\w.]+(?:\s+[\w.]+)?)?\s+that\s+/.exec(frame.slice(after, end));
			if (!that) continue;
			const from = after + that[0].length;
			for (const part of thatParts(frame, from, from + reportClauseEnd(frame.slice(from, end), false))) add(part, 'paraphrase', speaker, verbL, 'passive-told-by', 0.6, true, true);
		} else if (/^(?:reported|flagged|raised|revealed|disclosed|first reported)$/.test(verbL)) {
			// The whole clause says that the agent told of it.
			add({ start: lastClauseStart(frame.slice(0, m.index)), end: after }, 'mention', speaker, verbL, 'passive-reported-by', 0.5);
		} else {
			const stop = frame.slice(after, end).search(/[,;]\s|\s[–—]\s/);
			add({ start: vStart, end: stop === -1 ? end : after + stop }, 'mention', speaker, verbL, 'passive-criticised-by', 0.5);
		}
	}
	// "X said (that) C" and "C, X said": each reporting verb in turn.
	for (const m of frame.slice(0, end).matchAll(ANY_VERB)) {
		const verb = m[1]!.toLowerCase().replace(/\s+/g, ' ');
		const vs = m.index;
		const ve = m.index + m[0].length;
		if (!free({ start: vs, end: ve })) {
			// "He said Qureshi had assured him that both units were safe": a claim inside a report is
			// also the claim of whoever is said to have made it.
			const inner = NESTED_VERBS.test(verb) && /^\s+(?:him|her|them|us|me)\b/.test(frame.slice(ve, end)) ? INNER_SUBJECT.exec(frame.slice(0, vs)) : null;
			// The inner clause's subject runs up to its first verb ("police had knocked … and told her").
			const innerSubject = inner?.[1]!.replace(/\s+(?:had|has|have|was|were|would|will|could|did)\b.*$/s, '');
			const who = innerSubject ? resolveSpeaker(cleanNP(innerSubject, false), ctx) : undefined;
			if (who) add({ start: ve + reportObjectLength(frame.slice(ve, end), verb), end }, 'paraphrase', who, verb, 'nested-report', 0.5, true);
			continue;
		}
		const head = frame.slice(0, vs);
		const tail = frame.slice(ve, end);
		if ((/^call(?:ed|s)$/.test(verb) && !CALLED_A.test(tail)) || (/^dismiss/.test(verb) && !DISMISSED_WHAT.test(tail))) continue;
		// '"Q," she said': the verb attributes the quotation, which the quote rules read. A quotation inside
		// the reporter's clause ('The draft recommends a "transport scheme", the manager said') does not.
		const quoteRun = /\uE000+[^\uE000]*$/.exec(head);
		if (quoteRun && !/\b(?:that|because|and|but)\b[^\uE000]*$/.test(head) && (/^\s*$|[:,.!?—–]\s*$|\uE000[^\w]*$/.test(head.slice(0, quoteRun.index)) || !/^[,!?]?\s*[^\s\uE000]/.test(head.slice(quoteRun.index).replace(/^\uE000+/, '')))) continue;
		if (/\b(?:was|were|is|are|been|be|being|to|will|would|could|should|may|might|must)\s+(?:not\s+)?$/i.test(head) && !/\b(?:has|have|had)\s+$/i.test(head)) continue;
		// "C, X said." / "C, the team reported, while D." / "C, the returning officer, Graham Petrie, said."
		// "…, which some head teachers have called for.": the thing asked for is the antecedent, so the
		// story only mentions that they asked.
		ctx.at = at + vs;
		const asked = (DENIALS.has(verb) || ACT_VERBS.has(verb)) && /^\s*(?:[,;.]|$)/.test(tail) ? RELATIVE_SUBJECT.exec(head) : null;
		if (asked) {
			const who = resolveSpeaker(asked[1]!, ctx);
			if (who) add({ start: asked.index + asked[0].indexOf(asked[1]!), end: ve }, 'mention', who, verb, 'relative-subject-mention', 0.5);
			continue;
		}
		// "C, she said": the pronoun stands for someone before C, not a name inside it.
		ctx.at = at;
		const trailing = /,\s*([^,\uE000]{1,70}?)(,?)\s*$/.exec(head);
		// ", Graham Petrie, said." ends the sentence; "Brightwell Foods, the maker, said on Thursday that …" does not.
		// "C, a senior official told Northgate Press.": a listener may follow "told".
		const listener = /^tells?|told$/.test(verb) && LISTENER_AFTER.test(tail);
		if (trailing && !/\s(?:and|but|or)$/.test(trailing[1]!) && !(trailing[2] && !/^\s*[.,;]?\s*$/.test(tail)) && (listener || /^\s*(?:$|[,.;]|(?:in|on|at|to|outside|after|before|last|this|earlier|later|yesterday|today|on \w+|shortly|just|soon|late|early|overnight)\b[^,]*(?:,|$))/i.test(tail)) && trailing.index > 8) {
			let npStart = trailing.index;
			let np = trailing[1]!;
			// An appositive before the name: ", the returning officer, Graham Petrie, said".
			const prev = /,\s*([^,\uE000]{1,60})\s*$/.exec(head.slice(0, npStart));
			if (prev && APPOSITIVE.test(prev[1]!.trim()) && /^[A-Z]/.test(np.trim())) {
				npStart = prev.index;
				np = `${np}, ${prev[1]}`;
			}
			// "The trust spent £1.3m, its annual accounts show" / "C, its spokeswoman said": "its" is the
			// body the clause is about, where the clause opens with one.
			const own = /^\s*(?:its|their)\s/i.test(np) ? clauseBody(head.slice(reportStart(head.slice(0, npStart)), npStart), ctx) : undefined;
			const speaker = own ?? resolveSpeaker(cleanNP(np, false), ctx);
			// "… a tower block where, the judge found, damp had been left …": an attribution set inside a
			// clause after its conjunction reports what follows it.
			const inside = /\b(?:where|that|which|because|when|although|though|whether|since|if|while)\s*$/i.test(head.slice(0, npStart)) ? /^\s*,\s*/.exec(tail) : null;
			if (speaker && inside) {
				lastSpeaker = speaker;
				const from = ve + inside[0].length;
				add({ start: from, end: from + reportClauseEnd(frame.slice(from, end), false) }, 'paraphrase', speaker, verb, 'parenthetical-said', 0.6);
				continue;
			}
			if (speaker) {
				lastSpeaker = speaker;
				add({ start: reportStart(head.slice(0, npStart)), end: npStart }, 'paraphrase', speaker, verb, 'clause-comma-name-said', 0.7);
				// "C, X said, and D" / ", but D" / ", while D" / ", cutting …": the report goes on.
				const rest = frame.slice(ve, end);
				const more = continuation(rest);
				// "…, and the authors said D": a part with its own speaker is that speaker's (a document's
				// finding told by the sources, "and a report estimated that …", stays theirs).
				if (more !== undefined && !/\uE000/.test(rest) && !OWN_SPEAKER.test(rest.slice(more))) add({ start: ve + more, end }, 'paraphrase', speaker, verb, 'clause-comma-name-said-more', 0.6);
				continue;
			}
		}
		ctx.at = at + vs;
		if (/^\s*[:,]?\s*\uE000/.test(tail) || /^\s*$/.test(tail) || /^\s*(?:[\w'’]+\s+){0,3}?[\w'’]*\s*[:,]\s*\uE000/.test(tail)) continue;
		// "a gap the council estimates at £9 million": the estimate is the report.
		const valued = /^estimat/.test(verb) && ESTIMATE_AT.test(tail);
		const objAct = objectAct(verb, tail);
		// "called on Monday", "questioned a night guard", "the blame": these verbs report only with their object.
		if (/^(?:calls? on|called on|call on|questioned|blames?|ask)$/.test(verb) && (!objAct || /\b(?:the|a|an|its|his|her|their|no|any)\s+$/i.test(head))) continue;
		// "reported on Friday that …" has its "that" after the time of telling.
		// A headline drops its "that" ("Court finds landlord ignored …"); "estimated it would save …" has a
		// clause of its own without one.
		// "New figures from the regulator show complaints doubled": figures, data or a report show a clause without "that".
		// Only where the words say whose they are ("from the regulator", "the council's").
		const documentShows = /^show(?:s|ed)?$/.test(verb) && DOCUMENT_SUBJECT.test(lastClause(head)) && /\b(?:from|by)\s+\S|['’]s\s+(?:own\s+)?\w+\s*$/.test(lastClause(head)) && FINITE.test(tail.split(/[,;:]/)[0]!);
		if (NEEDS_THAT.has(verb) && !objAct && !documentShows && !/\bthat\s+$/.test(tail.slice(0, reportObjectLength(tail))) && !valued && !(isTitle && /^(?:finds?|found|shows?|showed|rules?|ruled)$/.test(verb)) && !PRONOUN_CLAUSE.test(tail)) continue;
		if (/^puts?$/.test(verb) && !/^\s+[^,;\uE000]{1,60}?\s+at\s/.test(tail)) continue;
		// The subject: a relative clause ("Marsh, who had denied …"), the words before the verb, or the
		// last speaker for a second verb ("… and announced plans …").
		let speaker: Speaker | undefined;
		let from = ve;
		const rel = /(^|[^,]*?),\s+who\s+((?:had|has|have)\s+)?$/.exec(head);
		const conj = /(?:,\s*|\s)(?:and|but|then|also)\s+(?:also\s+)?(?:had\s+|has\s+)?$/i.exec(head);
		// "Doyle, who conceded in a short statement, said …": no report without an object.
		if (rel && /^\s+(?:in|on|at|to|after|before|during|outside|yesterday|today|last)\b/i.test(tail)) continue;
		if (rel) {
			speaker = resolveSpeaker(cleanNP(lastClause(rel[1]!), false), ctx);
			const stop = frame.indexOf(',', ve);
			if (speaker && stop > ve) add({ start: vs - (rel[2]?.length ?? 0), end: stop }, 'paraphrase', speaker, verb, 'relative-who-said', 0.6);
			continue;
		}
		// "…, which it says have contributed to …", "which she described as …": the relative clause's
		// own subject speaks, and the report ends with the relative clause.
		const relSubject = RELATIVE_SUBJECT.exec(head);
		if (relSubject) {
			speaker = resolveSpeaker(relSubject[1]!, ctx);
			if (!speaker) continue;
			const act = DENIALS.has(verb) || ACT_VERBS.has(verb) || valued;
			const start = act ? vs : ve + reportObjectLength(tail);
			const comma = frame.slice(start, end).search(/[,;]\s|\s[–—]\s/);
			add({ start, end: comma === -1 ? end : start + comma }, 'paraphrase', speaker, verb, 'relative-subject-said', 0.6);
			continue;
		}
		if (conj && lastSpeaker && out.length) speaker = lastSpeaker;
		else if (conj && /^[^,]*?,?\s*(?:and|but)\s+(?:also\s+)?$/.test(head.slice(head.search(/,\s*(?:and|but)\s+(?:also\s+)?$|\s(?:and|but)\s+(?:also\s+)?$/)))) {
			// "Rescue teams … recovered the body …, and said …": the sentence's subject says it.
			const subject = /^(.*?)\s+(?:[a-z]+ed|was|were|is|are|has|have|had|will|would|said|says|took|made|won|lost)\b/.exec(head.slice(reportStart(head)))?.[1];
			speaker = subject ? resolveSpeaker(cleanNP(subject, false), ctx) : undefined;
		}
		else {
			const npRaw = lastClause(head);
			if (!npRaw.trim()) continue;
			speaker = resolveSpeaker(cleanNP(npRaw.replace(/\b(?:has|have|had|also|later|then|once|repeatedly|previously)\s+$/i, ''), false), ctx);
		}
		if (!speaker) continue;
		lastSpeaker = speaker;
		// A denial keeps its verb whatever follows: the claim is the denial ("denied that it had …").
		const act = valued || objAct || DENIALS.has(verb) || (ACT_VERBS.has(verb) && !/^\s+that\b/.test(tail));
		if (act) from = vs;
		else {
			from = ve + reportObjectLength(tail, verb);
		}
		while (frame[from] === ' ') from++;
		let stop = from + reportClauseEnd(frame.slice(from, end), act);
		// A headline's "promises homes back … after storm": the event it follows is the reporter's frame.
		if (act && isTitle) stop -= /\s+(?:after|amid|following|despite)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+$/i.exec(frame.slice(from, stop))?.[0].length ?? 0;
		// "denied the report on Friday": where the act's object is a thing, not a clause, the time of the act is not the claim.
		if (act && (DENIALS.has(verb) || /^(?:questioned|dismiss(?:ed|es))$/.test(verb)) && !FINITE.test(frame.slice(ve, stop).replace(/\b[a-z]{2,}ed\b/g, '')) && !/\bto\s+[a-z]/.test(frame.slice(ve, stop))) stop -= ACT_ADJUNCT_TAIL.exec(frame.slice(ve, stop))?.[0].length ?? 0;
		// "disclosed the breach on Monday", "confirmed the deal": a thing made known, not a clause told.
		if (!act && /^(?:disclosed|discloses|revealed|reveals|confirmed|confirms|acknowledged|acknowledges|mentioned|mentions)$/.test(verb) && !/that/.test(frame.slice(ve, from)) && !FINITE.test(frame.slice(from, stop))) continue;
		const withThat = /that/.test(frame.slice(ve, from));
		for (const part of thatParts(frame, from, stop)) add(part, 'paraphrase', speaker, verb, act ? 'name-act-object' : withThat ? 'name-said-that' : 'name-said-clause', act ? 0.6 : withThat ? 0.8 : 0.65);
	}
	for (const p of pending) {
		const speaker = lastSpeaker ?? ctx.last;
		if (speaker) add(p.span, 'declined', speaker, p.phrase, 'declined-after-report', 0.6, true);
	}
	// "A ministry official denied that, saying C" / "…, which Petrie granted, saying C": the participle's
	// subject is the subject of the clause it hangs on.
	// "The judge rejected that argument, finding that C and that D": each "that" starts a report.
	for (const m of frame.slice(0, end).matchAll(/,\s+(?:saying|adding|finding|ruling|concluding|arguing|noting|insisting|claiming|explaining|warning)\s+(?:that\s+)?/g)) {
		if (!/^,\s+(?:saying|adding)/.test(m[0]) && !/that\s+$/.test(m[0])) continue;
		let clause = lastClause(frame.slice(0, m.index));
		// "…, which Petrie granted, saying": the relative clause's subject; but "dismissed claims …, that
		// monitors had been switched off, saying": "that" opens the claim, and the sentence's subject says it.
		const rel = /.*,\s+(?:which|who|that)\s+/.exec(clause);
		if (rel && !/that\s+$/.test(rel[0])) clause = clause.slice(rel[0].length);
		const subject = /^(.*?)\s+(?:(?:also|then|later)\s+)?(?:[a-z]{2,}ed|was|were|is|are|has|have|had|said|says|told|took|made|won|lost|gave|spoke|met|left|went|came|sent|wrote)\b/.exec(clause)?.[1];
		const speaker = subject && subject.split(/\s+/).length <= 8 ? resolveSpeaker(cleanNP(subject, false), ctx) : undefined;
		if (!speaker) continue;
		const from = m.index + m[0].length;
		const stop = frame.slice(from, end).search(/;\s|\s[–—]\s|,\s+(?:before|after|while)\s/);
		for (const part of thatParts(frame, from, stop === -1 ? end : from + stop)) add(part, 'paraphrase', speaker, 'saying', 'participle-saying', 0.6);
	}
	// "dismissed claims by Clean Coln, the campaign group, that C": C is the claim of whoever made it.
	for (const m of frame.slice(0, end).matchAll(CLAIMS_BY)) {
		ctx.at = at + m.index;
		const who = talkedAbout(ctx, () => resolveIf(cleanNP(m[1]!, false), ctx, (x) => x.kind !== 'anonymous-person' || /^[a-z]/.test(m[1]!)));
		if (!who) continue;
		const from = m.index + m[0].length;
		add({ start: from, end: from + reportClauseEnd(frame.slice(from, end), false) }, 'paraphrase', who, 'claims', 'claims-by-that', 0.55, true, true);
	}
	// A headline's "…, study finds" / "…; critics say …".
	if (isTitle && out.length === 0) {
		const m = TITLE_SAY.exec(frame.slice(0, end));
		if (m) {
			const speaker = resolveSpeaker(cleanNP(m[2]!, false), ctx);
			if (speaker) {
				const span = m[3]!.trim() ? { start: m[0].length - m[3]!.length, end } : { start: 0, end: m[1]!.length };
				add(span, 'paraphrase', speaker, 'says', 'title-clause-say', 0.6);
			}
		}
	}
	return out;
}

const SUBJECT_START = /^(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|he|she|it|they|we|i|you|there|some|many|most|all|no|none|each|every|both|one|two|three|on|in|at|by|for|with|after|before|when|if|since|until|during|[A-Z0-9])/;

/**
 * Where a report goes on after its attribution ("C, she said, and D"), as an offset into the rest of the
 * sentence: at "while"/"whereas" and at "and"/"but" before a verb phrase (the conjunction belongs to
 * it: "but sets no budget for it"), after "and"/"but" before a clause with its own subject, and after
 * a reporting participle ("adding that …"). Other participles stay out: ", ending a pursuit that began
 * in January" is as often the reporter's as the source's.
 */
function continuation(rest: string): number | undefined {
	const m = /^([^,\uE000]{0,40}?),\s*(?:(while|whereas)\s|(and|but)\s+|(?=(?:saying|adding|noting|arguing|warning|insisting|claiming|explaining|stressing)\s))/.exec(rest);
	if (!m) return undefined;
	const after = rest.slice(m[0].length);
	if (m[2]) return m[0].length - m[2].length - 1;
	if (m[3]) return SUBJECT_START.test(after) ? m[0].length : m[0].length - m[3].length - 1;
	return m[0].length + (/^\w+\s+(?:that\s+)?/.exec(after)?.[0].length ?? 0);
}

/** A finite verb among the words before "that": then the "that" belongs to the reported clause. */
const FINITE = /\b(?:had|has|have|was|were|is|are|been|would|will|could|can|should|may|might|must|did|does|do|not|got|took|made|gave|sent|saw|knew|came|went|left|kept|held|ran|won|lost|paid|bought|sold|met|wrote|felt|heard|brought|began|rose|fell|grew|spent)\b|\b[a-z]{2,}ed\b/;
const LISTENER_AFTER = /^\s+(?:reporters|journalists|him|her|them|us|me|the\s+(?:court|jury|tribunal|inquiry|hearing|committee|panel|council|meeting)|(?:a|the)\s+(?:briefing|news conference|press conference|hearing|meeting)|(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s*(?:$|[,.;])/;
/** Verbs whose object may be the listener: "told her", "assured them", "warned us". */
const TELLING = /^(?:told|tells|tell|assured|assures|reassured|warned|warns|reminded|reminds|informed|informs|promised|promises|answered|answers|asked|asks|urged|urges|convinced|persuaded)$/;
/** A newspaper or broadcaster told something, by what it is: "told the paper", "told this newspaper". */
const MEDIA_LISTENER = /^\s*(?:the|this|our|a|local)\s+(?:local\s+|national\s+|regional\s+|weekly\s+|daily\s+)?(?:paper|newspaper|broadcaster|station|programme|program|website|magazine|radio station|news site|news agency|agency|outlet|reporter|journalist)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?=[a-z])/;
const LISTENER = /^\s*(?:him|her|them|us|me|reporters|journalists|the court|the jury|parliament|the committee|a news conference|a press conference)\s+(?:that\s+)?/i;
const ADJUNCT = /^\s*(?:on \w+|last \w+|in a statement|in an interview|in a letter|at a \w+ conference|this week|earlier)\s*,?\s+(?:that\s+)?/i;

/**
 * How many characters of a reporting verb's tail come before what is reported: a listener and the
 * words that place the telling ("told a news conference on Monday that", "said last week, before the
 * draft became known, that"), but never words of the report itself ("said the result showed that …").
 */
/** Nouns for what was said or decided, which "that" before them points back to ("that explanation had …"). */
const THAT_DETERMINER = /^(?:explanation|account|argument|claim|claims|decision|figure|estimate|version|view|idea|plan|proposal|promise|statement|story|assessment|position|policy|approach|offer|deal|warning|assurance|description|interpretation|reasoning|suggestion|theory|forecast|target)\s+(?:had|has|was|is|would|will|could|should|did|does|might|may|must|made|meant|came|showed|left|ignored)\b/;
function reportObjectLength(tail: string, verb = ''): number {
	const that = /^(\s*((?:[\w'’-]+(?:\s+|(?=,))){0,9}?)(?:,[^,\uE000]{1,80},\s*)?)that\s+/.exec(tail);
	// "said that explanation had changed": "that" points back to something said before; it is the
	// report's first word, not its conjunction.
	if (that && !FINITE.test(that[2]!)) return that[0].length - (THAT_DETERMINER.test(tail.slice(that[0].length)) ? 5 : 0);
	// "told Malik he had …": a listener named by name.
	// "told the Evening Post it would …", "told the paper the company had …": the newspaper, broadcaster
	// or person told is the listener, never part of what was said.
	const named = /^(?:told|tells|assured|assures|warned|warns|reminded|informs|informed)$/.test(verb) ? (/^\s*(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}\s+(?=[a-z])(?:that\s+)?/.exec(tail) ?? MEDIA_LISTENER.exec(tail)) : null;
	// "said her client had …": after a verb that takes no listener, "her" is the report's own first word.
	const listener = verb && !TELLING.test(verb) && /^\s*(?:him|her|them|us|me)\b/.test(tail) ? null : LISTENER.exec(tail);
	return (named ?? listener ?? ADJUNCT.exec(tail))?.[0].length ?? 0;
}

function clauseMention(text: string, at: number, span: Span, form: AttributionForm, speaker: Speaker, verb: string, rule: string, confidence: number): Omit<QuoteMention, 'sentence'> {
	return { start: at + span.start, end: at + span.end, text: text.slice(at + span.start, at + span.end), form, speaker, verb, rule, confidence };
}

function trimClause(frame: string, span: Span): Span {
	let { start, end } = span;
	while (start < end && /[\s,;:–—-]/.test(frame[start]!)) start++;
	while (end > start && /[\s,;:.–—-]/.test(frame[end - 1]!)) end--;
	return { start, end };
}

/** The words after the last clause boundary: the subject of a verb that follows. */
function lastClause(head: string): string {
	return head.slice(lastClauseStart(head));
}
/**
 * Where a report told before its attribution begins ("C, X said", "C, according to X"): the whole
 * sentence, coordinated clauses and all, after any direct quotation that opens it and without an
 * opening phrase of time or place ("Within an hour of the first reports, C, a club employee said").
 */
function reportStart(head: string): number {
	let cut = 0;
	// A semicolon joins the clauses of one report ("C; D, the council said"); a colon does not.
	for (const m of head.matchAll(/:\s*|(?<!\b[a-zA-Z])[.!?]\s+(?=[A-Z"“‘'\uE000])|\s[–—]\s/g)) cut = m.index + m[0].length;
	for (const m of head.matchAll(/\uE000+[,.!?]?\s*/g)) if (m.index >= cut && !head.slice(cut, m.index).trim()) cut = m.index + m[0].length;
	const opener = /^(?:Within|In|On|At|After|Before|During|Since|By|Despite|Following|Amid|Over|Under|Until|Throughout)\b(?!\s+least\b)[^,\uE000]{0,80},\s*/.exec(head.slice(cut));
	if (opener && head.slice(cut + opener[0].length).trim().split(/\s+/).length >= 3) cut += opener[0].length;
	return cut;
}

function lastClauseStart(head: string): number {
	let cut = 0;
	for (const m of head.matchAll(/[;:]\s*|\uE000+[,.!?]?\s*|(?<!\b[a-zA-Z])[.!?]\s+(?=[A-Z"“‘'])|\s[–—]\s|,\s+(?=(?:but|and|while|although|though|because|after|before|as|when)\s(?!who\b|whose\b|which\b))/g)) cut = m.index + m[0].length;
	// "The announcement came after the Courier reported …": a subordinate clause that runs up to the verb.
	for (const m of head.slice(cut).matchAll(/\b(?:after|before|because|since|although|though|until|unless|once|when|while)\s+(?=(?:the|a|an|[A-Z])\b|[A-Z])/g)) {
		if (!head.slice(cut + m.index).includes(',')) { cut += m.index + m[0].length; break; }
	}
	return cut;
}

/** A time phrase that opens a clause without a comma: "By Thursday evening the department …". */
const LEADING_TIME = /^\s*(?:by|on|at|until|as of)\s+(?:(?:last|this|late|early|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|morning|afternoon|evening|night|midday|noon|the\s+(?:time|end\s+of\s+the\s+day))\s+)+(?=[A-Za-z])/i;
/** A time phrase that closes a clause. */
const TIME_TAIL = new RegExp(`\\s+(?:${TIME_PHRASE})$`, 'i');
/** A time phrase between a subject and its verb, which may also be "earlier" or "later". */
const SUBJECT_TIME = new RegExp(`\\s+(?:${TIME_PHRASE}|earlier|later|previously)$`, 'i');

/** Tidies a subject: drops time and place phrases and an appositive's tail; "said X, the mayor" keeps X. */
function cleanNP(np: string, after: boolean): string {
	let s = np.replace(/\uE000+/g, '').trim();
	if (/^(?:Asked|Speaking|Writing|Responding|Interviewed|Contacted|Reached|Pressed|Questioned)\b/.test(s) && s.includes(',')) s = s.slice(s.lastIndexOf(',') + 1).trim();
	// "In a statement issued on Wednesday, the association": the subject follows the opening phrase.
	if (/^(?:In|On|At|After|Before|During|Speaking|Asked|Earlier|Later|Last|This|Since|Following|Despite|While|When|As|Separately|Meanwhile|However|Writing|Responding|Interviewed)\b/.test(s) && s.includes(',')) {
		s = s.slice(s.indexOf(',') + 1).trim();
	}
	s = s.replace(/^(?:and|but|so|yet|then|also|however|meanwhile|though|although|while|because|as|when|if|on \w+|in a statement|in an interview)[,]?\s+/i, '');
	s = s.replace(/,\s*(?:who|which|whose|where)\b.*$/i, '').trim();
	// "he smiled and said": a gesture before the saying.
	s = s.replace(/\s+[a-z]{3,}ed(?:\s+\w+)?\s+and$/, '');
	s = s.replace(/\s+(?:also|later|earlier|then|previously|again|had|has|have|would|will|was|were|is|are|did|does|do|once|had previously|has repeatedly|repeatedly)$/i, '');
	// "The merger plan, published by a cross-council commission in March": a document speaks as the body
	// the story says wrote it.
	const writtenBy = /^(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,3}(?:plan|report|study|review|proposal|strategy|survey|audit|analysis|paper|document|assessment|forecast|budget)\s*,?\s+(?:published|drawn up|written|produced|prepared|released|issued)\s+(?:(?:on|in|last)\s+\w+\s+)?by\s+(.+?)(?:\s+(?:in|on|last|this)\s+[\w\s]+)?,?$/i.exec(s);
	if (writtenBy) return writtenBy[1]!.trim();
	// "an audit published on Monday": the participle phrase does not name the source.
	s = s.replace(/\s+(?:published|released|issued|commissioned|carried out|conducted)\b.*$/i, '');
	// "The government on Tuesday announced …": a time phrase between subject and verb.
	s = s.replace(SUBJECT_TIME, '');
	if (after) s = s.replace(/\s+(?:in|on|at|during|after|before|to|outside|inside|from|via|when|while)\s.*$/i, '');
	return s.replace(/[.,;:]+$/, '').trim();
}

/** Where a sentence or block begins: before its first word. */
const SENTENCE_START = /(?:^|[.!?]["”’]?\s+|\n|\s[–—]\s)$/;
/** Prepositions of place before a name: "in Port Evander", "past Denby Gate", "towards Kelso". */
const PLACE_BEFORE = /\b(?:in|at|from|to|near|into|across|outside|inside|for|of|on|past|via|along|through|towards|toward|around|beyond|onto)\s+$/i;

/** Capitalised names in the text that read as people: "Amara Nwosu" → surname map. */
function namedPeople(text: string): { people: Map<string, string>; mentions: { name: string; start: number }[]; notPeople: Set<string> } {
	const people = new Map<string, string>();
	const mentions: { name: string; start: number }[] = [];
	// Names the story uses as a place or a body somewhere ("at Vila Serrana", "Portuguese side Vila
	// Serrana", "A Vila Serrana spokesman") are not people anywhere in it.
	const notPeople = new Set<string>();
	// So are names a person runs, chairs or works for ("Nora Quist runs Tarnside Power"), and names
	// the story calls "it" in their own sentence ("Tarnside Power said it …").
	for (const m of text.matchAll(/\b(?:runs|ran|chairs|chaired|heads|headed|owns|owned|founded|(?:works|worked|working|speaking|spokes(?:person|man|woman))\s+for)\s+((?:[A-Z][\w'’-]*\s+){1,3}?[A-Z][\w'’-]*)\b|(?:^|[.!?]\s+|\n)((?:[A-Z][\w'’-]*\s+){1,3}?[A-Z][\w'’-]*)\s+(?:said|says|told|added|warned|confirmed|denied|announced)\s+(?:that\s+)?(?:it|its)\b/g)) notPeople.add((m[1] ?? m[2]!).trim().replace(/^(?:The|A|An)\s+/, ''));
	// "Clean Coln, the campaign group, …": an appositive that names a kind of body.
	for (const m of text.matchAll(/((?:[A-Z][\w'’-]*\s+){1,3}?[A-Z][\w'’-]*),\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,2}([a-z]+)\b/g)) if (INSTITUTIONS.has(m[2]!) || /^(?:campaign|charity|firm|company|group|operator|maker|retailer|developer|landlord|insurer|lender|supplier|carrier|airline)$/.test(m[2]!)) notPeople.add(m[1]!.replace(/^(?:The|A|An)\s+/, ''));
	for (const m of text.matchAll(/\b(?:at|in|side|club|team)\s+((?:[A-Z][\w'’-]*\s+){1,3}?[A-Z][\w'’-]*)\b|\b((?:[A-Z][\w'’-]*\s+){1,3})(?:spokesman|spokeswoman|spokesperson|official|officials|fans|supporters|side|squad|players|board|executives|staff)\b/g)) notPeople.add((m[1] ?? m[2]!).trim().replace(/^(?:The|A|An)\s+/, ''));
	for (const m of text.matchAll(/[A-Z][\p{L}\p{N}_'’-]*(?:\s+(?:(?:de|van|von|der|al|bin)\s+)?[A-Z][\p{L}\p{N}_'’-]*)+/gu)) {
		const toks = m[0].split(/\s+/);
		let i = 0;
		while (i < toks.length && (TITLES.test(toks[i]!) || NOT_NAME.test(toks[i]!) || ROLES.has(toks[i]!.toLowerCase()))) i++;
		// "New Harlow figures showed …": an ordinary word that opens a sentence is not the start of a name.
		if (i === 0 && OPENERS.has(toks[0]!.toLowerCase()) && SENTENCE_START.test(text.slice(Math.max(0, m.index - 4), m.index))) i = 1;
		// "Transport Secretary Mark Ellery": the name follows the last role word; "the Civic Alliance's
		// Raymond Doyle": the name follows the possessor.
		for (let k = toks.length - 3; k >= i; k--) if (ROLES.has(toks[k]!.toLowerCase()) || /['’]s$/.test(toks[k]!)) { i = k + 1; break; }
		const rest = toks.slice(i);
		if (rest.length < 2 || rest.length > 4) continue;
		if (rest.some((w) => INSTITUTIONS.has(w.toLowerCase().replace(/[’'].*$/, '')) || PLACE_WORDS.has(w.toLowerCase()) || NOT_PERSON_HEADS.has(w.toLowerCase()))) continue;
		if (notPeople.has(rest.join(' '))) continue;
		if (rest.some((w) => /^[A-Z]{2,}$/.test(w))) continue;
		const last = rest[rest.length - 1]!;
		const full = rest.join(' ');
		if (!people.has(last)) people.set(last, full);
		const at = m.index + m[0].indexOf(rest[0]!);
		// "in Port Evander", "from Vila Serrana": a place, not a person.
		if (PLACE_BEFORE.test(text.slice(Math.max(0, m.index - 10), m.index)) && i === 0) {
			if (people.get(last) === full) people.delete(last);
			continue;
		}
		mentions.push({ name: people.get(last)!, start: at });
	}
	// Later mentions by surname alone: every capitalised word once, looked up in the map, skipping the
	// words a full mention already covers (one pass, however many people the story names).
	const covered = new Uint8Array(text.length + 1);
	for (const x of mentions) covered.fill(1, x.start, Math.min(text.length, x.start + x.name.length + 2));
	const found: { name: string; start: number }[] = [];
	for (const m of text.matchAll(/(?<![\p{L}\p{N}_'’-])[A-Z][\p{L}\p{N}_'’-]*/gu)) {
		const word = m[0].replace(/['’]s$/, '');
		const full = people.get(word) ?? people.get(m[0]);
		if (full && !covered[m.index]) found.push({ name: full, start: m.index });
	}
	mentions.push(...found);
	mentions.sort((a, b) => a.start - b.start);
	// A person named in full is named again by surname ("Nora Quist … Quist"); a two-word name the story
	// repeats in full and never shortens is a body's ("Tarnside Power … Tarnside Power said").
	const full = new Map<string, number>();
	const short = new Map<string, number>();
	for (const x of mentions) {
		const inFull = text.startsWith(x.name, x.start);
		(inFull ? full : short).set(x.name, ((inFull ? full : short).get(x.name) ?? 0) + 1);
	}
	// A person may be repeated in full with only "he" or "she" after ("Dana Whitlock … Dana Whitlock said she …").
	const personal = (name: string) => mentions.some((x) => x.name === name && /^[^.!?\n]*?\b(?:he|she|his|her|him)\b/i.test(text.slice(x.start + name.length, x.start + name.length + 200)));
	for (const [name, n] of full) {
		if (n < 2 || short.has(name) || name.split(/\s+/).length !== 2 || personal(name)) continue;
		notPeople.add(name);
		const surname = name.split(/\s+/)[1]!;
		if (people.get(surname) === name) people.delete(surname);
	}
	const kept = mentions.filter((x) => !notPeople.has(x.name));
	return { people, mentions: kept, notPeople };
}

const NOT_NAME = /^(?:One|Two|Three|Four|Five|Several|Some|Another|Other|Many|Most|All|Both|Each|Every|No|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Today|Yesterday|Tomorrow)$/;
const TITLES = /^(?:The|A|An|In|On|At|But|And|If|When|For|From|As|After|Before|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Mr|Mrs|Ms|Dr|Prof|Professor|Judge|Justice|Mayor|Minister|President|Senator|Foreign|Deputy|Prime|Chief|Senior|Former|Acting|Vice|Sir|Dame|Lord|Lady|Coach|Captain|Inspector|Detective|Sergeant|Governor|General|Colonel|Head|Its|His|Her|Their|Asked|Speaking|Not|Nobody|Somebody|Instead|Families|Teenagers|Pupils|Those|This|That|These|There|It|He|She|They|We|I)\.?$/;
const PLACE_WORDS = new Set<string>(PLACE_WORD_LIST);
const OPENERS = new Set<string>(SENTENCE_OPENERS);

/** Who a subject names, registering new speakers; pronouns resolve to the last fitting speaker. */
export function resolveSpeaker(np: string, ctx: Context): Speaker | undefined {
	const s = np.trim();
	if (!s || s.length > 160) return undefined;
	// "A former director was jailed …": a clause, not a subject (a relative clause may hold verbs).
	if (/\b(?:was|were|is|are|has|have|had|will|would|did|does)\b/i.test(s.replace(/\b(?:who|whose|which|that)\b.*$/i, '').replace(/,.*$/, ''))) return undefined;
	const lower = s.toLowerCase();
	const register = (sp: Speaker): Speaker => {
		const key = sp.name.toLowerCase();
		let existing = ctx.speakers.find((x) => x.name.toLowerCase() === key || (sp.kind === 'named-person' && x.kind === 'named-person' && lastWord(x.name) === lastWord(sp.name) && (x.name.includes(' ') !== sp.name.includes(' ') || x.name === sp.name)));
		if (existing) {
			if (sp.name.length > existing.name.length && sp.kind === existing.kind) existing.name = sp.name;
			if (!existing.role && sp.role) existing.role = sp.role;
		} else {
			existing = sp;
			ctx.speakers.push(sp);
		}
		ctx.last = existing;
		ctx.lastAt = ctx.at;
		return existing;
	};
	if (lower in PRONOUNS) {
		const p = PRONOUNS[lower]!;
		const fits = (x: Speaker) =>
			p === 'it' ? x.kind === 'named-institution' : p === 'they' ? x.kind !== 'named-person' || false : x.kind === 'named-person' && (!x.pronoun || x.pronoun === p);
		if (p === 'he' || p === 'she') {
			const paragraphs = ctx.layout.paragraphs;
			const pi = containing(paragraphs, ctx.at);
			const from = pi > 0 ? paragraphs[pi - 1]!.start : 0;
			// In the pronoun's own sentence, a name after a preposition is what is talked about, not who
			// talks ("Asked about Kalu, he said …").
			const sentenceStart = ctx.layout.sentences[containing(ctx.layout.sentences, ctx.at)]?.start ?? ctx.at;
			// Nor, anywhere near, is a name in the object of "told", "sentenced", "thanked" …
			const topic = (x: { start: number }) =>
				(x.start >= sentenceStart && /\b(?:about|on|of|for|with|to|from|against|over|into)\s+$/i.test(ctx.layout.text.slice(Math.max(0, x.start - 9), x.start))) ||
				/\b(?:told|asked|urged|thanked|sentenced|sentencing|accused|interviewed|warned|praised|criticised|criticized|blamed|sacked|fired|hired|appointed|defeated|beat|replaced|jailed|fined|cleared|convicted|acquitted)\s+(?:the\s+)?$/i.test(ctx.layout.text.slice(Math.max(0, x.start - 18), x.start));
			const near = ctx.mentions.slice(lowerBound(ctx.mentions, from), lowerBound(ctx.mentions, ctx.at)).filter((x) => !topic(x)).reverse();
			// The subject of a sentence before a name in its object or its report ("Ada Brink said … that
			// Roos had refused …. 'It was a disgrace,' she said": the pronoun carries on the subject).
			const subjects = near.filter((x) => subjectPosition(ctx.layout, x.start));
			const recent = [...subjects, ...near.filter((x) => !subjects.includes(x))];
			// A person who spoke after the last subject was mentioned ("The official … said …. '…,' he said").
			const last = ctx.last;
			if (last && ctx.lastAt !== undefined && ctx.lastAt >= from && (!subjects[0] || ctx.lastAt > subjects[0].start) && onePerson(last) && (!last.pronoun || last.pronoun === p)) {
				last.pronoun = p;
				return last;
			}
			// Failing a name there, one up to three paragraphs back, where nobody who spoke since fits
			// ("Nora Quist runs the company. / "…" / She said …": a quotation paragraph between).
			const older = pi > 1 && !(ctx.last && ctx.lastAt !== undefined && ctx.lastAt >= paragraphs[Math.max(0, pi - 3)]!.start && onePerson(ctx.last))
				? ctx.mentions.slice(lowerBound(ctx.mentions, paragraphs[Math.max(0, pi - 3)]!.start), lowerBound(ctx.mentions, from)).filter((x) => !topic(x)).reverse()
				: [];
			for (const m of [...recent, ...older]) {
				const known = ctx.speakers.find((x) => x.name === m.name);
				if (known && known.pronoun && known.pronoun !== p) continue;
				const hit = known ?? register({ name: m.name, role: 'named in the story', kind: 'named-person' });
				hit.pronoun = p;
				ctx.last = hit;
				return hit;
			}
		}
		const pool = [ctx.last, ...[...ctx.speakers].reverse()].filter((x): x is Speaker => !!x);
		const hit = pool.find(fits) ?? (p === 'they' ? pool.find((x) => x.kind !== 'named-person') : undefined) ?? (p === 'it' ? lastInstitutionInText(ctx, () => true) : undefined);
		if (hit && !ctx.speakers.includes(hit)) return register(hit);
		if (hit && (p === 'he' || p === 'she')) hit.pronoun = p;
		if (hit) ctx.last = hit;
		return hit;
	}
	// "One of them, a senior clinician" / "The third official, a manager who has seen the document": the
	// appositive says who.
	const appositive = /^(?:(?:one|two|three|some|many|each|both|several|another)\s+of\s+[^,]+|(?:the|this|that)\s+[^,]+),\s*(.+)$/i.exec(s);
	if (appositive && !/^(?:who|which|whose)\b/i.test(appositive[1]!)) {
		const inner = resolveSpeaker(appositive[1]!.replace(/,\s*$/, ''), ctx);
		if (inner) return inner;
	}
	// "the clinician", "the person", "the returning officer": someone the story has described already.
	// A headline's bare role ("Judge says …") is read the same way.
	const definite = /^the\s+((?:[a-z-]+\s+){0,2}([a-z-]+))$/i.exec(s);
	const bareRole = !definite && /^[A-Z][a-z]+(?:\s+[a-z]+)?$/.test(s) && ROLES.has(lastWord(s)) ? s : undefined;
	const desc = definite ? definite[1]! : bareRole;
	const headNoun = definite ? definite[2]!.toLowerCase() : bareRole ? lastWord(bareRole) : undefined;
	if (desc && headNoun && PERSON_NOUNS.has(headNoun)) {
		const found = describedPerson(desc, headNoun, ctx);
		if (found) return register(found);
	}
	const forOrg = /^(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+)?(?:spokesperson|spokesman|spokeswoman|representative|lawyer)\s+(?:for|of|at|from)\s+(?:the\s+)?([A-Z].*|[a-z]+)$/.exec(s);
	// "a spokeswoman for the commission": the body named earlier.
	if (forOrg && /^[a-z]/.test(forOrg[1]!)) {
		const body = INSTITUTIONS.has(forOrg[1]!) ? institutionNamed(forOrg[1]!, ctx) : undefined;
		if (body) return register(body);
	} else if (forOrg) {
		const org = forOrg[1]!.trim();
		// "A spokesman for Keane": a person's spokesman speaks for the person.
		if (ctx.people.has(org) || [...ctx.people.values()].includes(org)) return resolveSpeaker(org, ctx);
		const known = ctx.speakers.find((x) => x.kind === 'named-institution' && (x.name.startsWith(org) || org.startsWith(x.name)));
		return register(known ?? { name: org, role: 'organisation', kind: 'named-institution' });
	}
	const headWord = (/^(?:the|its|their)\s+(?:[\w'’-]+\s+){0,3}([a-z]+)$/i.exec(s)?.[1] ?? /^([A-Z]?[a-z]+)$/.exec(s)?.[1])?.toLowerCase();
	const vague = headWord !== undefined && /^(?:city|state|county|office|service|force|team)$/.test(headWord);
	// "a cross-council commission": a body the story introduces by what it is.
	const aBody = /^(?:a|an)\s+((?:[\w'’-]+\s+){0,3}([a-z]+))$/i.exec(s);
	if (aBody && INSTITUTIONS.has(aBody[2]!.toLowerCase()) && !/^(?:company|firm|group|team|club|city|state|county|office|service)$/.test(aBody[2]!.toLowerCase())) return register({ name: aBody[1]!, role: s, kind: 'named-institution' });
	// "the service" after "the regional emergency service": a body that has spoken already, by its head.
	if (vague && /^the\s/i.test(s)) {
		const known = [...ctx.speakers].reverse().find((x) => x.kind === 'named-institution' && lastWord(x.name) === headWord);
		if (known) return register(known);
	}
	// A headline's "weather service warns", "insurers' body says", "Safety board finds": the body the
	// story names with those words ("National Weather Service", "Kestrian Insurers' Association").
	if (/^[A-Za-z][a-z'’-]*(?:\s+[a-z'’-]+){1,3}$/.test(s) && /^(?:[A-Z]|[a-z])/.test(s) && !/^(?:the|a|an|its|their|his|her|some|many|most|two|three|several)\s/i.test(s) && (INSTITUTIONS.has(lastWord(s)) || /^(?:body|bodies|insurers?)$/.test(lastWord(s)))) {
		const named = namedLike(s, ctx);
		if (named) return register(named);
	}
	if (headWord && INSTITUTIONS.has(headWord) && (!vague || s.split(/\s+/).length >= 3)) {
		const named = vague ? undefined : institutionNamed(headWord, ctx);
		if (named) return register(named);
		// A body the story names only by its function: "the port authority", "the mayor's office", a
		// headline's "union".
		if ((/^the\s/i.test(s) || /^[a-z]+$/.test(s)) && !/^(?:company|firm|club|group|team|board|party)$/.test(headWord)) return register({ name: s.replace(/^the\s+/i, ''), role: s, kind: 'named-institution' });
	}
	// "Her office", "his lawyers": the person the pronoun stands for speaks through them.
	const theirs = /^(his|her)\s+(?:office|team|staff|spokes(?:person|man|woman)|lawyers?|aides?|camp|representatives?|press office)$/i.exec(s);
	if (theirs) return resolveSpeaker(theirs[1]!.toLowerCase() === 'his' ? 'he' : 'she', ctx);
	// "A ministry spokesperson", "A Vila Serrana spokesman": the body the modifier names speaks.
	const spokesFor = /^(?:a|an|the)\s+(.+?)\s+(?:spokesperson|spokesman|spokeswoman|representative|press officer)$/i.exec(s);
	if (spokesFor) {
		const mod = spokesFor[1]!.replace(/['’]s$/, '');
		if (/^[A-Z]/.test(mod) && !TITLES.test(mod)) return register(ctx.speakers.find((x) => x.kind === 'named-institution' && x.name === mod) ?? { name: mod, role: 'institution', kind: 'named-institution' });
		if (/^(?:company|firm)$/i.test(mod)) return resolveSpeaker(`the ${mod.toLowerCase()}`, ctx);
		if (INSTITUTIONS.has(mod.toLowerCase())) return register(institutionNamed(mod.toLowerCase(), ctx) ?? { name: mod.toLowerCase(), role: s, kind: 'named-institution' });
	}
	// "New Kelso figures from the regulator", "data published by the ministry": the body they come from.
	const from = /^(?:.*\s)?(?:figures|data|statistics|numbers|records)\s+(?:from|by|published by|released by)\s+(.+)$/i.exec(s);
	if (from) return resolveSpeaker(from[1]!, ctx);
	// "the board's own figures", "the council's report": the body whose words they are.
	const owned = /^(?:the\s+)?(.+?)['’]s?\s+(?:own\s+)?(?:figures|data|report|statement|estimates?|analysis|survey|records|website|accounts|filing|study|research|documents|numbers|projections|forecast)$/i.exec(s);
	// "its annual accounts show", "their own figures": the body the pronoun stands for.
	if (/^(?:its|their)\s+(?:own\s+|annual\s+|latest\s+|internal\s+|published\s+)*(?:figures|data|accounts|report|statement|records|filings?|website|results)$/i.test(s)) return resolveSpeaker(/^its/i.test(s) ? 'it' : 'they', ctx);
	if (owned) return resolveSpeaker(`the ${owned[1]!.replace(/^the\s+/i, '')}`, ctx) ?? resolveSpeaker(owned[1]!, ctx);
	// "an audit published on Monday found": a new document speaks as the body the story says published it.
	const doc = /^(?:(?:an?|one|new)\s+)*(study|report|survey|audit|review|inquiry|investigation|poll|paper|analysis)$/i.exec(s);
	if (doc && !/^the\b/i.test(s)) return register(publisherAfter(ctx) ?? { name: doc[1]!.toLowerCase(), role: s, kind: 'named-institution' });
	// "One of them", "one of the managers": one of the last group that spoke, in the singular.
	if (/^one of (?:them|the\s+\w+)$/i.test(s)) {
		const group = [...ctx.speakers].reverse().find((x) => x.kind === 'anonymous-person' && !onePerson(x));
		if (group) return register({ name: singular(group.name), role: s, kind: 'anonymous-person' });
	}
	// "the study", "the authors", "the largest study of its kind": findings speak as the body that
	// published the work ("researchers at the University of X", "a report by the Y Institute"), not as
	// whichever body spoke last.
	if (STUDY_SUBJECT.test(s) && !/[A-Z]/.test(s.slice(1))) {
		const publisher = studyPublisher(ctx, s);
		if (publisher) return register(ctx.speakers.find((x) => x.kind === 'named-institution' && x.name === publisher) ?? { name: publisher, role: s, kind: 'named-institution' });
	}
	// "the judgment", "the ruling": a court's written findings speak as the judge who gave them.
	if (/^(?:the|its|a|her|his)\s+(?:written\s+|full\s+|final\s+)?(?:judgment|judgement|ruling|verdict|decision)$/i.test(s)) {
		const judge = [...ctx.speakers].reverse().find((x) => x.kind === 'named-person' && /\bjudge\b/i.test(x.role)) ?? describedPerson('judge', 'judge', ctx);
		if (judge) return register(judge);
	}
	// "Northline Water restored supply by Sunday. A spokeswoman said …": a spokesperson with no body named
	// speaks for the body the sentence before opens with, even if it has not spoken yet.
	if (SPOKES.test(lower) && /^an?\s/i.test(s)) {
		const body = subjectBefore(ctx);
		if (body) return register(body);
	}
	if (TEAM_WORDS.test(lower) || SPOKES.test(lower)) {
		// "the company", "the firm": the last business named, not the last body of any kind.
		const business = /\b(?:company|firm|business|maker|manufacturer|retailer|carrier|operator|owner)$/i.test(lower);
		const fits = (name: string) => !business || (/^[A-Z]/.test(name) && isBusiness(name));
		const inst = [...ctx.speakers].reverse().find((x) => x.kind === 'named-institution' && fits(x.name)) ?? (business ? lastInstitutionInText(ctx, isBusiness) : undefined) ?? institutionInText(ctx);
		if (inst) return register(inst);
		return register({ name: s.replace(/^(?:the|its|their)\s+/i, 'the '), role: s, kind: SPOKES.test(lower) ? 'anonymous-person' : 'named-institution' });
	}
	// "The payments app", "the budget carrier": a business the story describes by its trade, the last one
	// named before; in a headline, where none is, the description stands until the body names it.
	const trade = /^the\s+(?:[\w-]+\s+){1,2}(app|carrier|airline|maker|manufacturer|retailer|chain|lender|insurer|operator|platform|supplier|developer|landlord|broadcaster|publisher|company|firm|bank)$/i.exec(s);
	if (trade) {
		const inst = [...ctx.speakers].reverse().find((x) => x.kind === 'named-institution' && /^[A-Z]/.test(x.name) && isBusiness(x.name));
		return register(inst ?? { name: s.replace(/^the\s+/i, '').toLowerCase(), role: s, kind: 'named-institution' });
	}
	if (INSTITUTION_PLURALS.has(lower)) return register({ name: s.replace(/^the\s+/i, ''), role: s, kind: 'named-institution' });
	const words = s.split(/\s+/);
	// Anonymous: "a senior official who asked not to be named", "critics", "two people familiar with the talks".
	// A person noun: one of the lexicon's anywhere, or one made like them at the end of its phrase.
	const headIdx = words.findIndex((w, k) => {
		const x = w.toLowerCase().replace(/[^a-z-]/g, '');
		if (ANON.has(x) || PERSON_NOUNS.has(x)) return true;
		const next = words[k + 1]?.toLowerCase();
		return (next === undefined || /^(?:who|at|in|from|with|for|of|close|familiar|on|based|,)$/.test(next) || /,$/.test(w)) && personNoun(x);
	});
	const capitalised = s.match(/(?:[A-Z][\p{L}\p{N}_'’&.-]*)(?:\s+(?:(?:of|for|and|the|on|de|van|von|der|al|bin|&)\s+)*[A-Z][\p{L}\p{N}_'’&.-]*)*/gu) ?? [];
	const names = capitalised.filter((c) => !/^(?:The|A|An|Its|His|Her|Their|In|On|At)$/.test(c));
	// "Just over a third of women on dimmed streets", "most of the residents", "60% of voters": the group speaks.
	const share = /^(?:(?:just|well|only)\s+)?(?:(?:over|under|about|around|nearly|almost|more than|less than|fewer than|some)\s+)?(?:(?:a|one|two|three|half|a half)\s+(?:third|quarter|fifth|tenth|thirds|quarters|fifths|tenths)|half|most|many|some|all|none|a majority|a minority|the majority|\d+(?:\.\d+)?\s*(?:%|per cent|percent)|[a-z]+-(?:thirds|quarters|fifths))\s+of\s+(?:the\s+)?([a-z][\w\s'’-]{2,60})$/i.exec(s);
	if (share && personNoun(singular(share[1]!.split(/\s+/)[0]!).toLowerCase()) || (share && /^(?:women|men|people|children|voters|residents|parents|pupils|students|workers|staff|members|patients|tenants|drivers|customers|users|respondents)$/i.test(share[1]!.split(/\s+/)[0]!))) return register({ name: share![1]!, role: s, kind: 'anonymous-person' });
	if (/^(?:critics|opponents|supporters|experts|analysts|residents|witnesses|officials|sources|observers|campaigners|activists|economists|scientists|researchers|doctors|parents|teachers|locals|fans|diplomats|insiders|some\s.+|many\s.+|others)$/i.test(lower)) {
		return register({ name: s.replace(/^the\s+/i, ''), role: s, kind: 'anonymous-person' });
	}
	// A name names the source only where it stands as one: not "at Porto Alto", not "a Vila Serrana official".
	const first = s.split(/,\s*/)[0]!;
	const namesSource = (n: string) => {
		if (n.split(/\s+/).length < 2) return false;
		const i = first.indexOf(n);
		if (i === -1) return true;
		return !/\b(?:at|in|from|of|for|with|by|to)\s+(?:the\s+)?$/i.test(first.slice(0, i)) && !/^\s+[a-z]/.test(first.slice(i + n.length));
	};
	if (/^(?:a|an|one|two|three|four|several|some|many|other|another)\b/i.test(s) && headIdx !== -1 && !names.some(namesSource)) {
		const name = s.replace(/,.*$/, '');
		return register({ name, role: s, kind: 'anonymous-person' });
	}
	// "Rescue teams", "Local residents": a group the story describes but does not name.
	// "Rescue teams in Brannock": the place does not name the group.
	const groupWords = s.replace(/\s+(?:in|at|from|near|across|outside)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*$/, '').split(/\s+/);
	const oneWordGroup = groupWords.length === 1 && /^[A-Z][a-z]+s$/.test(groupWords[0]!) && personNoun(groupWords[0]!.toLowerCase()) && !ctx.people.has(groupWords[0]!);
	if (groupWords.length <= 4 && (oneWordGroup || /^[a-z]+s$/.test(groupWords[groupWords.length - 1]!)) && !ROLES.has(groupWords[groupWords.length - 1]!) && !/[A-Z][a-z]+\s+[A-Z]/.test(groupWords.join(' '))) {
		return register({ name: s, role: s, kind: 'anonymous-person' });
	}
	// A name: in the subject's head (before any comma) first, then in its appositive ("Its chief
	// executive, Priya Venn"); a person's name before an institution's, the run nearest the verb first.
	const parts = s.split(/,\s*/);
	const runsOf = (part: string) =>
		(part.match(/(?:[A-Z][\p{L}\p{N}_'’&.-]*)(?:\s+(?:(?:of|for|and|the|on|de|van|von|der|al|bin|&)\s+)*[A-Z][\p{L}\p{N}_'’&.-]*)*/gu) ?? []).map((run) => {
			const toks = run.split(/\s+/);
			let i = 0;
			while (i < toks.length && (NOT_NAME.test(toks[i]!) || TITLES.test(toks[i]!))) i++;
			// "Transport Minister Lucia Ferrante": drop everything up to the last role word.
			for (let k = toks.length - 2; k >= i; k--) if (ROLES.has(toks[k]!.toLowerCase().replace(/\.$/, '')) && toks.length - k - 1 >= 1) { i = k + 1; break; }
			return { run: toks.slice(i).join(' '), role: toks.slice(0, i).join(' ') };
		}).filter((r) => r.run && !NOT_NAME.test(r.run));
	let best: { name: string; role: string; kind: Speaker['kind'] } | undefined;
	// "Malik's barrister, Peter Grant": the possessor is not the speaker; the appositive may name them.
	const possessed = /^([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)['’]s\s+([a-z][\w\s-]*)$/.exec((parts[0] ?? s).trim());
	for (const [pi, part] of (parts.length ? parts : [s]).entries()) {
		if (pi === 0 && possessed) continue;
		const runs = runsOf(part);
		// "the Elmford Gazette", "Brownfield Homes": a name with a thing's head word is a body's.
		const isInst = (r: string) => r.split(/\s+/).some((t) => INSTITUTIONS.has(t.toLowerCase().replace(/[’'].*$/, '')) || NOT_PERSON_HEADS.has(t.toLowerCase())) || /^[A-Z]{2,}$/.test(r);
		// "The Upper Wend valley forum": a name followed by the noun it qualifies is no person's.
		const qualifies = (run: string) => /^\s+(?!(?:of|from|at|in|who|whose|and|or|for|with|on)\b)[a-z]/.test(part.slice(part.indexOf(run) + run.length));
		const people = runs.filter((r) => !isInst(r.run) && !qualifies(r.run) && !ctx.notPeople.has(r.run) && (r.run.split(/\s+/).length >= 2 || ctx.people.has(r.run)));
		const insts = runs.filter((r) => isInst(r.run));
		const role = parts.filter((_, k) => k !== pi).join(', ');
		if (people.length) {
			const p = people[people.length - 1]!;
			const full = p.run.split(/\s+/).length === 1 ? (ctx.people.get(p.run) ?? p.run) : p.run;
			best = { name: full, role: [p.role, part.slice(0, part.indexOf(p.run)).trim(), role].filter(Boolean).join(', ') || 'named in the story', kind: 'named-person' };
			break;
		}
		if (insts.length && pi === 0) {
			best = { name: insts[insts.length - 1]!.run.replace(/^The\s+/, ''), role: s, kind: 'named-institution' };
			// An appositive may still name the person: "the ministry's spokesman, Jan Berg".
			continue;
		}
		// "New club captain", "Local residents": an ordinary word opening the phrase with a capital names nobody.
		const single = runs.find((r) => !isInst(r.run) && !(OPENERS.has(r.run.toLowerCase()) && qualifies(r.run)));
		if (single && pi === 0 && !best && /^[A-Z]/.test(part.trim()) && part.trim().split(/\s+/).length <= 3) {
			// One capitalised word with no title is a person only where the story gives that person a full
			// name; otherwise it names a body ("Paylark said", "Vantor sent"), as companies are named.
			const person = !ctx.notPeople.has(single.run) && (ctx.people.has(single.run) || !!single.role || /^(?:I|He|She)$/.test(single.run));
			best = person ? { name: ctx.people.get(single.run) ?? single.run, role: role || 'named in the story', kind: 'named-person' } : { name: single.run, role: role || 'institution', kind: 'named-institution' };
		}
		if (pi === 0 && !/^(?:its|his|her|their|the|a|an)\b/i.test(part.trim())) break;
	}
	if (!best && possessed) {
		// "Brightwell's spokesman" speaks for Brightwell; "Doyle's agent" is someone the story does not name.
		if (/^(?:spokes(?:person|man|woman)|representative|press office)$/.test(possessed[2]!.trim())) return resolveSpeaker(possessed[1]!, ctx);
		return register({ name: possessed[0], role: possessed[0], kind: 'anonymous-person' });
	}
	if (best) {
		if (best.kind === 'named-person' && !best.name.includes(' ')) {
			const known = [...ctx.speakers].reverse().find((x) => x.kind === 'named-person' && lastWord(x.name) === best!.name.toLowerCase());
			if (known) return register(known);
		}
		return register({ ...best, role: best.role.replace(/^,\s*/, '') || (best.kind === 'named-institution' ? 'institution' : 'named in the story') });
	}
	if (headIdx !== -1 && words.length <= 8) return register({ name: s, role: s, kind: 'anonymous-person' });
	return undefined;
}

/** The last institution named before this point whose name holds the word: "the association" → "Evander Terminals Association". */
function institutionNamed(word: string, ctx: Context): Speaker | undefined {
	const known = [...ctx.speakers].reverse().find((x) => x.kind === 'named-institution' && new RegExp(`\\b${word}\\b`, 'i').test(x.name));
	if (known) return known;
	const fullest = memo(ctx, `body:${word}`, () => {
		const re = new RegExp(`(?:[A-Z][\\w'’-]*\\s+)(?:(?:of|for|and|the|on)\\s+|[A-Z][\\w'’-]*\\s+)*?${word.charAt(0).toUpperCase()}${word.slice(1)}(?:\\s+(?:of|for)\\s+[A-Z][\\w'’-]*(?:\\s+[A-Z][\\w'’-]*)*)?`, 'g');
		// The fullest name the story gives the body, wherever it gives it.
		let best = '';
		for (const m of ctx.layout.text.matchAll(re)) if (m[0].length > best.length) best = m[0];
		return best;
	});
	if (!fullest) return undefined;
	return { name: fullest.replace(/^(?:The|A|An|In|On|At|By)\s+/, '').trim(), role: 'institution', kind: 'named-institution' };
}

/**
 * The body the story names with a lower-case description's words: "weather service" → "National Weather
 * Service"; failing all of them, with its first word ("insurers' body" → "Kestrian Insurers' Association").
 */
function namedLike(desc: string, ctx: Context): Speaker | undefined {
	const name = memo(ctx, `like:${desc.toLowerCase()}`, () => {
		const words = desc.split(/\s+/).map((w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase());
		const runs = [...ctx.layout.text.matchAll(/[A-Z][\w'’&.-]*(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w'’&.-]*)+/g)].map((m) => m[0].replace(/^(?:The|A|An|In|On|At|By)\s+/, ''));
		const bodies = runs.filter((r) => r.split(/\s+/).some((t) => INSTITUTIONS.has(t.toLowerCase().replace(/[’'].*$/, ''))));
		const has = (run: string, part: string) => new RegExp(`(?:^|\\s)${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:\\s|$)`).test(run);
		return bodies.find((r) => has(r, words.join(' '))) ?? (words.length > 1 ? bodies.find((r) => has(r, words[0]!)) : undefined);
	});
	return name ? { name, role: desc, kind: 'named-institution' } : undefined;
}

/** Bodies that are not businesses: "the company" never stands for them. */
const NOT_BUSINESS = /\b(?:ministry|department|government|council|agency|authority|authorities|court|police|parliament|senate|congress|commission|committee|tribunal|office|service|embassy|administration|cabinet|army|navy|forces?|board|regulator|union|association|federation|university|institute|school|college|hospital|party|foundation|charity|trust|society|league|club|alliance|coalition|campaign|movement)\b/i;
function isBusiness(name: string): boolean {
	return !NOT_BUSINESS.test(name);
}

/** The last body the story names before this point that fits: a run of capitalised words with an institution's word in it. */
function lastInstitutionInText(ctx: Context, fits: (name: string) => boolean): Speaker | undefined {
	// Every body the story names, with where, found once; then the last one before this point that fits.
	const bodies = memo(ctx, 'bodies', () => {
		const agency = ctx.layout.dateline.agency;
		const out: { start: number; end: number; run: string; name: string }[] = [];
		// A name does not run on over a full stop ("… met Halden Motors. Halden had …").
		for (const m of ctx.layout.text.matchAll(/[A-Z][\w'’&.-]*?(?:\s+(?:(?:of|and|&)\s+)?[A-Z][\w'’&.-]*?)*(?=\.\s|[^\w'’&.-]|\.?$)/g)) {
			const toks = m[0].replace(/^(?:The|A|An|In|On|At|By)\s+/, '').split(/\s+/);
			// The agency that filed the story reports; it is not a source in it.
			if (agency && toks.join(' ') === agency) continue;
			if (toks.some((t) => INSTITUTIONS.has(t.toLowerCase().replace(/[’'].*$/, '')))) out.push({ start: m.index, end: m.index + m[0].length, run: m[0], name: toks.join(' ') });
		}
		return out;
	});
	for (let i = lowerBound(bodies, ctx.at) - 1; i >= 0; i--) {
		const b = bodies[i]!;
		// A name the point is inside counts only up to the point, as when the text was cut there.
		if (b.end > ctx.at) continue;
		if (fits(b.run)) return { name: b.name, role: 'institution', kind: 'named-institution' };
	}
	return undefined;
}

function institutionInText(ctx: Context): Speaker | undefined {
	const m = /\b((?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of|for|and|on|the)?\s*[A-Z][\w'’-]*)*\s+(?:Institute|University|Ministry|Department|Council|Agency|Office|Commission|Foundation|Company|Group|Bank|Corporation)(?:\s+(?:of|for)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?)/.exec(ctx.layout.text);
	if (!m) return undefined;
	return { name: m[1]!.replace(/^the\s+/i, ''), role: 'institution', kind: 'named-institution' };
}

const PERSON_NOUNS = new Set<string>([...ANONYMOUS_HEADS, ...ROLE_WORDS, 'runner-up', 'winner', 'victim', 'buyer', 'seller', 'skipper', 'owner', 'insider', 'mother', 'father', 'woman', 'man']);

/**
 * Whom a definite description stands for: the last speaker it describes ("the clinician" after "a
 * senior clinician"), a person the story names with it ("Housing Minister Clara Voss", "the returning
 * officer, Graham Petrie"), or the indefinite description that introduced them ("a person close to the
 * operators, who asked not to be named" → "person close to the operators").
 */
function describedPerson(desc: string, head: string, ctx: Context): Speaker | undefined {
	const word = new RegExp(`\\b${head}\\b`, 'i');
	const known = [...ctx.speakers].reverse().find((x) => x.kind !== 'named-institution' && (word.test(x.name) || word.test(x.role)));
	if (known) return known;
	const text = ctx.layout.text;
	// The description in either case ("Housing minister", "Housing Minister"); the name in capitals.
	const d = desc
		.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
		.replace(/\b([a-z])/gi, (c) => `[${c.toUpperCase()}${c.toLowerCase()}]`)
		.replace(/\s+/g, '\\s+');
	const NAME = `([A-Z][\\p{L}\\p{N}_'’-]+(?:\\s+[A-Z][\\p{L}\\p{N}_'’-]+){1,2})`;
	// Both look-ups run over the whole story once per description, not once per sentence that uses it.
	const namedAs = memo(ctx, `named:${desc}`, () => {
		for (const named of text.matchAll(new RegExp(`\\b${d},?\\s+${NAME}|${NAME},\\s+(?:the|a|an)\\s+${d}\\b`, 'gu'))) {
			const name = (named[1] ?? named[2])!;
			if (!name.split(/\s+/).some((w) => INSTITUTIONS.has(w.toLowerCase()) || NOT_NAME.test(w) || TITLES.test(w))) return name;
		}
		return undefined;
	});
	if (namedAs) return { name: namedAs, role: desc, kind: 'named-person' };
	const intros = memo(ctx, `intro:${head}`, () =>
		[...text.matchAll(new RegExp(`\\b(?:a|an|one)[^\\S\\n]+((?:[\\w'’-]+[^\\S\\n]+){0,3}?${head}(?:\\s+(?:close to|familiar with|with knowledge of|at|in|from|who works in|who has seen)\\s+[^,.;]{1,60})?)(?=[,.;]|\\s+(?:who|said|told|says))`, 'gi'))].map((m) => ({ start: m.index, end: m.index + m[0].length, name: m[1]! }))
	);
	// The last introduction that ends before this point (as the text up to here would show it).
	let intro: { name: string } | undefined;
	for (let i = lowerBound(intros, ctx.at) - 1; i >= 0 && !intro; i--) if (intros[i]!.end <= ctx.at) intro = intros[i];
	if (intro) return { name: intro.name, role: intro.name, kind: 'anonymous-person' };
	return undefined;
}

/** A subject that is a piece of research or the people who wrote it. */
const STUDY_SUBJECT = /^(?:(?:the|a|an|this|that|its|their|new|latest|largest|first|biggest)\s+)*(?:[\w-]+\s+){0,2}(?:study|studies|report|survey|paper|analysis|research|researchers|research team|authors|findings|review|trial|audit)(?:\s+(?:of|into|on)\s+[\w\s'’-]{1,40})?$/i;
const PUBLISHED_BY = /\b(?:(?:[Rr]esearchers|[Ss]cientists|[Aa]cademics|[Ee]conomists|[Aa]uthors|[Aa] team|[Tt]he team|[Ee]xperts)\s+(?:at|from|of)|(?:[Ss]tudy|[Rr]eport|[Ss]urvey|[Pp]aper|[Aa]nalysis|[Rr]eview|[Rr]esearch|[Aa]udit)\s*,?\s+(?:(?:published|released|carried out|conducted|led|written|produced)(?:\s+(?:on|in|last|this|earlier|\w+day|[A-Z][a-z]+|\d+))*\s+)?(?:by|from))\s+(?:the\s+)?((?:[a-z-]+\s+){0,2})([A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|on|&)\s+)*[A-Z][\w'’&-]*)*)/g;

/**
 * The body that published the research a story reports: named with its researchers ("researchers at
 * the University of Kesselby") or with the work ("a report by the Office of Transport Standards"); the
 * last such before this point, else the first after it. Funders ("funded by") are not publishers.
 */
function studyPublisher(ctx: Context, subject: string): string | undefined {
	const all = memo(ctx, 'publishers', () =>
		[...ctx.layout.text.matchAll(PUBLISHED_BY)]
			// A body by its name ("the Marlow Institute") or by what the story calls it ("the engineering firm Tollen & Pryor").
			.filter((m) => `${m[1]} ${m[2]}`.trim().split(/\s+/).some((w) => INSTITUTIONS.has(w.toLowerCase())))
			.map((m) => ({ start: m.index, name: m[2]!, people: /^(?:researchers|scientists|academics|economists|authors|a team|the team|experts)\b/i.test(m[0]) }))
	);
	// "The report found" looks for the body named with a report; "the researchers said" for the one
	// named with its researchers; either, where the story names only one kind.
	const people = /\b(?:researchers|research team|authors|team|scientists)$/i.test(subject);
	const near = (list: typeof all) => {
		const i = lowerBound(list, ctx.at);
		return (list[i - 1] ?? list[i])?.name;
	};
	return near(all.filter((x) => x.people === people)) ?? near(all);
}

/** The body a new document comes from: "The report, by the Office of Transport Standards, …" soon after. */
function publisherAfter(ctx: Context): Speaker | undefined {
	for (const m of ctx.layout.text.slice(ctx.at, ctx.at + 1200).matchAll(/\b(?:by|from)\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+(?:(?:of|for|and|on|the)\s+)*[A-Z][\w'’-]*)*)/g)) {
		if (m[1]!.split(/\s+/).some((w) => INSTITUTIONS.has(w.toLowerCase()))) return ctx.speakers.find((x) => x.name === m[1]) ?? { name: m[1]!, role: 'institution', kind: 'named-institution' };
	}
	return undefined;
}

/** One of a group: "Two Greenline managers" → "Greenline manager", "people with knowledge of …" → "person with …". */
function singular(name: string): string {
	const words = name.replace(/^(?:the|a|an|two|three|four|five|six|several|some|many|both)\s+/i, '').split(/\s+/);
	const i = words.findIndex((w) => /^(?:people|[a-z]+s)$/.test(w) && (w === 'people' || personNoun(w)));
	if (i !== -1) words[i] = words[i] === 'people' ? 'person' : words[i]!.replace(/s$/, '');
	return words.join(' ');
}

/** A speaker "he" or "she" can stand for: a named person, or one unnamed person ("a senior official"). */
function onePerson(x: Speaker): boolean {
	if (x.kind === 'named-person') return true;
	if (x.kind !== 'anonymous-person') return false;
	const head = x.name.replace(/^(?:a|an|the|one)\s+/i, '').split(/\s+(?:with|at|in|from|who|close|familiar|of|on)\b/)[0]!.trim();
	return !/^(?:two|three|four|five|several|some|many|all|both)\b/i.test(x.name) && !/(?:s|people)$/i.test(head);
}

/** Things whose names end like a person's ("a letter", "a document"). */
const THING_NOUNS = /^(?:letter|paper|poster|order|number|computer|chapter|register|folder|banner|counter|meter|error|sector|factor|motor|mirror|door|floor|colou?r|indicator|monitor|tractor|calculator|reactor|generator|elevator|water|river|winter|summer|quarter|center|centre|filter|border|corner|tower|power|matter|weather|debt|percent|event|moment|content|extent|talent|accident|incident|element|comment)s?$/;
const NOT_NOUNS = /^(?:further|other|another|never|ever|however|rather|together|after|under|over|whether|either|neither|later|earlier|former|latter|better|greater|bigger|higher|lower|longer|larger|smaller|fewer|major|minor|senior|junior|prior|superior|inferior|interior|exterior|recent|current|different|present|silent|urgent|frequent|independent|significant|important|relevant|constant|distant|instant|efficient|sufficient|apparent|evident|consistent|permanent|prominent|confident|decent|absent|ancient|giant|vacant|elegant|pleasant|brilliant|vibrant|reluctant|tolerant|abundant|dominant|redundant|radiant)$/;
/** A noun for a person: one of the lexicon's, or one made like them ("surveyor", "contractor", "economist"). */
function personNoun(w: string): boolean {
	if (ANON.has(w) || PERSON_NOUNS.has(w)) return true;
	return /^[a-z]{3,}(?:or|er|ist|ian|ant|ent|eer)s?$/.test(w) && !/ment$/.test(w) && !THING_NOUNS.test(w) && !NOT_NOUNS.test(w);
}

function lastWord(name: string): string {
	return name.split(/\s+/).pop()!.toLowerCase();
}
