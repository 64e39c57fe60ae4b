import type { Cite, Evidence, Span, Story, StoryPart } from './types';

/** Thrown when a story file does not have the layout its module declares. */
export class StoryLayoutError extends Error {}

/**
 * Lays a story file out as spans: chrome lines, the printed publication time, then blocks separated by
 * blank lines — headline, standfirst, and body paragraphs, the first of which opens with the dateline.
 * `text` runs from the headline to the end, so every span and every quote indexes the verbatim words.
 */
export function parseStory(
	file: string,
	layout: { publisher: string; chrome: string[]; published: string; publishedISO: string; dateline: string }
): Story {
	const normalised = file.replace(/\r\n?/g, '\n');
	let rest = normalised;
	for (const line of layout.chrome) {
		if (!rest.startsWith(line + '\n')) throw new StoryLayoutError(`expected the chrome line "${line}"`);
		rest = rest.slice(line.length + 1);
	}
	if (!rest.startsWith(layout.published + '\n')) {
		throw new StoryLayoutError(`expected the publication time "${layout.published}" after the chrome`);
	}
	rest = rest.slice(layout.published.length + 1).replace(/^\n+/, '');
	return {
		...layoutStory(rest.replace(/\s+$/, ''), layout.dateline),
		publisher: layout.publisher,
		published: layout.published,
		publishedISO: layout.publishedISO
	};
}

/**
 * Lays a story's text (headline to end, verbatim) out as spans: blocks separated by blank lines are the
 * headline, the standfirst and the paragraphs, the first of which opens with the dateline; the sentences
 * are those of the paragraphs, the dateline left out.
 */
export function layoutStory(text: string, datelineText: string): Pick<Story, 'text' | 'headline' | 'standfirst' | 'dateline' | 'paragraphs' | 'sentences'> {
	const blocks: Span[] = [];
	const blockPattern = /[^\n]+(?:\n[^\n]+)*/g;
	for (const match of text.matchAll(blockPattern)) {
		blocks.push({ start: match.index, end: match.index + match[0].length });
	}
	const [headline, standfirst, ...paragraphs] = blocks;
	if (!headline || !standfirst || paragraphs.length === 0) {
		throw new StoryLayoutError('expected a headline, a standfirst and at least one paragraph');
	}
	const first = paragraphs[0]!;
	if (!text.startsWith(datelineText, first.start)) {
		throw new StoryLayoutError(`expected the first paragraph to open with the dateline "${datelineText}"`);
	}
	const dateline = { start: first.start, end: first.start + datelineText.length };
	const sentences = paragraphs.flatMap((p) =>
		splitSentences(text, p.start === dateline.start ? skipSpaces(text, dateline.end) : p.start, p.end)
	);
	return { text, headline, standfirst, dateline, paragraphs, sentences };
}

/**
 * What is wrong with a story's layout as given (in a module's JSON): every span lies in the text and is
 * not empty; the headline starts the text, the standfirst and the paragraphs follow in order with only
 * white space between them and the last paragraph ends the text; the dateline (empty when the story has
 * none) opens the first paragraph;
 * the sentences lie in order inside the paragraphs, after the dateline.
 */
export function layoutProblems(story: Pick<Story, 'text' | 'headline' | 'standfirst' | 'dateline' | 'paragraphs' | 'sentences'>): { path: string; message: string }[] {
	const found: { path: string; message: string }[] = [];
	const { text } = story;
	const valid = (path: string, s: Span, mayBeEmpty = false) => {
		const ok =
			Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && (mayBeEmpty ? s.start <= s.end : s.start < s.end) && s.end <= text.length;
		if (!ok) found.push({ path, message: `${s.start}–${s.end} is not a passage of the story text (${text.length} characters)` });
		return ok;
	};
	if (text.trim().length === 0) return [{ path: 'story.text', message: 'the story text is empty' }];
	if (text !== text.trim()) found.push({ path: 'story.text', message: 'the story text starts or ends with white space' });
	const blocks: [string, Span][] = [
		['story.headline', story.headline],
		['story.standfirst', story.standfirst],
		...story.paragraphs.map((p, i): [string, Span] => [`story.paragraphs[${i}]`, p])
	];
	if (story.paragraphs.length === 0) found.push({ path: 'story.paragraphs', message: 'a story needs at least one paragraph' });
	let at = 0;
	let allValid = true;
	for (const [path, block] of blocks) {
		if (!valid(path, block)) {
			allValid = false;
			continue;
		}
		if (block.start < at) found.push({ path, message: 'overlaps or comes before the part above it' });
		else if (text.slice(at, block.start).trim() !== '') found.push({ path, message: 'text before it belongs to no part of the story' });
		else if (at > 0 && !/\n\s*\n/.test(text.slice(at, block.start))) found.push({ path, message: 'parts are separated by a blank line' });
		if (/\n\s*\n/.test(text.slice(block.start, block.end))) found.push({ path, message: 'a blank line inside it: a blank line separates parts' });
		at = Math.max(at, block.end);
	}
	if (allValid && at < text.length && text.slice(at).trim() !== '') found.push({ path: 'story.paragraphs', message: 'the text after the last paragraph belongs to no part of the story' });
	const first = story.paragraphs[0];
	// A story without a dateline has an empty one, where the first paragraph starts.
	if (valid('story.dateline', story.dateline, true) && first) {
		if (story.dateline.start !== first.start || story.dateline.end > first.end) {
			found.push({ path: 'story.dateline', message: 'the dateline opens the first paragraph' });
		}
	}
	let from = first ? Math.max(story.dateline.end, first.start) : 0;
	story.sentences.forEach((s, i) => {
		const path = `story.sentences[${i}]`;
		if (!valid(path, s)) return;
		if (s.start < from) found.push({ path, message: 'overlaps the sentence before it, or the dateline' });
		else if (!story.paragraphs.some((p) => p.start <= s.start && s.end <= p.end)) found.push({ path, message: 'a sentence lies inside one paragraph' });
		from = Math.max(from, s.end);
	});
	return found;
}

