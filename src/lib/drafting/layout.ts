/**
 * Stage 1 of the drafter: text → layout. Normalises the text (NFC, one kind of line break, blank lines
 * between blocks), finds the page chrome and the published line, the headline, the standfirst, the
 * dateline (place, date, agency) and the paragraphs, and splits them into sentences. Every span indexes
 * `text`, the story as a module stores it (from the headline on, without the published line).
 */
import { splitNewsSentences } from './sentences';

export type Span = { start: number; end: number };

export type Dateline = Span & { place?: string; date?: string; agency?: string };

export type Layout = {
	/** The story as the module stores it: from the headline to the end, without the published line. */
	text: string;
	/** The whole input after normalisation; `toSource` maps an offset of `text` into it. */
	source: string;
	toSource: (offset: number) => number;
	chrome: string[];
	/** The published line as printed, if the story has one. */
	published?: string;
	headline: Span;
	standfirst: Span;
	dateline: Dateline;
	paragraphs: Span[];
	sentences: (Span & { paragraph: number })[];
	/** Why the layout is a guess, where it is. */
	notes: string[];
};

export class LayoutError extends Error {}

/** NFC, LF line breaks, no BOM, no spaces at line ends, and blank lines between blocks. */
export function normalise(input: string): string {
	let text = input.normalize('NFC').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	text = text.replace(/[ \t\u00a0]+$/gm, '').replace(/\n{3,}/g, '\n\n').replace(/^\n+/, '').replace(/\s+$/, '');
	// A paste with single line breaks only: each line is a block.
	if (!text.includes('\n\n') && text.includes('\n')) text = text.replace(/\n/g, '\n\n');
	return text;
}

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
/**
 * A line on its own that prints when the story was published: "18 Oct 2021, 16:46", "Published March 4,
 * 2025 10:00 GMT", "Updated: Tue 4 Mar 2025 at 10.00 +01:00", "2025-03-04".
 */
const PUBLISHED_LINE = new RegExp(
	`^(?:(?:Published|Updated|Posted|First published)(?: on)?:?\\s*)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\\s*)?(?:\\d{1,2}\\s+${MONTH},?\\s+\\d{4}|${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{4})(?:[,\\s]+(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,4}|\\s*[+-]\\d{2}:?\\d{2})?)?(?:[,\\s]+(?:updated|Updated).*)?$`,
	'i'
);

export function isPublishedLine(line: string): boolean {
	return line.length <= 80 && PUBLISHED_LINE.test(line.trim());
}

const DATELINE = new RegExp(
	// PLACE[, Region][, Month Day][ (Agency)| /Agency/.][ — | - | : ]; places in any script's capitals.
	`^(\\p{Lu}[\\p{Lu}'’.\\-]+(?:[ -]\\p{Lu}[\\p{Lu}'’.\\-]+)*)` +
		`(?:,\\s*((?!${MONTH}\\s+\\d)(?:\\p{Lu}\\p{Ll}+\\.?)(?:\\s\\p{Lu}\\p{Ll}+)*))?` +
		`(?:,\\s*(${MONTH}\\s+\\d{1,2}(?:,\\s*\\d{4}|\\s+\\d{4})?|\\d{1,2}\\s+${MONTH}(?:,?\\s+\\d{4})?))?` +
		`\\.?\\s*(?:\\(([^)\\n]{1,40})\\)|/([^/\\n]{1,40})/\\.?)?` +
		`\\s*(?:(?:[—–]|--?|:)(?=\\s|$))?\\s*`,
	'u'
);

/**
 * The dateline opening the paragraph that starts at `at` (and ends at `end`): "BRUSSELS, October 18.
 * /TASS/.", "LONDON (Reuters) —", "KYIV, Ukraine —". None (an empty span) when the paragraph opens
 * without one, or when it would leave no words in the paragraph.
 */
