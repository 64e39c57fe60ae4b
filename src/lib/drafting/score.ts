/**
 * Scoring the drafter against hand annotations (the corpus format): precision, recall and F1 per kind of
 * extraction. Span rules: a quote matches when the spans overlap by at least 80% of the longer one;
 * figures, times and the clauses of ordered pairs when the overlap covers at least 80% (figures, times)
 * or 50% (clauses) of the shorter one, so "Monday" and "on Monday" match.
 */
import type { Extraction } from './extract';

export type GoldSpan = { start: number; end: number; text: string };
export type Gold = {
	published?: string;
	/** Each canonical speaker with the ways the story refers to them: a drafted name matching any counts. */
	speakers?: Record<string, string[]>;
	quotes: (GoldSpan & { speaker: string; form: string; sourceKind: string })[];
	figures: (GoldSpan & { value: number; unit?: string; max?: number })[];
	times: (GoldSpan & { date: string | null })[];
	orderedPairs: { before: GoldSpan; after: GoldSpan }[];
};

/** `recallTp`, where set, counts the gold items found (for pairs, which are matched against implied orders). */
export type Tally = { tp: number; predicted: number; gold: number; recallTp?: number };
export const emptyTally = (): Tally => ({ tp: 0, predicted: 0, gold: 0 });
export function addTally(a: Tally, b: Tally): Tally {
	const sum: Tally = { tp: a.tp + b.tp, predicted: a.predicted + b.predicted, gold: a.gold + b.gold };
	if (a.recallTp !== undefined || b.recallTp !== undefined) sum.recallTp = (a.recallTp ?? a.tp) + (b.recallTp ?? b.tp);
	return sum;
}
export function prf(t: Tally): { precision: number; recall: number; f1: number } {
	const precision = t.predicted ? t.tp / t.predicted : t.gold ? 0 : 1;
	const recall = t.gold ? (t.recallTp ?? t.tp) / t.gold : 1;
	const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
	return { precision, recall, f1 };
}

type Sp = { start: number; end: number };
const inter = (a: Sp, b: Sp) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
export const overlapLonger = (a: Sp, b: Sp) => inter(a, b) / Math.max(a.end - a.start, b.end - b.start, 1);
export const overlapShorter = (a: Sp, b: Sp) => inter(a, b) / Math.max(Math.min(a.end - a.start, b.end - b.start), 1);

/** One-to-one matching, best overlap first. */
function match<P extends Sp, G extends Sp>(pred: P[], gold: G[], ok: (p: P, g: G) => number): [P, G][] {
	const cands: { i: number; j: number; s: number }[] = [];
	pred.forEach((p, i) => gold.forEach((g, j) => {
		const s = ok(p, g);
		if (s > 0) cands.push({ i, j, s });
	}));
	cands.sort((a, b) => b.s - a.s);
	const usedP = new Set<number>();
	const usedG = new Set<number>();
	const pairs: [P, G][] = [];
	for (const c of cands) {
		if (usedP.has(c.i) || usedG.has(c.j)) continue;
		usedP.add(c.i);
		usedG.add(c.j);
		pairs.push([pred[c.i]!, gold[c.j]!]);
	}
	return pairs;
}

