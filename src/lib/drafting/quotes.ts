/**
 * Sources and attributions: direct quotes (straight, curly and nested marks, quotes split around their
 * attribution, quotes that run on across paragraphs), partial quotes inside the reporter's sentence,
 * indirect speech after a reporting verb or phrase, and sources that declined to speak; each with its
 * speaker (a named person with role, an institution, an anonymous description, or a pronoun resolved to
 * the last fitting speaker), its form of words and its kind of source.
 */
import type { AttributionForm, SourceKind } from '$lib/content/types';
import { ANONYMOUS_HEADS, DECLINED_PHRASES, INSTITUTION_WORDS, REPORTING_VERBS, ROLE_WORDS } from './lexicon';
import type { Layout, Span } from './layout';

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

const VERB_LIST = [...REPORTING_VERBS].sort((a, b) => b.length - a.length);
const VERBS = VERB_LIST.map((v) => v.replace(/ /g, '\\s+')).join('|');
const SAY_AFTER = new RegExp(`^[\\s,]*(?:(${VERBS})\\b\\s*([^,.;:!?“”"]*)|([^,.;:!?“”"]*?)\\s+(${VERBS})\\b)`, 'i');
const INSTITUTIONS = new Set<string>(INSTITUTION_WORDS);
const ROLES = new Set<string>(ROLE_WORDS);
const ANON = new Set<string>(ANONYMOUS_HEADS);
const PRONOUNS: Record<string, string> = { he: 'he', she: 'she', it: 'it', they: 'they', we: 'they', i: 'i' };
const INSTITUTION_PLURALS = new Set(['prosecutors', 'police', 'the police', 'the prosecution', 'the defence', 'the defense', 'the government', 'the council', 'the court', 'the ministry', 'the company', 'the club', 'the board']);
const TEAM_WORDS = /^(?:the|its|their|a|an)\s+(?:operator|owner|organisers|organizers|team|study|researchers|research team|paper|report|survey|authors|analysis|statement|firm|company|organisation|organization|group|department|ministry|agency|office|club|board|council|institute|university)$/i;
const SPOKES = /^(?:a|an|the|its|their)\s+(?:\w+\s+)?(?:spokesperson|spokesman|spokeswoman|representative|press officer|press office)$/i;
const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'on', 'de', 'van', 'von', 'der', 'du', 'da', 'al', 'bin', '&']);

/** Verbs that report speech only with "that" after them; otherwise they tell an act ("found guilty"). */
const NEEDS_THAT = new Set(['found', 'finds', 'find', 'showed', 'shows', 'ruled', 'rules', 'believed', 'thought', 'agreed', 'continued', 'maintained', 'charged', 'blamed', 'accused', 'answered', 'answers', 'asked', 'asks', 'demanded', 'posted', 'projected', 'reported', 'reports', 'estimated', 'estimates', 'noted', 'notes', 'observed', 'observes', 'indicated', 'indicates', 'recalled', 'recalls', 'promised', 'promises', 'agrees']);

type Context = { layout: Layout; speakers: Speaker[]; last?: Speaker; people: Map<string, string>; mentions: { name: string; start: number }[]; at: number };

