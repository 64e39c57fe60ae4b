/**
 * Time expressions: dates, days, times, durations and relative words, resolved to calendar dates with
 * chrono against the reference day (the dateline's date, else the publication date) where the text
 * allows, and left unresolved with a reason where it does not. Whether a bare weekday or month points
 * forward or back is chosen per clause, from its tense and wording.
 */
import * as chrono from 'chrono-node';
import type { Span } from './layout';

export type TimeMention = Span & {
	text: string;
	/** `YYYY-MM-DD` when the words fix a calendar day. */
	date?: string;
	/** How the date was fixed, or why it could not be. */
	reason: string;
	/** The words name a time of day ("at 10:30"): `HH:MM`. */
	clock?: string;
	kind: 'date' | 'weekday' | 'relative-day' | 'month' | 'year' | 'clock' | 'duration' | 'relative' | 'period';
	/** A month written without its year takes the year of the month it is coordinated with ("in January and again in June 2022"). */
	year?: number;
	/** The clause points to the future ("will", "next", "is due to"). */
	future: boolean;
	confidence: number;
};

const WEEKDAY = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b/;
const FUTURE = /(?<!\bhad been\s)\b(?:will|shall|'ll|is to|are to|is due|are due|due to|(?<!\b(?:a|the|its|their|his|her|our)\s)plans? to|planned to|is planned|are planned|expected to|expects? (?!that\b)|forecasts? (?!that\b)|predicts? |hopes to|aims to|intends to|is scheduled|are scheduled|scheduled to|is set to|are set to|is going to|are going to|likely to|next|upcoming|coming|takes? effect)\b|\bwould\b(?![^,.;]*\bhave\b)/i;
/**
 * A plan or expectation told in the past ("was due to", "were expected to", "planned to", "said … would"):
 * the future seen from a past moment, which in news copy still lies ahead of the reference day. Not when
 * the plan is itself in the pluperfect ("had been due to be reconnected on Tuesday"): that one has passed.
 */
const FUTURE_IN_PAST = /\b(?:was|were)\s+(?:(?:due|expected|likely|set|scheduled|planned|going|about)\s+to|to)\b|(?<!\bhad\s)\bplanned to\b|\bwould\b/gi;

/** A headline's future: "Council to shut library on Friday" (capitalised words, then "to" and a verb). */
export const HEADLINE_FUTURE = /^(?:[A-Z][\w'’.-]*\s+){1,3}to\s+(?!be\b)[a-z]{3,}\b/;
/**
 * A headline or standfirst clause in the future: headline English drops "will" for "to" ("Schools to close
 * on Thursday", "Trains cut and schools to close on Thursday"), so an infinitive with no past verb is a plan.
 */
export function headlineFuture(words: string): boolean {
	return HEADLINE_FUTURE.test(words) || (/\bto\s+(?!be\b)[a-z]{3,}\b/.test(words) && !/\b(?:was|were|had|did|said|told|says)\b|\b[a-z]{3,}ed\s+to\b/i.test(words));
}

/** Words chrono does not date: they order events, or name a span, but fix no day by themselves. */
const UNANCHORED = new RegExp(
	[
		'\\b(?:(?:a |one |two |three |several |a few |some )?(?:days?|weeks?|months?|years?|hours?|minutes?) (?:later|earlier|before|after|afterwards))\\b',
		'\\b(?:the (?:previous|following|next|same) (?:day|week|month|year|morning|evening|night))\\b',
		'\\b(?:later(?: that| this| in the)? (?:day|week|month|year|morning|evening|night)|earlier(?: that| this| in the)? (?:day|week|month|year|morning|evening|night))\\b',
		'\\b(?:later|earlier|recently|afterwards|previously|since then|at the time|in recent (?:days|weeks|months|years)|meanwhile|overnight|soon|shortly)\\b'
	].join('|'),
	'gi'
);
const DURATION = /\b(?:for|over|within|during|in the past|in the last|for the past|for the last)\s+(?:(?:about|nearly|almost|more than|some|the)\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|few)\s+(?:(?:more|full|straight|consecutive)\s+)?(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?)\b/gi;

const NUM_WORD = '\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|few|just under \\w+|under \\w+|about \\w+';
const BARE_AMOUNT = new RegExp(`^(?:${NUM_WORD}) (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)$`, 'i');
const PERIOD = /\b(?:(?:in )?(?:early|late|mid-?) ?(?:January|February|March|April|May|June|July|August|September|October|November|December)|(?:last|this|next) (?:season|decade|century|quarter)|on polling day|before dawn|at dawn|in (?:early|late) trading|in the (?:first|second) half of (?:the|this|last) year|(?:for )?the rest of (?:19|20)\d{2})\b/gi;
const SEASON = /\b(?:(?:in|during|by|since|until|over) )?(?:(?:the|last|next|this|early|late) )*(?:spring|summer|autumn|fall|winter)(?: (?:of )?(?:19|20)\d{2})?\b/gi;
const YEARS = /\b(?:in|from|since|until|by|before|after|between|during|through) (?:(?:early|late|mid-) ?)?(?:19|20)\d{2}(?:(?: and| to|–|-) ?(?:19|20)\d{2})?\b(?!,\d)/gi;

/** A local date as `YYYY-MM-DD`. */
export function iso(d: Date): string {
	return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const DAY_MS = 86_400_000;
/** The day `n` days after `day` (`YYYY-MM-DD`; `n` may be negative), counted from its local noon. */
export function addDays(day: string, n: number): string {
	return iso(new Date(new Date(`${day}T12:00:00`).getTime() + n * DAY_MS));
}
/** The Monday that begins the week of `reference`, as `YYYY-MM-DD`. */
export function mondayOf(reference: Date): string {
	return addDays(iso(reference), -((reference.getDay() + 6) % 7));
}

/** Time expressions in a sentence, dated against `reference` (a local noon of the reference day). */
export function findTimes(text: string, sentence: Span, reference: Date | undefined, headline = false): TimeMention[] {
	const s = text.slice(sentence.start, sentence.end);
	const found: TimeMention[] = [];
	const clauses = splitClauses(s);
	const ref = reference ?? new Date(Date.UTC(2000, 0, 1, 12));
	for (const clause of clauses) {
		const words = s.slice(clause.start, clause.end);
		// A clause in the future ("will", "is due to", "next") looks forward; reported plans ("said … would") too.
		const future = (FUTURE.test(words) && !/\b(?:had|was|were|did|ago|last)\b/i.test(words.replace(/\bwould\b.*$/, '').replace(FUTURE_IN_PAST, ''))) || (clause.start === 0 && HEADLINE_FUTURE.test(words)) || (headline && headlineFuture(words));
		for (const r0 of chrono.parse(words, ref, { forwardDate: future })) {
			// The tense nearest the words decides: "pleaded guilty in January and will be sentenced" is past for January.
			// "by Friday" is a deadline: it looks forward unless the clause is in the past perfect.
			const deadline = /^by\s/i.test(r0.text) || /\bby\s$/i.test(words.slice(Math.max(0, r0.index - 3), r0.index));
			const near = (deadline && !/\bhad\b/.test(words)) || (headline && headlineFuture(words)) ? true : (tenseNear(words, r0.index, r0.index + r0.text.length) ?? future);
			const again = near === future ? undefined : chrono.parse(words.slice(r0.index), ref, { forwardDate: near })[0];
			const r = again && again.index === 0 && again.text === r0.text ? again : r0;
			const fwd = near;
			// A bare amount of time ("nine hours") is a figure, and "at night" or "the weekend" names no day.
			if (BARE_AMOUNT.test(r.text)) continue;
			if (/^(?:at |during the |over the |the |that )?(?:night|noon|midnight|morning|evening|afternoon|weekend|week|day)$/i.test(r.text) || /^this (?:weekend|day|night)$/i.test(r.text)) continue;
			// Bare numbers ("12 to 8", "at 10") are figures, not clock times, unless written as a time.
			if (!/[a-z]{3,}/i.test(r.text.replace(/\b(?:to|at|and|from|by)\b/gi, '')) && !/\d[:.]\d\d|[ap]\.?m\b/i.test(r.text)) continue;
			if (/^(?:now|fall|spring|right now|just now)$/.test(r.text)) continue;
			// "three days after", "the hours before": placed against another event, not the calendar.
			if (/\b(?:later|earlier|after|before)$/i.test(r.text) && !/\b(?:today|yesterday|tomorrow)\b/i.test(r.text)) continue;
			let start = sentence.start + clause.start + r0.index;
			// "the six months to June 30" ends a reporting period: no event happens on that day.
			if (/\b(?:months?|weeks?|year|quarter|period|days|half)\s+(?:to|ending|ended|through)\s+$/i.test(text.slice(Math.max(0, start - 25), start))) continue;
			let end = start + r.text.length;
			// The preposition that binds the words belongs to the expression: "on Monday", "by the end of October".
			const lead = /\b(?:by the|by|on|in|at|since|until|till|from|before|after|during|as of|through|early|late)\s+$/i.exec(text.slice(Math.max(sentence.start, start - 12), start));
			if (lead && !/^(?:on|in|at|from|by|since|until)\b/i.test(r.text)) start -= lead[0].length;
			while (/[\s,.]/.test(text[end - 1] ?? '')) end--;
			const known = r.start;
			const hasDay = known.isCertain('day') || known.isCertain('weekday');
			const hasMonth = known.isCertain('month');
			const hasYear = known.isCertain('year');
			const clockOnly = !hasDay && !hasMonth && known.isCertain('hour');
			const bareYear = hasYear && !hasMonth && !hasDay;
			const weekday = WEEKDAY.test(r.text);
			const relativeDay = /\b(?:today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening))\b/i.test(r.text);
			const isDuration = /^(?:for|over|within|during|in the (?:past|last|next)|for the (?:past|last|next)|after \S+ (?:years|months|weeks|days)|(?:past|last|next) \d+ \w+|in (?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?))\b/i.test(r.text) || /^(?:for|over)\s$/i.test(text.slice(start - 4, start).replace(/^.*?(for|over)\s$/i, '$1 '));
			const kind: TimeMention['kind'] = isDuration ? 'duration' : clockOnly
				? 'clock'
				: bareYear
					? 'year'
					: weekday
						? 'weekday'
						: relativeDay
							? 'relative-day'
							: !hasDay && hasMonth
								? 'month'
								: hasDay
									? 'date'
									: 'period';
			const clock = known.isCertain('hour')
				? `${String(known.get('hour')).padStart(2, '0')}:${String(known.get('minute') ?? 0).padStart(2, '0')}`
				: undefined;
			let date: string | undefined;
			let reason: string;
			// "on Monday last week", "Thursday next week": that weekday in the week before or after the reference day's.
			const inWeek = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:morning|afternoon|evening|night))? (last|next) week$/i.exec(text.slice(start, end));
			if (inWeek && reference) {
				const offset = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].indexOf(inWeek[1]!.toLowerCase());
				const when = addDays(mondayOf(ref), (inWeek[2]!.toLowerCase() === 'last' ? -7 : 7) + offset);
				found.push({ start, end, text: text.slice(start, end), date: when, reason: `${inWeek[1]} of the week ${inWeek[2]!.toLowerCase() === 'last' ? 'before' : 'after'} the week of ${iso(ref)}`, kind: 'weekday', future, confidence: 0.85 });
				continue;
			}
			const periodWord = /\b(?:week|month|year|weekend|end of|beginning of|start of|mid-|early|late)\b/i.test(r.text);
			if (!reference && !hasYear) reason = 'no publication date or dated dateline to count from';
			// "from 6 p.m. on Thursday until noon on Saturday" runs over several days: no single day.
			else if (r.end && (r.end.isCertain('day') || r.end.isCertain('weekday')) && (known.isCertain('day') || known.isCertain('weekday')) && iso(r.end.date()) !== iso(known.date())) reason = 'a span of days, not a day';
			else if ((hasDay || relativeDay) && !periodWord && !clockOnly) {
				let when = known.date();
				// chrono takes the nearest weekday either way; the tense says which side of the reference day.
				if (weekday && !relativeDay && !(hasMonth && known.isCertain('day')) && !/\b(?:next|last|this|coming)\b/i.test(r.text)) {
					const day = 86_400_000;
					const refNoon = new Date(ref.getFullYear(), ref.getMonth(), ref.getDate(), 12).getTime();
					const noon = new Date(when.getFullYear(), when.getMonth(), when.getDate(), 12).getTime();
					if (!fwd && noon > refNoon) when = new Date(noon - 7 * day);
					if (fwd && noon <= refNoon) when = new Date(noon + 7 * day);
					// "will fly on Tuesday and meet the pope on Thursday": a later weekday in a plan follows the one before.
					// Only a verb that shares the plan's subject and tense, in the same clause ("… and meet"), not a new "will".
					const prior = found.filter((f) => f.kind === 'weekday' && f.date && f.future === true && f.start >= sentence.start + clause.start).pop();
					const between = prior ? text.slice(prior.end, start) : '';
					if (fwd && prior && iso(when) <= prior.date! && /\band\b/.test(between) && !/\b(?:will|would|is|are|shall|was|were)\b|[;,]/.test(between)) when = new Date(when.getTime() + 7 * day);
				}
				date = iso(when);
				reason = weekday
					? `the ${fwd ? 'coming' : 'last'} ${r.text.match(WEEKDAY)![0]} counted from ${iso(ref)} (${fwd ? 'future' : 'past'} wording)`
					: relativeDay
						? `counted from ${iso(ref)}`
						: hasYear
							? 'the text gives the full date'
							: `the year of ${iso(ref)}${fwd ? ', looking forward' : ''}`;
			} else if (clockOnly) reason = 'a time of day, on a day the clause does not fix';
			else if (bareYear) reason = 'a year, not a day';
			else if (hasMonth) reason = 'a month or part of one, not a day';
			else reason = 'a span of time, not a day';
			found.push({
				start,
				end,
				text: text.slice(start, end),
				...(date ? { date } : {}),
				reason,
				...(clock ? { clock } : {}),
				kind,
				future,
				confidence: date ? (weekday ? 0.75 : 0.85) : 0.6
			});
		}
		for (const re of [SEASON, YEARS, PERIOD, UNANCHORED, DURATION]) {
			for (const m of words.matchAll(re)) {
				const start = sentence.start + clause.start + m.index;
				const end = start + m[0].length;
				if (found.some((f) => f.start < end && start < f.end)) continue;
				// A bare season word is a noun or a verb ("a profit fall", "the worst winter"), not a time.
				if (re === SEASON && /^(?:spring|summer|autumn|fall|winter)$/i.test(m[0])) continue;
				const isDuration = re === DURATION;
				found.push({
					start,
					end,
					text: m[0],
					reason: isDuration
						? 'a duration, not a day'
						: re === SEASON
							? 'a season, not a day'
							: re === PERIOD
								? 'a stretch of time the text does not pin to a day'
							: re === YEARS
								? 'a year or span of years, not a day'
								: 'placed relative to another event, not to the calendar',
					kind: isDuration ? 'duration' : re === SEASON || re === PERIOD ? 'period' : re === YEARS ? 'year' : 'relative',
					future,
					confidence: 0.6
				});
			}
		}
	}
	found.sort((a, b) => a.start - b.start);
	shareYears(text, found);
	return found;
}

