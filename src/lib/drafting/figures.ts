/**
 * Figures: counts, money, percentages, ordinals, ranges and number words, each with its value, its unit
 * and the words after it that name the thing counted; and the changes the story states ("from 20 to 10",
 * "cut by half", "rose by 12%"), with the difference they imply.
 */
import { CURRENCIES, NOT_UNITS, NUMBER_WORDS, ORDINAL_WORDS, SCALE_WORDS } from './lexicon';
import type { Span } from './layout';

export type FigureMention = Span & {
	text: string;
	value: number;
	kind: 'count' | 'money' | 'percent' | 'ordinal' | 'year';
	/** The unit as the story words it, singular or plural as printed ("mission employees", "dollars", "per cent"). */
	unit?: string;
	/** Upper bound of a range ("between 40 and 50 people"): `value` is the lower. */
	upTo?: number;
	/** "about", "nearly", "more than": the figure is not exact. */
	approximate?: boolean;
	/** Spelled out in words. */
	spelled?: boolean;
	confidence: number;
};

export type ChangeMention = Span & {
	text: string;
	from?: FigureMention;
	to?: FigureMention;
	/** The size of the change, in the unit of the figures (a share for "by half"). */
	by?: number;
	direction: 'increase' | 'decrease';
	/** The change as a fraction of the start ("by half" → 0.5), where the story words it so. */
	fraction?: number;
	rule: string;
};

const WORD_NUMBER = Object.keys(NUMBER_WORDS)
	.filter((w) => !['a', 'an', 'single', 'both', 'half', 'couple', 'dozen', 'hundred'].includes(w))
	.sort((a, b) => b.length - a.length)
	.join('|');
const SCALE = 'hundred|thousand|million|billion|trillion|bn|m|k';
const DIGITS = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';
const SPELLED = `(?:${WORD_NUMBER})(?:[- ](?:${WORD_NUMBER}))?(?: (?:hundred|thousand|million|billion)(?: and (?:${WORD_NUMBER})(?:-(?:${WORD_NUMBER}))?)?)?|an? (?:dozen|hundred|thousand|million|billion)|(?:a )?half(?= (?:a|an|of|the)\\b)|dozens|hundreds|thousands|millions`;
const CURRENCY_MARK = '(?:US\\$|A\\$|C\\$|[$£€¥])';
const APPROX = '(?:about|around|roughly|nearly|almost|approximately|some|more than|well over|well under|over|fewer than|less than|at least|up to|close to|just over|just under|just above|just below|above|below|upwards of|in excess of|an estimated|at most|as many as|as few as|under) ';

const NUMBER = new RegExp(
	`(?:(?<![\\w.,:/£$€¥-])|(?<=\\d%?-)(?=[\\d.]+\\s?(?:%|per ?cent\\b|percent\\b)))(?:(${APPROX}))?(?:(${CURRENCY_MARK})\\s?)?(${DIGITS}|${SPELLED})(?:\\s?(${SCALE})\\b)?` +
		`(?:\\s?(%|per ?cent\\b|percent\\b|percentage points?\\b)|-(per-?cent\\b|percent\\b)|(?<=\\d)(pc)\\b|(st|nd|rd|th)\\b|(°?[CF])\\b|(mm|cm|km|kg|mph|ha)\\b)?(?![\\w:°]|[.,]\\d)`,
	'gi'
);
/** Words that hedge or bound a share: "less than half", "more than a third", "nearly two-thirds", "barely half". */
const SHARE_HEDGE = 'about|around|roughly|nearly|almost|approximately|more than|less than|fewer than|well over|well under|just over|just under|just above|just below|over|under|some|barely|scarcely|at least|up to|close to';
/** Verbs right after a share that make it the subject: "a third were closed", "half said no". */
const SHARE_VERB = 'were|was|are|is|had|have|has|said|say|says|will|would|could|did|voted|left|died|remain|remained|stayed|agreed|opposed|backed|came|lived|worked|used|own|owned';
const FRACTION = new RegExp(`\\b(?:(${SHARE_HEDGE}) )?(one|two|three|four|five|six|seven|eight|nine|a)[- ](half|third|thirds|quarter|quarters|fifth|fifths|sixth|sixths|eighth|eighths|ninth|ninths|tenth|tenths|twentieth|twentieths|hundredth|hundredths)\\b`, 'gi');
const SHARE_VERB_AFTER = new RegExp(`^\\s+(?:${SHARE_VERB})\\b`);
const DENOMINATORS: Record<string, number> = { half: 2, third: 3, quarter: 4, fifth: 5, sixth: 6, eighth: 8, ninth: 9, tenth: 10, twentieth: 20, hundredth: 100 };
/** Words before an ordinal that make it a place in a ranking ("finished seventh"), not an order of events. */
const RANK_CONTEXT = /\b(?:finished|finishing|placed|came|ranked|ranks|rank|lies|lying|sits|sitting|climbed to|fell to|dropped to|rose to|moved up to|the world's|the country's|europe's|britain's)\s+(?:in\s+)?$/i;
const ORDINAL_RANK = /\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,2}(?:st|nd|rd|th))\b/gi;
const HALF = new RegExp(
	`\\b(?:(${SHARE_HEDGE}) )?(?:(?<=\\bby (?:[a-z]+ ){0,2})half\\b(?! (?:a|an) )|half(?= of\\b| the\\b| a\\b| an\\b| their\\b| its\\b| his\\b| her\\b| this\\b| that\\b| these\\b| those\\b| our\\b| my\\b| your\\b| (?:${SHARE_VERB})\\b)` +
		// "fell to less than half.", "barely half turned up": a hedged half needs no noun after it ("half an hour" is an amount).
		`|(?<=\\b(?:${SHARE_HEDGE}) )half\\b(?!-| an?\\b)` +
		`|(?:one|two|three|four|five|six|seven|eight|nine|\\d{1,2}) (?:in|out of) (?:every )?(?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|\\d{1,3}))\\b(?!-)`,
	'gi'
);
const AND_A_HALF = new RegExp(
	`\\b(?:(${APPROX.trim()}) )?(an?|one|two|three|four|five|six|seven|eight|nine|ten|\\d+) (?:(hour|day|week|month|year|mile|kilometre|metre)s? and a half|and a half (hour|day|week|month|year|mile|kilometre|metre)s)\\b`,
	'gi'
);
const TIMES_WORD = /\b(?:(up to|more than|nearly|about|almost|at least) )?(twice|once|thrice)\b/gi;
const IRREGULAR_PLURALS = new Set(['men', 'women', 'people', 'children', 'feet', 'teeth', 'police', 'staff', 'sheep', 'fish', 'cattle', 'personnel', 'crew']);

