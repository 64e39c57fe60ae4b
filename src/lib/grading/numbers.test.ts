import { describe, expect, it } from 'vitest';
import {
	matchesNumericAnswer,
	matchesValue,
	parseIsoDate,
	parseNumberAnswer,
	type NumberValue
} from './numbers';

const UNREADABLE = /^We couldn't read ".*" as a number\. Write digits like 8 or words like eight\.$/;

function value(text: string, opts = {}): NumberValue {
	const parsed = parseNumberAnswer(text, opts);
	if (!parsed.ok) throw new Error(`expected ${JSON.stringify(text)} to parse, got: ${parsed.error}`);
	return parsed.value;
}

function num(text: string, opts = {}): number {
	const v = value(text, opts);
	if (v.type !== 'number') throw new Error(`expected a number for ${JSON.stringify(text)}, got ${v.type}`);
	return v.value;
}

function error(text: string, opts = {}): string {
	const parsed = parseNumberAnswer(text, opts);
	if (parsed.ok) {
		throw new Error(`expected ${JSON.stringify(text)} to be refused, got ${JSON.stringify(parsed.value)}`);
	}
	return parsed.error;
}

describe('parseNumberAnswer: digits', () => {
	it.each([
		['8', 8],
		['08', 8],
		['1,000', 1000],
		['12,345,678', 12345678],
		['8.0', 8],
		['8.5', 8.5],
		['.5', 0.5],
		['-3', -3],
		['  8  ', 8],
		['8.', 8],
		['２０', 20],
		['1.5 million', 1_500_000],
		['3 thousand', 3000]
	])('%j is %d', (text, expected) => {
		expect(num(text)).toBe(expected);
	});

	it.each(['1,00', '1,0000', '8..0', '1e3', '0x10', '8 8', '--8', '+', '-'])('refuses %j', (text) => {
		expect(error(text)).toMatch(/couldn't read|Write just the number/);
	});
});

describe('parseNumberAnswer: words', () => {
	it.each([
		['zero', 0],
		['eight', 8],
		['Ten', 10],
		['TWELVE', 12],
		['twenty', 20],
		['twenty-one', 21],
		['twenty one', 21],
		['twenty–one', 21],
		['ninety-nine', 99],
		['a hundred', 100],
		['one hundred', 100],
		['one hundred and five', 105],
		['three hundred twelve', 312],
		['twelve hundred', 1200],
		['a thousand', 1000],
		['two thousand and twenty-one', 2021],
		['twenty one thousand five hundred', 21500],
		['one hundred thousand', 100_000],
		['two million three hundred thousand', 2_300_000]
	])('%j is %d', (text, expected) => {
		expect(num(text)).toBe(expected);
	});

	it.each([
		'eightish',
		'ten ten',
		'twenty ten',
		'hundred',
		'a',
		'one hundred and',
		'thousand thousand',
		'one thousand one million',
		'zero eight'
	])('refuses %j with a readable message', (text) => {
		expect(error(text)).toMatch(UNREADABLE);
	});

	it('quotes the learner text in the message', () => {
		expect(error('eightish')).toBe(
			`We couldn't read "eightish" as a number. Write digits like 8 or words like eight.`
		);
	});
});

describe('parseNumberAnswer: units', () => {
	const units = ['diplomats', 'diplomat', 'people'];

	it.each([
		['8 diplomats', 8],
		['8 Diplomats', 8],
		['1 diplomat', 1],
		['eight people', 8],
		['twenty-one  PEOPLE', 21],
		['1,000 people', 1000]
	])('%j is %d', (text, expected) => {
		expect(num(text, { units })).toBe(expected);
	});

	it('refuses any other trailing word, naming the units', () => {
		expect(error('8 citizens', { units: ['diplomats', 'people'] })).toBe(
			'Write just the number, or the number with one of: diplomats, people.'
		);
		expect(error('eight staff', { units: ['diplomats', 'people'] })).toBe(
			'Write just the number, or the number with one of: diplomats, people.'
		);
	});

	it('refuses a trailing word where the question lists no units', () => {
		expect(error('8 diplomats')).toBe('Write just the number, without words after it.');
	});

	it('refuses a unit without a number', () => {
		expect(error('people', { units })).toMatch(/couldn't read/);
	});

	it('accepts multi-word and symbol units', () => {
		expect(num('10 staff members', { units: ['staff members'] })).toBe(10);
		expect(num('50%', { units: ['%', 'percent'] })).toBe(50);
		expect(num('50 percent', { units: ['%', 'percent'] })).toBe(50);
	});
});

describe('parseNumberAnswer: dates', () => {
	it.each([
		['1 November', { month: 11, day: 1 }],
		['November 1', { month: 11, day: 1 }],
		['Nov 1', { month: 11, day: 1 }],
		['nov. 1', { month: 11, day: 1 }],
		['1st November', { month: 11, day: 1 }],
		['the 1st of November', { month: 11, day: 1 }],
		['November the first', { month: 11, day: 1 }],
		['twenty-first of sept', { month: 9, day: 21 }],
		['Monday, 1 November', { month: 11, day: 1, weekday: 1 }],
		['1 Nov 2021', { month: 11, day: 1, year: 2021 }],
		['November 1, 2021', { month: 11, day: 1, year: 2021 }],
		['2021-11-01', { month: 11, day: 1, year: 2021 }],
		['--11-01', { month: 11, day: 1 }],
		['  1   NOVEMBER ', { month: 11, day: 1 }],
		['29 February', { month: 2, day: 29 }],
		['29 February 2024', { month: 2, day: 29, year: 2024 }]
	])('%j', (text, expected) => {
		expect(value(text)).toEqual({ type: 'date', ...expected });
	});

	it.each(['11/1', '1/11/2021', '11/01/21', '11-1'])('refuses the ambiguous %j', (text) => {
		expect(error(text)).toBe(
			`Write the month's name, such as 1 November: "${text}" can be read as more than one date.`
		);
	});

	it('refuses impossible days', () => {
		expect(error('31 November')).toBe('November has only 30 days.');
		expect(error('29 February 2021')).toBe('February has only 28 days in 2021.');
		expect(error('0 November')).toMatch(/couldn't read/);
	});

	it('asks for the day when only the month is given', () => {
		expect(error('November')).toBe('Write the day as well as the month, such as 1 November.');
		expect(error('November 2021')).toBe('Write the day as well as the month, such as 1 November.');
	});

	it('refuses a number for a date question and a date for a number question', () => {
		expect(error('1', { expect: 'date' })).toBe("Write the date with the month's name, such as 1 November.");
		expect(error('1 November', { expect: 'integer' })).toMatch(/wants a number, not a date/);
		expect(error('8 soon', { expect: 'date' })).toMatch(/couldn't read "8 soon" as a date/);
		expect(error('soon', { expect: 'date' })).toBe(
			`We couldn't read "soon" as a date. Write a date such as 1 November.`
		);
	});
});

describe('parseNumberAnswer: accept list and edge input', () => {
	it('accepts a whole answer from the list, ignoring case and spacing', () => {
		const accept = ['the first of the month', 'All Saints Day'];
		expect(value('  The First  of the MONTH ', { accept })).toEqual({
			type: 'accepted',
			text: 'the first of the month'
		});
		expect(value('all saints day.', { accept }).type).toBe('accepted');
		expect(error('all saints', { accept })).toMatch(/couldn't read/);
	});

	it('refuses empty and over-long text', () => {
		expect(error('')).toBe('Write an answer before checking.');
		expect(error('   \t ')).toBe('Write an answer before checking.');
		expect(error('8'.repeat(1001))).toMatch(/too long/);
	});

	it('keeps quoted input short in messages', () => {
		const message = error('x'.repeat(900));
		expect(message.length).toBeLessThan(150);
	});

	it('refuses non-strings from untyped callers', () => {
		expect(error(8 as unknown as string)).toBe('Write the answer as text.');
	});
});

describe('matching parsed values', () => {
	it('matches integers within tolerance', () => {
		expect(matchesNumericAnswer(value('8'), { type: 'integer', value: 8 })).toBe(true);
		expect(matchesNumericAnswer(value('8.5'), { type: 'integer', value: 8 })).toBe(false);
		expect(matchesNumericAnswer(value('9'), { type: 'integer', value: 8, tolerance: 1 })).toBe(true);
		expect(matchesNumericAnswer(value('10'), { type: 'integer', value: 8, tolerance: 1 })).toBe(false);
	});

	it('matches dates on month and day, and on the year only where both give one', () => {
		const keyed = { type: 'date', iso: '2021-11-01' } as const;
		const yearless = { type: 'date', iso: '--11-01' } as const;
		expect(matchesNumericAnswer(value('1 November'), keyed)).toBe(true);
		expect(matchesNumericAnswer(value('1 November 2021'), keyed)).toBe(true);
		expect(matchesNumericAnswer(value('1 November 2020'), keyed)).toBe(false);
		expect(matchesNumericAnswer(value('2 November'), keyed)).toBe(false);
		expect(matchesNumericAnswer(value('1 November 2020'), yearless)).toBe(true);
		expect(matchesNumericAnswer(value('1 October'), yearless)).toBe(false);
		expect(matchesNumericAnswer(value('1'), yearless)).toBe(false);
	});

	it('matches wrong values given as numbers, ISO dates or text', () => {
		expect(matchesValue(value('twenty'), 20)).toBe(true);
		expect(matchesValue(value('20 people', { units: ['people'] }), 20)).toBe(true);
		expect(matchesValue(value('Oct 1'), '--10-01')).toBe(true);
		expect(matchesValue(value('1 October 2021'), '2021-10-01')).toBe(true);
		expect(matchesValue(value('1 October'), '1 October')).toBe(true);
		expect(matchesValue(value('10'), 'ten')).toBe(true);
		expect(matchesValue(value('10'), '--10-01')).toBe(false);
	});

	it('parses ISO keys', () => {
		expect(parseIsoDate('2021-11-01')).toEqual({ month: 11, day: 1, year: 2021 });
		expect(parseIsoDate('--11-01')).toEqual({ month: 11, day: 1 });
		expect(parseIsoDate('2021-02-30')).toBeNull();
		expect(parseIsoDate('1 November')).toBeNull();
	});
});
