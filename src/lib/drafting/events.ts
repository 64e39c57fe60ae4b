/**
 * Events and their order. An event is a clause that reports something done, said or planned: here the
 * clauses that carry a time expression and the two sides of an ordering cue ("after", "before", "then",
 * "later"). A relation is drawn only from a cue the text gives — an ordering word, or two calendar spans
 * that do not overlap; pairs with no cue stay unordered.
 */
import type { Layout, Span } from './layout';
import { addDays, headlineFuture, iso, mondayOf, PLUPERFECT, tenseNear, type TimeMention } from './times';

export type EventMention = Span & {
	text: string;
	status: 'past' | 'planned';
	sentence: number;
	/** The time expressions inside the clause. */
	times: TimeMention[];
	/** The calendar interval the clause's words fix, as `YYYY-MM-DD` bounds, if any. */
	interval?: Interval;
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

const FUTURE = /\b(?:will|would|shall|is to|are to|is due|are due|due to|plans? to|is expected|are expected|expected to|expects to|hopes to|aims to|intends to|scheduled|set to|is going to|are going to)\b/i;
const VERBISH = /\b(?:[a-z]+ed|was|were|had|has|have|is|are|did|does|takes|makes|goes|comes|begins|starts|opens|closes|ends|meets|holds|leaves|returns|faces|runs|will|would|said|told|took|made|went|came|began|met|won|lost|left|fell|rose|paid|sent|held|gave|got|ran|saw|put|set|cut|hit|led|sold|bought|brought|found|spent|kept|became|broke|chose|drew|flew|grew|knew|shot|spoke|stood|struck|swore|threw|wrote|burst|fled|fought|felt|heard|lay|meant|rang|rode|sank|sat|slept|slid|stole|stuck|swam|swept|taught|thought|tore|woke|wore|dealt|built|bought|caught|drove|ate|forgot|hid|hung|sought|shook|shut|sang|spread|split|signed|start|begin|open|close|meet|vote|sentenced)\b/;

/** Words that are verbs only outside a noun phrase ("they vote", not "the vote"). */
const NOUN_USE = /\b(?:the|a|an|this|that|its|their|his|her|our|another)\s+(?:[a-z]+\s+)?(?:vote|start|open|close|meet|cut|hit|set|put|begin)\b/gi;
const finite = (words: string) => VERBISH.test(words.replace(NOUN_USE, ''));

const EVENT_NOUNS =
	'election|vote|ballot|referendum|meeting|conference|summit|hearing|trial|ruling|verdict|forecast|report|reports|study|survey|draft|budget|statement|announcement|suspension|resignation|strike|visit|match|final|sale|deal|merger|auction|launch|opening|closure|crash|fire|flood|storm|attack|earthquake|landslide|inquiry|inspection|audit|review|interview|speech|debate|protest|ceremony|count|recount|raid|arrest';
/**
 * A happening named by a noun in a prepositional phrase, with its time right after it ("at the last
 * mayoral election in 2021", "against a forecast of €640m issued in March", "in a draft dated April 14"):
 * the time dates the noun's happening, not the clause around it.
 */
const NAMED_EVENT = new RegExp(
	`\\b(?:at|in|from|since|after|before|against|with|to|for|of|during|until)\\s+((?:the|a|an|its|his|her|their|this|[A-Z][\\w-]*['’]s)\\s+(?:[\\w'’-]+\\s+){0,3}?(?:${EVENT_NOUNS})(?:\\s+(?:[\\w'’€£$.,-]+\\s+){0,6}?(?:issued|published|dated|held|released|made|signed|announced|filed|called|staged))?\\s+)$`
);

/** Where a pluperfect clause ends: at a clause boundary, a new "that", a coordinated new subject or a cue. */
const PLUPERFECT_END = /[,;:.!?]\s|[.!?]$|\s[–—]\s|\s+(?:that|when|before|after|because|so that|until|while|although|though)\s|,?\s+and\s+that\s|\s+but\s/;
/** A reporting verb in the simple past with what it takes before its complement ("told a news conference on Monday that"). */
const REPORT_BEFORE = /\b((?:said|told|added|argued|found|ruled|reported|claimed|wrote|explained|insisted|warned|stressed|noted|conceded|confirmed|announced|admitted|believed|learned|discovered|realised|realized|knew|heard|estimated|recalled|testified)(?:(?:\s+[\w'’-]+){1,6}?(?=\s+that\s))?)\s+(?:that\s+)?(?=[^.;:]*$)/i;

/** Clause boundaries inside a sentence. */
const BOUNDARY = /\s+(?=and then\s)|,\s+(?=then\s)|;\s+|:\s+|\s[–—]\s|,\s+(?=(?:but|and|while|although|though|because|as|when|which|who|where|so|then)\s)|,\s+(?=[a-z]+ing\s)|\s+(?=(?:after|before|until|once|since|following|ahead of)\s)|\bthat\s+|,\s+(?:and\s+)?(?=(?:he|she|they|it|we|the\s+\w+)\s+(?:said|added|told))/g;

function clausesOf(text: string, s: Span, times: TimeMention[] = []): Span[] {
	const out: Span[] = [];
	const words = text.slice(s.start, s.end);
	let from = 0;
	for (const m of words.matchAll(BOUNDARY)) {
		// "stuck on the quay since last Thursday": the word opens a time expression, not a clause.
		if (times.some((t) => t.start === s.start + m.index + m[0].length && /^(?:after|before|until|since|following)\b/i.test(t.text))) continue;
		// Nor does a boundary inside a time expression ("later that night") cut it.
		if (times.some((t) => t.start < s.start + m.index && s.start + m.index < t.end && !/\b(?:after|before)$/i.test(t.text))) continue;
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

/**
 * The calendar interval an event's time expression fixes. `from`/`to` are `YYYY-MM-DD` bounds; a deadline
 * ("had changed course by Wednesday evening") bounds the event from above only, so `from` is open
 * (`0000-01-01`) unless the event is planned, when it lies between the reference day and the deadline.
 * `confidence` says how surely the words date this event: a day the text gives, a month whose year the
 * tense chooses, a season with no year.
 */
export type Interval = { from: string; to: string; confidence: number; clock?: string; bound?: 'by' | 'since' | 'until'; /** A night, which ends on the morning of `to`. */ night?: boolean; /** The words that date it. */ time?: TimeMention };

const PREPOSED = /^(?:in|on|at|by|since|from|during|between|until|till|through|over|last|next|this|early|late|mid|the (?:spring|summer|autumn|winter|end|start|beginning) of)\b/i;
const OPEN = '0000-01-01';
const OPEN_END = '9999-12-31';
/** The least sure dating that orders events by the calendar. */
const DATED_MIN = 0.7;

/** The calendar interval a time expression fixes: a day, a month, a season, a year or a span of years. */
export function intervalOf(t: TimeMention, reference: Date | undefined, future: boolean): Interval | undefined {
	const w = t.text.toLowerCase();
	// "until", "before", "after" with a date bound a stretch of time on one side: no date for the event itself.
	if (/^(?:until|till|up to|before|after)\b/.test(w) && !t.date) return undefined;
	// "the six months to June 30": the end of a period, not the day of its event.
	// "held the line until 6.30 the next morning": a stretch that ended at a clock time on a day ends before
	// what happens later that day.
	if (/^(?:until|till)\b/.test(w) && t.date && t.clock && !future) return { from: OPEN, to: t.date, confidence: Math.min(t.confidence, 0.7), clock: t.clock, bound: 'until' };
	if (/^(?:until|till|up to|into|through|to|ending|ended)\b/.test(w)) return undefined;
	const bound: Interval['bound'] = /^by\b/.test(w) ? 'by' : /^since\b/.test(w) ? 'since' : undefined;
	const ref = reference ? iso(reference) : undefined;
	const finish = (from: string, to: string, confidence: number, clock?: string): Interval | undefined => {
		if (bound === 'by') {
			// A deadline over a month or a year ("by 2028") spreads the event over a span it may already have
			// begun; a planned one within two months ("are due to be named by the end of March") lies after
			// the reference day and before the deadline.
			if (!future) return { from: OPEN, to, confidence: Math.min(confidence, from === to ? 0.75 : 0.65), bound };
			if (!ref || ref >= to) return undefined;
			const next = addDays(ref, 1);
			const days = (new Date(`${to}T12:00:00`).getTime() - new Date(`${ref}T12:00:00`).getTime()) / 86_400_000;
			return { from: next, to, confidence: Math.min(confidence, from === to ? 0.75 : days <= 62 ? 0.7 : 0.6), bound };
		}
		// "has rung every day since 1932", "had been stuck since Thursday": a state from then on, which may
		// not have ended: it comes after what ended before it began, and before nothing.
		if (bound === 'since') return ref && ref >= from ? { from, to: OPEN_END, confidence: Math.min(confidence, 0.75), bound } : undefined;
		return { from, to, confidence, ...(clock && !/^(?:before|after|shortly)\b/.test(w) ? { clock } : {}) };
	};
	// A night runs into the next day: "spent last night in a sports hall" is not before this morning's visit.
	if (t.date && /\b(?:night|overnight|tonight)\b/.test(w) && !t.clock) {
		const v = finish(t.date, addDays(t.date, 1), t.confidence);
		return v && !v.bound ? { ...v, night: true } : v;
	}
	// "a year earlier" after "last year": the year the offset counts to.
	if (t.kind === 'offset' && t.year !== undefined) return finish(`${t.year}-01-01`, `${t.year}-12-31`, 0.75);
	if (t.date) return finish(t.date, t.date, t.confidence, t.clock);
	if (!reference) return undefined;
	const refY = reference.getFullYear();
	const refM = reference.getMonth() + 1;
	// "in the year to April", "the six months to June 30": the months that end with the one named.
	const toEnd = /\b(?:the )?(?:(year|quarter|half)|(\w+) months?)\s+(?:to|ending|ended|through)\s+(january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+\d{1,2})?(?:,?\s+((?:19|20)\d{2}))?\b/.exec(w);
	if (toEnd) {
		const span = toEnd[1] === 'year' ? 12 : toEnd[1] === 'quarter' ? 3 : toEnd[1] === 'half' ? 6 : ({ two: 2, three: 3, four: 4, five: 5, six: 6, nine: 9, twelve: 12, eighteen: 18 } as Record<string, number>)[toEnd[2]!] ?? Number(toEnd[2]);
		if (!Number.isInteger(span) || span < 1 || span > 36) return undefined;
		const m = MONTHS.indexOf(toEnd[3]!) + 1;
		const y = toEnd[4] ? Number(toEnd[4]) : m <= refM || future ? refY : refY - 1;
		const [fy, fm] = addMonths(y, m, 1 - span);
		return finish(monthBounds(fy, fm).from, monthBounds(y, m).to, toEnd[4] ? 0.8 : 0.75);
	}
	if (/\b(?:years?|months?|weeks?|quarter|half|period)\s+(?:to|ending|ended|through)\b/.test(w)) return undefined;
	const years = [...w.matchAll(/\b(19|20)\d{2}\b/g)].map((m) => Number(m[0]));
	// A month or season written as a modifier ("the April document", "the worst winter") dates no event.
	if (!years.length && !PREPOSED.test(w)) return undefined;
	const week = /\b(last|next|this) week\b/.exec(w);
	if (week && !/\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/.test(w)) {
		const monday = mondayOf(reference);
		const shift = week[1] === 'last' ? -7 : week[1] === 'next' ? 7 : 0;
		return finish(addDays(monday, shift), addDays(monday, shift + 6), 0.8);
	}
	// "by the weekend", "this weekend", "last weekend": the Saturday and Sunday ahead of the reference day, or
	// the last ones when the clause is past.
	const weekend = /\b(?:(last|next|this)|the) weekend\b/.exec(w);
	if (weekend) {
		const saturday = addDays(mondayOf(reference), 5);
		const ahead = weekend[1] === 'next' || (weekend[1] !== 'last' && future);
		const base = ahead ? (saturday >= iso(reference) || addDays(saturday, 1) === iso(reference) ? saturday : addDays(saturday, 7)) : saturday <= iso(reference) ? saturday : addDays(saturday, -7);
		const from = weekend[1] === 'next' ? addDays(base, 7) : weekend[1] === 'last' && base >= iso(reference) ? addDays(base, -7) : base;
		return finish(from, addDays(from, 1), 0.75);
	}
	const rel = /\b(last|next|this) (month|year)\b/.exec(w);
	if (rel) {
		const shift = rel[1] === 'last' ? -1 : rel[1] === 'next' ? 1 : 0;
		if (rel[2] === 'year') return finish(`${refY + shift}-01-01`, `${refY + shift}-12-31`, 0.8);
		const [y, m] = addMonths(refY, refM, shift);
		const b = monthBounds(y, m);
		return finish(b.from, b.to, 0.8);
	}
	const season = Object.keys(SEASONS).find((s) => new RegExp(`\\b${s}\\b`).test(w));
	if (season) {
		const [a, b] = SEASONS[season]!;
		let y = years[0];
		// "winter of 2022" starts in December 2022; "last winter" is the latest one that has ended, "next" the first to come.
		if (y === undefined) {
			const endsBy = (yy: number) => (b > 12 ? (yy + 1) * 12 + (b - 12) : yy * 12 + b);
			const startsAt = (yy: number) => yy * 12 + a;
			const now = refY * 12 + refM;
			if (/\blast\b/.test(w)) for (y = refY; endsBy(y) >= now; y--);
			else if (/\bnext\b/.test(w)) for (y = refY - 1; startsAt(y) <= now; y++);
			else return undefined;
		}
		const last = b > 12 ? monthBounds(y + 1, b - 12) : monthBounds(y, b);
		return finish(`${y}-${pad(a)}-01`, last.to, years.length ? 0.8 : 0.75);
	}
	const monthNames = MONTHS.map((m, i) => ({ i: i + 1, at: w.search(new RegExp(`\\b${m}\\b`)) })).filter((m) => m.at >= 0).sort((a, b) => a.at - b.at);
	if (monthNames.length === 1 && years.length <= 1) {
		const m = monthNames[0]!.i;
		let y = years[0] ?? t.year ?? refY;
		if (!years.length && t.year === undefined) {
			if (future && m < refM) y = refY + 1;
			if (!future && m > refM) y = refY - 1;
		}
		// "early May", "late May": parts of the month.
		const b = monthBounds(y, m);
		const part = /\bearly\b/.test(w) ? { from: b.from, to: `${b.from.slice(0, 8)}10` } : /\blate\b/.test(w) ? { from: `${b.from.slice(0, 8)}21`, to: b.to } : b;
		return finish(part.from, part.to, years.length || t.year !== undefined ? 0.85 : 0.75);
	}
	// "between March and June 2024", "between March and June": one span; a year written once serves both months.
	if (monthNames.length === 2 && years.length <= 1 && /^(?:between|from)\b/.test(w)) {
		const [a, b] = [monthNames[0]!.i, monthNames[1]!.i];
		let y2 = years[0] ?? refY;
		if (!years.length && !future && b > refM) y2 = refY - 1;
		if (!years.length && future && a < refM) y2 = refY + 1;
		const y1 = a <= b ? y2 : y2 - 1;
		return finish(monthBounds(y1, a).from, monthBounds(y2, b).to, years.length ? 0.8 : 0.7);
	}
	if (monthNames.length === 2 && years.length === 2) {
		return finish(monthBounds(years[0]!, monthNames[0]!.i).from, monthBounds(years[1]!, monthNames[1]!.i).to, 0.8);
	}
	if (monthNames.length === 0 && years.length >= 1 && t.kind === 'year') {
		const a = Math.min(...years);
		const b = Math.max(...years);
		if (/^(?:from|until|before|after)\b/.test(w)) return undefined;
		return finish(`${a}-01-01`, `${b}-12-31`, 0.8);
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
	/** Each unit's clauses, split once and read by the time, cue and "then" rules. */
	const unitClauses = units.map((u) => clausesOf(text, u, times));
	/** `sharesTense`: the clause continues one whose verb it shares ("will fly on Thursday and [sign] on Friday"). */
	const eventAt = (span: Span, sentence: number, rule: string, confidence: number, sharesTense?: Span): number => {
		const existing = events.findIndex((e) => e.start < span.end && span.start < e.end);
		if (existing !== -1) return existing;
		const words = text.slice(span.start, span.end);
		const inside = times.filter((t) => t.start >= span.start && t.end <= span.end);
		const future = FUTURE.test(words) || (sentence < 0 && headlineFuture(words)) || (!!sharesTense && !VERBISH.test(words) && FUTURE.test(text.slice(sharesTense.start, sharesTense.end)));
		// Each time expression looks back or forward with the verb nearest it ("pleaded guilty in January and will be sentenced").
		const datings = inside
			.filter((t) => t.kind !== 'duration' && t.kind !== 'relative' && !/\b(?:into|until|till|through)\s+$/i.test(text.slice(Math.max(0, t.start - 8), t.start)))
			.map((t) => {
				// "by Friday" is a deadline, ahead unless the clause is in the past perfect or the time words were
				// dated back already ("By Saturday evening the gauge showed …").
				const deadline = /^by\b/i.test(t.text) && !/\bhad\b/.test(words) && !(t.date && reference && t.date <= iso(reference));
				const tense = tenseNear(words, t.start - span.start, t.end - span.start);
				const ahead = deadline || (tense ?? future);
				// Only a verb read as past or future can contradict the date; a present ("takes office on
				// November 17") may tell a plan.
				let v = intervalOf(t, reference, ahead);
				// "By Saturday evening the gauge showed 4.2 metres": a past state told as it stood on that day is
				// that day's. The past perfect ("By Wednesday evening 11 ships had changed course") may have happened
				// on any day up to it, and stays a bound.
				if (v?.bound === 'by' && !ahead && t.date && v.to === t.date && !/\bhad\b/.test(words)) v = { from: t.date, to: t.date, confidence: v.confidence, ...(t.clock ? { clock: t.clock } : {}) };
				return { t, ahead, told: deadline ? true : tense ?? (future ? true : undefined), v };
			})
			.filter((d): d is { t: TimeMention; ahead: boolean; told: boolean | undefined; v: Interval } => !!d.v);
		// Two datings that disagree in one clause belong to two events it tells: neither dates the clause
		// surely. A dating after the reference day told in the past tense ("expected costs to ease next
		// year") is the date of something the clause mentions, not of the clause's own event.
		const refDay = reference ? iso(reference) : undefined;
		const own = datings[0]?.v;
		if (own) {
			own.time = datings[0]!.t;
			if (datings.some((d) => d.v.from !== own.from || d.v.to !== own.to)) own.confidence = Math.min(own.confidence, 0.6);
			// A condition ("would appoint a mediator if there was no progress by Friday") may never happen, and
			// "now" puts the clause on the reference day, whatever other date it names.
			if (/\bif\b|\bunless\b/i.test(words) || (/\bnow\b/i.test(words) && own.from !== refDay)) own.confidence = Math.min(own.confidence, 0.6);
			// "Turnout was 41%, up from 29% at the election in 2021", "against a forecast issued in March": the
			// time dates the baseline of a comparison, not the clause's event.
			if (/\b(?:up|down) from\b|\bcompared (?:with|to)\b|\bagainst\b|\bthan\b/i.test(text.slice(span.start, datings[0]!.t.start))) own.confidence = Math.min(own.confidence, 0.6);
			// "Asked what he would do on Monday": the time dates the question's content, not the asking.
			if (/\b(?:what|whether|how|why|where)\b/i.test(text.slice(span.start, datings[0]!.t.start))) own.confidence = Math.min(own.confidence, 0.6);
			// "they should have told us in October": a modal perfect tells what did not happen, so dates no event.
			if (/\b(?:should|could|would|might|must|ought to)(?: not|n[’']t)? have\s+(?!been\s+(?:due|expected|set|scheduled)\b)[a-z]+/i.test(text.slice(span.start, datings[0]!.t.start))) own.confidence = Math.min(own.confidence, 0.6);
			if (refDay && own.bound !== 'by' && ((datings[0]!.told === false && own.from > refDay) || (datings[0]!.told === true && own.to < refDay))) own.confidence = Math.min(own.confidence, 0.6);
		}
		const dated = own;
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

	for (const [ui, u] of units.entries()) {
		const clauses = unitClauses[ui]!;
		// Clauses with a time expression are events.
		for (const c of clauses) {
			const inside = times.filter((t) => t.start >= c.start && t.end <= c.end && t.kind !== 'duration' && t.kind !== 'relative');
			// A clause that tells two dated things ("will travel on Wednesday and undergo a medical on
			// Thursday") is two events: split at the last "and" or comma before each later time.
			// Happenings named by a noun with their own time become events of their own, first.
			for (const t of inside) {
				const np = NAMED_EVENT.exec(text.slice(Math.max(c.start, t.start - 120), t.start));
				// The time must read as the noun's own: "in 2021", "on Tuesday", "dated April 14", not "this year".
				if (!np || !(/^(?:in|on|at|during)\b/i.test(t.text) || /(?:issued|published|dated|held|released|made|signed|announced|filed|called|staged)\s+$/.test(np[1]!))) continue;
				const start = t.start - np[1]!.length;
				if (start >= c.start) eventAt({ start, end: t.end }, u.sentence, 'noun-with-time', 0.7);
			}
			const parts: Span[] = [];
			let from = c.start;
			for (const [k, t] of inside.slice(1).entries()) {
				// "between March 2024 and June 2025", "from Monday to Wednesday": the two ends of one span, one event.
				const prev = inside[k]!;
				const opensSpan = /^(?:between|from)\b/i.test(prev.text) || /\b(?:between|from)\s+$/i.test(text.slice(Math.max(c.start, prev.start - 10), prev.start));
				if (opensSpan && /^\s+(?:and|to|until|till|through)\s+$/i.test(text.slice(prev.end, t.start))) continue;
				const gap = text.slice(from, t.start);
				const joins = [...gap.matchAll(/,\s+(?:and\s+|but\s+)?|\s+(?:and|but)\s+/g)].filter((m) => from + m.index >= (inside.find((x) => x.start >= from)?.end ?? from));
				const last = joins.pop();
				if (!last) continue;
				parts.push({ start: from, end: from + last.index });
				from = from + last.index + last[0].length;
			}
			parts.push({ start: from, end: c.end });
			// A part that runs out of a quotation into its attribution ('again on Monday," said Cole') ends at the mark.
			for (const p of parts) {
				const close = /[,.!?]?["”](?=\s+[a-z]+\s|\s+[A-Z])/.exec(text.slice(p.start, p.end));
				if (close && close.index > 0 && !/["“]/.test(text.slice(p.start, p.start + close.index))) p.end = p.start + close.index;
			}
			parts.forEach((p, i) => {
				const has = times.some((t) => t.start >= p.start && t.end <= p.end && t.kind !== 'duration');
				const words = text.slice(p.start, p.end);
				// A later part shares the verb's tense with the first: "… fly on Thursday and [sign] on Friday".
				const verb = VERBISH.test(words) || (i > 0 && VERBISH.test(text.slice(parts[0]!.start, parts[0]!.end)) && /^[a-z]+\b/.test(words) && !/^(?:the|a|an|its|their|his|her|this|that|these|those|some|all|most)\b/.test(words));
				if (has && p.end - p.start >= 6 && verb) eventAt(p, u.sentence, 'clause-with-time', 0.7, i > 0 ? parts[0] : undefined);
			});
		}
		// "X after Y" / "X before Y" inside a sentence.
		const words = text.slice(u.start, u.end);
		for (const m of words.matchAll(/\s(after|before|following|ahead of|until|once)\s+/gi)) {
			const cueAt = u.start + m.index + 1;
			// "shortly before 5 a.m. on Friday" dates its clause; it does not join two clauses.
			// So does "shortly after 11 p.m."; but "a week before the report" ends at the cue, which joins.
			if (times.some((t) => t.start <= cueAt && cueAt + m[1]!.length < t.end)) continue;
			const left = clauses.filter((c) => c.end <= cueAt && !(c.start <= cueAt && cueAt < c.end)).pop();
			const right = clauses.find((c) => c.start <= cueAt + m[1]!.length && cueAt < c.end) ?? clauses.find((c) => c.start >= cueAt);
			if (!left || !right) continue;
			const rightWords = text.slice(right.start, right.end);
			const leftWords = text.slice(left.start, left.end);
			// Both sides must read as happenings: a verb each ("after the vote" has none: no event to order), and
			// the attribution after a closing quotation mark ("before me," he said) is not the clause's verb.
			// "before recovering some ground", "after winning the vote": a gerund right after the cue is a happening.
			const gerund = /^(?:after|before|following)\s+(?!(?:morning|evening|nothing|anything|something|everything|during|adding|saying|telling|noting|insisting|explaining|warning|asking)\b)[a-z]{2,}ing\b/i.test(text.slice(cueAt, cueAt + 30)) && right.start <= cueAt;
			if ((!gerund && !finite(rightWords.split(/["”’](?=\s|$)/)[0]!)) || !finite(leftWords)) continue;
			if (m[1]!.toLowerCase() === 'until' || m[1]!.toLowerCase() === 'once') continue;
			// An order denied, doubted, asked about or negated is not told as what happened ("denies talks began
			// before Roos was sacked", "asked whether … before …", "did not leave before the vote"): it orders nothing.
			// Only the words since the last verb of saying count: "rejected the claim, saying the letter came after
			// the alarm was off" tells that order as the speaker's own.
			const lead = text.slice(u.start, cueAt);
			const scope = lead.slice(Math.max(0, ...[...lead.matchAll(/\b(?:said|says|saying|told|tells|adding|added)\b/gi)].map((r) => r.index + r[0].length)));
			if (/\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|disput(?:e|es|ed|ing)|whether|if|unless|not|never)\b|n[’']t\b/i.test(scope)) continue;
			// Where a side already holds events (a clause split in two), the one nearest the cue takes part.
			const nearest = (side: Span, last: boolean) => {
				const inside = events.map((e, i) => ({ e, i })).filter(({ e }) => e.start >= side.start && e.end <= side.end);
				return inside.length ? (last ? inside.reduce((x, y) => (y.e.end > x.e.end ? y : x)) : inside.reduce((x, y) => (y.e.start < x.e.start ? y : x))).i : undefined;
			};
			const a = nearest(left, true) ?? eventAt(left, u.sentence, 'cue-clause', 0.7);
			const b = nearest(right, false) ?? eventAt(right, u.sentence, 'cue-clause', 0.7);
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
	// "Three days later", "the previous day", "later that night": placed against the event dated just before
	// (in its sentence or the two before), which it follows or precedes; an offset in days dates it too.
	const NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
	events.forEach((e, i) => {
		if (e.sentence < 0) return;
		for (const t of e.times) {
			const m = /^(?:(?:(?:about|some|just|nearly|almost|roughly|around|only|barely) )?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+) (minute|hour|day|week)s? (later|earlier)|the (previous|following|next) (day|morning|evening|night)|(later|earlier) that (?:day|morning|afternoon|evening|night))$/i.exec(t.text);
			if (!m) continue;
			const later = /later|following|next/i.test(m[3] ?? m[4] ?? m[6] ?? '');
			const days = m[2] ? (/^(?:minute|hour)$/i.test(m[2]) ? 0 : (NUMBERS[m[1]!.toLowerCase()] ?? Number(m[1])) * (m[2].toLowerCase() === 'week' ? 7 : 1)) : m[4] ? 1 : 0;
			const candidates = events
				.map((a, j) => ({ a, j }))
				.filter(({ a, j }) => j !== i && a.start < t.start && a.sentence >= 0 && e.sentence - a.sentence <= 2 && a.interval && a.interval.from === a.interval.to && a.interval.confidence >= DATED_MIN)
				// Where the times were placed already ("the previous day" with no day before it in its paragraph is
				// the day before the story's), the anchor is the event on the day the offset counts from.
				.filter(({ a }) => !t.date || a.interval!.from === addDays(t.date, later ? -days : days));
			// A day before ("the previous evening") precedes every event of the day it counts from: the first told
			// of them is the one the narrative hangs on. An offset after follows the last told.
			const anchor = later || !t.date || !days ? candidates.pop() : candidates.find(({ a }) => a.interval!.from === candidates[candidates.length - 1]!.a.interval!.from);
			if (!anchor) return;
			if (!e.interval && days) {
				const when = addDays(anchor.a.interval!.from, later ? days : -days);
				e.interval = { from: when, to: when, confidence: 0.7, time: t };
			}
			relations.push({
				before: later ? anchor.j : i,
				after: later ? i : anchor.j,
				cue: t,
				reason: `"${t.text}": placed ${later ? 'after' : 'before'} "${short(anchor.a.text)}"`,
				rule: later ? 'cue-later' : 'cue-earlier',
				confidence: 0.75
			});
			return;
		}
	});
	// "… and then admitted", ", then": the clause before happened first.
	for (const [ui, u] of units.entries()) {
		const clauses = unitClauses[ui]!;
		clauses.forEach((c, k) => {
			if (k === 0 || !/^(?:and\s+)?then\s+[a-z]/i.test(text.slice(c.start, c.end))) return;
			// The clause before, passing over an aside ("…, as it has every day since 1932, and then …").
			const prev = clauses
				.slice(0, k)
				.reverse()
				.find((p) => finite(text.slice(p.start, p.end)) && !/^(?:as|which|who|whom|where|when|while|because|although|though|if|unless)\b/i.test(text.slice(p.start, p.end)));
			if (!prev) return;
			const a = eventAt(prev, u.sentence, 'cue-clause', 0.7);
			const b = eventAt(c, u.sentence, 'cue-clause', 0.7);
			if (a === b) return;
			const at = c.start + text.slice(c.start, c.end).search(/then/i);
			relations.push({ before: a, after: b, cue: { start: at, end: at + 4 }, reason: '"then": the second clause happened next', rule: 'cue-then', confidence: 0.8 });
		});
	}
	// The pluperfect against its simple past: "Petrie said 114 ballot papers had been rejected", "told a
	// news conference that the system had worked", "had already left the building when the break-in was
	// discovered". The past perfect is earlier than the past it is told against.
	for (const u of units) {
		if (u.sentence < 0) continue;
		const words = text.slice(u.start, u.end);
		for (const m of words.matchAll(PLUPERFECT)) {
			const hadAt = m.index + m[0].search(/\bhad\b/);
			if (/^(?:not|never|no|n[’']t)\b/i.test(m[2] ?? '')) continue;
			// The simple past it is told against: a reporting verb before it ("said [that] X had …") …
			const left = words.slice(0, hadAt);
			const frame = REPORT_BEFORE.exec(left);
			// … or a "when" clause right after it ("had already left when the break-in was discovered").
			const rest = words.slice(hadAt);
			const end = hadAt + (rest.search(PLUPERFECT_END) === -1 ? rest.length : rest.search(PLUPERFECT_END));
			const when = /^\s+when\s+(?!asked\b)([^,;:.]+)/i.exec(words.slice(end));
			if (!frame && when && (!finite(when[1]!) || /\b(?:will|would|is|are|has|have)\b/i.test(when[1]!))) continue;
			let before: Span;
			let after: Span;
			if (frame) {
				const subjectAt = frame.index + frame[0].length;
				const subject = words.slice(subjectAt, hadAt);
				// The words between the frame and "had" are the complement's subject: short, with no verb of their own.
				if (subject.split(/\s+/).filter(Boolean).length > 10 || finite(subject) || /[;:]/.test(subject)) continue;
				if (/\b(?:denied|rejected|dismissed|disputed|asked|wondered|whether|if|as though|as if|when|how|why|what)\b/i.test(frame[0]) || /\b(?:whether|if|as though|as if|when|how|why|what|no)\b/i.test(subject)) continue;
				const openAt = Math.max(0, ...[...left.slice(0, frame.index + frame[1]!.length).matchAll(/[;:]\s+|,\s+(?:and|but)\s+|[.!?]["”]?\s+|["”],?\s+/g)].map((b) => b.index + b[0].length));
				before = { start: u.start + subjectAt, end: u.start + end };
				after = { start: u.start + openAt, end: u.start + frame.index + frame[1]!.length };
			} else if (when) {
				const clauseAt = Math.max(0, ...[...left.matchAll(/[;:]\s+|,\s+(?:and|but)\s+|,\s+/g)].map((b) => b.index + b[0].length));
				const w = end + when.index + when[0].indexOf(when[1]!);
				before = { start: u.start + clauseAt, end: u.start + end };
				after = { start: u.start + w, end: u.start + w + when[1]!.trimEnd().length };
			} else continue;
			while (/[\s,"“”]/.test(text[before.end - 1] ?? '')) before.end--;
			if (before.end - before.start < 6 || after.end - after.start < 4) continue;
			// A clause already read as one event that holds both is split: the complement keeps its dating.
			// With "when", the event read before holds the pluperfect and its "when" clause: the "when" clause keeps it.
			// An event read before that runs from the frame into the complement ends the complement where it ends.
			const into = frame ? events.find((e) => e.start <= after.start && e.end > before.start + 6 && e.end < before.end) : undefined;
			if (into) before.end = into.end;
			const whole = frame
				? events.findIndex((e) => e.start <= after.start && e.end >= before.end && e.start < before.start)
				: events.findIndex((e) => e.start <= before.start && e.end >= after.end && e.end > before.end);
			if (whole !== -1) {
				const e = events[whole]!;
				const keep = frame ? before : after;
				if (e.interval && !(e.interval.time && e.interval.time.start >= keep.start)) continue;
				e.start = keep.start;
				e.end = frame ? e.end : Math.max(keep.end, e.interval?.time?.end ?? keep.end);
				e.text = text.slice(e.start, e.end);
				e.times = e.times.filter((t) => t.start >= e.start && t.end <= e.end);
			}
			const a = eventAt(before, u.sentence, 'pluperfect', 0.75);
			const b = eventAt(after, u.sentence, 'pluperfect', 0.75);
			if (a === b) continue;
			// Only a side that really is this clause: an overlapping event read before must start at the complement.
			if (Math.abs(events[a]!.start - before.start) > 3 || events[b]!.end < after.end - 3 || events[b]!.start > after.end) continue;
			if (relations.some((r) => (r.before === a && r.after === b) || (r.before === b && r.after === a))) continue;
			relations.push({
				before: a,
				after: b,
				cue: { start: u.start + hadAt, end: u.start + hadAt + 3 },
				reason: `"had …": the past perfect happened before "${short(text.slice(after.start, after.end))}"`,
				rule: 'pluperfect',
				confidence: 0.75
			});
		}
	}
	// Dated events in calendar order, where their intervals do not overlap (or, on one day, their clock
	// times differ). Only datings sure enough order events: a pair is as sure as its weaker dating, and a
	// pair below DATED_MIN stays unordered rather than risk teaching a false order.
	// Times inside a quotation count from the reference day too: a speaker quoted in the story speaks on
	// or about it ("My buyer asked me yesterday").
	const dated = events
		.map((e, i) => ({ e, i, v: e.interval! }))
		.filter((x) => x.v && x.v.confidence >= DATED_MIN);
	const lt = (a: (typeof dated)[number], b: (typeof dated)[number]) =>
		a.v.to < b.v.from ||
		((a.v.from === a.v.to || a.v.bound === 'until') && b.v.from === b.v.to && a.v.to === b.v.from && !!a.v.clock && !!b.v.clock && a.v.clock < b.v.clock) ||
		// A night is over by the afternoon of the day it runs into.
		(!!a.v.night && b.v.from === b.v.to && a.v.to === b.v.from && !!b.v.clock && b.v.clock >= '12:00');
	// Keep the transitive reduction (no pair that a third event already links), so each relation is one
	// step a learner can check. `later[a]` and `earlier[b]` are bit sets over `dated`, so the test for a
	// third event is one AND per 32 events (a long story can date hundreds of events).
	const words = Math.ceil(dated.length / 32);
	const later = dated.map(() => new Uint32Array(words));
	const earlier = dated.map(() => new Uint32Array(words));
	dated.forEach((a, i) =>
		dated.forEach((b, j) => {
			if (i === j || !lt(a, b)) return;
			later[i]![j >> 5]! |= 1 << (j & 31);
			earlier[j]![i >> 5]! |= 1 << (i & 31);
		})
	);
	const linked = new Set(relations.map((r) => pairKey(r.before, r.after)));
	dated.forEach((a, i) =>
		dated.forEach((b, j) => {
			if (relations.length >= MAX_RELATIONS) return;
			if (!(later[i]![j >> 5]! & (1 << (j & 31)))) return;
			if (later[i]!.some((w, k) => (w & earlier[j]![k]!) !== 0)) return;
			if (linked.has(pairKey(a.i, b.i))) return;
			const ta = a.v.time ?? a.e.times[0]!;
			const tb = b.v.time ?? b.e.times[0]!;
			const days = a.v.from === a.v.to && b.v.from === b.v.to;
			relations.push({
				before: a.i,
				after: b.i,
				cue: tb,
				reason: `"${ta.text}" (${describe(a.v)}) comes before "${tb.text}" (${describe(b.v)})`,
				rule: days ? 'dates' : 'dates-span',
				confidence: Math.min(a.v.confidence, b.v.confidence)
			});
		})
	);
	return { events, relations: dropCycles(relations) };
}

function short(words: string): string {
	return words.length > 60 ? `${words.slice(0, 57)}…` : words;
}

function describe(i: Interval): string {
	const day = i.from === i.to ? `${i.from}${i.clock ? ` ${i.clock}` : ''}` : i.from === OPEN ? `by ${i.to}` : `${i.from} to ${i.to}`;
	return i.bound === 'since' ? `since ${i.from}` : day;
}

/**
 * Enough relations for any story a module can hold (a module keeps at most 500); a story that dates hundreds
 * of events to a few days would otherwise pair every event of one day with every event of the next.
 */
const MAX_RELATIONS = 2_000;

/** The same key for a pair of events whichever way round it is ordered. */
function pairKey(a: number, b: number): string {
	return a < b ? `${a} ${b}` : `${b} ${a}`;
}

/**
 * Keeps the relations in order of confidence, dropping any that would close a circle or that the kept ones
 * already imply. `reach[x]` is the bit set of events x reaches through the relations kept so far (x
 * included), updated as each is kept, so each test is one lookup however many relations a story has.
 */
function dropCycles(relations: RelationMention[]): RelationMention[] {
	const row = new Map<number, number>();
	for (const r of relations) for (const e of [r.before, r.after]) if (!row.has(e)) row.set(e, row.size);
	const words = Math.ceil(row.size / 32);
	const reach = [...row.values()].map((x) => {
		const bits = new Uint32Array(words);
		bits[x >> 5] = 1 << (x & 31);
		return bits;
	});
	const reaches = (x: number, y: number) => (reach[x]![y >> 5]! & (1 << (y & 31))) !== 0;
	const kept: RelationMention[] = [];
	for (const r of [...relations].sort((a, b) => b.confidence - a.confidence)) {
		const a = row.get(r.before)!;
		const b = row.get(r.after)!;
		if (reaches(b, a) || reaches(a, b)) continue;
		kept.push(r);
		// Everything that reached `a` now reaches all that `b` reaches.
		for (const bits of reach) {
			if (!(bits[a >> 5]! & (1 << (a & 31)))) continue;
			reach[b]!.forEach((w, k) => (bits[k]! |= w));
		}
	}
	return kept;
}