const IRREGULAR: Record<string, string> = { men: 'man', women: 'woman', people: 'person', children: 'child', feet: 'foot', teeth: 'tooth', police: 'police', staff: 'staff' };
const CURRENCY: Record<string, string> = { pounds: 'gbp', pound: 'gbp', '£': 'gbp', dollars: 'usd', dollar: 'usd', $: 'usd', euros: 'eur', euro: 'eur', '€': 'eur', yen: 'jpy' };
export function unitKey(unit: string | undefined): string {
	if (!unit) return '';
	const u = unit.toLowerCase().trim();
	if (CURRENCY[u]) return CURRENCY[u]!;
	if (/^(?:per ?cent|percent|%)$/.test(u)) return 'percent';
	if (/^percentage points?$/.test(u)) return 'percentage point';
	if (/^years? old$/.test(u)) return 'year';
	// A rate: "kilometres an hour" and "kilometre per hour" are one unit.
	const rate = /^(?:.*\s)?(\S+)\s+(?:per|an?)\s+(\S+)$/.exec(u);
	if (rate) return `${unitKey(rate[1])} per ${unitKey(rate[2])}`;
	const last = u.split(/\s+/).pop()!;
	if (IRREGULAR[last]) return IRREGULAR[last]!;
	// "buses", "bonuses", "viruses" drop "es"; "houses", "causes", "excuses" keep their "e".
	if (/(?:ches|shes|xes|sses)$/.test(last) || (/[^aeiou]uses$/.test(last) && !/(?:ab|exc|f|m|r|ref|acc)uses$/.test(last))) return last.slice(0, -2);
	if (/ies$/.test(last)) return last.slice(0, -3) + 'y';
	// "bus", "status", "census" are singular.
	if (/[^s]s$/.test(last) && last !== 'times' && !/[^aeiou]us$/.test(last)) return last.slice(0, -1);
	return last;
}
export function sameSpeaker(a: string | undefined, b: string | undefined): boolean {
	if (!a || !b) return false;
	const norm = (s: string) => s.toLowerCase().replace(/^(?:the|a|an)\s+/, '').replace(/['’]s\b/g, '').replace(/[^a-z0-9 ]/g, '').trim();
	const x = norm(a);
	const y = norm(b);
	if (x === y) return true;
	if (x.length > 3 && y.length > 3 && (x.includes(y) || y.includes(x))) return true;
	return false;
}

export type StoryScore = {
	quotes: Tally; speakers: Tally; forms: Tally; figures: Tally; times: Tally; dates: Tally; pairs: Tally;
	errors: { kind: string; detail: string }[];
};

export function scoreStory(x: Extraction, gold: Gold): StoryScore {
	const map = (s: Sp) => ({ start: x.layout.toSource(s.start), end: x.layout.toSource(s.end) });
	const errors: StoryScore['errors'] = [];
	// Quotes.
	const predQ = x.quotes.map((q) => ({ ...map(q), q }));
	const qPairs = match(predQ, gold.quotes, (p, g) => (overlapLonger(p, g) >= 0.8 ? overlapLonger(p, g) : 0));
	const quotes: Tally = { tp: qPairs.length, predicted: predQ.length, gold: gold.quotes.length };
	const speakers: Tally = { tp: 0, predicted: predQ.filter((p) => p.q.speaker).length, gold: gold.quotes.length };
	const forms: Tally = { tp: 0, predicted: predQ.length, gold: gold.quotes.length };
	for (const [p, g] of qPairs) {
		if ([g.speaker, ...(gold.speakers?.[g.speaker] ?? [])].some((n) => sameSpeaker(p.q.speaker?.name, n))) speakers.tp++;
		else errors.push({ kind: 'speaker', detail: `"${g.text.slice(0, 50)}": ${p.q.speaker?.name ?? '(none)'} for ${g.speaker}` });
		if (p.q.form === g.form) forms.tp++;
		else errors.push({ kind: 'form', detail: `"${g.text.slice(0, 50)}": ${p.q.form} for ${g.form}` });
	}
	for (const g of gold.quotes) if (!qPairs.some(([, h]) => h === g)) errors.push({ kind: 'quote missed', detail: `${g.form} "${g.text.slice(0, 160)}"` });
	for (const p of predQ) if (!qPairs.some(([h]) => h === p)) errors.push({ kind: 'quote extra', detail: `${p.q.form} "${p.q.text.slice(0, 160)}"` });
	// Figures.
	const predF = x.figures.filter((f) => f.kind !== 'year').map((f) => ({ ...map(f), f }));
	const fPairs = match(predF, gold.figures, (p, g) =>
		overlapShorter(p, g) >= 0.8 && Math.abs(p.f.value - g.value) <= Math.abs(g.value) * 0.005 + 1e-9 ? overlapShorter(p, g) : 0
	);
	let fTp = 0;
	for (const [p, g] of fPairs) {
		if (unitKey(p.f.unit) === unitKey(g.unit) || (g.unit === 'count' && !p.f.unit)) fTp++;
		else errors.push({ kind: 'figure unit', detail: `"${g.text}": ${p.f.unit ?? '(none)'} for ${g.unit}` });
	}
	for (const g of gold.figures) if (!fPairs.some(([, h]) => h === g)) errors.push({ kind: 'figure missed', detail: `"${g.text}" ${g.value} ${g.unit}` });
	for (const p of predF) if (!fPairs.some(([h]) => h === p)) errors.push({ kind: 'figure extra', detail: `"${p.f.text}" ${p.f.value} ${p.f.unit ?? ''}` });
	const figures: Tally = { tp: fTp, predicted: predF.length, gold: gold.figures.length };
	// Times and dates.
	// Amounts of time are figures, and "later", "earlier", "three days after" are ordering cues: neither is
	// scored as a time expression.
	const predT = x.times.filter((t) => t.kind !== 'duration' && t.kind !== 'relative').map((t) => ({ ...map(t), t }));
	const tPairs = match(predT, gold.times, (p, g) => (overlapShorter(p, g) >= 0.8 ? overlapShorter(p, g) : 0));
	const times: Tally = { tp: tPairs.length, predicted: predT.length, gold: gold.times.length };
	const dates: Tally = { tp: 0, predicted: predT.filter((p) => p.t.date).length, gold: gold.times.filter((g) => g.date).length };
	for (const [p, g] of tPairs) {
		if (p.t.date && p.t.date === g.date) dates.tp++;
		else if (p.t.date || g.date) errors.push({ kind: 'date', detail: `"${g.text}": ${p.t.date ?? 'unresolved'} for ${g.date ?? 'unresolved'}` });
	}
	for (const g of gold.times) if (!tPairs.some(([, h]) => h === g)) errors.push({ kind: 'time missed', detail: `"${g.text}"` });
	for (const p of predT) if (!tPairs.some(([h]) => h === p)) errors.push({ kind: 'time extra', detail: `"${p.t.text}"` });
	// Ordered pairs: precision against every order the annotation implies, recall against its pairs.
	const goldEvents: GoldSpan[] = [];
	const idOf = (s: GoldSpan) => {
		let i = goldEvents.findIndex((e) => e.start === s.start && e.end === s.end);
		if (i === -1) i = goldEvents.push(s) - 1;
		return i;
	};
	const edges = gold.orderedPairs.map((p) => [idOf(p.before), idOf(p.after)] as const);
	/** Whether `edges` lead from event `a` to event `b`. */
	const reachIn = (edges: readonly (readonly [number, number])[], a: number, b: number) => {
		const seen = new Set<number>();
		const stack = [a];
		while (stack.length) {
			const n = stack.pop()!;
			for (const [u, v] of edges) if (u === n && !seen.has(v)) {
				if (v === b) return true;
				seen.add(v);
				stack.push(v);
			}
		}
		return false;
	};
	const reach = (a: number, b: number) => reachIn(edges, a, b);
	const near = (p: Sp, g: Sp) => overlapShorter(p, g) >= 0.5;
	let pairTp = 0;
	/** The predicted orders between annotated events, for recall: a gold pair is found when they imply it. */
	const predictedEdges: [number, number][] = [];
	for (const r of x.relations) {
		const b = map(x.events[r.before]!);
		const a = map(x.events[r.after]!);
		const bs = goldEvents.map((g, i) => (near(b, g) ? i : -1)).filter((i) => i >= 0);
		const as = goldEvents.map((g, i) => (near(a, g) ? i : -1)).filter((i) => i >= 0);
		const ok = bs.some((i) => as.some((j) => i !== j && reach(i, j)));
		if (ok) {
			pairTp++;
			errors.push({ kind: `pair right (${r.rule})`, detail: `"${x.events[r.before]!.text.slice(0, 50)}" < "${x.events[r.after]!.text.slice(0, 50)}"` });
		}
		else errors.push({ kind: `pair wrong or unannotated (${r.rule})`, detail: `"${x.events[r.before]!.text.slice(0, 50)}" < "${x.events[r.after]!.text.slice(0, 50)}" (${r.rule})` });
		for (const i of bs) for (const j of as) if (i !== j) predictedEdges.push([i, j]);
	}
	const hitGold = new Set<number>();
	edges.forEach(([i, j], k) => { if (reachIn(predictedEdges, i, j)) hitGold.add(k); });
	gold.orderedPairs.forEach((g, k) => { if (!hitGold.has(k)) errors.push({ kind: 'pair missed', detail: `"${g.before.text.slice(0, 50)}" < "${g.after.text.slice(0, 50)}"` }); });
	// Recall counts gold pairs the predicted orders imply; precision counts predicted pairs the annotation implies.
	const pairs: Tally = { tp: pairTp, predicted: x.relations.length, gold: gold.orderedPairs.length, recallTp: hitGold.size };
	return { quotes, speakers, forms, figures, times, dates, pairs, errors };
}
