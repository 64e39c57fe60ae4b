import { MAX_STORY_CHARS } from '$lib/content/story-limits';
import { MODULE_SCHEMA_VERSION, type ModuleJson } from '$lib/content/types';
import { splitSentences } from '$lib/content/story';
import { findDateline, isPublishedLine } from '$lib/drafting/layout';
import type { Span } from '$lib/content/types';

/**
 * A story's text laid out as the first draft of a module: headline, standfirst, the publication line,
 * the dateline and the paragraphs, with no facts or questions yet. Used for a pasted story and for the
 * article taken out of a saved web page, so both start the same way.
 */

/** What the teacher records about where the story comes from. */
export type StoryMeta = {
	publisher: string;
	/** ISO 8601 with its offset: "2025-03-04T10:00:00+01:00". */
	publishedISO: string;
	url?: string;
	licence?: string;
};

export { MAX_STORY_CHARS };
const MAX_FIELD_CHARS = 500;

export type Started = { ok: true; json: ModuleJson } | { ok: false; problems: string[] };

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Markup no story text has: a teacher pasted a page's source, or someone is probing. */
export const MARKUP = /<\s*\/?\s*(?:script|style|iframe|object|embed|svg|img|a|div|span|p|html|body|head|meta|link)\b[^>]*>|javascript:/i;

/** A short, readable slug from the headline; the store makes it unique. */
export function slugFrom(headline: string): string {
	const words = headline
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.match(/[a-z0-9]+/g);
	let slug = '';
	for (const w of words ?? []) {
		if ((slug + '-' + w).length > 48) break;
		slug = slug ? `${slug}-${w}` : w;
	}
	return slug || 'story';
}

/** "4 March 2025, 10:00" from an ISO time, as its own wall clock reads (the offset is kept, not converted). */
export function printedTime(iso: string): string {
	const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso);
	if (!m) return iso;
	return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}, ${m[4]}:${m[5]}`;
}

/** Problems with what the teacher recorded about the story's origin; none when all is well. */
export function metaProblems(meta: StoryMeta): string[] {
	const problems: string[] = [];
	if (!meta.publisher.trim()) problems.push('Give the publisher: the newspaper, agency or site the story is from.');
	if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})$/.test(meta.publishedISO) || Number.isNaN(Date.parse(meta.publishedISO))) {
		problems.push('Give the date and time the story was published.');
	}
	if (meta.url) {
		let ok = false;
		try {
			ok = ['http:', 'https:'].includes(new URL(meta.url).protocol);
		} catch {
			ok = false;
		}
		if (!ok) problems.push('The web address must start with http:// or https://.');
	}
	for (const [name, value] of [
		['publisher', meta.publisher],
		['web address', meta.url ?? ''],
		['licence or permission note', meta.licence ?? '']
	] as const) {
		if (value.length > MAX_FIELD_CHARS) problems.push(`The ${name} is too long: at most ${MAX_FIELD_CHARS} characters.`);
		if (MARKUP.test(value)) problems.push(`The ${name} contains HTML or script: write it as plain text.`);
	}
	return problems;
}

/**
 * Lays out a story's text as a draft module. Blocks are separated by blank lines (or, in a text with
 * none, by line breaks): the headline, the standfirst, then the paragraphs, the first of which may open
 * with a dateline. A line that only prints a date and time before the headline is the publication line.
 */
export function moduleFromText(raw: string, meta: StoryMeta): Started {
	if (raw.length > MAX_STORY_CHARS) {
		return { ok: false, problems: [`The story is too long: ${raw.length.toLocaleString('en')} characters, and a story may have at most ${MAX_STORY_CHARS.toLocaleString('en')}.`] };
	}
	const problems = metaProblems(meta);
	const normalised = raw.normalize('NFC').replace(/\r\n?/g, '\n').replace(/[\t ]+$/gm, '').replace(/\u00a0/g, ' ');
	if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffd]/.test(normalised)) {
		problems.push('The text contains characters that are not text (control characters or an unreadable encoding): paste the story from the page again.');
	}
	if (MARKUP.test(normalised)) problems.push('The story contains HTML or script: paste the story’s text as you read it, not the page’s source.');

	// Text pasted from a page often has no blank lines between its paragraphs: then each line is a block.
	const separated = /\n[ \t]*\n/.test(normalised.trim()) ? normalised : normalised.replace(/\n/g, '\n\n');
	const blocks = separated
		.split(/\n\s*\n/)
		.map((b) => b.split('\n').map((l) => l.trim()).join('\n').trim())
		.filter(Boolean);
	let published = printedTime(meta.publishedISO);
	if (blocks[0] && isPublishedLine(blocks[0])) published = blocks.shift()!;
	if (blocks.length < 3) {
		problems.push(
			'A story needs a headline, a standfirst (the summary under the headline) and at least one paragraph, each separated by a blank line.'
		);
	}
	for (const [i, b] of blocks.slice(0, 2).entries()) {
		if (b.length > 1000) problems.push(`The ${i === 0 ? 'headline' : 'standfirst'} is over 1,000 characters: is there a blank line missing after it?`);
	}
	if (problems.length) return { ok: false, problems };

	let text = '';
	const spans: Span[] = [];
	for (const b of blocks) {
		if (text) text += '\n\n';
		spans.push({ start: text.length, end: text.length + b.length });
		text += b;
	}
	const [headline, standfirst, ...paragraphs] = spans as [Span, Span, ...Span[]];
	const first = paragraphs[0]!;
	const { start, end } = findDateline(text, first.start, first.end);
	const dateline = { start, end };
	let leadStart = dateline.end;
	while (text[leadStart] === ' ') leadStart++;
	const sentences = paragraphs.flatMap((p) => splitSentences(text, p === first ? leadStart : p.start, p.end));
	const title = text.slice(headline.start, headline.end).replace(/\s+/g, ' ');
	const json: ModuleJson = {
		schemaVersion: MODULE_SCHEMA_VERSION,
		slug: slugFrom(title),
		title: title.length > 200 ? `${title.slice(0, 199)}…` : title,
		summary: text.slice(standfirst.start, standfirst.end).replace(/\s+/g, ' ').slice(0, 500),
		story: {
			text,
			publisher: meta.publisher.trim(),
			published,
			publishedISO: meta.publishedISO,
			headline,
			standfirst,
			dateline,
			paragraphs,
			sentences,
			...(meta.url ? { url: meta.url } : {}),
			...(meta.licence?.trim() ? { licence: meta.licence.trim() } : {})
		},
		facts: { events: [], relations: [], figures: [], sources: [], attributions: [], wording: [], timeWords: [] },
		questions: []
	};
	return { ok: true, json };
}
