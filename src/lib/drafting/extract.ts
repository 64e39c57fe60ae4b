/**
 * The extraction stages in turn: layout → mentions (times, figures, quotes and speakers, the reporter's
 * wording) → facts (events and relations). Pure: text in, spans out, every span a slice of `layout.text`.
 */
import { DISTANCING_WORDS as CHECKED_DISTANCING } from '$lib/content/load';
import { findEvents, type EventMention, type RelationMention } from './events';
import { findChanges, findFigures, unitsFromContext, type ChangeMention, type FigureMention } from './figures';
import { layOut, type Layout, type Span } from './layout';
import { DISTANCING_WORDS } from './lexicon';
import { findQuotes, type QuoteMention, type Speaker } from './quotes';
import { findTimes, placeTimesOfDay, referenceDay, type TimeMention } from './times';

export type WordingMention = Span & { text: string; kind: 'distancing' | 'insertion'; insideQuote: boolean; rule: string; confidence: number };

export type Extraction = {
	layout: Layout;
	publishedISO?: string;
	reference?: Date;
	times: TimeMention[];
	figures: FigureMention[];
	changes: ChangeMention[];
	quotes: QuoteMention[];
	speakers: Speaker[];
	wording: WordingMention[];
	events: EventMention[];
	relations: RelationMention[];
};

/** The publication time as ISO 8601, from the option or the published line. */
export function publicationTime(layout: Layout, published?: string): string | undefined {
	if (published) {
		const d = new Date(published);
		if (Number.isNaN(d.getTime())) throw new Error(`--published: "${published}" is not an ISO date-time such as 2025-03-04T10:00:00Z`);
		return d.toISOString();
	}
	if (!layout.published) return undefined;
	const m = /(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})(?:[,\s]+(?:at\s+)?(\d{1,2})[:.](\d{2}))?|([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})(?:[,\s]+(?:at\s+)?(\d{1,2})[:.](\d{2}))?|(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2}))?/.exec(layout.published);
	if (!m) return undefined;
	const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
	let y: number, mo: number, d: number, h: number, mi: number;
	if (m[1]) [y, mo, d, h, mi] = [Number(m[3]), months.indexOf(m[2]!.slice(0, 3).toLowerCase()) + 1, Number(m[1]), Number(m[4] ?? 12), Number(m[5] ?? 0)];
	else if (m[6]) [y, mo, d, h, mi] = [Number(m[8]), months.indexOf(m[6]!.slice(0, 3).toLowerCase()) + 1, Number(m[7]), Number(m[9] ?? 12), Number(m[10] ?? 0)];
	else [y, mo, d, h, mi] = [Number(m[11]), Number(m[12]), Number(m[13]), Number(m[14] ?? 12), Number(m[15] ?? 0)];
	if (mo < 1) return undefined;
	const date = new Date(Date.UTC(y, mo - 1, d, h, mi));
	return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

export function extract(input: string, options: { published?: string } = {}): Extraction {
	const layout = layOut(input);
	const publishedISO = publicationTime(layout, options.published);
	const reference = referenceDay(publishedISO, layout.dateline.date);
	const { text } = layout;
	const units: Span[] = [layout.headline, layout.standfirst, ...(layout.dateline.end > layout.dateline.start ? [layout.dateline] : []), ...layout.sentences];
	const times: TimeMention[] = [];
	const figures: FigureMention[] = [];
	const changes: ChangeMention[] = [];
	for (const u of units) {
		const t = findTimes(text, u, reference, u === layout.headline || u === layout.standfirst);
		times.push(...t);
		// Amounts of time ("for two years", "three days later") are figures too; dates and clock times are not.
		const f = findFigures(text, u.start, u.end, t.filter((x) => x.kind !== 'duration' && x.kind !== 'relative'));
		figures.push(...f);
		changes.push(...findChanges(text, u, f));
	}
	placeTimesOfDay(times, layout.paragraphs, reference, layout.text);
	unitsFromContext(text, figures);
	// "a further 6 to 7 billion": a sum with a scale but no unit is in the unit of the last such sum.
	figures.forEach((f, i) => {
		if (f.unit || f.kind !== 'count' || !/\b(?:million|billion|trillion|bn)\b/.test(f.text)) return;
		const prev = figures.slice(0, i).reverse().find((g) => g.unit && /\b(?:million|billion|trillion|bn|m)\b/.test(g.text));
		if (prev) Object.assign(f, { unit: prev.unit, kind: prev.kind, confidence: 0.55 });
	});
	const { quotes, speakers } = findQuotes(layout);
	const wording = findWording(text);
	const { events, relations } = findEvents(layout, times, reference);
	return { layout, ...(publishedISO ? { publishedISO } : {}), ...(reference ? { reference } : {}), times, figures, changes, quotes, speakers, wording, events, relations };
}

const DISTANCING = new RegExp(`\\b(?:${DISTANCING_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|')})\\b`, 'gi');

/** The reporter's distancing words and an editor's bracketed insertions. */
export function findWording(text: string): WordingMention[] {
	const found: WordingMention[] = [];
	const quoted: Span[] = [...text.matchAll(/"[^"\n]*"|“[^”\n]*”/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
	const inside = (s: number, e: number) => quoted.some((q) => q.start <= s && e <= q.end);
	for (const re of [DISTANCING, new RegExp(CHECKED_DISTANCING.source, 'gi')]) {
		for (const m of text.matchAll(re)) {
			const s = m.index;
			const e = s + m[0].length;
			if (found.some((f) => f.start < e && s < f.end)) continue;
			found.push({ start: s, end: e, text: m[0], kind: 'distancing', insideQuote: inside(s, e), rule: 'distancing-word', confidence: inside(s, e) ? 0.4 : 0.75 });
		}
	}
	for (const m of text.matchAll(/\[[^\]\n]*\]/g)) {
		found.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind: 'insertion', insideQuote: inside(m.index, m.index + m[0].length), rule: 'square-brackets', confidence: 0.95 });
	}
	return found.sort((a, b) => a.start - b.start);
}
