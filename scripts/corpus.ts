/**
 * The gold corpus (`corpus/dev`, `corpus/heldout`): stories we wrote, each `name.txt` beside a hand-made
 * `name.json`. This module reads them, and locates each annotated `text` in its story so that nobody
 * computes an offset by hand. Offsets are UTF-16 code units into the whole `.txt` file (JavaScript
 * `slice`), which is NFC. The guidelines are in `corpus/README.md`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ATTRIBUTION_FORMS, SOURCE_KINDS } from '../src/lib/content/types';

export const CORPUS_SETS = ['dev', 'heldout'] as const;
export type CorpusSet = (typeof CORPUS_SETS)[number];

/** An annotated passage: `text` is exactly `story.slice(start, end)`; `occurrence` (1-based) where it repeats. */
export type GoldSpan = { start: number; end: number; text: string; occurrence?: number };

export type GoldQuote = GoldSpan & {
	speaker: string;
	form: (typeof ATTRIBUTION_FORMS)[number];
	sourceKind: (typeof SOURCE_KINDS)[number];
};
/** `max` for a range ("between 30 and 40": value 30, max 40); `approx` for "about", "nearly", "more than". */
export type GoldFigure = GoldSpan & { value: number; unit: string; max?: number; approx?: boolean };
/** `date` is the resolved calendar day, or null with the `reason` the text does not establish one. */
export type GoldTime = GoldSpan & { date: string | null; reason?: string };
export type GoldPair = { before: GoldSpan; after: GoldSpan };

export type GoldAnnotation = {
	published: string;
	/**
	 * Each speaker's canonical name (as in `quotes[].speaker`) with the ways the story refers to them, as
	 * written (names, surnames, titles and roles, descriptions; no pronouns), to match a drafted speaker
	 * that names them another way.
	 */
	speakers?: Record<string, string[]>;
	quotes: GoldQuote[];
	figures: GoldFigure[];
	times: GoldTime[];
	orderedPairs: GoldPair[];
};

export type GoldStory = { set: CorpusSet; name: string; story: string; gold: GoldAnnotation };

export const CORPUS_DIR = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', 'corpus');

/** Every story of a set, by name, with its annotation. */
export function readCorpus(set: CorpusSet, dir = CORPUS_DIR): GoldStory[] {
	const names = readdirSync(join(dir, set))
		.filter((f) => f.endsWith('.txt'))
		.map((f) => f.slice(0, -4))
		.sort();
	return names.map((name) => ({
		set,
		name,
		story: readFileSync(join(dir, set, `${name}.txt`), 'utf8'),
		gold: JSON.parse(readFileSync(join(dir, set, `${name}.json`), 'utf8')) as GoldAnnotation
	}));
}

const WORD = /[\p{L}\p{N}]/u;

/** A decimal point or thousands separator between two digits ("11.15", "1,900"). */
function inNumber(story: string, i: number): boolean {
	return /[.,]/.test(story[i] ?? '') && /\d/.test(story[i - 1] ?? '') && /\d/.test(story[i + 1] ?? '');
}

/**
 * Where `text` stands in `story` as whole words (a "12" inside "2012" or "12.5" does not count), as start offsets.
 * Only the edges that are word characters need a boundary, so "£4m," or "“We" still match.
 */
export function occurrences(story: string, text: string): number[] {
	if (!text) return [];
	const found: number[] = [];
	for (let at = story.indexOf(text); at !== -1; at = story.indexOf(text, at + 1)) {
		const end = at + text.length;
		const openBoundary = !WORD.test(text[0]!) || at === 0 || !(WORD.test(story[at - 1]!) || inNumber(story, at - 1));
		const closeBoundary = !WORD.test(text[text.length - 1]!) || end === story.length || !(WORD.test(story[end]!) || inNumber(story, end));
		if (openBoundary && closeBoundary) found.push(at);
	}
	return found;
}

/** Fills `start`/`end` of one span from its `text` and `occurrence`; throws when it is missing or ambiguous. */
export function locate(story: string, span: { text: string; occurrence?: number }, where: string): GoldSpan {
	const at = occurrences(story, span.text);
	if (at.length === 0) throw new Error(`${where}: "${span.text}" is not in the story`);
	if (span.occurrence === undefined && at.length > 1) {
		throw new Error(`${where}: "${span.text}" occurs ${at.length} times; say which with "occurrence"`);
	}
	const n = span.occurrence ?? 1;
	const start = at[n - 1];
	if (start === undefined) throw new Error(`${where}: "${span.text}" occurs only ${at.length} times, not ${n}`);
	const located: GoldSpan = { start, end: start + span.text.length, text: span.text };
	if (span.occurrence !== undefined) located.occurrence = span.occurrence;
	return located;
}

type Draft<T> = Omit<T, 'start' | 'end'> & { start?: number; end?: number };

/** The annotation with every offset recomputed from `text` + `occurrence`, keys in a stable order. */
export function fillOffsets(
	story: string,
	draft: {
		published: string;
		speakers?: Record<string, string[]>;
		quotes: Draft<GoldQuote>[];
		figures: Draft<GoldFigure>[];
		times: Draft<GoldTime>[];
		orderedPairs: { before: Draft<GoldSpan>; after: Draft<GoldSpan> }[];
	}
): GoldAnnotation {
	return {
		published: draft.published,
		...(draft.speakers ? { speakers: draft.speakers } : {}),
		quotes: draft.quotes.map((q, i) => {
			const { start, end, text, occurrence, ...rest } = q;
			return { ...locate(story, { text, occurrence }, `quotes[${i}]`), ...rest } as GoldQuote;
		}),
		figures: draft.figures.map((f, i) => {
			const { start, end, text, occurrence, ...rest } = f;
			return { ...locate(story, { text, occurrence }, `figures[${i}]`), ...rest } as GoldFigure;
		}),
		times: draft.times.map((t, i) => {
			const { start, end, text, occurrence, ...rest } = t;
			return { ...locate(story, { text, occurrence }, `times[${i}]`), ...rest } as GoldTime;
		}),
		orderedPairs: draft.orderedPairs.map((p, i) => ({
			before: locate(story, p.before, `orderedPairs[${i}].before`),
			after: locate(story, p.after, `orderedPairs[${i}].after`)
		}))
	};
}

/** Whitespace-separated words of the story from the headline on (the published line is not counted). */
export function storyWords(story: string): number {
	const body = story.replace(/^[^\n]*\n+/, '');
	return body.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