/** Every attribution the story makes, in text order. */
export function findQuotes(layout: Layout): { quotes: QuoteMention[]; speakers: Speaker[] } {
	const { text } = layout;
	const { people, mentions } = namedPeople(text);
	const ctx: Context = { layout, speakers: [], people, mentions, at: 0 };
	const quotes: QuoteMention[] = [];
	const blocks = [layout.headline, layout.standfirst, ...layout.paragraphs];
	const marks = quoteMarks(text, blocks);
	const sentenceIndex = (offset: number) => {
		const i = layout.sentences.findIndex((s) => s.start <= offset && offset < s.end);
		return i;
	};
	const blockSentences = (b: Span): Span[] => {
		const inside = layout.sentences.filter((s) => s.start >= b.start && s.end <= b.end);
		return inside.length ? inside : [b];
	};
	let previousParagraphSpeaker: Speaker | undefined;
	for (const block of blocks) {
		const isTitle = block === layout.headline || block === layout.standfirst;
		const inBlock = marks.filter((q) => q.start >= block.start && q.end <= block.end);
		const paragraphQuotes: QuoteMention[] = [];
		let paragraphSpeaker: Speaker | undefined;
		for (const sentence of blockSentences(block)) {
			const sIndex = sentenceIndex(sentence.start);
			const sQuotes = inBlock.filter((q) => q.start >= sentence.start && q.start < sentence.end);
			// The sentence with its quotations blanked: where the reporter's own words are.
			let frame = text.slice(sentence.start, sentence.end);
			for (const q of sQuotes) {
				const a = Math.max(q.start, sentence.start) - sentence.start;
				const b = Math.min(q.end, sentence.end) - sentence.start;
				frame = frame.slice(0, a) + 'Q'.repeat(b - a) + frame.slice(b);
			}
			ctx.at = sentence.start;
			const found = attributionIn(frame, sentence.start, ctx);
			if (found?.speaker) paragraphSpeaker = found.speaker;
			for (const q of sQuotes) {
				const inner = trimQuote(text, q.start + 1, q.end - (q.closed ? 1 : 0));
				if (inner.end <= inner.start) continue;
				const before = frame.slice(0, q.start - sentence.start).replace(/Q+/g, 'Q');
				const after = frame.slice(q.end - sentence.start).replace(/Q+/g, 'Q');
				const standsAlone =
					/^\s*$|[:,]\s*$|\bQ[\s,–—-]*(?:\w+\s+){0,4}\w*[,–—-]?\s*$/.test(before) ||
					new RegExp(`(?:${VERBS})[^.]*[:,]\\s*$`, 'i').test(before);
				const capital = /^[A-Z0-9‘'"]/.test(text.slice(inner.start, inner.start + 1));
				const form: AttributionForm = standsAlone && (capital || /^\s*Q?[\s,–—-]*(?:\w+\s+){0,4}\w*[,–—-]?\s*$/.test(before)) && !/^\s*[a-z]/.test(after.replace(/^[\s,]+(?:(?:he|she|they|it)\s+)?(?:said|says|added|told|asked)\b.*$/, '')) ? 'direct-quote' : 'partial-quote';
				const wordsN = text.slice(inner.start, inner.end).split(/\s+/).length;
				const direct = form === 'direct-quote' || (wordsN >= 8 && capital && standsAlone);
				const speaker = found?.speaker ?? paragraphSpeaker ?? (isTitle ? undefined : previousParagraphSpeaker);
				const mention: QuoteMention = {
					start: inner.start,
					end: inner.end,
					text: text.slice(inner.start, inner.end),
					form: direct ? 'direct-quote' : 'partial-quote',
					...(speaker ? { speaker } : {}),
					...(found ? { attribution: found.span, verb: found.verb } : {}),
					sentence: sIndex,
					rule: found?.speaker ? `quote-${found.rule}` : speaker ? 'quote-paragraph-speaker' : 'quote-no-speaker',
					confidence: found?.speaker ? 0.85 : speaker ? 0.7 : 0.4
				};
				paragraphQuotes.push(mention);
			}
			// Indirect speech and silence, in the reporter's frame.
			for (const p of indirectSpeech(text, frame, sentence, ctx, isTitle)) {
				if (p.speaker) paragraphSpeaker = p.speaker;
				quotes.push({ ...p, sentence: sIndex });
			}
		}
		// Quotations before their attribution in the same paragraph take the paragraph's speaker.
		for (const q of paragraphQuotes) if (!q.speaker && paragraphSpeaker) Object.assign(q, { speaker: paragraphSpeaker, rule: 'quote-paragraph-speaker', confidence: 0.7 });
		for (const q of paragraphQuotes) {
			if (q.form !== 'partial-quote') continue;
			const host = quotes.find((p) => p.form === 'paraphrase' && p.start <= q.start && q.end <= p.end);
			if (host?.speaker) Object.assign(q, { speaker: host.speaker, rule: 'partial-quote-in-paraphrase', confidence: 0.8 });
		}
		quotes.push(...paragraphQuotes);
		if (paragraphSpeaker) previousParagraphSpeaker = paragraphSpeaker;
		else if (paragraphQuotes.length === 0) previousParagraphSpeaker = ctx.last;
	}
	quotes.sort((a, b) => a.start - b.start || b.end - a.end);
	return { quotes, speakers: ctx.speakers };
}

type Mark = Span & { closed: boolean };

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
	const afterQuote = /Q[,!?]?\s*[–—-]?\s*([^Q]*)$/.exec(frame);
	if (afterQuote && afterQuote[1]!.trim()) {
		const tail = afterQuote[1]!;
		const m = SAY_AFTER.exec(tail);
		if (m) {
			const np = m[1] ? m[2]! : m[3]!;
			const verb = (m[1] ?? m[4])!;
			const speaker = resolveSpeaker(cleanNP(np, !!m[1]), ctx);
			const at = offset + afterQuote.index + afterQuote[0].length - tail.length;
			if (speaker) return { speaker, span: { start: at, end: at + m[0].length }, verb, rule: m[1] ? 'said-name' : 'name-said' };
		}
	}
	// "Judge Eleanor Pryce told him: Q" / "X said, Q"
	const before = new RegExp(`^(.*?)\\b(${VERBS})\\b([^Q]{0,60}?)[:,]?\\s*Q`, 'i').exec(frame);
	if (before) {
		const np = lastClause(before[1]!);
		const speaker = resolveSpeaker(cleanNP(np, false), ctx);
		if (speaker) return { speaker, span: { start: offset + before[1]!.length - np.length, end: offset + before[1]!.length + before[2]!.length }, verb: before[2]!, rule: 'name-said-colon' };
	}
	return undefined;
}

