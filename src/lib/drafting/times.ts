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
	kind: 'date' | 'weekday' | 'relative-day' | 'month' | 'year' | 'clock' | 'duration' | 'relative' | 'period' | 'offset';
	/** A month written without its year takes the year of the month it is coordinated with ("in January and again in June 2022"). */
	year?: number;
	/** The words date a statement ("she said on Monday") or sit inside a quotation: not the day a narrative is at. */
	statement?: boolean;
	/** The clause points to the future ("will", "next", "is due to"). */
	future: boolean;
	confidence: number;
};

const WEEKDAY = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b/;
const SCHEDULE = /\b(?:opens|closes|starts|begins|ends|expires|resumes|reopens|takes effect|takes office|takes place|kicks off|goes on sale|sits|departs|has until|have until)\b(?![^,;]*\b(?:was|were|had|did)\b)/i;
const WEEKDAY_START = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const MONTH_OR_DAY = '(?=\\d|(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)';
/** A part of the day framing a date: "the night of August 3", "the evening of September 29". */
const FRAME = new RegExp(`\\bthe (?:night|evening|morning|afternoon|early hours|early morning) of ${MONTH_OR_DAY}`, 'gi');
const FRAME_BEFORE = /(?:\b(?:on|in|during|until|till|by|from|since|before|after)\s+)?\bthe (?:night|evening|morning|afternoon|early hours|early morning) of\s+$/i;
const FUTURE = /(?<!\bhad been\s)\b(?:will|shall|'ll|must(?!\s+have\b)|(?:has|have|need|needs) to|is to|are to|is due|are due|due to|(?<!\b(?:a|the|its|their|his|her|our)\s)plans? to|planned to|is planned|are planned|expected to|expects? (?!that\b)|forecasts? (?!that\b)|predicts? |hopes to|aims to|intends to|is scheduled|are scheduled|scheduled to|is set to|are set to|is going to|are going to|likely to|(?<!\bthe\s)next|the next(?!\s+(?:morning|day|evening|afternoon|night|\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|few|several|couple)\b)|upcoming|coming|takes? effect)\b|\bwould\b(?![^,.;]*\bhave\b)/i;
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
		'\\b(?:(?:a |one |two |three |several |a few |some )?(?:days?|weeks?|months?|years?|hours?|minutes?) (?:before|after))\\b',
		'\\b(?:the same (?:day|week|month|year|morning|evening|night)|the (?:previous|following|next) (?:week|month|year))\\b',
		'\\b(?:later(?: that| this| in the)? (?:day|week|month|year|morning|evening|night)|earlier(?: that| this| in the)? (?:day|week|month|year|morning|evening|night))\\b',
		'\\b(?:later|earlier|recently|afterwards|previously|since then|at the time|in recent (?:days|weeks|months|years)|meanwhile|soon|shortly)\\b'
	].join('|'),
	'gi'
);
const DURATION = /\b(?:for|over|within|during|in the (?:past|last|next|coming)|for the (?:past|last|next|coming))\s+(?:(?:about|nearly|almost|more than|some|the)\s+)?(?:(?:next|past|last|coming|following)\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|few)\s+(?:(?:more|full|straight|consecutive)\s+)?(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?)\b/gi;

const NUM_WORD = '\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|few|just under \\w+|under \\w+|about \\w+';
const BARE_AMOUNT = new RegExp(`^(?:${NUM_WORD}) (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)$`, 'i');
/**
 * An offset from a time the text gave before ("about an hour later", "nine days later", "a year earlier",
 * "the next morning", "the previous day"): a time expression dated by arithmetic from that time. Not a
 * comparison ("two hours earlier than expected").
 */