const MONTH_RE = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/i;
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/**
 * "in January and again in June 2022", "between March and June 2024": a month with no year of its own,
 * coordinated with one that has a year, takes that year (the year before, if the month comes later in it).
 */
function shareYears(text: string, found: TimeMention[]): void {
	for (let i = found.length - 1; i >= 0; i--) {
		const t = found[i]!;
		const m = MONTH_RE.exec(t.text);
		if (!m || /\b(?:19|20)\d{2}\b/.test(t.text)) continue;
		// Both months inside one expression ("between March and June 2024").
		const inner = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b.*?\b(?:and|to|until|through)\b\s+(?:\w+\s+)?(January|February|March|April|May|June|July|August|September|October|November|December)\s+((?:19|20)\d{2})\b/i.exec(t.text);
		const next = found[i + 1];
		const between = next ? text.slice(t.end, next.start) : '';
		const yearOf = next && /^\s*,?\s*(?:and|or|to|until|through|[–-])\s+(?:(?:again|then|later|once more)\s+)?$/i.test(between) ? /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b(?:\s+\d{1,2},?)?\s+((?:19|20)\d{2})\b/i.exec(next.text) : inner ? [inner[0], inner[1], inner[2]] : null;
		if (!yearOf || (t.year !== undefined)) continue;
		const y = Number(yearOf[2]);
		t.year = MONTH_NAMES.indexOf(m[1]!.toLowerCase()) <= MONTH_NAMES.indexOf(yearOf[1]!.toLowerCase()) ? y : y - 1;
	}
}

