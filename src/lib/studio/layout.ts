import { splitSentences } from '$lib/content/story';
import type { Span, Story } from '$lib/content/types';

export type Layout = Pick<Story, 'headline' | 'standfirst' | 'dateline' | 'paragraphs' | 'sentences'>;

/**
 * Lays edited story text out as the format does: blocks separated by blank lines are the headline, the
 * standfirst and the paragraphs; the first paragraph opens with the dateline (none when it is empty);
 * sentences are split as `parseStory` splits them.
 */
export function layoutText(text: string, dateline: string): { layout: Layout } | { problem: string } {
	const blocks: Span[] = [];
	for (const m of text.matchAll(/[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*/g)) blocks.push({ start: m.index, end: m.index + m[0].length });
	const [headline, standfirst, ...paragraphs] = blocks;
	if (!headline || !standfirst || paragraphs.length === 0) {
		return { problem: 'A story needs a headline, a standfirst and at least one paragraph, each separated by a blank line.' };
	}
	const first = paragraphs[0]!;
	if (dateline && !text.startsWith(dateline, first.start)) {
		return { problem: `The first paragraph must open with the dateline “${dateline}”, or clear the dateline.` };
	}
	const datelineSpan = { start: first.start, end: first.start + dateline.length };
	let leadStart = datelineSpan.end;
	while (text[leadStart] === ' ') leadStart++;
	const sentences = paragraphs.flatMap((p) => splitSentences(text, p === first ? leadStart : p.start, p.end));
	return { layout: { headline, standfirst, dateline: datelineSpan, paragraphs, sentences } };
}

/** Text as the format keeps it: line endings as `\n`, no blank lines before the headline, no space after the end. */
export function tidyText(text: string): string {
	return text.replace(/\r\n?/g, '\n').replace(/^\s*\n/, '').replace(/\s+$/, '');
}
