/**
 * Events and their order. An event is a clause that reports something done, said or planned: here the
 * clauses that carry a time expression and the two sides of an ordering cue ("after", "before", "then",
 * "later"). A relation is drawn only from a cue the text gives — an ordering word, or two calendar spans
 * that do not overlap; pairs with no cue stay unordered.
 */
import type { Layout, Span } from './layout';
import type { TimeMention } from './times';

export type EventMention = Span & {
	text: string;
	status: 'past' | 'planned';
	sentence: number;
	/** The time expressions inside the clause. */
	times: TimeMention[];
	/** The calendar interval the clause's words fix, as `YYYY-MM-DD` bounds, if any. */
	interval?: { from: string; to: string };
	rule: string;
	confidence: number;
};

export type RelationMention = {
	before: number;
	after: number;
	/** The words that establish the order. */
	cue: Span;
	reason: string;
	rule: string;
	confidence: number;
};

const FUTURE = /\b(?:will|would|shall|is to|are to|is due|are due|due to|plans? to|is expected|are expected|scheduled|set to|is going to|are going to)\b/i;
const VERBISH = /\b(?:[a-z]+ed|was|were|had|has|have|is|are|will|would|said|told|took|made|went|came|began|met|won|lost|left|fell|rose|paid|sent|held|gave|got|ran|saw|put|set|cut|hit|led|sold|bought|brought|found|spent|kept|became|broke|chose|drew|flew|grew|knew|shot|spoke|stood|struck|swore|threw|wrote|signed|start|begin|open|close|meet|vote|sentenced)\b/;

/** Clause boundaries inside a sentence. */
const BOUNDARY = /;\s+|:\s+|\s[–—]\s|,\s+(?=(?:but|and|while|although|though|because|as|when|which|who|where|so|then)\s)|,\s+(?=[a-z]+ing\s)|\s+(?=(?:after|before|until|once|since|following|ahead of)\s)|\bthat\s+|,\s+(?:and\s+)?(?=(?:he|she|they|it|we|the\s+\w+)\s+(?:said|added|told))/g;