const FUTURE_G = new RegExp(FUTURE.source, 'gi');
// A participle after "be" or "been" ("is due to be named") is not a past tense.
// Nor is a participle used as an adjective ("the revised start date"), nor "was" opening a plan ("was due to").
const PAST_G = /(?<!\b(?:be|been|being|the|a|an|its|their|his|her|our|this|that)\s)\b(?:was|were|had|did|said|told|took|began|went|came|met|fell|rose|[a-z]{3,}ed)\b(?!\s+to\b)(?!\s+(?:due|expected|likely|set|scheduled|planned|going|about)\s+to\b)/gi;
const REPORTING_AFTER = /^(?:said|told|added|stated|announced|confirmed|explained|claimed|insisted|warned)$/i;
/** The tense of the verb nearest a span of words, if one is near enough to tell. */
export function tenseNear(words: string, start: number, end: number): boolean | undefined {
	let best: { d: number; future: boolean } | undefined;
	// A time phrase follows its verb in English: the nearest verb before it in the same stretch of clause
	// ("pleaded guilty in January and will be sentenced") decides before a nearer one after it.
	let behind: { d: number; future: boolean } | undefined;
	for (const [re, future] of [[FUTURE_G, true], [PAST_G, false]] as const) {
		for (const m of words.matchAll(re)) {
			// A reporting verb after the time words ("…at 7 a.m. on Monday, the council said") dates the report, not them.
			if (m.index >= end && REPORTING_AFTER.test(m[0]) && /[,"”’]/.test(words.slice(Math.max(start, end - 2), m.index))) continue;
			const d = m.index < start ? start - (m.index + m[0].length) : m.index - end;
			if (d >= 0 && (!best || d < best.d)) best = { d, future };
			if (m.index < start && d >= 0 && d <= 100 && !/[,;]|\b(?:and|but|or|that|which|who|when|if)\b/i.test(words.slice(m.index + m[0].length, start)) && (!behind || d < behind.d)) behind = { d, future };
		}
	}
	// "said Saturday was likely to be …": a bare time that opens the reported clause is its subject, and
	// takes the tense of the verb after it, not of the reporting verb before it.
	const subject = !/^(?:on|in|at|by|from|since|until|during|before|after|last|next|this)\b/i.test(words.slice(start, end)) && /^\s+(?:was|were|is|are|will|would|could|should|may|might)\b/i.test(words.slice(end));
	if (behind && !subject) return behind.future;
	if (subject) {
		const after = [...words.slice(end).matchAll(FUTURE_G)][0];
		const past = [...words.slice(end).matchAll(PAST_G)][0];
		if (after || past) return !!after && (!past || after.index <= past.index || /^\s+(?:was|were)\s+(?:due|expected|likely|set|scheduled|planned|going|about)\s+to\b/i.test(words.slice(end)));
	}
	return best && best.d <= 60 ? best.future : undefined;
}

/** Clauses of a sentence, split at semicolons, dashes and ", but"/", and"/", while" joins. */
export function splitClauses(s: string): Span[] {
	const spans: Span[] = [];
	let from = 0;
	for (const m of s.matchAll(/;\s+|\s+[—–]\s+|,\s+(?=(?:but|and|while|whereas|although|though|after|before|when)\b)/g)) {
		spans.push({ start: from, end: m.index });
		from = m.index + m[0].length;
	}
	spans.push({ start: from, end: s.length });
	return spans.filter((c) => c.end > c.start);
}

/** The reference day: the dateline's date in the publication's year, else the publication date. */
export function referenceDay(publishedISO: string | undefined, datelineDate: string | undefined): Date | undefined {
	const published = publishedISO ? new Date(publishedISO) : undefined;
	const pubValid = published && !Number.isNaN(published.getTime());
	if (datelineDate) {
		const r = chrono.parse(datelineDate, pubValid ? published : undefined, { forwardDate: false })[0];
		if (r && (pubValid || r.start.isCertain('year'))) {
			const d = r.start.date();
			return new Date(d.getFullYear(), d.getMonth(), d.getDate(), 12);
		}
	}
	if (!pubValid) return undefined;
	const day = publishedISO!.slice(0, 10);
	const [y, m, d] = day.split('-').map(Number);
	return new Date(y!, m! - 1, d!, 12);
}

const PART_OF_DAY = /\b(?:dawn|daybreak|midday|noon|midnight|(?:early|late) trading|the early hours)\b/i;
/**
 * A clock time or part of a day with no day of its own ("The first crews arrived at 4.05 a.m.", "before
 * dawn", "in early trading") takes the day the text last gave in its paragraph or the one before; with no
 * such day, a past-tense one takes the reference day, the day the story reports on. Changes `times` in place.
 */
export function placeTimesOfDay(times: TimeMention[], paragraphs: Span[], reference: Date | undefined): void {
	if (!reference) return;
	const paragraphOf = (t: Span) => paragraphs.findIndex((p) => p.start <= t.start && t.start < p.end);
	const sorted = [...times].sort((a, b) => a.start - b.start);
	sorted.forEach((t, i) => {
		if (t.date || (t.kind !== 'clock' && !(t.kind === 'period' && PART_OF_DAY.test(t.text)))) return;
		const here = paragraphOf(t);
		const before = sorted
			.slice(0, i)
			.reverse()
			.find((u) => u.date && (u.kind === 'date' || u.kind === 'weekday' || u.kind === 'relative-day' || u.kind === 'clock') && u.future === t.future);
		if (before && here >= 0 && paragraphOf(before) >= here - 1) {
			t.date = before.date;
			t.reason = `the day given before it ("${before.text}")`;
			t.confidence = 0.7;
		} else if (!t.future) {
			t.date = iso(reference);
			t.reason = `no day of its own: the day the story reports on, ${iso(reference)}`;
			t.confidence = 0.6;
		}
	});
}

const OFFSET = /^(?:(?:about |some |just )?(a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+) (day|week)s? (later|earlier|afterwards)|the (previous|following|next) (day|morning|afternoon|evening|night))$/i;
const COUNT: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
/**
 * "Two days later", "a week later", "the previous evening": an offset from the day the text gave just
 * before in its paragraph, resolved by arithmetic. Changes `times` in place; an offset
 * with no such day stays unresolved.
 */
export function placeOffsets(times: TimeMention[], paragraphs: Span[]): void {
	const paragraphOf = (t: Span) => paragraphs.findIndex((p) => p.start <= t.start && t.start < p.end);
	const sorted = [...times].sort((a, b) => a.start - b.start);
	sorted.forEach((t, i) => {
		const m = OFFSET.exec(t.text);
		if (!m || t.date) return;
		const here = paragraphOf(t);
		const before = sorted
			.slice(0, i)
			.reverse()
			.find((u) => u.date && u.kind !== 'duration');
		if (!before || here < 0 || paragraphOf(before) !== here) return;
		const n = m[2] ? (COUNT[m[1]!.toLowerCase()] ?? Number(m[1])) * (m[2].toLowerCase() === 'week' ? 7 : 1) : 1;
		const later = /later|afterwards|following|next/i.test(m[3] ?? m[4] ?? '');
		t.date = addDays(before.date!, later ? n : -n);
		t.kind = 'relative-day';
		t.reason = `${later ? n : -n} day${n === 1 ? '' : 's'} from the day given before it ("${before.text}", ${before.date})`;
		t.confidence = Math.min(before.confidence, 0.7);
	});
}