/** Indirect speech: "X said (that) C", "C, X said", "according to X, C", "X declined to comment". */
function indirectSpeech(text: string, frame: string, sentence: Span, ctx: Context, isTitle: boolean): Omit<QuoteMention, 'sentence'>[] {
	const out: Omit<QuoteMention, 'sentence'>[] = [];
	const at = sentence.start;
	const end = frame.replace(/[.!?]["”’]?\s*$/, '').length;
	const hasQuoteOnly = /^[\sQ,.]*$/.test(frame.replace(new RegExp(`\\b(?:${VERBS})\\b`, 'gi'), ''));
	if (hasQuoteOnly) return out;
	// Declined.
	for (const phrase of DECLINED_PHRASES) {
		const i = frame.toLowerCase().indexOf(phrase);
		if (i === -1) continue;
		let stop = i + phrase.length;
		const rest = /^[^,.;]*/.exec(frame.slice(stop))![0];
		if (!/^\s*(?:on|about|to|whether|if|what|how|why|when|further)\b/i.test(rest) && rest.trim()) stop += 0;
		else stop += rest.replace(/\s+$/, '').length;
		const np = lastClause(frame.slice(0, i));
		const speaker = resolveSpeaker(cleanNP(np, false), ctx) ?? ctx.last;
		out.push({ start: at + i, end: at + stop, text: text.slice(at + i, at + stop), form: 'declined', ...(speaker ? { speaker } : {}), verb: phrase, rule: 'declined', confidence: speaker ? 0.8 : 0.5 });
		return out;
	}
	// "according to X, C" and "C, according to X".
	const acc = /\baccording to ([^,;]+?)(?:,|$)/i.exec(frame.slice(0, end));
	if (acc) {
		const by = /\bby\s+(?:the\s+)?([A-Z].*)$/.exec(acc[1]!);
		const speaker = resolveSpeaker(by ? by[1]! : cleanNP(acc[1]!, true), ctx);
		const s = acc.index;
		let span: Span;
		if (s < 2) span = { start: acc.index + acc[0].length, end };
		else span = { start: 0, end: s };
		const trimmed = trimClause(frame, span);
		if (speaker && trimmed.end - trimmed.start > 10) {
			out.push(clauseMention(text, at, trimmed, 'paraphrase', speaker, 'according to', 'according-to', 0.75));
		}
		return out;
	}
	// "X said (that) C" — the verb with a subject before it and a clause after.
	const verbRe = new RegExp(`\\b(${VERBS})\\b`, 'gi');
	for (const m of frame.slice(0, end).matchAll(verbRe)) {
		const verb = m[1]!.toLowerCase();
		const head = frame.slice(0, m.index);
		const tail = frame.slice(m.index + m[0].length, end);
		if (/Q/.test(head) && !/Q[^Q]*\b(?:that|because)\b/.test(head)) continue;
		if (/\b(?:was|were|is|are|been|be|being|to)\s+$/i.test(head)) continue;
		// "Marsh, who had denied every charge, showed …": the relative clause is the report.
		const rel = /(^|[^,]*?),\s+who\s+((?:had|has|have)\s+)?$/.exec(head);
		if (rel) {
			const speaker = resolveSpeaker(cleanNP(lastClause(rel[1]!), false), ctx);
			const stop = frame.indexOf(',', m.index);
			const from = m.index - (rel[2]?.length ?? 0);
			if (speaker && stop > m.index) {
				out.push(clauseMention(text, at, { start: from, end: stop }, 'paraphrase', speaker, verb, 'relative-who-said', 0.6));
				return out;
			}
			continue;
		}
		// "C, X said." / "C, the team reported, while D."
		const trailing = /,\s*([^,Q]{1,60}?)\s*$/.exec(head);
		if (trailing && (/^(?:[,.]|\s*$)/.test(tail) || /^\s*(?:in|on|at|to|outside|after)\b[^,]*(?:,|$)/.test(tail) || /^,/.test(tail)) && /^[^Q]/.test(head.slice(0, 1))) {
			const speaker = resolveSpeaker(cleanNP(trailing[1]!, false), ctx);
			if (speaker) {
				const span = trimClause(frame, { start: lastClauseStart(head.slice(0, trailing.index)), end: trailing.index });
				if (span.end - span.start > 10 && !/^Q+$/.test(frame.slice(span.start, span.end).trim())) {
					out.push(clauseMention(text, at, span, 'paraphrase', speaker, verb, 'clause-comma-name-said', 0.7));
				}
				// ", while D": a second clause the same speaker reports.
				const more = /^\s*,\s*(?:while|and|but)\s+/.exec(frame.slice(m.index + m[0].length));
				if (more && !/Q/.test(frame.slice(m.index + m[0].length))) {
					const s2 = m.index + m[0].length + more.index + more[0].length - (/while/.test(more[0]) ? more[0].trim().length - more[0].trim().indexOf('while') + 1 : 0);
					const span2 = trimClause(frame, { start: /while/.test(more[0]) ? m.index + m[0].length + more[0].indexOf('while') : s2, end });
					if (span2.end - span2.start > 10) out.push(clauseMention(text, at, span2, 'paraphrase', speaker, verb, 'clause-comma-name-said', 0.6));
				}
				return out;
			}
		}
		if (/^\s*[:,]?\s*Q/.test(tail) || /^\s*$/.test(tail) || /^\s*(?:[\w'’]+\s+){0,3}?[\w'’]*\s*[:,]\s*Q/.test(tail)) continue;
		if (NEEDS_THAT.has(verb) && !/^\s+that\b/.test(tail)) continue;
		if (['asked', 'asks', 'answered', 'answers', 'continued', 'went on', 'showed', 'shows', 'found', 'ruled', 'rules'].includes(verb) && !/^\s+that\b/.test(tail) && verb !== 'found') continue;
		const npRaw = lastClause(head);
		if (!npRaw.trim()) continue;
		const speaker = resolveSpeaker(cleanNP(npRaw, false), ctx);
		if (!speaker) continue;
		// The reported clause: after "that" or an object ("told the court that", "told Reuters").
		const obj = /^\s*(?:(?:the |a |an )?[\w'’-]+(?: [\w'’-]+){0,3}? that\s+|that\s+|(?:him|her|them|us|me|reporters|journalists|the court|the jury)\s+(?:that\s+)?|(?:on \w+|last \w+|in a statement|in an interview|on Monday|on Tuesday|on Wednesday|on Thursday|on Friday|on Saturday|on Sunday)\s+(?:that\s+)?)/i.exec(tail);
		let s = m.index + m[0].length + (obj ? obj[0].length : 0);
		while (frame[s] === ' ') s++;
		// Ends at the sentence end, or at ", and that" where a second reported clause starts.
		const clauseEnd = /\s+and\s+(?=[a-z]+ed\s+(?:him|her|them|it|the|a|an|his|its|their)\b)|;\s|\s[–—]\s/.exec(frame.slice(s, end));
		const rest = frame.slice(s, clauseEnd ? s + clauseEnd.index : end);
		const parts = rest.split(/,\s+and\s+that\s+/);
		let from = s;
		for (const part of parts) {
			const span = trimClause(frame, { start: from, end: from + part.length });
			const words = frame.slice(span.start, span.end);
			if (span.end - span.start > 8 && !/^Q+$/.test(words.trim()) && /\b[a-z]/.test(words)) {
				out.push(clauseMention(text, at, span, 'paraphrase', speaker, verb, obj && /that/.test(obj[0]) ? 'name-said-that' : 'name-said-clause', obj && /that/.test(obj[0]) ? 0.8 : 0.65));
			}
			from += part.length + (rest.slice(from - s + part.length).match(/^,\s+and\s+that\s+/)?.[0].length ?? 0);
		}
		if (out.length) return out;
	}
	// A headline's "…, study finds" / "…, critics say".
	if (isTitle) {
		const m = new RegExp(`^(.*?)[,;]\\s*([\\w\\s'’-]{2,40}?)\\s+(?:${VERBS})\\s+(.*)$`, 'i').exec(frame.slice(0, end));
		if (m) {
			const speaker = resolveSpeaker(cleanNP(m[2]!, false), ctx);
			if (speaker) {
				const start = m[1]!.length + m[0].slice(m[1]!.length).indexOf(m[3]!);
				out.push(clauseMention(text, at, trimClause(frame, { start, end }), 'paraphrase', speaker, 'says', 'title-clause-say', 0.6));
			}
		}
	}
	return out;
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
function lastClauseStart(head: string): number {
	let cut = 0;
	for (const m of head.matchAll(/[;:]\s*|Q+[,.!?]?\s*|[.!?]\s+|\s[–—]\s|,\s+(?=(?:but|and|while|although|though|because|after|before|as|when)\s)/g)) cut = m.index + m[0].length;
	return cut;
}

/** Tidies a subject: drops time and place phrases and an appositive's tail; "said X, the mayor" keeps X. */
function cleanNP(np: string, after: boolean): string {
	let s = np.replace(/Q+/g, '').trim();
	if (/^(?:Asked|Speaking|Writing|Responding|Interviewed|Contacted|Reached|Pressed|Questioned)\b/.test(s) && s.includes(',')) s = s.slice(s.lastIndexOf(',') + 1).trim();
	s = s.replace(/^(?:and|but|so|yet|then|also|however|meanwhile|on \w+|in a statement|in an interview)[,]?\s+/i, '');
	s = s.replace(/\s+(?:also|later|earlier|then|previously|again|had|has|have|would|will|was|were|is|are|did|does|do|once|had previously|has repeatedly|repeatedly)$/i, '');
	if (after) s = s.replace(/\s+(?:in|on|at|during|after|before|to|outside|inside|from|via|when|while)\s.*$/i, '');
	return s.replace(/[.,;:]+$/, '').trim();
}

/** Capitalised names in the text that read as people: "Amara Nwosu" → surname map. */
function namedPeople(text: string): { people: Map<string, string>; mentions: { name: string; start: number }[] } {
	const people = new Map<string, string>();
	const mentions: { name: string; start: number }[] = [];
	for (const m of text.matchAll(/[A-Z][\w'’-]*(?:\s+(?:(?:de|van|von|der|al|bin)\s+)?[A-Z][\w'’-]*)+/g)) {
		const toks = m[0].split(/\s+/);
		let i = 0;
		while (i < toks.length && (TITLES.test(toks[i]!) || ROLES.has(toks[i]!.toLowerCase()))) i++;
		const rest = toks.slice(i);
		if (rest.length < 2 || rest.length > 4) continue;
		if (rest.some((w) => INSTITUTIONS.has(w.toLowerCase().replace(/[’'].*$/, '')) || PLACE_WORDS.has(w.toLowerCase()))) continue;
		if (rest.some((w) => /^[A-Z]{2,}$/.test(w))) continue;
		const last = rest[rest.length - 1]!;
		const full = rest.join(' ');
		if (!people.has(last)) people.set(last, full);
		const at = m.index + m[0].indexOf(rest[0]!);
		mentions.push({ name: people.get(last)!, start: at });
	}
	for (const [last, full] of people) {
		for (const m of text.matchAll(new RegExp(`\\b${last.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g'))) {
			if (!mentions.some((x) => x.start <= m.index && m.index < x.start + x.name.length + 2)) mentions.push({ name: full, start: m.index });
		}
	}
	mentions.sort((a, b) => a.start - b.start);
	return { people, mentions };
}

const TITLES = /^(?:The|A|An|In|On|At|But|And|If|When|For|From|As|After|Before|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Mr|Mrs|Ms|Dr|Prof|Professor|Judge|Justice|Mayor|Minister|President|Senator|Foreign|Deputy|Prime|Chief|Senior|Former|Acting|Vice|Sir|Dame|Lord|Lady|Coach|Captain|Inspector|Detective|Sergeant|Governor|General|Colonel|Head|Its|His|Her|Their|Asked|Speaking|Not|Nobody|Somebody|Instead|Families|Teenagers|Pupils|Those|This|That|These|There|It|He|She|They|We|I)\.?$/;
const PLACE_WORDS = new Set(['lane', 'street', 'road', 'avenue', 'square', 'valley', 'river', 'park', 'bridge', 'hill', 'way', 'close', 'crescent', 'drive', 'place', 'district', 'districts', 'county', 'province', 'region', 'island', 'islands', 'sea', 'ocean', 'mountains', 'airport', 'station', 'stadium', 'north', 'south', 'east', 'west', 'cup', 'league', 'act', 'bill', 'day', 'week']);

/** Who a subject names, registering new speakers; pronouns resolve to the last fitting speaker. */
export function resolveSpeaker(np: string, ctx: Context): Speaker | undefined {
	const s = np.trim();
	if (!s || s.length > 160) return undefined;
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
		return existing;
	};
	if (lower in PRONOUNS) {
		const p = PRONOUNS[lower]!;
		const fits = (x: Speaker) =>
			p === 'it' ? x.kind === 'named-institution' : p === 'they' ? x.kind !== 'named-person' || false : x.kind === 'named-person' && (!x.pronoun || x.pronoun === p);
		if (p === 'he' || p === 'she') {
			const paragraphs = ctx.layout.paragraphs;
			const pi = paragraphs.findIndex((b) => b.start <= ctx.at && ctx.at < b.end);
			const from = pi > 0 ? paragraphs[pi - 1]!.start : 0;
			const recent = ctx.mentions.filter((x) => x.start < ctx.at && x.start >= from).reverse();
			for (const m of recent) {
				const known = ctx.speakers.find((x) => x.name === m.name);
				if (known && known.pronoun && known.pronoun !== p) continue;
				const hit = known ?? register({ name: m.name, role: 'named in the story', kind: 'named-person' });
				hit.pronoun = p;
				ctx.last = hit;
				return hit;
			}
		}
		const pool = [ctx.last, ...[...ctx.speakers].reverse()].filter((x): x is Speaker => !!x);
		const hit = pool.find(fits) ?? (p === 'they' ? pool.find((x) => x.kind !== 'named-person') : undefined);
		if (hit && (p === 'he' || p === 'she')) hit.pronoun = p;
		if (hit) ctx.last = hit;
		return hit;
	}
	const forOrg = /^(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+)?(?:spokesperson|spokesman|spokeswoman|representative|lawyer|official)\s+(?:for|of|at|from)\s+(?:the\s+)?([A-Z].*)$/.exec(s);
	if (forOrg) {
		const org = forOrg[1]!.trim();
		const known = ctx.speakers.find((x) => x.kind === 'named-institution' && (x.name.startsWith(org) || org.startsWith(x.name)));
		return register(known ?? { name: org, role: 'organisation', kind: 'named-institution' });
	}
	if (TEAM_WORDS.test(lower) || SPOKES.test(lower)) {
		const inst = [...ctx.speakers].reverse().find((x) => x.kind === 'named-institution') ?? institutionInText(ctx);
		if (inst) return register(inst);
		return register({ name: s.replace(/^(?:the|its|their)\s+/i, 'the '), role: s, kind: SPOKES.test(lower) ? 'anonymous-person' : 'named-institution' });
	}
	if (INSTITUTION_PLURALS.has(lower)) return register({ name: s.replace(/^the\s+/i, ''), role: s, kind: 'named-institution' });
	const words = s.split(/\s+/);
	// Anonymous: "a senior official who asked not to be named", "critics", "two people familiar with the talks".
	const headIdx = words.findIndex((w) => ANON.has(w.toLowerCase().replace(/[^a-z]/g, '')));
	const capitalised = s.match(/(?:[A-Z][\w'’&.-]*)(?:\s+(?:(?:of|for|and|the|on|de|van|von|der|al|bin|&)\s+)*[A-Z][\w'’&.-]*)*/g) ?? [];
	const names = capitalised.filter((c) => !/^(?:The|A|An|Its|His|Her|Their|In|On|At)$/.test(c));
	if (/^(?:critics|opponents|supporters|experts|analysts|residents|witnesses|officials|sources|observers|campaigners|activists|economists|scientists|researchers|doctors|parents|teachers|locals|fans|diplomats|insiders|some\s.+|many\s.+|others)$/i.test(lower)) {
		return register({ name: s.replace(/^the\s+/i, ''), role: s, kind: 'anonymous-person' });
	}
	if (/^(?:a|an|one|two|three|four|several|some|many|other|another)\b/i.test(s) && headIdx !== -1 && !names.some((n) => n.split(/\s+/).length >= 2)) {
		const name = s.replace(/,.*$/, '');
		return register({ name, role: s, kind: 'anonymous-person' });
	}
	// A name: the longest capitalised run, without the titles and roles before it.
	let best: { name: string; role: string; kind: Speaker['kind'] } | undefined;
	for (const c of names) {
		const toks = c.split(/\s+/);
		const isInstitution = toks.some((t) => INSTITUTIONS.has(t.toLowerCase().replace(/[’'].*$/, ''))) || /^[A-Z]{2,}$/.test(c);
		if (isInstitution) {
			const name = c.replace(/^(?:The)\s+/, '');
			if (!best) best = { name, role: s, kind: 'named-institution' };
			continue;
		}
		let i = 0;
		while (i < toks.length - 1 && (ROLES.has(toks[i]!.toLowerCase().replace(/\.$/, '')) || /^(?:Mr|Mrs|Ms|Dr|Prof|Foreign|Deputy|Prime|Chief|Senior|Former|Acting|Vice|Defence|Defense|Health|Finance|Interior|Justice|Education|Head|Sir|Dame|Lord|Lady)\.?$/.test(toks[i]!))) i++;
		const nameToks = toks.slice(i);
		if (nameToks.length === 1 && ROLES.has(nameToks[0]!.toLowerCase())) continue;
		const name = nameToks.join(' ');
		const full = nameToks.length === 1 ? (ctx.people.get(nameToks[0]!) ?? name) : name;
		const role = [toks.slice(0, i).join(' '), /,\s*(.+)$/.exec(s)?.[1] ?? ''].filter(Boolean).join(', ') || s.slice(0, s.indexOf(nameToks[0]!)).trim();
		if (!best || best.kind === 'named-institution' || full.split(' ').length > best.name.split(' ').length) {
			best = { name: full, role, kind: 'named-person' };
			if (nameToks.length >= 2) break;
		}
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

function institutionInText(ctx: Context): Speaker | undefined {
	const m = /\b((?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of|for|and|on|the)?\s*[A-Z][\w'’-]*)*\s+(?:Institute|University|Ministry|Department|Council|Agency|Office|Commission|Foundation|Company|Group|Bank|Corporation)(?:\s+(?:of|for)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?)/.exec(ctx.layout.text);
	if (!m) return undefined;
	return { name: m[1]!.replace(/^the\s+/i, ''), role: 'institution', kind: 'named-institution' };
}

function lastWord(name: string): string {
	return name.split(/\s+/).pop()!.toLowerCase();
}
