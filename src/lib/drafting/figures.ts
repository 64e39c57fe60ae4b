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
const APPROX = '(?:about|around|roughly|nearly|almost|approximately|some|more than|over|fewer than|less than|at least|up to|close to|just over|just under|an estimated|at most|as many as|as few as|under) ';

const NUMBER = new RegExp(
	`(?<![\\w.,:/£$€¥-])(?:(${APPROX}))?(?:(${CURRENCY_MARK})\\s?)?(${DIGITS}|${SPELLED})(?:\\s?(${SCALE})\\b)?` +
		`(?:\\s?(%|per ?cent\\b|percent\\b|percentage points?\\b)|(st|nd|rd|th)\\b)?(?![\\w:]|[.,]\\d)`,
	'gi'
);
const FRACTION = /\b(?:(about|around|roughly|nearly|almost|more than|over|less than|some) )?(one|two|three|four|a)[- ](half|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths)\b/gi;
/** Words before an ordinal that make it a place in a ranking ("finished seventh"), not an order of events. */
const RANK_CONTEXT = /\b(?:finished|finishing|placed|came|ranked|ranks|rank|lies|lying|sits|sitting|climbed to|fell to|dropped to|rose to|moved up to|the world's|the country's|europe's|britain's)\s+(?:in\s+)?$/i;
const ORDINAL_RANK = /\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,2}(?:st|nd|rd|th))\b/gi;
const HALF = /\b(?:(nearly|almost|about|around|roughly|more than|less than|well over|well under|just over|just under|over|under) )?(?:half(?= of\b| the\b| a\b| an\b| their\b| its\b| his\b| her\b| this\b| that\b| these\b| those\b| our\b| my\b| your\b)|(?:one|two|three) in (?:two|three|four|five|six|seven|eight|nine|ten))\b/gi;
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