const OFFSET_TIME = /\b(?:(?:about|some|just|nearly|almost|roughly|around|only|barely|less than|more than|under|over) )?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|\d+|a few|several|a couple of) (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?) (?:later|earlier|afterwards)\b(?! than\b)|\bthe (?:previous|following|next) (?:day|morning|afternoon|evening|night)\b/gi;
/** "Overnight" as a time ("the water rose overnight"), not as a modifier ("an overnight stay"). */
const OVERNIGHT = /(?<!\b(?:an|the|its|their|his|her|our|this|that|every)\s)\bovernight\b(?!\s+(?:stay|stays|train|trains|bus|buses|flight|flights|shift|shifts|ferry|ferries|bag|rate|rates|success|trip|trips|visit|visits|service|services|curfew|camp|closure|closures|delivery|deliveries|parking)\b)/gi;
/** "by the weekend", "before the weekend", "this weekend": a weekend, which names no day. Not "weekend trains". */
const WEEKEND = /\b(?:(?:by|before|after|until|till|over|during) (?:the|this|next|last) weekend|(?:this|next|last) weekend)\b(?!['’]s)/gi;
/** "next May", "last June": a month counted from the reference day (chrono does not read them). */
const MONTH_NEAR = /\b(?:[Nn]ext|[Ll]ast|[Tt]his|[Bb]y next|[Uu]ntil next|[Ii]n last|[Ss]ince last) (?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)/g;
const THAT_CLOCK = /\b(?:(?:(?:shortly|just|soon|well|not long) )?(?:before|after)|at|around|about|until|till|by) (?:about |around )?(\d{1,2})(?:[.:](\d{2}))?(?:\s*([ap])\.?m\.?)? that (night|evening|morning|afternoon)\b/gi;
/** Some word of time: chrono now and then takes words that hold none ("the money"). */
const TIME_WORD = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)s?\b|\b(?:today|tonight|tomorrow|yesterday|noon|midday|midnight|morning|evening|afternoon|night|week|weeks|month|months|year|years|weekend|ago|now|quarter|season|hours?|minutes?|days?|dawn|christmas|easter)\b/i;
const PERIOD = /\b(?:(?:in )?(?:early|late|mid-?) ?(?:January|February|March|April|May|June|July|August|September|October|November|December)|(?:last|this|next) (?:season|decade|century|quarter)|on polling day|before dawn|at dawn|in (?:early|late) trading|in the (?:first|second) half of (?:the|this|last) year|(?:for )?the rest of (?:19|20)\d{2}|(?:by|until|till|before|after|from|at|towards?) the (?:end|start|beginning|middle) of (?:the|this|next|last) (?:week|month|year))\b/gi;
const SEASON = /\b(?:(?:in|during|by|since|until|over) )?(?:(?:the|last|next|this|early|late|following|previous) )*(?:spring|summer|autumn|fall|winter)(?: (?:of )?(?:19|20)\d{2})?\b/gi;
const YEARS = /\b(?:(?:in|from|since|until|by|before|after|between|during|through) (?:(?:early|late|mid-) ?)?|(?:in|from|since|until|till|by|before|after|at|to|through) the (?:end|start|beginning|middle|close) of )(?:19|20)\d{2}(?:(?: and| to|–|-) ?(?:19|20)\d{2})?\b(?!,\d)/gi;

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
		// "on the night of August 3", "the evening of September 29": chrono reads the part of the day and loses
		// the date, so it reads the date alone and the frame joins the span after.
		const masked = words.replace(FRAME, (m) => ' '.repeat(m.length));
		const offsets = [...words.matchAll(OFFSET_TIME), ...words.matchAll(MONTH_NEAR)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
		for (const r0 of chrono.parse(masked, ref, { forwardDate: future })) {
			// "about an hour later", "the next morning", "next June": read on their own below.
			if (offsets.some((o) => o.start < r0.index + r0.text.length && r0.index < o.end)) continue;
			// The tense nearest the words decides: "pleaded guilty in January and will be sentenced" is past for January.
			// "by Friday" is a deadline: it looks forward unless the clause is in the past perfect.
			const deadline = /^by\s/i.test(r0.text) || /\bby\s$/i.test(words.slice(Math.max(0, r0.index - 3), r0.index));
			// A deadline in a clause told in the past ("By Friday evening the gauge showed …", "by Sunday it had
			// fallen") is the past one; "must be paid by Friday", "will reopen by Sunday" look ahead.
			const tense = tenseNear(words, r0.index, r0.index + r0.text.length);
			// A deadline under a past verb that sets a task ("ordered it to complete repairs by September 30") or
			// a condition ("if there was no progress by Friday") still lies ahead.
			// "To" before a quantifier, a number or a plural noun is a preposition ("restored power to most homes",
			// "to two-thirds of the homes", "to residents"), not an infinitive.
			const task = /\bto\s+(?!(?:the|a|an|its|their|his|her|our|this|that|these|those|about|around|nearly|some|normal|more|less|most|many|all|every|each|several|both|few|half|one|two|three|four|five|six|seven|eight|nine|ten|be\s+[a-z]+ed)\b)(?![a-z]*[^s]s\b)[a-z]{3,}\b|\b(?:if|unless)\b/i.test(words.slice(Math.max(0, r0.index - 80), r0.index));
			// A timetable told in the present ("Voting closes at 10 p.m. on Sunday", "The firm has until Friday to
			// reply") looks ahead when no past or future verb is near.
			const timetable = tense === undefined && SCHEDULE.test(words.slice(Math.max(0, r0.index - 60), r0.index));
			const near = (deadline && !/\bhad\b/.test(words) && (tense !== false || task)) || timetable || (headline && headlineFuture(words)) ? true : (tense ?? future);
			const again = near === future ? undefined : chrono.parse(masked.slice(r0.index), ref, { forwardDate: near })[0];
			const r = again && again.index === 0 && again.text === r0.text ? again : r0;
			const fwd = near;
			// A bare amount of time ("nine hours") is a figure, and "at night" or "the weekend" names no day.
			if (BARE_AMOUNT.test(r.text)) continue;
			if (/^(?:at |during the |over the |the |that )?(?:night|noon|midnight|morning|evening|afternoon|weekend|week|day)$/i.test(r.text) || /^this (?:weekend|day|night)$/i.test(r.text)) continue;
			// Bare numbers ("12 to 8", "at 10") are figures, not clock times, unless written as a time.
			if (!/[a-z]{3,}/i.test(r.text.replace(/\b(?:to|at|and|from|by)\b/gi, '')) && !/\d[:.]\d\d|[ap]\.?m\b/i.test(r.text)) continue;
			if (/^(?:now|fall|spring|right now|just now)$/.test(r.text)) continue;
			// Words chrono takes for a time that hold no word of time ("the money").
			if (!TIME_WORD.test(r.text)) continue;
			// "three days after", "the hours before": placed against another event, not the calendar.
			if (/\b(?:later|earlier|after|before)$/i.test(r.text) && !/\b(?:today|yesterday|tomorrow)\b/i.test(r.text)) continue;
			let start = sentence.start + clause.start + r0.index;
			// "the six months to June 30": the day a reporting period ends, "to" and all.
			const periodEnd = /\b(?:months?|weeks?|year|quarter|period|days|half)\s+(to|ending|ended|through)\s+$/i.exec(text.slice(Math.max(0, start - 25), start));
			let end = start + r.text.length;
			// "Friday's ruling": a possessive weekday or date is a time expression, "'s" and all.
			const possessive = /^['’]s\b/.test(text.slice(end, end + 3));
			if (possessive) end += 2;
			const frame = FRAME_BEFORE.exec(text.slice(Math.max(sentence.start, start - 40), start));
			// The preposition that binds the words belongs to the expression: "on Monday", "by the end of October".
			const lead = /\b(?:by the|by|on|in|at|since|until|till|from|(?:(?:shortly|just|soon|well|long|not long|some time|sometime) )?(?:before|after)|during|as of|through|early|late)\s+$/i.exec(text.slice(Math.max(sentence.start, start - 20), start));
			// English puts "on" before a day, never "in" or "at" ("in Friday's ruling" belongs to the noun).
			const binds = lead && !(possessive || (/^(?:in|at)\s/i.test(lead[0]) && WEEKDAY_START.test(r.text)));
			if (frame) start -= frame[0].length;
			else if (periodEnd) start -= periodEnd[1]!.length + 1;
			else if (binds && !/^(?:on|in|at|from|by|since|until)\b/i.test(r.text)) start -= lead![0].length;
			while (/[\s,.]/.test(text[end - 1] ?? '')) end--;
			const known = r.start;
			const hasDay = known.isCertain('day') || known.isCertain('weekday');
			const hasMonth = known.isCertain('month');
			const hasYear = known.isCertain('year');
			const clockOnly = !hasDay && !hasMonth && known.isCertain('hour');
			const bareYear = hasYear && !hasMonth && !hasDay;
			const weekday = WEEKDAY.test(r.text);
			const relativeDay = /\b(?:today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening))\b/i.test(r.text);
			const isDuration = /^(?:for|over|within|during|in the (?:past|last|next)|for the (?:past|last|next)|after \S+ (?:years|months|weeks|days)|(?:the )?(?:past|last|next|coming) (?:\d+|a few|several|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty) \w+|in (?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?))\b/i.test(r.text) || (/^(?:for|over)\s$/i.test(text.slice(start - 4, start).replace(/^.*?(for|over)\s$/i, '$1 ')) && !/^(?:by|on|in|at|until|since|from|before|after)\b/i.test(text.slice(start, end)));
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
			else if (isDuration) reason = 'a duration, not a day';
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
				// A date without a year told in the past ("profit in the six months to June 30 fell", filed in
				// January) is the last such day, in the year before if need be.
				if (!fwd && tense === false && !future && !task && !hasYear && hasMonth && known.isCertain('day') && !weekday && iso(when) > iso(ref)) when = new Date(when.getFullYear() - 1, when.getMonth(), when.getDate(), 12);
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
		// "shortly before 11 that night": a clock time on the day the narrative is at, its half of the day told in words.
		for (const m of words.matchAll(THAT_CLOCK)) {
			const start = sentence.start + clause.start + m.index;
			const end = start + m[0].length;
			if (found.some((f) => f.start < end && start < f.end && !(f.kind === 'relative' && f.end <= start + m[0].indexOf(m[1]!)))) continue;
			for (let k = found.length - 1; k >= 0; k--) if (found[k]!.start >= start && found[k]!.end <= end) found.splice(k, 1);
			let hour = Number(m[1]);
			const part = m[4]!.toLowerCase();
			if (m[3]) hour = /p/i.test(m[3]) ? (hour % 12) + 12 : hour % 12;
			else if ((part === 'evening' || part === 'afternoon' || (part === 'night' && hour >= 6)) && hour < 12) hour += 12;
			found.push({ start, end, text: m[0], reason: 'a time of day, on a day the clause does not fix', clock: `${String(hour % 24).padStart(2, '0')}:${m[2] ?? '00'}`, kind: 'clock', future, confidence: 0.6 });
		}
		for (const re of [OFFSET_TIME, OVERNIGHT, WEEKEND, MONTH_NEAR]) {
			for (const m of words.matchAll(re)) {
				let start = sentence.start + clause.start + m.index;
				const end = start + m[0].length;
				if (found.some((f) => f.start < end && start < f.end)) continue;
				// "overnight on Sunday": the night of that day, one expression.
				const day = re === OVERNIGHT ? found.find((f) => f.start === end + 1 && /^(?:on|into)\b/i.test(f.text) && f.date) : undefined;
				if (day) {
					Object.assign(day, { start, text: text.slice(start, day.end), reason: `the night of ${day.date}`, kind: 'relative-day' });
					continue;
				}
				// "until 6.30 the next morning": the clock time belongs to the offset day.
				const at = re === OFFSET_TIME && /^the\b/i.test(m[0]) ? CLOCK_BEFORE.exec(text.slice(Math.max(sentence.start, start - 30), start)) : null;
				const clock = at ? clockOf(at[2]!, at[3], at[4]) : undefined;
				if (clock) start -= at![0].length;
				found.push({
					start,
					end,
					text: text.slice(start, end),
					reason: re === OFFSET_TIME ? 'an offset from a time the text gave before it' : re === OVERNIGHT ? 'a night, on a day the clause does not fix' : re === WEEKEND ? 'a weekend, not a day' : 'a month, not a day',
					...(clock ? { clock } : {}),
					kind: re === OFFSET_TIME ? 'offset' : re === MONTH_NEAR ? 'month' : 'period',
					future,
					confidence: 0.6
				});
			}
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
	for (const t of found) if (isStatementTime(text, sentence, t)) t.statement = true;
	shareYears(text, found);
	return found;
}

/** A clock time right before an offset day ("until 6.30 the next morning"): the preposition, hours, minutes, a.m./p.m. */
const CLOCK_BEFORE = /(?:\b(at|until|till|by|from|before|after|around|about|shortly (?:before|after)|just (?:before|after))\s+)?(?:about\s+)?\b(\d{1,2})(?:[.:](\d{2}))?(?:\s*([ap])\.?m\.?)?\s+$/i;
function clockOf(h: string, m: string | undefined, ap: string | undefined): string | undefined {
	let hour = Number(h);
	if (!m && !ap) return undefined;
	if (ap && /p/i.test(ap) && hour < 12) hour += 12;
	if (ap && /a/i.test(ap) && hour === 12) hour = 0;
	return hour < 24 ? `${String(hour).padStart(2, '0')}:${m ?? '00'}` : undefined;
}

const REPORTING = 'said|says|told|tells|announced|confirmed|added|stated|wrote|reported|warned|insisted|explained|declared|testified|argued|admitted';
/**
 * The reporting verb right before the time ("said on Monday", "said in a statement on Monday"), or "told"
 * with its listener ("told a news conference on Monday"); not a report whose clause has begun ("said the
 * river rose on Monday").
 */
const REPORT_BEFORE_TIME = new RegExp(`(?:\\b(?:${REPORTING})(?:\\s+in\\s+(?:a|an|its|his|her|their)\\s+(?:\\w+\\s+)?(?:statement|interview|letter|post|filing|briefing|report))?|\\b(?:told|tells)(?:\\s+(?!(?:was|were|had|has|is|are|that|it|they|he|she|we)\\b)[\\w'’]+){1,3}?)\\s+$`, 'i');
const REPORT_AFTER_TIME = new RegExp(`^\\s*(?:${REPORTING})\\b`, 'i');
/** "she said on Monday", "told reporters on Monday", "on Monday announced", or inside a quotation. */
function isStatementTime(text: string, sentence: Span, t: Span): boolean {
	const before = text.slice(Math.max(sentence.start, t.start - 60), t.start);
	if (REPORT_BEFORE_TIME.test(before) || REPORT_AFTER_TIME.test(text.slice(t.end, t.end + 20))) return true;
	const lead = text.slice(sentence.start, t.start);
	const straight = (lead.match(/(?<![A-Za-z])"|"(?![A-Za-z])/g) ?? []).length;
	return (lead.match(/“/g) ?? []).length > (lead.match(/”/g) ?? []).length || straight % 2 === 1;
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
	// An aside between the verb and its time ("planned to reopen the branch, closed since Tuesday, on Monday")
	// is passed over, as a reader does.
	const aside = /,\s+[^,;]{1,60},\s+$/.exec(words.slice(0, start));
	if (aside && !/[“”"]/.test(aside[0])) words = words.slice(0, aside.index) + ' '.repeat(aside[0].length) + words.slice(start);
	let best: { d: number; future: boolean } | undefined;
	// A time phrase follows its verb in English: the nearest verb before it in the same stretch of clause
	// ("pleaded guilty in January and will be sentenced") decides before a nearer one after it.
	let behind: { d: number; future: boolean } | undefined;
	for (const [re, future] of [[FUTURE_G, true], [PAST_G, false]] as const) {
		for (const m of words.matchAll(re)) {
			// A reporting verb after the time words ("…at 7 a.m. on Monday, the council said") dates the report, not them.
			if (m.index >= end && REPORTING_AFTER.test(m[0]) && /[,"”’]/.test(words.slice(Math.max(start, end - 2), m.index))) continue;
			// Nor does the verb of a condition after them ("on Monday if engineers found no damage").
			if (m.index >= end && /\b(?:if|unless)\b/i.test(words.slice(end, m.index))) continue;
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

const PART_OF_DAY = /\b(?:dawn|daybreak|midday|noon|midnight|(?:early|late) trading|the early hours|overnight)\b/i;
const OFFSET_PARTS = /^(?:(?:about|some|just|nearly|almost|roughly|around|only|barely|less than|more than|under|over) )?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|\d+|a few|several|a couple of) (second|minute|hour|day|week|month|year|decade)s? (later|earlier|afterwards)$|(?:^|\s)the (previous|following|next) (day|morning|afternoon|evening|night)$/i;
const COUNT: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, twenty: 20, thirty: 30, forty: 40 };
/** A day the text gives that a narrative can be at: not a plan, not the day a statement about it was made. */
const ANCHOR_KINDS = new Set<TimeMention['kind']>(['date', 'weekday', 'relative-day', 'clock', 'offset', 'period']);

/** The one year a time names ("in 2024", "last year", "on March 3"), if it names one. */
function yearOf(t: TimeMention, reference: Date): number | undefined {
	if (t.date) return Number(t.date.slice(0, 4));
	const years = t.text.match(/\b(?:19|20)\d{2}\b/g);
	if (years?.length === 1) return Number(years[0]);
	const rel = /\b(last|this|next) year\b/i.exec(t.text);
	return rel ? reference.getFullYear() + ({ last: -1, this: 0, next: 1 } as Record<string, number>)[rel[1]!.toLowerCase()]! : undefined;
}

const IRREGULAR_PARTICIPLES = 'sunk|sung|swum|drunk|shrunk|hung|dug|spun|struck|clung|slung|stung|swung|wrung|made|paid|sent|held|told|left|lost|kept|spent|found|built|bought|brought|caught|taught|thought|sold|won|shot|met|put|set|cut|hit|read|led|fled|run|begun|come|become|seen|done|gone|said|heard|stood|struck|stuck|felt|dealt|meant|slept|swept|spread|split|shut|let|burst|cost|hurt|had|got|sat|lit|fought|sought|ground|wound|drawn|known|grown|thrown|shown|flown|blown|sworn|torn|worn|chosen|spoken|broken|stolen|frozen|woken|written|driven|given|taken|risen|fallen|eaten|beaten|forgotten|hidden|ridden|bitten|shaken|forbidden|overtaken|undertaken|mistaken';
/** "had" with a past participle, possibly after adverbs or "been" (not "had to", "had a", a plan "had been due to"). */
export const PLUPERFECT = new RegExp(
	`\\bhad\\s+((?:(?:already|also|just|twice|since|long|previously|first|all|recently|once|only|even|still)\\s+)*)(not\\s+|never\\s+|no\\s+)?(?:been\\s+(?!(?:due|expected|set|scheduled|likely|going|about|able)\\s+to\\b)["“]?[a-z]+|["“]?(?:${IRREGULAR_PARTICIPLES})\\b|["“]?(?!been\\b)[a-z]{2,}(?:ed|en|wn)\\b)`,
	'gi'
);

/** Whether the sentence before `at` (up to 80 characters of it) holds a past perfect: "had seen the leak at …". */
function pastPerfectBefore(text: string, at: number): boolean {
	const words = text.slice(Math.max(0, at - 80), at);
	return !words.slice(words.search(/[^.!?]*$/)).matchAll(PLUPERFECT).next().done;
}

/**
 * A narrative told day by day: a clock time or part of a day with no day of its own ("At 6.15 a.m.",
 * "Shortly before 4 a.m.", "Overnight"), and an offset ("about an hour later", "until 6.30 the next
 * morning", "two days later", "the previous evening"), take the day the narrative is at: the day of the
 * last time dated before it in its paragraph or the one before (an offset in days, in its own paragraph),
 * passing over the day a statement was made ("she said on Monday") and plans. A clock time earlier than
 * an evening's before it has passed midnight. With nothing nearer, a past clock time takes the day the
 * story reports on, "overnight" the night before it, and "the previous day" the day before it; an offset
 * in months or years names no day. Changes `times` in place, in text order, so each placed time can
 * place the next.
 */
export function placeTimesOfDay(times: TimeMention[], paragraphs: Span[], reference: Date | undefined, text?: string): void {
	if (!reference) return;
	const paragraphOf = (t: Span) => paragraphs.findIndex((p) => p.start <= t.start && t.start < p.end);
	const sorted = [...times].sort((a, b) => a.start - b.start);
	const refDay = iso(reference);
	sorted.forEach((t, i) => {
		if (t.date) return;
		const offset = t.kind === 'offset' ? OFFSET_PARTS.exec(t.text) : null;
		const dayPart = t.kind === 'clock' || (t.kind === 'period' && PART_OF_DAY.test(t.text));
		if (!offset && !dayPart) return;
		// An offset needs a time told before it to count from; with none near ("moving the school day an hour
		// later") it compares, and names no time.
		if (offset && !sorted.slice(0, i).some((u) => u.kind !== 'duration' && u.kind !== 'relative' && paragraphOf(u) >= paragraphOf(t) - 1 && paragraphOf(u) <= paragraphOf(t))) {
			t.kind = 'relative';
			t.reason = 'placed relative to another event, not to the calendar';
			return;
		}
		const n = offset?.[2] ? (COUNT[offset[1]!.toLowerCase()] ?? Number(offset[1])) : 1;
		const unit = offset ? (offset[2] ?? offset[5])!.toLowerCase() : undefined;
		const later = offset ? /later|afterwards|following|next/i.test(offset[3] ?? offset[4] ?? '') : true;
		if (unit && /^(?:month|year|decade)$/.test(unit)) {
			t.reason = `a ${unit} ${later ? 'after' : 'before'} a time the text gave before it, not a day`;
			// "lost 12 last year, after losing nine a year earlier": years count on from the year told just before.
			const prior = unit === 'year' ? sorted.slice(0, i).reverse().find((u) => u.kind !== 'duration' && u.kind !== 'relative' && u.kind !== 'offset' && !u.statement) : undefined;
			const year = prior && paragraphOf(prior) === paragraphOf(t) ? yearOf(prior, reference) : undefined;
			if (year !== undefined) {
				t.year = year + (later ? n : -n);
				t.reason = `the year ${t.year}, ${later ? n : -n} from the year of "${prior!.text}", not a day`;
			}
			return;
		}
		const days = !unit || /^(?:second|minute|hour)$/.test(unit) ? 0 : unit === 'week' ? 7 * n : offset?.[2] ? n : 1;
		// "that night" points back to the day last named, not to the end of a span told since ("until 1.15 the next morning").
		const that = /\bthat (?:night|evening|morning|afternoon)$/i.test(t.text);
		const here = paragraphOf(t);
		const before = sorted
			.slice(0, i)
			.reverse()
			.find((u) => u.date && ANCHOR_KINDS.has(u.kind) && !u.statement && (u.future === t.future || (!u.future && t.kind === 'offset')) && !(that && /^(?:until|till|to)\b|\bthe (?:next|following) (?:morning|day)$/i.test(u.text)));
		const near = before && here >= 0 && paragraphOf(before) >= here - (days ? 0 : 1);
		if (near) {
			let day = addDays(before.date!, later ? days : -days);
			// "At 11.15 p.m. … Shortly before 4 a.m.": a morning after an evening, or after the night, is the next day.
			const overnight = /\b(?:night|overnight)\b/i.test(before.text) && !/\bprevious\b/i.test(before.text);
			if (!days && t.clock && t.clock < '12:00' && ((before.clock && before.clock >= '12:00' && t.clock < before.clock) || (overnight && !before.clock && t.clock < '09:00'))) day = addDays(day, 1);
			// "At 6.15 a.m. the boats arrived; the water had fallen overnight": the night before that morning.
			if (/^overnight$/i.test(t.text) && before.clock && before.clock < '12:00') day = addDays(day, -1);
			// "Shortly before 4 a.m. … about an hour later": minutes and hours count on from the clock time before.
			if (unit && /^(?:minute|hour)$/.test(unit) && before.clock && !t.clock) {
				const [h, m] = before.clock.split(':').map(Number);
				const at = h! * 60 + m! + (later ? 1 : -1) * n * (unit === 'hour' ? 60 : 1);
				if (at >= 0 && at < 48 * 60) {
					if (at >= 24 * 60) day = addDays(day, 1);
					t.clock = `${String(Math.floor(at / 60) % 24).padStart(2, '0')}:${String(at % 60).padStart(2, '0')}`;
				}
			}
			t.date = day;
			t.reason = days ? `${later ? days : -days} day${days === 1 ? '' : 's'} from the day given before it ("${before.text}", ${before.date})` : `the day given before it ("${before.text}")`;
			t.confidence = Math.min(before.confidence, 0.7);
			if (days) t.kind = 'relative-day';
		} else if (t.future) return;
		else if (/^overnight$/i.test(t.text)) {
			t.date = addDays(refDay, -1);
			t.reason = `overnight with no day of its own: the night before ${refDay}`;
			t.confidence = 0.6;
		} else if (offset && /^previous$/i.test(offset[4] ?? '')) {
			t.date = addDays(refDay, -1);
			t.reason = `no day before it in its paragraph: the day before the day the story reports on, ${refDay}`;
			t.confidence = 0.6;
			t.kind = 'relative-day';
		} else if (dayPart && text && pastPerfectBefore(text, t.start)) {
			// "found that staff had seen the leak at about 11 p.m.": the past perfect is some earlier day.
			t.reason = 'a clock time told in the past perfect, with no day near it: an earlier day the story does not give';
		} else if (dayPart) {
			t.date = refDay;
			t.reason = `no day of its own: the day the story reports on, ${refDay}`;
			t.confidence = 0.6;
		}
	});
}
