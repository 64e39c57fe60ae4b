import { describe, expect, it } from 'vitest';
import { BOM, field, neutralise, parseCsv, safeFileName, toCsv } from './csv';

describe('field', () => {
	it('leaves plain text alone', () => {
		expect(field('Ada Lovelace')).toBe('Ada Lovelace');
		expect(field(42)).toBe('42');
		expect(field(null)).toBe('');
	});

	it('quotes commas, quotes, CR and LF, doubling quotes', () => {
		expect(field('Hopper, Grace')).toBe('"Hopper, Grace"');
		expect(field('say "hi"')).toBe('"say ""hi"""');
		expect(field('two\nlines')).toBe('"two\nlines"');
		expect(field('a\rb')).toBe('"a\rb"');
	});

	it('defuses text a spreadsheet would run as a formula', () => {
		for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(neutralise(`${start}SUM(A1)`)).toBe(`'${start}SUM(A1)`);
		expect(field('=SUM(A1),x')).toBe(`"'=SUM(A1),x"`);
		expect(neutralise('a=b')).toBe('a=b');
		// Numbers the export writes itself are not text from a user and stay numbers.
		expect(neutralise(-5)).toBe('-5');
	});
});

describe('toCsv', () => {
	it('starts with a BOM and ends every record with CRLF', () => {
		expect(toCsv([['a', 'b'], ['c', 'd']])).toBe(`${BOM}a,b\r\nc,d\r\n`);
	});
});

describe('parseCsv', () => {
	it('reads back what toCsv writes', () => {
		const rows = [
			['name', 'note'],
			['O"Brien, Pat', 'line one\r\nline two'],
			['=SUM(A1)', ''],
			['', 'é ü 中文']
		];
		const back = parseCsv(toCsv(rows));
		expect(back).toEqual([rows[0], rows[1], ["'=SUM(A1)", ''], rows[3]]);
	});

	it('accepts a last line without CRLF and bare LF', () => {
		expect(parseCsv('a,b\nc,"d"')).toEqual([
			['a', 'b'],
			['c', 'd']
		]);
	});
});

describe('safeFileName', () => {
	it('keeps letters and digits, joins the rest with hyphens', () => {
		expect(safeFileName('Year 9: "Close" reading, Café')).toBe('year-9-close-reading-cafe');
		expect(safeFileName('"; rm -rf /')).toBe('rm-rf');
		expect(safeFileName('???')).toBe('assignment');
	});
});
