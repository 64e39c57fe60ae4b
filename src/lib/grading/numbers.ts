import type { NumericAnswer } from '$lib/content/types';
import { normaliseText, quoteForMessage } from './text';

/** The longest learner text we read for a number or date; anything longer is refused, not parsed. */
export const NUMERIC_TEXT_MAX = 1000;

/** A calendar day; `year` only where the learner (or the key) gives one. */
export type DateValue = { month: number; day: number; year?: number };

/** What a learner's number-or-date answer says. `accepted`: it is one of the question's whole answers. */
export type NumberValue =
	| { type: 'number'; value: number }
	| ({ type: 'date' } & DateValue)
	| { type: 'accepted'; text: string };

export type NumberParse = { ok: true; value: NumberValue } | { ok: false; error: string };

export type ParseNumberOptions = {
	/** Unit words the learner may write after a number ("diplomats", "people"). */
	units?: readonly string[];
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

const WEEKDAYS = new Set(
	['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].flatMap((d) => [
		d,
		d.slice(0, 3)
	])
);
WEEKDAYS.add('tues').add('thur').add('thurs');

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

/**
 * A date with the month's name, in the orders people write: "1 November", "1st of November",
 * "November 1", "Nov. 1, 2021", "Monday 1 November". Null when no month name is in the text.
 */
function parseNamedDate(tokens: string[]): DateValue | string | null {
	const words = tokens.map((t) => t.replace(/\.$/, ''));
	const monthAt = words.findIndex((w) => own(MONTHS, w) !== undefined);
	if (monthAt < 0) return null;
	const month = own(MONTHS, words[monthAt])!;
	let before = words.slice(0, monthAt);
	let after = words.slice(monthAt + 1);
	if (before[0] !== undefined && WEEKDAYS.has(before[0])) before = before.slice(1);
	if (before[0] === 'the') before = before.slice(1);
	if (before.at(-1) === 'of') before = before.slice(0, -1);

	let year: number | undefined;
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
 * Reads a learner's answer to a number-or-date question. Digits ("8", "08", "1,000", "8.0"), number
 * words ("twenty-one", "a hundred"), optionally followed by one of the question's unit words; dates
 * with the month's name or as ISO. Numeric dates like "11/1" are refused: they read two ways.
 * Never throws; an answer it cannot read comes back as `{ ok: false, error }` for the learner.
 */
export function parseNumberAnswer(text: string, opts: ParseNumberOptions = {}): NumberParse {
	if (typeof text !== 'string') return { ok: false, error: 'Write the answer as text.' };
	if (text.length > NUMERIC_TEXT_MAX) {
		return { ok: false, error: 'That answer is too long. Write just the number or the date.' };
	}
	const plain = normaliseText(text)
		.replace(/[.!]+$/, '')
		.replace(/,(?=\s|$)/g, '')
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

	const date = (value: DateValue): NumberParse =>
		opts.expect === 'integer'
			? fail('This question wants a number, not a date. Write digits like 8 or words like eight.')
			: { ok: true, value: { type: 'date', ...value } };

	if (/^\d{1,4}(?:[/-]\d{1,4}){1,2}$/.test(plain) || /^\d{1,4}(?:\.\d{1,4}){2}$/.test(plain)) {
		const iso = parseIsoDate(plain);
		if (iso) return date(iso);
		return fail(`Write the month's name, such as 1 November: ${shown} can be read as more than one date.`);
	}
	if (/^--\d{2}-\d{2}$/.test(plain)) {
		const iso = parseIsoDate(plain);
		return iso ? date(iso) : fail(unreadable);
	}

	const tokens = plain.split(' ');
	const named = parseNamedDate(tokens);
	if (named === 'unreadable') return fail(unreadable);
	if (typeof named === 'string') return fail(named);
	if (named) return date(named);

	const number = (value: number): NumberParse =>
		expectDate
			? fail(`Write the date with the month's name, such as 1 November.`)
			: { ok: true, value: { type: 'number', value } };

	const units = (opts.units ?? []).filter((u): u is string => typeof u === 'string' && u.trim() !== '');
	const unitForms = units.map(normaliseText).sort((a, b) => b.length - a.length);
	for (const unit of unitForms) {
		const spaced = plain.endsWith(' ' + unit);
		const glued = !/^[a-z]/.test(unit) && plain.endsWith(unit);
		if (!spaced && !glued) continue;
		const rest = plain.slice(0, plain.length - unit.length).trim();
		const value = parseNumberTokens(rest === '' ? [] : rest.split(' '));
		if (value !== null) return number(value);
	}

	const whole = parseNumberTokens(tokens);
	if (whole !== null) return number(whole);
	// A number followed by plain words ("8 persons") is a unit problem; "ten ten" is just unreadable.
	for (let k = tokens.length - 1; k >= 1 && !expectDate; k--) {
		if (!tokens.slice(k).every(isPlainWord)) break;
		if (parseNumberTokens(tokens.slice(0, k)) !== null) return fail(unitsMessage(units));
	}
	return fail(unreadable);
}

/** Whether two days are the same; the year only counts where both give one. */
export function sameDay(a: DateValue, b: DateValue): boolean {
	if (a.month !== b.month || a.day !== b.day) return false;
	return a.year === undefined || b.year === undefined || a.year === b.year;
}

/** Whether a parsed answer (not an `accepted` one) is the key's value, within its tolerance. */
export function matchesNumericAnswer(value: NumberValue, answer: NumericAnswer): boolean {
	if (answer.type === 'integer') {
		if (value.type !== 'number') return false;
		const tolerance = Math.max(0, answer.tolerance ?? 0);
		// The small slack absorbs float error in, say, 0.1 + 0.2; keys are whole numbers.
		return Math.abs(value.value - answer.value) <= tolerance + 1e-9;
	}
	const key = parseIsoDate(answer.iso);
	return value.type === 'date' && key !== null && sameDay(value, key);
}

/**
 * Whether a parsed answer is an author's likely wrong value: a number, an ISO date, or any text
 * the parser reads ("ten", "1 October").
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
	if (value.type === 'number') return target.type === 'number' && value.value === target.value;
	return target.type === 'date' && sameDay(value, target);
}
