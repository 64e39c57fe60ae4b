import type { Evidence, Span } from '$lib/content/types';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Characters that join two parts of one word: an apostrophe, a hyphen, a thousands separator. */
const JOINERS = /['’\-,.]/;

const isWordChar = (c: string | undefined) => c !== undefined && LETTER_OR_DIGIT.test(c);

/** Whether the character at `j` joins the word characters either side of it into one word. */
function joins(text: string, j: number): boolean {
	const [c, before, after] = [text[j], text[j - 1], text[j + 1]];
	if (c === undefined || !JOINERS.test(c) || !isWordChar(before) || !isWordChar(after)) return false;
	return c === ',' || c === '.' ? /\d/.test(before!) && /\d/.test(after!) : true;
}

const partOfWord = (text: string, j: number) => isWordChar(text[j]) || joins(text, j);

/** Whether the boundary before `i` falls inside a word ("mis|sion", "NATO|’s", "20|,000"). */
export function insideWord(text: string, i: number): boolean {
	return i > 0 && i < text.length && partOfWord(text, i - 1) && partOfWord(text, i);
}

/** The span without the white space around it. */
export function trimSpan(text: string, start: number, end: number): Span {
	while (start < end && /\s/.test(text[start]!)) start++;
	while (end > start && /\s/.test(text[end - 1]!)) end--;
	return { start, end };
}

/** The span grown at either end to take in the whole of any word it cuts. */
export function toWholeWords(text: string, start: number, end: number): Span {
	while (insideWord(text, start)) start--;
	while (insideWord(text, end)) end++;
	return { start, end };
}

export type Pick = {
	/** The passage to store, or none when nothing but white space is selected. */
	evidence?: Evidence;
	/** Set when the selection cut a word and was grown to whole words. */
	expanded: boolean;
};

/**
 * What a selection of the story would cite: trimmed of surrounding white space and grown to whole
 * words, so that `text.slice(start, end) === quote` and no citation starts or ends mid-word.
 */
export function pickWords(text: string, selectionStart: number, selectionEnd: number): Pick {
	const [from, to] = [Math.max(0, Math.min(selectionStart, selectionEnd)), Math.min(text.length, Math.max(selectionStart, selectionEnd))];
	const trimmed = trimSpan(text, from, to);
	if (trimmed.start === trimmed.end) return { expanded: false };
	const whole = toWholeWords(text, trimmed.start, trimmed.end);
	const expanded = whole.start !== trimmed.start || whole.end !== trimmed.end;
	return { evidence: { quote: text.slice(whole.start, whole.end), start: whole.start, end: whole.end }, expanded };
}

/** The words around a passage, a few either side, for a list that shows where each quote stands. */
export function contextOf(text: string, span: Span, words = 6): { before: string; quote: string; after: string } {
	// A window either side is enough for a few words, and keeps the end-anchored search short.
	const reach = words * 40;
	const beforeText = text.slice(Math.max(0, span.start - reach), span.start);
	const afterText = text.slice(span.end, span.end + reach);
	const cutBefore = span.start - reach > 0;
	const cutAfter = span.end + reach < text.length;
	const before = beforeText.match(new RegExp(`(?:\\S+\\s+){0,${words}}\\S*$`))?.[0] ?? '';
	const after = afterText.match(new RegExp(`^\\S*(?:\\s+\\S+){0,${words}}`))?.[0] ?? '';
	return {
		before: (before.length < beforeText.length || cutBefore ? '…' : '') + before.replace(/\s+/g, ' '),
		quote: text.slice(span.start, span.end),
		after: after.replace(/\s+/g, ' ') + (after.length < afterText.length || cutAfter ? '…' : '')
	};
}