export function parseNumber(words: string): number | undefined {
	const w = words.toLowerCase().replace(/,/g, '').trim();
	if (/^\d+(?:\.\d+)?$/.test(w)) return Number(w);
	if (w === 'dozens' || w === 'hundreds' || w === 'thousands' || w === 'millions') return undefined;
	let total = 0;
	let current = 0;
	for (const part of w.split(/[\s-]+/)) {
		if (part === 'and') continue;
		if (part === 'a' || part === 'an') current = current || 1;
		else if (part === 'dozen') current = (current || 1) * 12;
		else if (part === 'hundred') current = (current || 1) * 100;
		else if (part in SCALE_WORDS && part !== 'm' && part !== 'k' && part !== 'bn') {
			total += (current || 1) * SCALE_WORDS[part]!;
			current = 0;
		} else if (part in NUMBER_WORDS) current += NUMBER_WORDS[part]!;
		else return undefined;
	}
	return total + current;
}

const HOUR_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';
/** After a clock time: "a.m.", "o'clock", "the next morning", "that night", "on Tuesday evening", "local time". */
const CLOCK_AFTER = /^\s?(?:[ap]\.?m\b\.?|o['’]clock\b|local time\b|(?:in the|that|this|the next|the following|the previous|on (?:the )?(?:[A-Z][a-z]+day|same|following|next)(?: day)?)\s+(?:morning|afternoon|evening|night)\b|(?:to|last)night\b|(?:tomorrow|today|yesterday)\b|\s*(?:and|to|until|till|-|–)\s*\d{1,2}(?:[.:]\d{2})?\s?[ap]\.?m\b)/i;
/** Before a clock time written with a point: "at 6.30", "until 6.30", "shortly after 9.15". */
const CLOCK_BEFORE = /\b(?:at|until|till|before|after|since|from|between|by)\s+(?:(?:about|around|roughly|approximately|shortly|just|soon)\s+(?:before\s+|after\s+)?)?$/i;
/**
 * Whether the number at `numberAt`–`end` (its hedge from `start`) tells the time of day: "until 6.30 the next
 * morning", "at 11 that night", "from 9.15 to 11.45". An hour and minutes written with a point read as a
 * clock after "at", "until", "since" and the like, unless a unit follows ("rose by 6.30 per cent", "at 2.45
 * metres"); a bare hour only where a part of the day or "o'clock" follows it. The second of "from 9.15 to
 * 11.45" follows the first.
 */
function isClockTime(text: string, start: number, numberAt: number, end: number, number: string, lastClockEnd: number): boolean {
	const after = text.slice(end, end + 40);
	const dotted = /^(\d{1,2})\.(\d{2})$/.exec(number);
	if (dotted && (Number(dotted[1]) > 23 || Number(dotted[2]) > 59)) return false;
	const bareHour = new RegExp(`^(?:[1-9]|1[0-2]|${HOUR_WORDS})$`, 'i').test(number);
	if (!dotted && !bareHour) return false;
	const followsClock = lastClockEnd >= 0 && /^\s*(?:to|and|until|till|-|–)\s*$/.test(text.slice(lastClockEnd, start));
	const lead = CLOCK_BEFORE.test(text.slice(Math.max(0, numberAt - 40), numberAt));
	// "half past six", "a quarter to nine".
	if (bareHour && /\b(?:half|quarter|ten|twenty|five|twenty-five)\s+(?:past|to)\s+$/i.test(text.slice(Math.max(0, numberAt - 20), numberAt))) return true;
	if (!dotted) return (lead || followsClock) && CLOCK_AFTER.test(after);
	if (CLOCK_AFTER.test(after) || followsClock) return true;
	if (!lead) return false;
	// "rose by 6.30", "cut by 2.15": "by" after a verb of change is an amount.
	if (/\b(?:rose|risen|fell|fallen|grew|increased|decreased|cut|reduced|climbed|dropped|jumped|up|down)\s+by\s+$/i.test(text.slice(Math.max(0, numberAt - 20), numberAt))) return false;
	return !unitAfter(text, end);
}

const NAME_BEFORE = /\b(?:Route|Road|Terminal|Gate|Platform|Flight|Line|Bus|Article|Section|Clause|Chapter|Room|Ward|Block|Level|Unit|Building|Highway|Interstate|Junction|Exit|Pier|Berth|Bay|Stand|Channel|Year|Grade|Category|Phase|Stage|Series|Model|Version|No\.?|Number|Apollo|Windows|Boeing|Airbus|Act|Rule|Regulation|Resolution|Amendment|Lot|Track|Studio|Camp|Sector|Zone|District|Precinct|Station)\s$/;
const MONTH_AFTER = /^\s*(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b/;
const MONTH_BEFORE = /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s$/;

/** Figures in `text` between `start` and `end`, skipping the spans given (dates and times). */
export function findFigures(text: string, start: number, end: number, skip: Span[] = []): FigureMention[] {
	const singles: FigureMention[] = [];
	const slice = text.slice(start, end);
	void ORDINAL_WORDS;
	const overlapsSkip = (s: number, e: number) => skip.some((k) => k.start < e && s < k.end);
	let lastClockEnd = -1;
	for (const m of slice.matchAll(NUMBER)) {
		const [whole, approx, currency, first, scale, percentWord, hyphenPercent, pc, ordinalSuffix, degrees, attached] = m;
		const percent = percentWord ?? hyphenPercent ?? pc;
		const s = start + m.index;
		const numberAt = s + (approx?.length ?? 0);
		let e = s + whole.length;
		// "two weeks ago", "over the past two years": the time expression holds an amount of time, a figure.
		if (overlapsSkip(numberAt, e) && !/^\s(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b/.test(text.slice(e, e + 10))) continue;
		const before = text.slice(Math.max(0, numberAt - 12), numberAt);
		const after = text.slice(e, e + 40);
		const isSpelled = !/\d/.test(first!);
		if (!isSpelled && MONTH_BEFORE.test(before)) continue;
		// "Route 9", "Terminal 2", "Article 50": a number in a name.
		if (!isSpelled && !approx && NAME_BEFORE.test(before)) continue;
		// "the Euro 6 standard", "a Class 4 licence": a small number after a name inside a sentence, before no plural.
		if (!isSpelled && !approx && !currency && /^\d{1,2}$/.test(first!) && /[a-z,;:]\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][a-z]+\s$/.test(text.slice(Math.max(0, numberAt - 25), numberAt)) && /^\s+[a-z]+[^s\W]\b(?!['’])/.test(after) && !/^\s+(?:[a-z]+s|people|men|women|children|staff|police)\b/.test(after)) continue;
		if (/^\s?(?:a\.m\b|p\.m\b|am\b|pm\b|GMT|BST|CET|UTC)/i.test(after)) continue;
		if (!currency && !percent && !scale && !degrees && !attached && !ordinalSuffix && isClockTime(text, s, numberAt, e, first!, lastClockEnd)) {
			lastClockEnd = e;
			continue;
		}
		if (!isSpelled && /^\d{1,2}$/.test(first!) && MONTH_AFTER.test(after)) continue;
		const lowerFirst = first!.toLowerCase();
		if (isSpelled && /^(?:one|a|an)$/.test(lowerFirst)) {
			// "one" is a number only before a counted noun: not "one of", "no one", "one day".
			if (!/^\s[a-z]+/.test(after) || /^\s(?:of|another|day|time|way|thing|side|hand|more|last|such|here|there|either|too|else|now|then|which|who|that|is|was|were|would|will|could|can|might|must|should|and|or|but|in|on|at|to|for|with|by|from|as|if|so|like|less|we|you|they|he|she|it|i)\b/.test(after) || /\b(?:no|not|any|every|some|the|this|that|each|which|no-)\s$/i.test(before)) continue;
			// "One parent, who asked not to be named", "said one engineer had told him": a certain person, a source, not a count.
			if (/^\s[a-z]+(?:\s*,\s*who\b|\s+who\b|\s+(?:had\s+)?(?:said|says|told|tells|recalled|described|added|claimed|insisted|wrote)\b)/.test(after)) continue;
		}
		if (isSpelled && /^(?:dozens|hundreds|thousands|millions|half|a half)$/.test(lowerFirst)) continue;
		if (isSpelled && /^-(?:thirds?|halves|quarters?|fifths?)/.test(after)) continue;
		let value = parseNumber(first!);
		if (value === undefined) continue;
		if (scale) value *= SCALE_WORDS[scale.toLowerCase()] ?? 1;
		let kind: FigureMention['kind'] = 'count';
		let unit: string | undefined;
		if (degrees) unit = /f/i.test(degrees) ? 'degrees Fahrenheit' : 'degrees Celsius';
		// "80mm", "12km": the unit written onto the number.
		else if (attached && !isSpelled) unit = ATTACHED_UNITS[attached.toLowerCase()];
		else if (percent) {
			kind = 'percent';
			unit = /point/i.test(percent) ? 'percentage points' : 'per cent';
		} else if (ordinalSuffix) {
			kind = 'ordinal';
			if (!RANK_CONTEXT.test(text.slice(Math.max(0, numberAt - 25), numberAt)) && !/^\s+(?:place|in the (?:league|table|standings|race|poll))\b/.test(after) && !/^\s+(?:out\s+)?of\s+(?:the\s+)?(?:[A-Za-z]+['’]s\s+)?[\d,]+\b/.test(after)) continue;
			unit = 'rank';
		}
		else if (currency) {
			kind = 'money';
			unit = CURRENCIES[currency.toLowerCase()] ?? 'dollars';
		} else if (!isSpelled && /^(?:1[89]\d\d|20\d\d)$/.test(first!) && !scale) {
			const next = /^\s+([a-z]+)/.exec(after)?.[1];
			if (!next || !/[^s]s$/.test(next) || STOP_UNIT.has(next)) kind = 'year';
		}
		if (!unit && kind === 'count') {
			const hyphen = /^-([a-z]+)(?:-(old|olds))?\b/.exec(after);
			const age = (/(?:\b[A-Z][a-z]+|\b(?:boy|girl|son|daughter|child|baby|man|woman|brother|sister|mother|father|wife|husband|teenager|pupil|patient|victim|driver|owner)),\s(?:now\s|then\s)?$/.test(text.slice(Math.max(0, numberAt - 30), numberAt)) || /\b(?:who|she|he) (?:is|was)\s$/.test(text.slice(Math.max(0, numberAt - 12), numberAt))) && /^[,.]|^ when\b/.test(after);
			if (hyphen) unit = hyphen[1] === 'year' && hyphen[2] ? 'years old' : `${hyphen[1]}s`;
			else if (
				age ||
				/\baged\s+(?:between\s+|about\s+|around\s+|from\s+)?$/.test(text.slice(Math.max(0, numberAt - 20), numberAt)) ||
				// "a girl of about eight": a person of a bare number is an age.
				(/\b(?:girl|boy|child|baby|toddler|son|daughter|man|woman|teenager) of\s+$/i.test(text.slice(Math.max(0, s - 20), s)) && !unitAfter(text, e)) ||
				// "pupils sitting exams at 16", "left school at 15": a person's stage of life at a bare number is an age.
				(!approx && value >= 2 && value <= 25 && /\bat\s+$/.test(before) && !unitAfter(text, e) &&
					/\b(?:pupils|children|students|teenagers|girls|boys|young people|school-leavers|left school|leave school|leaving school|married|marry|retire|retired|retirement|started work|began work)\b[^.;:!?]{0,60}\bat\s+$/i.test(text.slice(Math.max(0, numberAt - 90), numberAt)))
			)
				unit = 'years old';
			else {
				const named = unitAfter(text, e);
				if (named) {
					const money = CURRENCIES[named.words.toLowerCase()];
					if (money) {
						kind = 'money';
						unit = money;
						e = named.end;
					} else if (named.words === 'times') {
						// "three times its value", "three times in 2023": the multiple takes its word.
						unit = 'times';
						e = named.end;
					} else {
						unit = named.words;
						// "60 kilometres an hour", "40 micrograms per cubic metre": a rate is one unit.
						const rate = RATE_UNIT.test(unit)
							? /^\s+(?:(?:an?|per)\s+(second|minute|hour|day|week|month|year)|per\s+((?:cubic\s+|square\s+)?[a-z]+))\b/.exec(text.slice(named.end, named.end + 24))
							: null;
						if (rate) unit = `${unit} per ${rate[1] ?? rate[2]}`;
					}
				}
			}
		}
		const confidence = kind === 'year' ? 0.5 : isSpelled && value === 1 ? 0.5 : unit ? 0.85 : 0.6;
		singles.push({
			start: s,
			end: e,
			text: text.slice(s, e),
			value,
			kind,
			...(unit ? { unit } : {}),
			...(approx ? { approximate: true } : {}),
			...(isSpelled ? { spelled: true } : {}),
			confidence
		});
	}
	for (const m of slice.matchAll(FRACTION)) {
		const s = start + m.index;
		const e = s + m[0].length;
		// "about a quarter of the new services" is a share even where a time was read into it; "a quarter of an hour" is not.
		const shareOf = /^\s+of\s+(?:the|its|their|his|her|our|all|those|these|[a-z]+s)\b/i.test(text.slice(e, e + 20));
		if ((overlapsSkip(s, e) && !shareOf) || singles.some((f) => f.start < e && s < f.end && f.kind !== 'count')) continue;
		// "a ninth victim", "a third term": an ordinal before a noun, not a share.
		// A hedge ("more than a third were") or a verb after it ("a fifth said no") makes it a share.
		if (!m[1] && !/^(?:half|quarters?|.*s)$/i.test(m[3]!) && !/-/.test(m[0]) && !/\bby\s$/.test(text.slice(Math.max(0, s - 3), s)) && !SHARE_VERB_AFTER.test(text.slice(e, e + 12)) && /^\s+(?!of\b|the\b|a\b|an\b|their\b|its\b|his\b|her\b|our\b|my\b|your\b|those\b|these\b|this\b|that\b)[a-z]/.test(text.slice(e, e + 12))) continue;
		const num = m[2]!.toLowerCase() === 'a' ? 1 : parseNumber(m[2]!)!;
		const den = DENOMINATORS[m[3]!.toLowerCase().replace(/s$/, '')]!;
		// "a fifth of one per cent" is a percentage.
		const ofPercent = /^\s+of\s+(?:one|a|1)\s+(?:per ?cent|percent|percentage point)\b/i.exec(text.slice(e, e + 30));
		const end = ofPercent ? e + ofPercent[0].length : e;
		for (let i = singles.length - 1; i >= 0; i--) if (singles[i]!.start < end && s < singles[i]!.end) singles.splice(i, 1);
		singles.push({ start: s, end, text: text.slice(s, end), value: Math.round((num / den) * 10000) / 10000, kind: ofPercent ? 'percent' : 'count', unit: ofPercent ? 'per cent' : 'fraction', ...(m[1] ? { approximate: true } : {}), spelled: true, confidence: 0.7 });
	}
	for (const m of slice.matchAll(ORDINAL_RANK)) {
		const s = start + m.index;
		const e = s + m[0].length;
		if (overlapsSkip(s, e) || singles.some((f) => f.start < e && s < f.end)) continue;
		if (/^\s(?:half|hand|time|round|quarter|world|class|phase|stage|part|term|reading)\b/i.test(text.slice(e, e + 9))) continue;
		// "was third with 21,877": a place with the score that earned it.
		const placed = /\b(?:was|were|is|are)\s+$/i.test(text.slice(Math.max(0, s - 6), s)) && /^\s+with\s+[\d£$€]/.test(text.slice(e, e + 8));
		const ofN = /^\s+(?:out\s+)?of\s+(?:the\s+)?(?:[A-Za-z]+['’]s\s+)?[\d,]+\b/.test(text.slice(e, e + 40));
		if (!placed && !ofN && !RANK_CONTEXT.test(text.slice(Math.max(0, s - 25), s)) && !/^\s+(?:place|in the (?:league|table|standings|race|poll))\b/.test(text.slice(e, e + 24))) continue;
		singles.push({ start: s, end: e, text: m[0], value: ORDINAL_WORDS[m[0].toLowerCase()] ?? parseInt(m[0], 10), kind: 'ordinal', unit: 'rank', spelled: true, confidence: 0.5 });
	}
	for (const m of slice.matchAll(HALF)) {
		const s = start + m.index;
		const e = s + m[0].length;
		if (overlapsSkip(s, e)) continue;
		// "more than half a million people": half of the amount after it, not a share.
		const ofAmount = /half$/i.test(m[0]) ? singles.find((f) => f.start === e + 1 && /^an? (?:dozen|hundred|thousand|million|billion)\b/i.test(f.text)) : undefined;
		if (ofAmount) {
			Object.assign(ofAmount, { start: s, text: text.slice(s, ofAmount.end), value: ofAmount.value / 2, ...(m[1] ? { approximate: true } : {}) });
			continue;
		}
		for (let i = singles.length - 1; i >= 0; i--) if (singles[i]!.start < e && s < singles[i]!.end && singles[i]!.kind === 'count') singles.splice(i, 1);
		if (singles.some((f) => f.start < e && s < f.end)) continue;
		if (!m[1] && /\band an?\s$|\band\s$/.test(text.slice(Math.max(0, s - 7), s))) continue;
		const inN = /(\w+) (?:in|out of) (?:every )?(\w+)$/.exec(m[0]);
		const [num, den] = inN ? [parseNumber(inN[1]!), parseNumber(inN[2]!)] : [1, 2];
		if (num === undefined || den === undefined || num >= den) continue;
		const value = Math.round((num / den) * 10000) / 10000;
		if (!Number.isFinite(value)) continue;
		singles.push({ start: s, end: e, text: m[0], value, kind: 'count', unit: 'fraction', ...(m[1] ? { approximate: true } : {}), spelled: true, confidence: 0.6 });
	}
	for (const m of slice.matchAll(TIMES_WORD)) {
		const s = start + m.index;
		const e = s + m[0].length;
		if (overlapsSkip(s, e)) continue;
		const value = { once: 1, twice: 2, thrice: 3 }[m[2]!.toLowerCase()]!;
		// "asked for a recount once." is one time; "once the count ends", "once again", "at once" are not.
		if (value === 1 && (!/^(?:[.,;:!?"”’)]|\s+(?:or twice|a (?:day|week|month|year)|every|in (?:a|the|his|her|their) (?:life|lifetime|career))\b)/.test(text.slice(e, e + 25)) || /\b(?:at|all at|for)\s$/i.test(text.slice(Math.max(0, s - 7), s)))) continue;
		singles.push({ start: s, end: e, text: m[0], value, kind: 'count', unit: 'times', ...(m[1] ? { approximate: true } : {}), spelled: true, confidence: 0.6 });
	}
	for (const m of slice.matchAll(/\b(?:(about|roughly|nearly|almost|more than) )?(two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|\d{1,3})-?fold\b/gi)) {
		const s = start + m.index;
		const e = s + m[0].length;
		const value = parseNumber(m[2]!);
		if (value === undefined || overlapsSkip(s, e)) continue;
		for (let i = singles.length - 1; i >= 0; i--) if (singles[i]!.start < e && s < singles[i]!.end) singles.splice(i, 1);
		singles.push({ start: s, end: e, text: m[0], value, kind: 'count', unit: 'times', ...(m[1] ? { approximate: true } : {}), spelled: !/\d/.test(m[2]!), confidence: 0.6 });
	}
	// "more than an hour and a half", "two and a half years": the half is part of the amount.
	for (const m of slice.matchAll(AND_A_HALF)) {
		const s = start + m.index;
		const e = s + m[0].length;
		const n = /^an?$/i.test(m[2]!) ? 1 : parseNumber(m[2]!);
		if (n === undefined || overlapsSkip(s, e) && !/^(?:more|about|nearly|almost|over|some|just|around)/i.test(m[0])) continue;
		for (let i = singles.length - 1; i >= 0; i--) if (singles[i]!.start < e && s < singles[i]!.end) singles.splice(i, 1);
		singles.push({ start: s, end: e, text: m[0], value: n + 0.5, kind: 'count', unit: `${(m[3] ?? m[4])!.toLowerCase()}s`, ...(m[1] ? { approximate: true } : {}), spelled: !/\d/.test(m[2]!), confidence: 0.7 });
	}
	// "voted 8-3": the second number of a tally written with a hyphen.
	const voting = VOTE_WORDS.test(slice);
	if (voting) {
		for (const m of slice.matchAll(/(?<![\w.,-])(\d{1,3})-(\d{1,3})(?![\w-]|[.,]\d)/g)) {
			const s = start + m.index + m[1]!.length + 1;
			const e = s + m[2]!.length;
			if (overlapsSkip(s, e) || singles.some((f) => f.start < e && s < f.end)) continue;
			singles.push({ start: s, end: e, text: m[2]!, value: Number(m[2]), kind: 'count', confidence: 0.55 });
		}
	}
	singles.sort((a, b) => a.start - b.start);
	// Ranges: "between 40 and 50 people", "40-50", "40 to 50" (but "from 20 to 10" is a change).
	const found: FigureMention[] = [];
	for (let i = 0; i < singles.length; i++) {
		const a = singles[i]!;
		const b = singles[i + 1];
		// "between 20 and 35 percent", "20 to 30 per cent": a bare number shares the unit written after the second.
		const bareFirst = a.kind === 'count' && !a.unit && (b?.kind === 'percent' || b?.kind === 'money');
		if (b && (a.kind === b.kind || bareFirst) && a.kind !== 'ordinal') {
			const gap = text.slice(a.end, b.start);
			const lead = text.slice(Math.max(0, a.start - 8), a.start);
			const between = /^\s+and\s+$/.test(gap) && /\bbetween\s$/i.test(lead);
			// "awards range from €2,500 to €11,000": a range, where "rose from 20 to 30" is a change.
			const ranging = /^\s+to\s+$/.test(gap) && /\b(?:range|ranges|ranged|ranging|vary|varies|varied|varying|anything|anywhere)\s+from\s$/i.test(text.slice(Math.max(0, a.start - 20), a.start));
			const dash = /^\s?[-–]\s?$/.test(gap) || (/^\s+to\s+$/.test(gap) && !/\bfrom\s$/i.test(lead) && (bareFirst || !/\b(?:rose|fell|increased|decreased|cut|reduced|up|down|by)\b/i.test(text.slice(Math.max(0, a.start - 30), a.start).split(/[.;!?]\s/).pop()!)));
			// A range runs upwards: "118 to 94" is a score, two figures.
			const upwards = b.value >= a.value * (/\b(?:thousand|million|billion|trillion|bn|m)\b/i.test(b.text) && !/\b(?:thousand|million|billion|trillion|bn|m)\b/i.test(a.text) ? 0 : 1);
			if ((between || dash || ranging) && upwards && !(voting && /^\s?[-–]\s?$/.test(gap))) {
				const s = between ? a.start - 'between '.length : ranging ? a.start - 'from '.length : a.start;
				const scale = /\b(thousand|million|billion|trillion|bn|m)\b/i.exec(b.text)?.[1];
				if (scale && !/\b(?:thousand|million|billion|trillion|bn|m)\b/i.test(a.text)) a.value *= SCALE_WORDS[scale.toLowerCase()] ?? 1;
				found.push({ ...b, ...a, kind: b.kind, start: s, end: b.end, text: text.slice(s, b.end), unit: b.unit ?? a.unit, upTo: b.value, confidence: Math.min(a.confidence, b.confidence) });
				i++;
				continue;
			}
		}
		found.push(a);
	}
	const kept = found.filter((f, i, all) => i === 0 || f.start >= all[i - 1]!.end);
	// "38,406 votes to 38,194": a bare count takes the unit of its neighbour in the same clause.
	kept.forEach((f, i) => {
		if (f.unit || f.kind !== 'count') return;
		// "about 60 of the councils' 1,450 posts", "all 14 of Vantor's tower blocks", "six of 12 schools".
		const ofThe = /^\s+of\s+(?:(?:the|its|their|these|those|our|[A-Z][\w-]*['’]s)\s+(?:[a-z]+(?:['’]s|s['’])\s+)?(?:[\d,]+\s+)?|[\d,]+\s+)(?:[a-z][a-z-]*\s+)?([a-z]+s|men|women|people|children|staff|police|personnel)\b/.exec(text.slice(f.end, f.end + 60));
		if (ofThe) {
			f.unit = ofThe[1]!;
			f.confidence = 0.6;
			return;
		}
		if (/^\s+of\s+(?:them|those|whom|which|these)\b/.test(text.slice(f.end, f.end + 20))) {
			const before = kept.slice(0, i).reverse().find((g) => g.unit && g.kind === 'count' && g.unit !== 'fraction');
			if (before) {
				f.unit = before.unit;
				f.confidence = 0.55;
				return;
			}
		}
		// "hired 40, all of them nurses", "40 — most of them nurses".
		const apposed = /^\s*[,—–]\s*(?:all|most|many|some|both|nearly all|almost all)\s+(?:of\s+(?:them|whom)\s+)?([a-z]+s|women|men|people|children|staff)\b/.exec(text.slice(f.end, f.end + 50));
		if (apposed && !STOP_UNIT.has(apposed[1]!) && !VERB_AFTER.has(apposed[1]!)) {
			f.unit = apposed[1]!;
			f.confidence = 0.55;
			return;
		}
		const lead = text.slice(Math.max(0, f.start - 90), f.start);
		const clause = lead.slice(Math.max(0, lead.search(/[^.!?]*$/)));
		// The noun before: "nurses numbered 40", "the number of midwife posts … at 58".
		const nounBefore =
			/\b([a-z]+s|people|staff)\s+(?:numbered|totalled|totaled|stood at|reached|rose to|fell to|grew to|climbed to|dropped to|now number|number)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?$/.exec(clause) ??
			(/(?:\bat|\bto|\bwas|\bis|\bstood at|\breached)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?$/.test(clause) ? /\b(?:the|its|their) (?:total )?(?:number|count|tally|total) of ((?:[a-z]+\s+)?(?:[a-z]+s|people|staff))\b[^\d]*$/.exec(clause) : null);
		if (nounBefore && !STOP_UNIT.has(nounBefore[1]!.split(' ').pop()!)) {
			f.unit = nounBefore[1]!;
			f.confidence = 0.55;
			return;
		}
		// "eight in favour, three against": a vote's count either way.
		if (/^\s+(?:in favou?r|against)\b/.test(text.slice(f.end, f.end + 12)) && VOTE_WORDS.test(clause + text.slice(f.end, f.end + 80).split(/[.!?]/)[0] + ' ' + text.slice(Math.max(0, f.start - 200), f.start).split(/[.!?]\s/).pop())) {
			f.unit = 'votes';
			f.confidence = 0.55;
			return;
		}
		// "No won by 118 to 94", "The vote was eight to three", "voted nine to four": a vote's tally.
		if (VOTE_WORDS.test(clause + text.slice(f.end, f.end + 40).split(/[.!?]/)[0]) && !/\bfrom\s+$/.test(clause)) {
			const other = kept[i + 1];
			const tally =
				/\bby\s+[\d,]+\s+to\s+$/.test(clause) ||
				(other !== undefined && other.kind === 'count' && (!other.unit || other.unit === 'votes') && TALLY_GAP.test(text.slice(f.end, other.start)));
			if (tally) {
				f.unit = 'votes';
				if (other && !other.unit && TALLY_GAP.test(text.slice(f.end, other.start))) other.unit = 'votes';
				f.confidence = 0.55;
				return;
			}
		}
		// "whose house at the end of the row was one of only three": the subject's noun.
		const oneOf = /\b(?:whose|the|a|an|his|her|its|their|our)\s+([a-z]+)\s+(?:(?:at|in|on|of|near|by|with|from|along|beside)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|his\s+|her\s+)?[a-z'’-]+\s+)*(?:was|is|became|remains|remained)\s+one of (?:only |just |the )?$/i.exec(clause);
		if (oneOf && !STOP_UNIT.has(oneOf[1]!) && !/(?:ing|ly)$/.test(oneOf[1]!)) {
			f.unit = oneOf[1]!;
			f.confidence = 0.5;
			return;
		}
		const next = kept[i + 1];
		const prev = kept[i - 1];
		const between = (a: Span, b: Span) => text.slice(a.end, b.start);
		if (next?.unit && (next.kind === 'count' || next.kind === 'percent') && /^\s*(?:to|and|or|from|–|-)\s*$/.test(between(f, next))) {
			f.unit = next.unit;
			f.kind = next.kind;
		}
		else if (prev?.unit && prev.kind === 'count' && prev.unit !== 'fraction' && new RegExp(`^\\s*(?:${prev.unit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+)?(?:to|against|and|,|or|from)\\s*(?:about\\s+)?$`).test(between(prev, f))) f.unit = prev.unit;
		if (f.unit) f.confidence = 0.6;
	});
	return kept;
}

const STOP_UNIT = new Set<string>(NOT_UNITS);
const VOTE_WORDS = /\bvot(?:e|ed|es|ing|ers)\b|\bballots?\b|\bmotion\b|\breferendum\b|\babstain(?:ed|ing)?\b|\babstentions?\b|\bin favou?r\b[^.;]*\bagainst\b/i;
/** Between the two numbers of a tally: "eight to three", "8-3". */
const TALLY_GAP = /^(?:\s+to\s+|\s?[-–]\s?)$/;
const ATTACHED_UNITS: Record<string, string> = { mm: 'millimetres', cm: 'centimetres', km: 'kilometres', kg: 'kilograms', mph: 'miles per hour', ha: 'hectares' };
/** Measures that a rate divides by time ("kilometres an hour", "litres a day"). */
const RATE_UNIT = /^(?:(?:kilo|centi|milli)?metres?|km|miles?|(?:milli)?litres?|gallons?|tonnes?|tons?|kilos?|(?:kilo|milli|micro|nano)?grams?|cubic metres?|millimetres?|centimetres?|knots?|parts?|particles?|decibels?)$/;
const VERB_AFTER = new Set(['against', 'fell', 'rose', 'grew', 'sold', 'paid', 'spent', 'began', 'ran', 'met', 'held', 'kept', 'stood', 'sat', 'saw', 'gave', 'became', 'brought', 'bought', 'built', 'fought', 'found', 'heard', 'knew', 'led', 'sent', 'taught', 'thought', 'wrote', 'drove', 'flew', 'fled', 'sank', 'stole', 'struck', 'threw', 'woke', 'froze', 'chose', 'left', 'remain', 'remained', 'remains', 'spoke', 'said', 'died', 'survived', 'took', 'made', 'went', 'came', 'told', 'got', 'were', 'are', 'is', 'was', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'did', 'do', 'does', 'still', 'also', 'now', 'then', 'later', 'earlier', 'again', 'each', 'apiece', 'so', 'too', 'ago', 'percent']);

/** Nouns ending in -est, which are no superlatives. */
const NOT_SUPERLATIVES = /^(?:interest|forest|protest|request|guest|contest|harvest|quest|chest|nest|test|arrest|inquest|conquest|manifest|priest|crest|west|pest|vest|zest|rest|digest)$/;
/** Words ending in -s that are no plural noun. */
const NOT_NOUNS = new Set(['always', 'sometimes', 'afterwards', 'towards', 'besides', 'perhaps', 'nowadays', 'does', 'goes', 'seems', 'means', 'remains', 'makes', 'takes', 'gets', 'comes']);
/** The words after a number that name what it counts: "8 mission employees were" → "mission employees". */
function unitAfter(text: string, at: number): { words: string; end: number } | undefined {
	const after = text.slice(at, at + 60);
	// "200 Paylark customers", "40 Labour councillors": a name qualifies the plural noun that follows it.
	const named = /^(\s+(?:[A-Z][a-z]+\s+){1,2})([a-z]+[^s\W]s)\b/.exec(after);
	if (named && !STOP_UNIT.has(named[2]!) && !VERB_AFTER.has(named[2]!)) return { words: named[2]!, end: at + named[0].length };
	// "the three wealthiest Brenton wards", "the four most deprived inner-city wards": a superlative grades the
	// noun after it, across a name or another modifier; standing alone ("the three wealthiest,") it counts nothing.
	const graded = /^\s+(?:(?:most|least)\s+[a-z-]+|([a-z]+est))\s+(?:(?:[A-Z][\w-]*|[a-z][a-z-]*)\s+){0,2}?([a-z]+[^s\W]s|people|men|women|children|staff)\b/.exec(after);
	const superlative = (w: string | undefined) => !!w && /est$/.test(w) && !NOT_SUPERLATIVES.test(w);
	if (graded && (graded[1] === undefined || superlative(graded[1])) && !STOP_UNIT.has(graded[2]!) && !VERB_AFTER.has(graded[2]!) && !NOT_NOUNS.has(graded[2]!)) return { words: graded[2]!, end: at + graded[0].length };
	const m = /^(\s+)((?:[a-z][a-z'’-]*)(?:\s+[a-z][a-z'’-]*){0,2})/.exec(after);
	if (!m) return undefined;
	if (superlative(m[2]!.split(/\s+/)[0]) || /^(?:most|least)$/.test(m[2]!.split(/\s+/)[0]!)) return undefined;
	const words: string[] = [];
	for (const raw of m[2]!.split(/\s+/)) {
		const w = raw.replace(/['’]$/, '');
		const nextWord = m[2]!.split(/\s+/)[1];
		const adjective = /ed$/.test(w) && nextWord !== undefined && /^[a-z]+s$/.test(nextWord) && !STOP_UNIT.has(nextWord);
		if (words.length === 0 && (VERB_AFTER.has(w) || (/ed$/.test(w) && !/(?:red|eed)$/.test(w) && !adjective))) return undefined;
		if (STOP_UNIT.has(w) || /ly$/.test(w) && words.length > 0) break;
		if (/(?:ous|ss|is|us)$/.test(w)) {
			words.push(w);
			continue;
		}
		words.push(w);
		// A plural noun closes the unit, unless a collective one qualifies the next ("crew members", "staff nurses").
		const following = m[2]!.split(/\s+/)[words.length];
		if (IRREGULAR_PLURALS.has(w) && following && /^[a-z]+[^s]s$/.test(following) && !STOP_UNIT.has(following)) continue;
		// "two logistics groups", "40 arms dealers": a plural noun before another is its modifier.
		if (/[^s]s$/.test(w) && following && (/^[a-z]{2,}[^siu'’]s$/.test(following) || IRREGULAR_PLURALS.has(following)) && !STOP_UNIT.has(following) && !VERB_AFTER.has(following) && !NOT_NOUNS.has(following)) continue;
		if ((/s$/.test(w) && !/ss$/.test(w)) || IRREGULAR_PLURALS.has(w) || words.length >= 3) break;
	}
	if (words.length === 0) return undefined;
	// Adjectives or verbs after a number ("were", "new") are not units: keep words that read as nouns.
	while (words.length > 1 && /(?:ed|ing)$/.test(words[words.length - 1]!)) words.pop();
	if (words.length === 1 && /(?:ed|ing)$/.test(words[0]!) && !/(?:ing)s?$/.test(words[0]!)) return undefined;
	const joined = words.join(' ');
	return { words: joined, end: at + m[1]!.length + joined.length };
}

const UP = 'rose|risen|rise|rises|increased|increase|increases|grew|grown|grows|climbed|climbs|jumped|jumps|soared|raised|raises|up|boosted|expanded|added';
const DOWN =
	'fell|fallen|falls|dropped|drops|declined|declines|decreased|decreases|cut|cuts|reduced|reduces|slashed|slashes|shrank|shrunk|lowered|down|sank|plunged|plummeted|lost|trimmed';
const CHANGE_BY_FRACTION = new RegExp(`\\b(${UP}|${DOWN})\\s+by\\s+(half|a half|a third|a quarter|two-thirds|three-quarters)\\b`, 'gi');
const CHANGE_VERB = new RegExp(`\\b(${UP}|${DOWN})\\s+(?:by\\s+)?`, 'gi');
const IS_UP = new RegExp(`^(?:${UP})$`, 'i');

/** Changes the sentence states: "from 20 to 10", "cut by half", "rose by 12%", "doubled". */
export function findChanges(text: string, sentence: Span, figures: FigureMention[]): ChangeMention[] {
	const inSentence = figures.filter((f) => f.start >= sentence.start && f.end <= sentence.end);
	const s = text.slice(sentence.start, sentence.end);
	const changes: ChangeMention[] = [];
	const figAt = (offset: number) => inSentence.find((f) => f.start === offset);
	for (const m of s.matchAll(/\bfrom\s+(?:about\s+|around\s+|some\s+)?/gi)) {
		const a = figAt(sentence.start + m.index + m[0].length);
		if (!a) continue;
		const toM = /^[^.;]{0,40}?\bto\s+(?:about\s+|around\s+|some\s+)?/i.exec(text.slice(a.end, sentence.end));
		if (!toM) continue;
		const b = figAt(a.end + toM[0].length);
		if (!b || a.kind !== b.kind || a.value === b.value || a.kind === 'year' || a.kind === 'ordinal') continue;
		if (!a.unit && b.unit) a.unit = b.unit;
		if (!b.unit && a.unit) b.unit = a.unit;
		changes.push({
			start: a.start - m[0].length,
			end: b.end,
			text: text.slice(a.start - m[0].length, b.end),
			from: a,
			to: { ...b, unit: b.unit ?? a.unit },
			by: Math.round(Math.abs(b.value - a.value) * 1000) / 1000,
			direction: b.value > a.value ? 'increase' : 'decrease',
			rule: 'change-from-to'
		});
	}
	for (const m of s.matchAll(CHANGE_BY_FRACTION)) {
		const fraction = { half: 0.5, 'a half': 0.5, 'a third': 1 / 3, 'a quarter': 0.25, 'two-thirds': 2 / 3, 'three-quarters': 0.75 }[
			m[2]!.toLowerCase()
		]!;
		const at = sentence.start + m.index;
		changes.push({
			start: at,
			end: at + m[0].length,
			text: m[0],
			fraction,
			direction: IS_UP.test(m[1]!) ? 'increase' : 'decrease',
			rule: 'change-by-fraction'
		});
	}
	for (const m of s.matchAll(CHANGE_VERB)) {
		const f = figAt(sentence.start + m.index + m[0].length);
		if (!f || f.kind === 'year' || f.kind === 'ordinal') continue;
		if (changes.some((c) => c.start <= f.start && f.end <= c.end)) continue;
		// "rose to 12%" names the new level, not the change: only "by N" or "rose N%" read as the change.
		if (!/by\s+$/i.test(m[0]) && f.kind !== 'percent') continue;
		const at = sentence.start + m.index;
		changes.push({
			start: at,
			end: f.end,
			text: text.slice(at, f.end),
			by: f.value,
			to: undefined,
			direction: IS_UP.test(m[1]!) ? 'increase' : 'decrease',
			rule: 'change-by-amount'
		});
	}
	for (const m of s.matchAll(/\b(doubled|tripled|trebled|quadrupled|halved)\b/gi)) {
		const at = sentence.start + m.index;
		const word = m[1]!.toLowerCase();
		changes.push({
			start: at,
			end: at + m[0].length,
			text: m[0],
			fraction: word === 'halved' ? 0.5 : word === 'doubled' ? 1 : word === 'quadrupled' ? 3 : 2,
			direction: word === 'halved' ? 'decrease' : 'increase',
			rule: 'change-multiple'
		});
	}
	return changes;
}

const PERSON_NOUNS = /^(?:men|women|boys|girls|adults|children|teenagers|pupils|students|residents|workers|passengers|staff)$/;
/**
 * "about 1,200 roach and bream" after "more than 3,000 fish": kinds named together are counted as their
 * class, the thing counted in a figure at least as large in this paragraph or the one before, or in the
 * same number told again in this paragraph or the next; "40 men and women" are people. Changes
 * `figures[i]` and says whether it did.
 */
function classOfKinds(text: string, figures: FigureMention[], i: number): boolean {
	const f = figures[i]!;
	const unit = f.unit!;
	if (/\s/.test(unit)) return false;
	const pair = new RegExp(`^\\s+${unit.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s+(?:and|or)\\s+([a-z]+)\\b`).exec(text.slice(f.end, f.end + 60));
	if (!pair || STOP_UNIT.has(pair[1]!) || VERB_AFTER.has(pair[1]!) || /^(?:the|its|their|his|her|some|all|other|others|more|many|several)$/.test(pair[1]!)) return false;
	if (PERSON_NOUNS.test(unit) && PERSON_NOUNS.test(pair[1]!) && unit !== pair[1]) {
		f.unit = 'people';
		return true;
	}
	const counted = (g: FigureMention) => g.kind === 'count' && !!g.unit && g.unit !== unit && !/^(?:fraction|times|rank|years old)$/.test(g.unit) && !MEASURES.test(g.unit) && !/ per /.test(g.unit);
	for (let j = i - 1; j >= 0; j--) {
		const g = figures[j]!;
		if ((text.slice(g.end, f.start).match(/\n+/g)?.length ?? 0) > 1) break;
		if (!counted(g) || g.value < f.value) continue;
		f.unit = g.unit;
		f.confidence = 0.5;
		return true;
	}
	// "18,000 trout and salmon died … the 18,000 fish": the same number told again later with its class.
	for (let j = i + 1; j < figures.length; j++) {
		const g = figures[j]!;
		if ((text.slice(f.end, g.start).match(/\n+/g)?.length ?? 0) > 1) break;
		if (!counted(g) || g.value !== f.value) continue;
		f.unit = g.unit;
		f.confidence = 0.5;
		return true;
	}
	return false;
}

/** Units that measure rather than count: a bare number in the next sentence does not take them. */
const MEASURES = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|years old|metres?|kilometres?|miles?|millimetres?|centimetres?|tonnes?|kilos?|kilograms?|litres?|degrees?)$/;
const SENTENCE_END = /[.!?]["”’]?\s+(?=["“‘]?[A-Z])/g;
/**
 * Units from the words around, across sentences (the story's figures in order): a bare count that a
 * verb or a comma follows is the thing counted just before ("Nine people are dead and two are
 * missing"; "11 ships changed course. Two more were waiting"), in its sentence or the one before; and
 * "the 900 million figure" is in the unit of the 900 million the story gave before. Changes `figures`.
 */
export function unitsFromContext(text: string, figures: FigureMention[]): void {
	figures.forEach((f, i) => {
		if (f.kind !== 'count' && f.kind !== 'money') return;
		if (f.unit && /^(?:figure|sum|amount|total|number)s?$/.test(f.unit)) {
			const same = figures.slice(0, i).reverse().find((g) => g.value === f.value && g.unit && g.unit !== f.unit);
			if (same) Object.assign(f, { unit: same.unit, kind: same.kind, confidence: 0.6 });
			else delete f.unit;
			return;
		}
		// "took over the school in 2019 and runs nine others", "placed the school 212th of the 236": the count
		// is of the thing the sentence named before it.
		if (f.kind === 'count' && ((f.unit === 'others' && !/^\s+of\b/.test(text.slice(f.end + 7, f.end + 11))) || (!f.unit && /\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth|[a-z]+tieth)\s+(?:out\s+)?of\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, f.start - 24), f.start))))) {
			const sentence = text.slice(Math.max(0, f.start - 200), f.start).split(/[.!?]\s|\n/).pop()!;
			const nouns = [...sentence.matchAll(/\b(?:the|a|an|its|their|this|that)\s+([a-z]{3,})\b(?!['’]s)/g)].map((x) => x[1]!).filter((w) => !STOP_UNIT.has(w) && !VERB_AFTER.has(w) && !/(?:ed|ing|ly|est)$/.test(w) && !ORDINAL_WORDS[w]);
			const noun = nouns.pop();
			if (noun) {
				f.unit = noun;
				f.confidence = 0.45;
				return;
			}
			if (f.unit === 'others') delete f.unit;
		}
		// "two richer wards and six smaller ones": "ones" stands for the thing counted before.
		if (f.unit && f.kind === 'count' && /(?:^|\s)ones$/.test(f.unit)) {
			const before = figures.slice(0, i).reverse().find((g) => g.kind === 'count' && g.unit && !/(?:^|\s)ones$/.test(g.unit) && !/^(?:fraction|times|rank|years old)$/.test(g.unit) && !text.slice(g.end, f.start).includes('\n'));
			if (before) Object.assign(f, { unit: before.unit, confidence: 0.5 });
			else delete f.unit;
			return;
		}
		if (f.unit && f.kind === 'count' && classOfKinds(text, figures, i)) return;
		if (f.unit || f.kind !== 'count') return;
		// "a third of the homes, roughly 20,000,": in apposition to the thing just named.
		const apposed = /\bof (?:the|its|their) ([a-z]+s),\s*(?:[a-z]+\s+)?$/.exec(text.slice(Math.max(0, f.start - 40), f.start));
		if (apposed && /^,/.test(text.slice(f.end, f.end + 1))) {
			f.unit = apposed[1]!;
			f.confidence = 0.55;
			return;
		}
		// The same number again: "forces 6,000 from their homes" beside "some 6,000 people"; "All three spoke"
		// after "three officials". A large number or a definite "all/the/those three" refers back.
		const definite = /\b(?:all|the|those|these|both|its|their|all of the)\s+$/i.test(text.slice(Math.max(0, f.start - 12), f.start));
		if (f.value >= 100 || definite) {
			const same = [...figures.slice(0, i).reverse(), ...figures.slice(i + 1)].find(
				(g) => g.kind === 'count' && g.value === f.value && g.upTo === undefined && g.unit && !/^(?:fraction|times|rank|years old)$/.test(g.unit) && !MEASURES.test(g.unit) && text[g.end] !== '-'
			);
			if (same) {
				f.unit = same.unit;
				f.confidence = 0.55;
				return;
			}
		}
		// "above 40 micrograms per cubic metre … and above 60": a bound with no noun, in the paragraph of a
		// measure, is in that measure; the counts between ("six of the 12 schools") do not take its place.
		if (f.approximate && !/^\s+of\b/.test(text.slice(f.end, f.end + 4))) {
			for (let j = i - 1; j >= 0; j--) {
				const g = figures[j]!;
				if (text.slice(g.end, f.start).includes('\n')) break;
				if (g.unit && g.kind === 'count' && / per /.test(g.unit)) {
					f.unit = g.unit;
					f.confidence = 0.5;
					return;
				}
			}
		}
		// "a lead of 187", "a majority of 12": in the unit of the counts before it.
		if (/\b(?:lead|margin|majority|deficit)\s+of\s+(?:just\s+|only\s+)?$/.test(text.slice(Math.max(0, f.start - 20), f.start))) {
			const counted = figures.slice(0, i).reverse().find((g) => g.kind === 'count' && g.unit && !/^(?:fraction|times|rank|years old)$/.test(g.unit) && !MEASURES.test(g.unit) && text[g.end] !== '-');
			if (counted) {
				f.unit = counted.unit;
				f.confidence = 0.5;
				return;
			}
		}
		const after = text.slice(f.end, f.end + 30);
		// "lost 12 firefighters last year, after losing nine a year earlier": a count set against another time.
		const earlier = /^\s+(?:(?:a|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|months?|years?|decades?)\s+(?:earlier|before|previously)|the\s+(?:previous|year before|week before|month before)|(?:in|by)\s+(?:1[89]|20)\d\d)\b/.test(after);
		// "Of the 30 boats, 12 sank": a past verb after the bare count.
		const pastVerb = /^\s+([a-z]+)\b/.exec(after)?.[1];
		const verbAfter = pastVerb !== undefined && VERB_AFTER.has(pastVerb) && !/^(?:each|apiece|so|too|also|still|now|then|again|ago|percent|against)$/.test(pastVerb);
		// "the fee stood at 16.": a level the subject reached, not a count of the thing before.
		if (/\b(?:stood|stands|stand|rose|fell|climbed|dropped|grew|jumped|increased|decreased)\s+(?:at|to)\s+$/.test(text.slice(Math.max(0, f.start - 20), f.start))) return;
		if (!earlier && !verbAfter && !/^(?:[,.;:]|\s+(?:more\s+|others?\s+)?(?:are|were|was|is|had|have|has|remain|remained|remains|did|will|would|could|spoke|left|died|survived)\b)/.test(after)) return;
		const placeBefore = /\b(?:at|in|outside|across|near|among)\s+$/i.test(text.slice(Math.max(0, f.start - 10), f.start));
		for (let j = i - 1; j >= 0; j--) {
			const g = figures[j]!;
			const between = text.slice(g.end, f.start);
			if (between.includes('\n')) return;
			const ends = [...text.slice(g.end, f.start + 1).matchAll(SENTENCE_END)].length;
			if (ends > 1) return;
			// Ages, adjectival measures ("a 40-page draft") and a single thing ("one candidate") stand for no group.
			if (g.kind !== 'count' || !g.unit || /^(?:fraction|times|rank|years old)$/.test(g.unit) || text[g.end] === '-' || g.value === 1) continue;
			if (ends === 1 && MEASURES.test(g.unit)) continue;
			// "above 60 at two.": a count of places after "at", "in", "outside" is no measure.
			if ((MEASURES.test(g.unit) || / per /.test(g.unit)) && placeBefore) continue;
			f.unit = g.unit;
			f.confidence = 0.55;
			return;
		}
	});
}
