import type { NumericAnswer } from '$lib/content/types';
import {
	DATE_LEADS,
	DATE_TAILS,
	DURATIONS,
	IRREGULAR_PLURALS,
	NUMBER_LEADS,
	NUMBER_TAILS,
	WEEKDAYS,
	type Direction
} from './reading-words';
import { normaliseText, quoteForMessage } from './text';

/** The longest learner text we read for a number or date; anything longer is refused, not parsed. */
export const NUMERIC_TEXT_MAX = 1000;

/**
 * A calendar day; `year` only where the learner (or the key) gives one, `weekday` (Sunday = 0) only where
 * the learner names one.
 */
export type DateValue = { month: number; day: number; year?: number; weekday?: number };

/**
 * What a learner's number-or-date answer says. `accepted`: it is one of the question's whole answers.
 * A number is signed as the learner meant it ("10 fewer" is −10); `change` says how a change was written
 * (a sign, or words such as "fewer"); `unit` is the question's unit word the learner wrote, as declared.
 */
export type NumberValue =
	| { type: 'number'; value: number; unit?: string; change?: 'sign' | 'word' }
	| ({ type: 'date' } & DateValue)
	| { type: 'accepted'; text: string };

export type NumberParse = { ok: true; value: NumberValue } | { ok: false; error: string };

export type ParseNumberOptions = {
	/**
	 * Unit words that name what the key counts ("diplomats", "people"); singular and plural both read.
	 * Where one is a unit of time ("days"), the learner may write the span in weeks or fortnights too.
	 */
	units?: readonly string[];
	/** Unit words read but not the key's ("people" for a count of posts): the answer is then wrong, not refused. */
	otherUnits?: readonly string[];
	/** Whole answers accepted as written, matched ignoring case and spacing. */
	accept?: readonly string[];
	/** What the question wants; a date for a number question (or the reverse) is refused with a hint. */
	expect?: 'integer' | 'date';
};

const ONES: Record<string, number> = {
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	thirteen: 13,
	fourteen: 14,
	fifteen: 15,
	sixteen: 16,
	seventeen: 17,
	eighteen: 18,
	nineteen: 19
};

const TENS: Record<string, number> = {
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50,
	sixty: 60,
	seventy: 70,
	eighty: 80,
	ninety: 90
};

const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

const ORDINAL_ONES: Record<string, number> = {
	first: 1,
	second: 2,
	third: 3,
	fourth: 4,
	fifth: 5,
	sixth: 6,
	seventh: 7,
	eighth: 8,
	ninth: 9,
	tenth: 10,
	eleventh: 11,
	twelfth: 12,
	thirteenth: 13,
	fourteenth: 14,
	fifteenth: 15,
	sixteenth: 16,
	seventeenth: 17,
	eighteenth: 18,
	nineteenth: 19,
	twentieth: 20,
	thirtieth: 30
};

const MONTH_NAMES = [
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december'
];

const MONTHS: Record<string, number> = { sept: 9 };
MONTH_NAMES.forEach((name, i) => {
	MONTHS[name] = i + 1;
	MONTHS[name.slice(0, 3)] = i + 1;
});