function clausesOf(text: string, s: Span): Span[] {
	const out: Span[] = [];
	const words = text.slice(s.start, s.end);
	let from = 0;
	for (const m of words.matchAll(BOUNDARY)) {
		out.push({ start: s.start + from, end: s.start + m.index });
		from = m.index + m[0].length;
	}
	out.push({ start: s.start + from, end: s.end });
	return out
		.map((c) => {
			let { start, end } = c;
			while (start < end && /[\s,"“”'‘’(]/.test(text[start]!)) start++;
			while (end > start && /[\s,.;:"“”'’)!?]/.test(text[end - 1]!)) end--;
			return { start, end };
		})
		.filter((c) => c.end - c.start >= 6);
}

function addMonths(y: number, m: number, add: number): [number, number] {
	const t = y * 12 + (m - 1) + add;
	return [Math.floor(t / 12), (t % 12) + 1];
}
const pad = (n: number) => String(n).padStart(2, '0');
function monthBounds(y: number, m: number): { from: string; to: string } {
	const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
	return { from: `${y}-${pad(m)}-01`, to: `${y}-${pad(m)}-${pad(last)}` };
}
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const SEASONS: Record<string, [number, number]> = { spring: [3, 5], summer: [6, 8], autumn: [9, 11], fall: [9, 11], winter: [12, 14] };

/** The calendar interval a time expression fixes: a day, a month, a season, a year or a span of years. */
export function intervalOf(t: TimeMention, reference: Date | undefined, future: boolean): { from: string; to: string } | undefined {
	if (t.date) return { from: t.date, to: t.date };
	if (!reference) return undefined;
	const refY = reference.getFullYear();
	const refM = reference.getMonth() + 1;
	const w = t.text.toLowerCase();
	const years = [...w.matchAll(/\b(19|20)\d{2}\b/g)].map((m) => Number(m[0]));
	if (/\blast month\b/.test(w)) {
		const [y, m] = addMonths(refY, refM, -1);
		return monthBounds(y, m);
	}
	if (/\bnext month\b/.test(w)) {
		const [y, m] = addMonths(refY, refM, 1);
		return monthBounds(y, m);
	}
	if (/\blast year\b/.test(w)) return { from: `${refY - 1}-01-01`, to: `${refY - 1}-12-31` };
	if (/\bnext year\b/.test(w)) return { from: `${refY + 1}-01-01`, to: `${refY + 1}-12-31` };
	const season = Object.keys(SEASONS).find((s) => new RegExp(`\\b${s}\\b`).test(w));
	if (season) {
		const [a, b] = SEASONS[season]!;
		let y = years[0] ?? refY;
		if (!years.length && /\blast\b/.test(w)) y = refY - (refM > b - (b > 12 ? 12 : 0) ? 1 : 1);
		else if (!years.length && /\bnext\b/.test(w)) y = refY + (refM >= a ? 1 : 0);
		const [y2, m2] = addMonths(y, b, 0);
		const end = monthBounds(b > 12 ? y2 : y, b > 12 ? b - 12 : b);
		return { from: `${y}-${pad(a)}-01`, to: b > 12 ? `${y + 1}${end.to.slice(4)}` : end.to };
	}
	const monthNames = MONTHS.map((m, i) => ({ i: i + 1, at: w.search(new RegExp(`\\b${m}\\b`)) })).filter((m) => m.at >= 0).sort((a, b) => a.at - b.at);
	if (monthNames.length === 1 && years.length <= 1) {
		const m = monthNames[0]!.i;
		let y = years[0] ?? refY;
		if (!years.length) {
			if (future && m < refM) y = refY + 1;
			if (!future && m > refM) y = refY - 1;
		}
		return monthBounds(y, m);
	}
	if (monthNames.length === 2 && years.length === 2) {
		return { from: monthBounds(years[0]!, monthNames[0]!.i).from, to: monthBounds(years[1]!, monthNames[1]!.i).to };
	}
	if (monthNames.length === 0 && years.length >= 1 && t.kind === 'year') {
		const a = Math.min(...years);
		const b = Math.max(...years);
		if (/^(?:since|from)\b/.test(w) || /^(?:until|by|before)\b/.test(w) || /^after\b/.test(w)) return undefined;
		return { from: `${a}-01-01`, to: `${b}-12-31` };
	}
	return undefined;
}

/** Events and relations from the sentences and their time expressions. */
export function findEvents(
	layout: Layout,
	times: TimeMention[],
	reference: Date | undefined
): { events: EventMention[]; relations: RelationMention[] } {
	const { text } = layout;
	const events: EventMention[] = [];
	const relations: RelationMention[] = [];
	const units: (Span & { sentence: number })[] = [
		{ ...layout.headline, sentence: -2 },
		{ ...layout.standfirst, sentence: -1 },
		...layout.sentences.map((s, i) => ({ ...s, sentence: i }))
	];
	const eventAt = (span: Span, sentence: number, rule: string, confidence: number): number => {
		const existing = events.findIndex((e) => e.start < span.end && span.start < e.end);
		if (existing !== -1) return existing;
		const words = text.slice(span.start, span.end);
		const inside = times.filter((t) => t.start >= span.start && t.end <= span.end);
		const future = FUTURE.test(words);
		const dated = inside.map((t) => intervalOf(t, reference, future)).find(Boolean);
		events.push({
			...span,
			text: words,
			status: future ? 'planned' : 'past',
			sentence,
			times: inside,
			...(dated ? { interval: dated } : {}),
			rule,
			confidence
		});
		return events.length - 1;
	};

	for (const u of units) {
		const clauses = clausesOf(text, u);
		// Clauses with a time expression are events.
		for (const c of clauses) {
			const inside = times.filter((t) => t.start >= c.start && t.end <= c.end && t.kind !== 'duration');
			if (inside.length && VERBISH.test(text.slice(c.start, c.end))) eventAt(c, u.sentence, 'clause-with-time', 0.7);
		}
		// "X after Y" / "X before Y" inside a sentence.
		const words = text.slice(u.start, u.end);
		for (const m of words.matchAll(/\s(after|before|following|ahead of|until|once)\s+/gi)) {
			const cueAt = u.start + m.index + 1;
			const left = clauses.filter((c) => c.end <= cueAt && !(c.start <= cueAt && cueAt < c.end)).pop();
			const right = clauses.find((c) => c.start <= cueAt + m[1]!.length && cueAt < c.end) ?? clauses.find((c) => c.start >= cueAt);
			if (!left || !right) continue;
			const rightWords = text.slice(right.start, right.end);
			const leftWords = text.slice(left.start, left.end);
			// Both sides must read as happenings: a verb each ("after the vote" has none: no event to order).
			if (!VERBISH.test(rightWords) || !VERBISH.test(leftWords)) continue;
			if (m[1]!.toLowerCase() === 'until' || m[1]!.toLowerCase() === 'once') continue;
			const a = eventAt(left, u.sentence, 'cue-clause', 0.7);
			const b = eventAt(right, u.sentence, 'cue-clause', 0.7);
			if (a === b) continue;
			const isAfter = /after|following|once/i.test(m[1]!);
			relations.push({
				before: isAfter ? b : a,
				after: isAfter ? a : b,
				cue: { start: cueAt, end: cueAt + m[1]!.length },
				reason: isAfter ? `"${m[1]}": the second clause happened first` : `"${m[1]}": the first clause happened first`,
				rule: `cue-${m[1]!.toLowerCase().replace(/\s+/g, '-')}`,
				confidence: 0.8
			});
		}
	}
	// Dated events in calendar order, where their spans do not overlap: one chain, adjacent pairs only.
	// Words inside quotation marks are a speaker's, dated from a day the reader cannot see: left out.
	// Months, seasons and years order events too, but the clause they sit in is too often not the
	// event's own (measured on the development corpus): only day-level dates draw a relation.
	const quoted = [...text.matchAll(/"[^"\n]*"|“[^”\n]*”/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
	const dated = events
		.map((e, i) => ({ e, i }))
		.filter((x) => x.e.interval && x.e.interval.from === x.e.interval.to && !quoted.some((q) => q.start <= x.e.start && x.e.end <= q.end))
		.sort((a, b) => (a.e.interval!.from < b.e.interval!.from ? -1 : a.e.interval!.from > b.e.interval!.from ? 1 : a.e.start - b.e.start));
	// Every pair whose calendar spans do not overlap is ordered; keep the transitive reduction (no pair
	// that a third event already links), so each relation is one step a learner can check.
	const lt = (a: (typeof dated)[number], b: (typeof dated)[number]) => a.e.interval!.to < b.e.interval!.from;
	for (const a of dated) {
		for (const b of dated) {
			if (a === b || !lt(a, b)) continue;
			if (dated.some((c) => c !== a && c !== b && lt(a, c) && lt(c, b))) continue;
			if (relations.some((r) => (r.before === a.i && r.after === b.i) || (r.before === b.i && r.after === a.i))) continue;
			const ta = a.e.times[0]!;
			const tb = b.e.times[0]!;
			relations.push({
				before: a.i,
				after: b.i,
				cue: tb,
				reason: `"${ta.text}" (${describe(a.e.interval!)}) comes before "${tb.text}" (${describe(b.e.interval!)})`,
				rule: a.e.interval!.from === a.e.interval!.to && b.e.interval!.from === b.e.interval!.to ? 'dates' : 'dates-span',
				confidence: a.e.interval!.from === a.e.interval!.to && b.e.interval!.from === b.e.interval!.to ? 0.85 : 0.7
			});
		}
	}
	return { events, relations: dropCycles(relations) };
}

function describe(i: { from: string; to: string }): string {
	return i.from === i.to ? i.from : `${i.from} to ${i.to}`;
}

/** Keeps the relations in order of confidence, dropping any that would close a circle. */
function dropCycles(relations: RelationMention[]): RelationMention[] {
	const kept: RelationMention[] = [];
	const reaches = (from: number, to: number): boolean => {
		const seen = new Set<number>();
		const stack = [from];
		while (stack.length) {
			const x = stack.pop()!;
			if (x === to) return true;
			if (seen.has(x)) continue;
			seen.add(x);
			for (const r of kept) if (r.before === x) stack.push(r.after);
		}
		return false;
	};
	for (const r of [...relations].sort((a, b) => b.confidence - a.confidence)) {
		if (reaches(r.after, r.before) || reaches(r.before, r.after)) continue;
		kept.push(r);
	}
	return kept;
}