export function findDateline(text: string, at: number, end = text.length): Dateline {
	const none = { start: at, end: at };
	const m = DATELINE.exec(text.slice(at, Math.min(end, at + 160)));
	if (!m || m[1]!.replace(/\P{Lu}/gu, '').length < 2) return none;
	const [whole, place, region, date, agency1, agency2] = m;
	const agency = agency1 ?? agency2;
	// A dateline needs more than a capitalised first word: a date, an agency or a dash after the place.
	const marked = Boolean(date || agency || /[—–-]|:\s*$/.test(whole.slice(place!.length)));
	if (!marked || at + whole.length >= end) return none;
	let stop = at + whole.length;
	while (stop > at && text[stop - 1] === ' ') stop--;
	return {
		start: at,
		end: stop,
		place: region ? `${place}, ${region}` : place,
		...(date ? { date } : {}),
		...(agency ? { agency: agency.trim() } : {})
	};
}

/** Lays a story out; throws `LayoutError` when it cannot stand as a module (fewer than three blocks). */
export function layOut(input: string): Layout {
	const source = normalise(input);
	if (source.trim() === '') throw new LayoutError('the story is empty');
	const blocks: Span[] = [];
	for (const m of source.matchAll(/[^\n]+(?:\n[^\n]+)*/g)) blocks.push({ start: m.index, end: m.index + m[0].length });

	const notes: string[] = [];
	// The chrome and the published line: a line that reads as a date and time, among the first blocks.
	let chrome: string[] = [];
	let published: string | undefined;
	let storyStart = 0;
	let cut: Span | undefined;
	for (let b = 0; b < Math.min(blocks.length, 4) && published === undefined; b++) {
		const lines = source.slice(blocks[b]!.start, blocks[b]!.end).split('\n');
		const i = lines.findIndex(isPublishedLine);
		if (i === -1) continue;
		published = lines[i]!.trim();
		if (b === 0) {
			chrome = lines.slice(0, i);
			const after = lines.slice(i + 1).join('\n');
			storyStart = after ? blocks[0]!.start + lines.slice(0, i + 1).join('\n').length + 1 : (blocks[1]?.start ?? source.length);
			if (after) notes.push('the headline follows the published line without a blank line');
		} else if (lines.length === 1) {
			// A published line standing alone between the headline (and standfirst) and the body.
			cut = { start: blocks[b]!.start, end: blocks[b + 1]?.start ?? blocks[b]!.end };
		} else {
			published = undefined;
		}
	}
	if (published === undefined) notes.push('no published line: relative dates cannot be resolved without --published');

	const text = cut ? source.slice(storyStart, cut.start) + source.slice(cut.end) : source.slice(storyStart);
	const shift = cut ? cut.end - cut.start : 0;
	const cutAt = cut ? cut.start - storyStart : Infinity;
	const toSource = (offset: number) => storyStart + offset + (offset >= cutAt ? shift : 0);

	const spans: Span[] = [];
	for (const m of text.matchAll(/[^\n]+(?:\n[^\n]+)*/g)) spans.push({ start: m.index, end: m.index + m[0].length });
	if (spans.length < 3) {
		throw new LayoutError(
			`a story needs a headline, a standfirst and at least one paragraph, separated by blank lines; this text has ${spans.length} block${spans.length === 1 ? '' : 's'}`
		);
	}
	const [headline, standfirst, ...paragraphs] = spans as [Span, Span, ...Span[]];
	const dateline = findDateline(text, paragraphs[0]!.start, paragraphs[0]!.end);
	if (dateline.end === dateline.start) notes.push('no dateline found at the start of the first paragraph');

	const sentences: Layout['sentences'] = [];
	paragraphs.forEach((p, i) => {
		let from = i === 0 ? dateline.end : p.start;
		while (text[from] === ' ') from++;
		for (const s of splitNewsSentences(text, from, p.end)) sentences.push({ ...s, paragraph: i });
	});
	return { text, source, toSource, chrome, published, headline, standfirst, dateline, paragraphs, sentences, notes };
}

/** The index of the first span (of spans sorted by start) that starts at or after `offset`. */
export function lowerBound(spans: readonly { start: number }[], offset: number): number {
	let lo = 0;
	let hi = spans.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (spans[mid]!.start < offset) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** The index of the span (of spans sorted by start, not overlapping) that holds `offset`, or -1. */
export function containing(spans: readonly Span[], offset: number): number {
	const i = lowerBound(spans, offset + 1) - 1;
	return i >= 0 && offset < spans[i]!.end ? i : -1;
}