const DIGITS = /^[-+]?(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$|^[-+]?\.\d+$/;

function own<T>(table: Record<string, T>, key: string | undefined): T | undefined {
	return key !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
}

function parseDigits(token: string): number | null {
	if (!DIGITS.test(token)) return null;
	const value = Number(token.replace(/,/g, ''));
	return Number.isFinite(value) ? value : null;
}

type Step = { value: number; next: number };

/** 1–99 in words: "seven", "seventeen", "seventy", "seventy seven" (hyphens already split). */
function below100(words: string[], i: number): Step | null {
	const tens = own(TENS, words[i]);
	if (tens !== undefined) {
		const ones = own(ONES, words[i + 1]);
		if (ones !== undefined && ones < 10) return { value: tens + ones, next: i + 2 };
		return { value: tens, next: i + 1 };
	}
	const ones = own(ONES, words[i]);
	return ones !== undefined ? { value: ones, next: i + 1 } : null;
}

/** 1–9999 in words, as a group before a scale: "a hundred", "three hundred and six", "twelve hundred". */
function belowThousand(words: string[], i: number): Step | null {
	const lead = words[i] === 'a' ? { value: 1, next: i + 1 } : below100(words, i);
	if (!lead) return null;
	if (words[lead.next] === 'hundred') {
		let next = lead.next + 1;
		const and = words[next] === 'and';
		if (and) next++;
		const rest = below100(words, next);
		if (rest) return { value: lead.value * 100 + rest.value, next: rest.next };
		return and ? null : { value: lead.value * 100, next };
	}
	// "a" stands for one only before "hundred" or a scale ("a thousand").
	if (words[i] === 'a' && own(SCALES, words[lead.next]) === undefined) return null;
	return lead;
}

/** English number words, "zero" to the billions; null unless every word is part of the number. */
function parseNumberWords(words: string[]): number | null {
	if (words.length === 1 && (words[0] === 'zero' || words[0] === 'nought')) return 0;
	let total = 0;
	let lastScale = Infinity;
	let i = 0;
	while (i < words.length) {
		const group = belowThousand(words, i);
		if (!group) return null;
		i = group.next;
		const scale = own(SCALES, words[i]);
		if (scale === undefined) {
			if (i !== words.length) return null;
			return total + group.value;
		}
		if (scale >= lastScale) return null;
		total += group.value * scale;
		lastScale = scale;
		i++;
		if (words[i] === 'and') {
			i++;
			if (i === words.length) return null;
		}
	}
	return total;
}

/** A number written as digits, as words, or as digits and a scale word ("1.5 million"). */
function parseNumberTokens(tokens: string[]): number | null {
	if (tokens.length === 0) return null;
	const first = tokens[0]!;
	if (tokens.length === 1) {
		const digits = parseDigits(first);
		if (digits !== null) return digits;
	}
	if (tokens.length === 2) {
		const digits = parseDigits(first);
		const scale = own(SCALES, tokens[1]) ?? (tokens[1] === 'hundred' ? 100 : undefined);
		if (digits !== null && scale !== undefined) return digits * scale;
	}
	const words = tokens.flatMap((t) => t.split('-'));
	if (words.some((w) => w === '')) return null;
	return parseNumberWords(words);
}

/** A day of the month: "1", "01", "1st", "first", "twenty first", "thirty-one". */
function parseDay(tokens: string[]): number | null {
	const words = tokens.flatMap((t) => t.split('-'));
	if (words.length === 1) {
		const m = /^(\d{1,2})(st|nd|rd|th)?$/.exec(words[0]!);
		if (m) return Number(m[1]);
		const ordinal = own(ORDINAL_ONES, words[0]);
		if (ordinal !== undefined) return ordinal;
	}
	if (words.length === 2) {
		const tens = own(TENS, words[0]);
		const ordinal = own(ORDINAL_ONES, words[1]);
		if (tens !== undefined && ordinal !== undefined && ordinal < 10) return tens + ordinal;
	}
	return parseNumberWords(words);
}

function daysIn(month: number, year?: number): number {
	if (month === 2) {
		if (year === undefined) return 29;
		return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
	}
	return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function checkedDate(month: number, day: number, year?: number): DateValue | string {
	const monthName = MONTH_NAMES[month - 1];
	if (!monthName || !Number.isInteger(day) || day < 1) return 'unreadable';
	const max = daysIn(month, year);
	if (day > max) {
		const name = monthName[0]!.toUpperCase() + monthName.slice(1);
		return `${name} has only ${max} days${month === 2 && year !== undefined ? ` in ${year}` : ''}.`;
	}
	return year === undefined ? { month, day } : { month, day, year };
}

/** Parses `YYYY-MM-DD` or `--MM-DD`, the forms question keys use; null for anything else. */
export function parseIsoDate(iso: string): DateValue | null {
	const m = /^(?:(\d{4})|-)-(\d{2})-(\d{2})$/.exec(iso.trim());
	if (!m) return null;
	const date = checkedDate(Number(m[2]), Number(m[3]), m[1] === undefined ? undefined : Number(m[1]));
	return typeof date === 'string' ? null : date;
}


function weekdayOf(year: number, month: number, day: number): number {
	return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/** The longest phrase of `phrases` that `tokens` start with (or end with), as a token count; 0 for none. */
function phraseAt(tokens: readonly string[], phrases: Iterable<string>, atEnd: boolean): { length: number; phrase: string } {
	let best = { length: 0, phrase: '' };
	for (const phrase of phrases) {
		const words = phrase.split(' ');
		if (words.length <= best.length || words.length > tokens.length) continue;
		const slice = atEnd ? tokens.slice(tokens.length - words.length) : tokens.slice(0, words.length);
		if (slice.every((t, i) => t === words[i])) best = { length: words.length, phrase };
	}
	return best;
}

/**
 * A date with the month's name, in the orders people write: "1 November", "1st of November",
 * "November 1", "Nov. 1, 2021", "1-Nov-2021". Null when no month name is in the text.
 */
function parseNamedDate(tokens: string[]): DateValue | string | null {
	const words = tokens
		.flatMap((t) => (/[-/]/.test(t) && t.split(/[-/]/).some((w) => own(MONTHS, w) !== undefined) ? t.split(/[-/]/) : [t]))
		.map((t) => t.replace(/\.$/, ''))
		.filter((t) => t !== '');
	const monthAt = words.findIndex((w) => own(MONTHS, w) !== undefined);
	if (monthAt < 0) return null;
	const month = own(MONTHS, words[monthAt])!;
	let before = words.slice(0, monthAt);
	let after = words.slice(monthAt + 1);
	if (before[0] === 'the') before = before.slice(1);
	if (before.at(-1) === 'of') before = before.slice(0, -1);

	let year: number | undefined;
	if (after.at(-2) === 'of' && /^\d{4}$/.test(after.at(-1)!)) after = [...after.slice(0, -2), after.at(-1)!];
	const last = after.at(-1);
	if (last !== undefined && /^\d{4}$/.test(last) && (before.length > 0 || after.length > 1)) {
		year = Number(last);
		after = after.slice(0, -1);
	}
	if (after[0] === 'the') after = after.slice(1);
	const dayMissing = 'Write the day as well as the month, such as 1 November.';
	if (before.length === 0 && after.length === 1 && /^\d{4}$/.test(after[0]!)) return dayMissing;

	let dayTokens: string[];
	if (before.length > 0 && after.length === 0) dayTokens = before;
	else if (before.length === 0 && after.length > 0) dayTokens = after;
	else if (before.length === 0 && after.length === 0) return dayMissing;
	else return 'unreadable';
	const day = parseDay(dayTokens);
	return day === null ? 'unreadable' : checkedDate(month, day, year);
}

const AMBIGUOUS = 'ambiguous';

/**
 * A date in digits: year first with any separator ("2021-11-01", "2021/11/01", "2021.11.01"); day first
 * with dots ("01.11.2021"); otherwise day and month in either order, read only where one reading is
 * possible or both agree ("18/10", "10/18/2021", "1/1"). Two-digit years are this century's.
 */
function parseDigitDate(token: string): DateValue | string | null {
	const iso = /^--(\d{2})-(\d{2})$/.exec(token);
	if (iso) return checkedDate(Number(iso[1]), Number(iso[2]));
	const yearFirst = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/.exec(token);
	if (yearFirst) return checkedDate(Number(yearFirst[3]), Number(yearFirst[4]), Number(yearFirst[1]));
	// With dots, only a full date: "8.5" is a number.
	const m = /^(\d{1,2})([-/])(\d{1,2})(?:\2(\d{4}|\d{2}))?$|^(\d{1,2})(\.)(\d{1,2})\.(\d{4}|\d{2})$/.exec(token);
	if (!m) return /^\d{1,4}(?:[-/]\d{1,4}){1,2}$|^\d{1,4}(?:\.\d{1,4}){2}$/.test(token) ? 'unreadable' : null;
	const dotted = m[5] !== undefined;
	const [first, second, yearText] = dotted ? [m[5], m[7], m[8]] : [m[1], m[3], m[4]];
	const [a, b] = [Number(first), Number(second)];
	const year = yearText === undefined ? undefined : yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
	const dayFirst = checkedDate(b, a, year);
	if (dotted) return dayFirst;
	const monthFirst = checkedDate(a, b, year);
	const readings = [dayFirst, monthFirst].filter((d): d is DateValue => typeof d !== 'string');
	if (readings.length === 0) return typeof dayFirst === 'string' && dayFirst !== 'unreadable' ? dayFirst : 'unreadable';
	if (readings.length === 2 && (readings[0]!.month !== readings[1]!.month || readings[0]!.day !== readings[1]!.day)) {
		return AMBIGUOUS;
	}
	return readings[0]!;
}

/** Strips the longest leading and trailing phrases of the given lists, as often as they occur. */
function stripAround(tokens: string[], leads: Iterable<string>, tails: Iterable<string>): string[] {
	let rest = tokens;
	for (let round = 0; round < 3; round++) {
		const lead = phraseAt(rest, leads, false);
		if (lead.length === 0 || lead.length === rest.length) break;
		rest = rest.slice(lead.length);
	}
	for (let round = 0; round < 3; round++) {
		const tail = phraseAt(rest, tails, true);
		if (tail.length === 0 || tail.length === rest.length) break;
		rest = rest.slice(0, rest.length - tail.length);
	}
	return rest;
}

/**
 * A date, with leading words ("on", "starting from"), a weekday ("Monday, 1 November") and trailing
 * words ("onwards"). A string is a message for the learner (or `unreadable`/`ambiguous`); null: not a date.
 */
function parseDate(tokens: string[]): DateValue | string | null {
	let rest = stripAround(tokens, DATE_LEADS, DATE_TAILS);
	let weekday: number | undefined;
	const first = rest[0]?.replace(/[.,]$/, '');
	if (first !== undefined && own(WEEKDAYS, first) !== undefined) {
		weekday = own(WEEKDAYS, first);
		rest = rest.slice(1);
		if (rest.length === 0) return 'Write the date as well as the day of the week, such as Monday 1 November.';
	}
	let date: DateValue | string | null;
	if (rest.length === 1 && /^[-\d][-\d/.]*$/.test(rest[0]!)) date = parseDigitDate(rest[0]!);
	else date = parseNamedDate(rest);
	if (date === null && weekday !== undefined) return 'unreadable';
	if (date === null || typeof date === 'string') return date;
	return weekday === undefined ? date : { ...date, weekday };
}

/** How the reader knows a unit word: as the question's own, as another unit the question names, or in time. */
type UnitWord = { canonical: string; own: boolean; factor: number };

function unitVariants(unit: string): string[] {
	const forms = new Set([unit]);
	const words = unit.split(' ');
	const last = words.at(-1)!;
	const head = words.slice(0, -1).join(' ');
	const join = (w: string) => (head ? `${head} ${w}` : w);
	for (const [singular, plural] of Object.entries(IRREGULAR_PLURALS)) {
		if (unit === singular || unit === plural) forms.add(singular).add(plural);
	}
	if (/^[a-z]+$/.test(last)) {
		if (last.endsWith('s')) forms.add(join(last.slice(0, -1)));
		else forms.add(join(last + 's'));
	}
	return [...forms];
}

function unitTable(units: readonly string[], otherUnits: readonly string[]): Map<string, UnitWord> {
	const table = new Map<string, UnitWord>();
	const add = (form: string, word: UnitWord) => {
		if (!table.has(form)) table.set(form, word);
	};
	for (const unit of units) {
		const canonical = normaliseText(unit);
		for (const form of unitVariants(canonical)) add(form, { canonical, own: true, factor: 1 });
		const base = own(DURATIONS, canonical);
		if (base !== undefined) {
			for (const [form, days] of Object.entries(DURATIONS)) add(form, { canonical, own: true, factor: days / base });
		}
	}
	for (const unit of otherUnits) {
		const canonical = normaliseText(unit);
		for (const form of unitVariants(canonical)) add(form, { canonical, own: false, factor: 1 });
	}
	return table;
}

type NumberPhrase = { value: number; unit?: string; change?: 'sign' | 'word' };

/**
 * A number with the words people put around it: "about 8", "by ten", "8 mission employees", "10 fewer",
 * "two weeks later", "a fortnight". Null when the tokens are not such a phrase.
 */
function parseNumberPhrase(tokens: string[], units: Map<string, UnitWord>): NumberPhrase | null {
	let rest = tokens;
	const directions: Direction[] = [];
	for (let round = 0; round < 2; round++) {
		const lead = phraseAt(rest, Object.keys(NUMBER_LEADS), false);
		if (lead.length === 0 || lead.length === rest.length) break;
		const direction = NUMBER_LEADS[lead.phrase];
		if (direction) directions.push(direction);
		rest = rest.slice(lead.length);
	}
	let unit: UnitWord | undefined;
	for (let round = 0; round < 4 && rest.length > 1; round++) {
		const tail = phraseAt(rest, Object.keys(NUMBER_TAILS), true);
		const unitHere = unit ? { length: 0, phrase: '' } : phraseAt(rest, units.keys(), true);
		const take = unitHere.length >= tail.length ? unitHere : tail;
		if (take.length === 0 || take.length === rest.length) break;
		if (take === unitHere) unit = units.get(unitHere.phrase);
		else {
			const direction = NUMBER_TAILS[tail.phrase];
			if (direction) directions.push(direction);
		}
		rest = rest.slice(0, rest.length - take.length);
	}
	let value: number | null;
	if (unit && rest.length === 1 && (rest[0] === 'a' || rest[0] === 'an')) value = 1;
	else value = parseNumberTokens(rest);
	if (value === null) return null;
	if (unit) value *= unit.factor;
	if (new Set(directions).size > 1) return null;
	let change: 'sign' | 'word' | undefined;
	if (directions.length > 0) {
		change = 'word';
		value = directions[0] === 'decrease' ? -Math.abs(value) : Math.abs(value);
	} else if (/^[-+]/.test(rest[0] ?? '')) change = 'sign';
	return { value, ...(unit ? { unit: unit.canonical } : {}), ...(change ? { change } : {}) };
}

const NUMBER_WORDS = new Set([
	...Object.keys(ONES),
	...Object.keys(TENS),
	...Object.keys(SCALES),
	'zero',
	'nought',
	'hundred',
	'and',
	'a'
]);

function isPlainWord(token: string): boolean {
	return /^[\p{L}'’-]+$/u.test(token) && !token.split('-').some((w) => NUMBER_WORDS.has(w));
}

function unitsMessage(units: readonly string[]): string {
	return units.length > 0
		? `Write just the number, or the number with one of: ${units.join(', ')}.`
		: 'Write just the number, without words after it.';
}

/**
 * Reads a learner's answer to a number-or-date question, as a teacher would. Numbers: digits ("8", "08",
 * "1,000", "-10"), words ("twenty-one", "a hundred"), with leading words ("about", "by", "up to"), one of
 * the question's unit words ("8 mission employees"), a change ("10 fewer", "down by 10") and trailing
 * words ("14 days later"); spans of time convert ("two weeks", "a fortnight" for days). Dates: the month's
 * name in any common order, with a weekday and a year, or digits where they read one way only
 * ("2021/11/01"), after words such as "on" or "starting from". Never throws; an answer it cannot read
 * comes back as `{ ok: false, error }` for the learner.
 */
export function parseNumberAnswer(text: string, opts: ParseNumberOptions = {}): NumberParse {
	if (typeof text !== 'string') return { ok: false, error: 'Write the answer as text.' };
	if (text.length > NUMERIC_TEXT_MAX) {
		return { ok: false, error: 'That answer is too long. Write just the number or the date.' };
	}
	const plain = normaliseText(text)
		.replace(/[.!]+$/, '')
		.replace(/,(?=\s|$)/g, '')
		.replace(/[()]/g, ' ')
		// "14days", "8diplomats": a number glued to a word (but not "1st", "2nd").
		.replace(/(\d)(?!(?:st|nd|rd|th)\b)([a-z])/g, '$1 $2')
		.replace(/\s+/g, ' ')
		.trim();
	if (plain === '') return { ok: false, error: 'Write an answer before checking.' };
	const canonical = (s: string) => normaliseText(s).replace(/[.!]+$/, '');
	if (opts.accept?.some((a) => typeof a === 'string' && canonical(a) === canonical(text))) {
		return { ok: true, value: { type: 'accepted', text: plain } };
	}
	const shown = quoteForMessage(text);
	const expectDate = opts.expect === 'date';
	const unreadable = expectDate
		? `We couldn't read ${shown} as a date. Write a date such as 1 November.`
		: `We couldn't read ${shown} as a number. Write digits like 8 or words like eight.`;
	const fail = (error: string): NumberParse => ({ ok: false, error });
	const tokens = plain.split(' ');

	const date = parseDate(tokens);
	if (date === AMBIGUOUS) {
		return fail(`Write the month's name, such as 1 November: ${shown} can be read as more than one date.`);
	}
	if (date === 'unreadable') return fail(unreadable);
	if (typeof date === 'string') return fail(date);
	if (date) {
		return opts.expect === 'integer'
			? fail('This question wants a number, not a date. Write digits like 8 or words like eight.')
			: { ok: true, value: { type: 'date', ...date } };
	}

	const units = (opts.units ?? []).filter((u): u is string => typeof u === 'string' && u.trim() !== '');
	const others = (opts.otherUnits ?? []).filter((u): u is string => typeof u === 'string' && u.trim() !== '');
	const table = unitTable(units, others);
	const number = (phrase: NumberPhrase): NumberParse =>
		expectDate
			? fail(`Write the date with the month's name, such as 1 November.`)
			: { ok: true, value: { type: 'number', ...phrase } };

	const phrase = parseNumberPhrase(tokens, table);
	if (phrase) return number(phrase);
	// Symbol units glued to the number: "50%".
	for (const [form, unit] of table) {
		if (/^[a-z]/.test(form) || !plain.endsWith(form)) continue;
		const value = parseNumberTokens(plain.slice(0, -form.length).trim().split(' '));
		if (value !== null) return number({ value, unit: unit.canonical });
	}
	// A number followed by plain words ("8 persons") is a unit problem; "ten ten" is just unreadable.
	for (let k = tokens.length - 1; k >= 1 && !expectDate; k--) {
		if (!tokens.slice(k).every(isPlainWord)) break;
		if (parseNumberPhrase(tokens.slice(0, k), table) !== null) return fail(unitsMessage(units));
	}
	return fail(unreadable);
}

/** Whether two days are the same; the year only counts where both give one. */
export function sameDay(a: DateValue, b: DateValue): boolean {
	if (a.month !== b.month || a.day !== b.day) return false;
	return a.year === undefined || b.year === undefined || a.year === b.year;
}

/** Whether a named weekday fits the day, in the learner's year or else the key's; unknowable ones pass. */
export function weekdayFits(value: DateValue, key: DateValue): boolean {
	if (value.weekday === undefined) return true;
	const year = value.year ?? key.year;
	return year === undefined || weekdayOf(year, value.month, value.day) === value.weekday;
}

/**
 * Whether a parsed answer (not an `accepted` one) is the key's value, within its tolerance. For a key
 * that is a change, "10", "-10" and "10 fewer" all match a decrease of 10, "10 more" does not; for a
 * plain count, words of change ("10 fewer") never match. A date must match its year and weekday where
 * the learner gives them. Units are the grader's business.
 */
export function matchesNumericAnswer(value: NumberValue, answer: NumericAnswer): boolean {
	if (answer.type === 'integer') {
		if (value.type !== 'number') return false;
		const tolerance = Math.max(0, answer.tolerance ?? 0);
		let target = answer.value;
		if (answer.change === 'decrease' && value.change) target = -answer.value;
		if (answer.change === undefined && value.change === 'word') return false;
		// The small slack absorbs float error in, say, 0.1 + 0.2; keys are whole numbers.
		return Math.abs(value.value - target) <= tolerance + 1e-9;
	}
	const key = parseIsoDate(answer.iso);
	return value.type === 'date' && key !== null && sameDay(value, key) && weekdayFits(value, key);
}

/**
 * Whether a parsed answer is an author's likely wrong value: a number, an ISO date, or any text
 * the parser reads ("ten", "1 October"). A change matches on its size: "8 fewer" is the wrong value 8.
 */
export function matchesValue(value: NumberValue, expected: number | string): boolean {
	if (value.type === 'accepted') return false;
	let target: NumberValue | null = null;
	if (typeof expected === 'number') target = { type: 'number', value: expected };
	else {
		const iso = parseIsoDate(expected);
		if (iso) target = { type: 'date', ...iso };
		else {
			const parsed = parseNumberAnswer(expected);
			if (parsed.ok) target = parsed.value;
		}
	}
	if (!target) return false;
	if (value.type === 'number') {
		if (target.type !== 'number') return false;
		return value.change ? Math.abs(value.value) === Math.abs(target.value) : value.value === target.value;
	}
	return target.type === 'date' && sameDay(value, target);
}