/** The part of the story an offset falls in: headline, standfirst, dateline, lead or body. */
export function partAt(story: Pick<Story, 'headline' | 'standfirst' | 'dateline' | 'paragraphs'>, offset: number): StoryPart {
	if (offset < story.headline.end) return 'headline';
	if (offset < story.standfirst.end) return 'standfirst';
	if (offset < story.dateline.end) return 'dateline';
	if (offset < (story.paragraphs[0]?.end ?? 0)) return 'lead';
	return 'body';
}

/** Which block an offset falls in: 0 the headline, 1 the standfirst, then each paragraph in turn. */
export function blockAt(story: Pick<Story, 'headline' | 'standfirst' | 'paragraphs'>, offset: number): number {
	const blocks = [story.headline, story.standfirst, ...story.paragraphs];
	const i = blocks.findIndex((b) => offset < b.end);
	return i === -1 ? blocks.length - 1 : i;
}

/**
 * The passages inside quotation marks, marks included: curly pairs, and straight marks paired in turn
 * within each block (a quotation never runs across a paragraph here).
 */
export function quotedSpans(story: Pick<Story, 'text' | 'headline' | 'standfirst' | 'paragraphs'>): Span[] {
	const spans: Span[] = [];
	for (const block of [story.headline, story.standfirst, ...story.paragraphs]) {
		const text = story.text.slice(block.start, block.end);
		for (const m of text.matchAll(/"[^"]*"|“[^”]*”/g)) spans.push({ start: block.start + m.index, end: block.start + m.index + m[0].length });
	}
	return spans;
}

/** The lead: the first paragraph after its dateline. */
export function leadOf(story: Pick<Story, 'text' | 'dateline' | 'paragraphs'>): Span {
	return { start: skipSpaces(story.text, story.dateline.end), end: story.paragraphs[0]!.end };
}

function skipSpaces(text: string, at: number): number {
	while (text[at] === ' ') at++;
	return at;
}

/**
 * Splits a paragraph into sentences: a sentence ends at `.`, `!` or `?`, with any closing quotation
 * marks, when a space and a capital letter or an opening quotation mark follow, or at the paragraph's end.
 * A stop glued to the next word (`event."On`) is a typo in print, not a boundary we can see.
 */
export function splitSentences(text: string, start: number, end: number): Span[] {
	const spans: Span[] = [];
	const boundary = /[.!?]["”’)]*(?= +["“A-Z])/g;
	boundary.lastIndex = start;
	let from = start;
	for (let m = boundary.exec(text); m && m.index < end; m = boundary.exec(text)) {
		const stop = m.index + m[0].length;
		if (stop > end) break;
		spans.push({ start: from, end: stop });
		from = skipSpaces(text, stop);
	}
	if (from < end) spans.push({ start: from, end });
	return spans;
}

/** Every start offset at which `quote` occurs in `text`. */
export function occurrences(text: string, quote: string): number[] {
	const found: number[] = [];
	if (quote.length === 0) return found;
	for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) found.push(at);
	return found;
}

/** The outcome of resolving one cite: the evidence, or why it cannot be resolved. */
export type Resolution = { ok: true; evidence: Evidence } | { ok: false; problem: string };

export function resolveCite(text: string, cite: Cite): Resolution {
	const quote = typeof cite === 'string' ? cite : cite.quote;
	if (typeof quote !== 'string' || quote.trim().length === 0) return { ok: false, problem: 'the quote is empty' };
	if (quote !== quote.trim()) return { ok: false, problem: 'the quote starts or ends with white space' };
	const at = occurrences(text, quote);
	if (at.length === 0) return { ok: false, problem: 'the quote does not occur in the story' };
	if (typeof cite === 'string') {
		if (at.length > 1) {
			return {
				ok: false,
				problem: `the quote occurs ${at.length} times; say which with { quote, occurrence: 1..${at.length} }`
			};
		}
		return { ok: true, evidence: { quote, start: at[0]!, end: at[0]! + quote.length } };
	}
	const start = at[cite.occurrence - 1];
	if (!Number.isInteger(cite.occurrence) || start === undefined) {
		return { ok: false, problem: `occurrence ${cite.occurrence} asked for, but the quote occurs ${at.length} time(s)` };
	}
	return { ok: true, evidence: { quote, start, end: start + quote.length } };
}
