/**
 * A news-aware sentence splitter. A sentence ends at `.`, `!` or `?` (with any closing quotation marks
 * or brackets) when white space and a capital, a digit or an opening quotation mark follow — unless the
 * stop belongs to an abbreviation ("Dr.", "Sept.", "Corp."), an initial ("J. Smith"), an acronym that
 * runs on ("the U.S. Senate"), or a quoted question or exclamation that its attribution completes
 * ("'Why now?' Smith asked.").
 */
import { REPORTING_VERBS } from './lexicon';
import type { Span } from './layout';

/** Abbreviations after which a stop never ends a sentence when a capital or digit follows. */
const ABBREVIATIONS = new Set(
	(
		'mr mrs ms mx dr prof gen lt col capt cmdr maj sgt cpl adm gov sen rep pres supt insp det rev fr sr jr st mt ' +
		'ft hon messrs mme mlle jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri ' +
		'sat sun no nos vs v etc approx est dept univ corp inc ltd co bros assn ave blvd rd fig al op cf ed eds vol pp'
	).split(' ')
);
/** Words that open a sentence, so an acronym before them ("in the U.S. The …") ends the sentence. */
const OPENERS = new Set(
	'the a an he she it they we i you his her its their our this that these those there but and yet so in on at for after before when while if as however meanwhile still then now last next'.split(
		' '
	)
);
const VERBS = new Set<string>(REPORTING_VERBS.filter((v) => !v.includes(' ')));

const CANDIDATE = /[.!?…]+["”’')\]]*(?=\s+)|[。！？]+[」』”’)）]*/g;
/**
 * The longest sentence the splitter hands on. A news sentence runs to a few hundred characters; a run of
 * text with no stop for longer (a list, a table pasted as text, a language that stops sentences differently)
 * is cut at its clause breaks, so that every later stage reads pieces of bounded length.
 */
export const MAX_SENTENCE_CHARS = 1_000;

export function splitNewsSentences(text: string, start: number, end: number): Span[] {
	const spans: Span[] = [];
	let from = start;
	const push = (s: Span) => spans.push(...cutLong(text, s));
	CANDIDATE.lastIndex = start;
	for (let m = CANDIDATE.exec(text); m && m.index < end; m = CANDIDATE.exec(text)) {
		const stop = m.index + m[0].length;
		if (stop >= end) break;
		if (/[。！？]/.test(m[0]) ? false : !isBoundary(text, m.index, m[0], stop, end)) continue;
		push(trimSpan(text, from, stop));
		from = stop;
		while (from < end && /\s/.test(text[from]!)) from++;
	}
	if (from < end) push(trimSpan(text, from, end));
	return spans.filter((s) => s.end > s.start);
}

/** A span longer than `MAX_SENTENCE_CHARS`, cut after a semicolon or colon, else a comma, else a space. */
function cutLong(text: string, span: Span): Span[] {
	const pieces: Span[] = [];
	let { start } = span;
	while (span.end - start > MAX_SENTENCE_CHARS) {
		const window = text.slice(start, start + MAX_SENTENCE_CHARS);
		const lastOf = (re: RegExp) => {
			let at = -1;
			for (const m of window.matchAll(re)) if (m.index + m[0].length > MAX_SENTENCE_CHARS / 2) at = m.index + m[0].length;
			return at;
		};
		let cut = lastOf(/[;:]\s/g);
		if (cut === -1) cut = lastOf(/,\s/g);
		if (cut === -1) cut = lastOf(/\s/g);
		if (cut === -1) cut = MAX_SENTENCE_CHARS;
		const piece = trimSpan(text, start, start + cut);
		if (piece.end > piece.start) pieces.push(piece);
		start += cut;
	}
	const rest = trimSpan(text, start, span.end);
	if (rest.end > rest.start) pieces.push(rest);
	return pieces;
}

function trimSpan(text: string, start: number, end: number): Span {
	while (start < end && /\s/.test(text[start]!)) start++;
	while (end > start && /\s/.test(text[end - 1]!)) end--;
	return { start, end };
}

function isBoundary(text: string, at: number, mark: string, stop: number, end: number): boolean {
	let next = stop;
	while (next < end && /\s/.test(text[next]!)) next++;
	const following = text.slice(next, Math.min(end, next + 40));
	if (!/^["“‘'(\[]?[A-Z0-9]/.test(following)) return false;
	const word = /([A-Za-z][A-Za-z.'’-]*)$/.exec(text.slice(Math.max(0, at - 20), at))?.[1] ?? '';
	const nextWord = /^["“‘'(\[]?([A-Za-z]+)/.exec(following)?.[1]?.toLowerCase() ?? '';
	if (mark[0] === '.') {
		const bare = word.replace(/\.$/, '').toLowerCase();
		// A single capital: an initial ("J. Smith"), unless a sentence opener follows ("… Plan B. The …").
		if (/^[A-Z]$/.test(word) && !OPENERS.has(nextWord)) return false;
		// An abbreviation, or a dotted acronym ("U.S.", "a.m."), runs on unless an opener follows.
		if (ABBREVIATIONS.has(bare) && !/["”’')]/.test(mark)) return /^\d/.test(following) ? false : OPENERS.has(nextWord) && !/^(?:mr|mrs|ms|dr|prof|st)$/.test(bare);
		if (/^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word) && !/["”’')]/.test(mark)) return OPENERS.has(nextWord);
	}
	// "'Why now?' Smith asked." and "'No!' shouted the crowd": the attribution completes the sentence.
	if (/[?!]["”’']/.test(mark)) {
		const words = following.split(/\s+/).slice(0, 4).map((w) => w.toLowerCase().replace(/[^a-z]/g, ''));
		if (words.slice(0, 3).some((w) => VERBS.has(w))) return false;
	}
	return true;
}