const MONTH_AFTER = /^\s*(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b/;
const MONTH_BEFORE = /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s$/;

/** Figures in `text` between `start` and `end`, skipping the spans given (dates and times). */
export function findFigures(text: string, start: number, end: number, skip: Span[] = []): FigureMention[] {
	const singles: FigureMention[] = [];
	const slice = text.slice(start, end);
	void ORDINAL_WORDS;
	const overlapsSkip = (s: number, e: number) => skip.some((k) => k.start < e && s < k.end);
	for (const m of slice.matchAll(NUMBER)) {
		const [whole, approx, currency, first, scale, percent, ordinalSuffix] = m;
		const s = start + m.index;
		const numberAt = s + (approx?.length ?? 0);
		let e = s + whole.length;
		// "two weeks ago", "over the past two years": the time expression holds an amount of time, a figure.
		if (overlapsSkip(numberAt, e) && !/^\s(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b/.test(text.slice(e, e + 10))) continue;
		const before = text.slice(Math.max(0, numberAt - 12), numberAt);
		const after = text.slice(e, e + 40);
		const isSpelled = !/\d/.test(first!);
		if (!isSpelled && MONTH_BEFORE.test(before)) continue;
		if (/^\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|BST|CET|UTC)/i.test(after)) continue;
		if (!isSpelled && /^\d{1,2}$/.test(first!) && MONTH_AFTER.test(after)) continue;
		const lowerFirst = first!.toLowerCase();
		if (isSpelled && /^(?:one|a|an)$/.test(lowerFirst)) {
			// "one" is a number only before a counted noun: not "one of", "no one", "one day".
			if (!/^\s[a-z]+/.test(after) || /^\s(?:of|another|day|time|way|thing|side|hand|more|last|such)\b/.test(after) || /\b(?:no|not)\s$/i.test(before)) continue;
		}
		if (isSpelled && /^(?:dozens|hundreds|thousands|millions|half|a half)$/.test(lowerFirst)) continue;
		if (isSpelled && /^-(?:thirds?|halves|quarters?|fifths?)/.test(after)) continue;
		let value = parseNumber(first!);
		if (value === undefined) continue;
		if (scale) value *= SCALE_WORDS[scale.toLowerCase()] ?? 1;
		let kind: FigureMention['kind'] = 'count';
		let unit: string | undefined;
		if (percent) {
			kind = 'percent';
			unit = /point/i.test(percent) ? 'percentage points' : 'per cent';
		} else if (ordinalSuffix) {
			kind = 'ordinal';
			if (!RANK_CONTEXT.test(text.slice(Math.max(0, numberAt - 25), numberAt)) && !/^\s+(?:place|in the (?:league|table|standings|race|poll))\b/.test(after)) continue;
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
			const age = (/[A-Z][a-z]+,\s$/.test(text.slice(Math.max(0, numberAt - 30), numberAt)) || /\b(?:who|she|he) (?:is|was)\s$/.test(text.slice(Math.max(0, numberAt - 12), numberAt))) && /^[,.]|^ when\b/.test(after);
			if (hyphen) unit = hyphen[1] === 'year' && hyphen[2] ? 'years old' : `${hyphen[1]}s`;
			else if (
				age ||
				/\baged\s+(?:between\s+|about\s+|around\s+|from\s+)?$/.test(text.slice(Math.max(0, numberAt - 20), numberAt)) ||
				// "a girl of about eight": a person of a bare number is an age.
				(/\b(?:girl|boy|child|baby|toddler|son|daughter|man|woman|teenager) of\s+$/i.test(text.slice(Math.max(0, s - 20), s)) && !unitAfter(text, e))
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
					} else unit = named.words;
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
		if (overlapsSkip(s, e) || singles.some((f) => f.start < e && s < f.end && f.kind !== 'count')) continue;
		const num = m[2]!.toLowerCase() === 'a' ? 1 : parseNumber(m[2]!)!;
		const den = { half: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, tenth: 10, tenths: 10 }[m[3]!.toLowerCase()]!;
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
		if (!placed && !RANK_CONTEXT.test(text.slice(Math.max(0, s - 25), s)) && !/^\s+(?:place|in the (?:league|table|standings|race|poll))\b/.test(text.slice(e, e + 24))) continue;
		singles.push({ start: s, end: e, text: m[0], value: ORDINAL_WORDS[m[0].toLowerCase()] ?? parseInt(m[0], 10), kind: 'ordinal', unit: 'rank', spelled: true, confidence: 0.5 });
	}
	for (const m of slice.matchAll(HALF)) {
		const s = start + m.index;
		const e = s + m[0].length;
		if (overlapsSkip(s, e)) continue;
		for (let i = singles.length - 1; i >= 0; i--) if (singles[i]!.start < e && s < singles[i]!.end && singles[i]!.kind === 'count') singles.splice(i, 1);
		if (singles.some((f) => f.start < e && s < f.end)) continue;
		if (/\band an?\s$|\band\s$/.test(text.slice(Math.max(0, s - 7), s))) continue;
		const inN = /(\w+) in (\w+)$/.exec(m[0]);
		const value = inN ? Math.round((parseNumber(inN[1]!)! / parseNumber(inN[2]!)!) * 10000) / 10000 : 0.5;
		if (!Number.isFinite(value)) continue;
		singles.push({ start: s, end: e, text: m[0], value, kind: 'count', unit: 'fraction', ...(m[1] ? { approximate: true } : {}), spelled: true, confidence: 0.6 });
	}
	for (const m of slice.matchAll(TIMES_WORD)) {
		const s = start + m.index;
		const e = s + m[0].length;
		if (overlapsSkip(s, e)) continue;
		const value = { once: 1, twice: 2, thrice: 3 }[m[2]!.toLowerCase()]!;
		if (value === 1) continue;
		singles.push({ start: s, end: e, text: m[0], value, kind: 'count', unit: 'times', ...(m[1] ? { approximate: true } : {}), spelled: true, confidence: 0.6 });
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
	singles.sort((a, b) => a.start - b.start);
	// Ranges: "between 40 and 50 people", "40-50", "40 to 50" (but "from 20 to 10" is a change).
	const found: FigureMention[] = [];
	for (let i = 0; i < singles.length; i++) {
		const a = singles[i]!;
		const b = singles[i + 1];
		if (b && a.kind === b.kind && a.kind !== 'ordinal') {
			const gap = text.slice(a.end, b.start);
			const lead = text.slice(Math.max(0, a.start - 8), a.start);
			const between = /^\s+and\s+$/.test(gap) && /\bbetween\s$/i.test(lead);
			const dash = /^\s?[-–]\s?$/.test(gap) || (/^\s+to\s+$/.test(gap) && !/\bfrom\s$/i.test(lead) && !/\b(?:rose|fell|increased|decreased|cut|reduced|up|down)\b/i.test(text.slice(Math.max(0, a.start - 30), a.start)));
			if (between || dash) {
				const s = between ? a.start - 'between '.length : a.start;
				const scale = /\b(thousand|million|billion|trillion|bn|m)\b/i.exec(b.text)?.[1];
				if (scale && !/\b(?:thousand|million|billion|trillion|bn|m)\b/i.test(a.text)) a.value *= SCALE_WORDS[scale.toLowerCase()] ?? 1;
				found.push({ ...b, ...a, start: s, end: b.end, text: text.slice(s, b.end), unit: b.unit ?? a.unit, upTo: b.value, confidence: Math.min(a.confidence, b.confidence) });
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
		const ofThe = /^\s+of\s+(?:the|its|their|these|those|our)\s+(?:[a-z]+['’]s\s+)?(?:[\d,]+\s+)?(?:[a-z]+\s+)?([a-z]+s|men|women|people|children|staff|police|personnel)\b/.exec(text.slice(f.end, f.end + 60));
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
		const next = kept[i + 1];
		const prev = kept[i - 1];
		const between = (a: Span, b: Span) => text.slice(a.end, b.start);
		if (next?.unit && next.kind === 'count' && /^\s*(?:to|and|or|–|-)\s*$/.test(between(f, next))) f.unit = next.unit;
		else if (prev?.unit && prev.kind === 'count' && prev.unit !== 'fraction' && new RegExp(`^\\s*(?:${prev.unit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+)?(?:to|against|and|,|or|from)\\s*(?:about\\s+)?$`).test(between(prev, f))) f.unit = prev.unit;
		if (f.unit) f.confidence = 0.6;
	});
	return kept;
}

const STOP_UNIT = new Set<string>(NOT_UNITS);
const VERB_AFTER = new Set(['left', 'remain', 'remained', 'remains', 'spoke', 'said', 'died', 'survived', 'took', 'made', 'went', 'came', 'told', 'got', 'were', 'are', 'is', 'was', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'did', 'do', 'does', 'still', 'also', 'now', 'then', 'later', 'earlier', 'again', 'each', 'apiece', 'so', 'too', 'ago', 'percent']);

/** The words after a number that name what it counts: "8 mission employees were" → "mission employees". */
function unitAfter(text: string, at: number): { words: string; end: number } | undefined {
	const m = /^(\s+)((?:[a-z][a-z'’-]*)(?:\s+[a-z][a-z'’-]*){0,2})/.exec(text.slice(at, at + 60));
	if (!m) return undefined;
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
		if (f.unit || f.kind !== 'count') return;
		// "a third of the homes, roughly 20,000,": in apposition to the thing just named.
		const apposed = /\bof (?:the|its|their) ([a-z]+s),\s*(?:[a-z]+\s+)?$/.exec(text.slice(Math.max(0, f.start - 40), f.start));
		if (apposed && /^,/.test(text.slice(f.end, f.end + 1))) {
			f.unit = apposed[1]!;
			f.confidence = 0.55;
			return;
		}
		const after = text.slice(f.end, f.end + 30);
		if (!/^(?:[,.;:]|\s+(?:more\s+|others?\s+)?(?:are|were|was|is|had|have|has|remain|remained|remains|did|will|would|could|spoke|left|died|survived)\b)/.test(after)) return;
		for (let j = i - 1; j >= 0; j--) {
			const g = figures[j]!;
			const between = text.slice(g.end, f.start);
			if (between.includes('\n')) return;
			const ends = [...text.slice(g.end, f.start + 1).matchAll(SENTENCE_END)].length;
			if (ends > 1) return;
			// Ages, adjectival measures ("a 40-page draft") and a single thing ("one candidate") stand for no group.
			if (g.kind !== 'count' || !g.unit || /^(?:fraction|times|rank|years old)$/.test(g.unit) || text[g.end] === '-' || g.value === 1) continue;
			if (ends === 1 && MEASURES.test(g.unit)) continue;
			f.unit = g.unit;
			f.confidence = 0.55;
			return;
		}
	});
}
