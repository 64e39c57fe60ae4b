import { describe, expect, it } from 'vitest';
import { findDateline, isPublishedLine, layOut } from './layout';

describe('findDateline', () => {
	it.each([
		['BRUSSELS, October 18. /TASS/. NATO has taken', 'BRUSSELS, October 18. /TASS/.', { place: 'BRUSSELS', date: 'October 18', agency: 'TASS' }],
		['LONDON (Reuters) - Britain said', 'LONDON (Reuters) -', { place: 'LONDON', agency: 'Reuters' }],
		['NEW YORK — The city', 'NEW YORK —', { place: 'NEW YORK' }],
		['PARIS, March 4 (AP) — Talks', 'PARIS, March 4 (AP) —', { place: 'PARIS', date: 'March 4', agency: 'AP' }],
		['GENEVA, 4 March 2025 – Talks', 'GENEVA, 4 March 2025 –', { place: 'GENEVA', date: '4 March 2025' }],
		['GENEVA, 4 March, 2025 – Talks', 'GENEVA, 4 March, 2025 –', { place: 'GENEVA', date: '4 March, 2025' }],
		['PORTHAVEN, Sept. 10 (Coastline News) – The ferry', 'PORTHAVEN, Sept. 10 (Coastline News) –', { place: 'PORTHAVEN', date: 'Sept. 10', agency: 'Coastline News' }],
		['KYIV, Ukraine — Officials said', 'KYIV, Ukraine —', { place: 'KYIV, Ukraine' }],
		['ST. PETERSBURG, Fla. (AP) — A storm', 'ST. PETERSBURG, Fla. (AP) —', { place: 'ST. PETERSBURG, Fla.', agency: 'AP' }],
		['WINSTON-SALEM — The mill', 'WINSTON-SALEM —', { place: 'WINSTON-SALEM' }],
		['ZÜRICH (Reuters) - The bank', 'ZÜRICH (Reuters) -', { place: 'ZÜRICH', agency: 'Reuters' }],
		['SÃO PAULO, May 2 — Workers', 'SÃO PAULO, May 2 —', { place: 'SÃO PAULO', date: 'May 2' }],
		['WASHINGTON: The Senate voted', 'WASHINGTON:', { place: 'WASHINGTON' }]
	])('%s', (paragraph, dateline, parts) => {
		const found = findDateline(paragraph, 0);
		expect(paragraph.slice(found.start, found.end)).toBe(dateline);
		expect(found).toMatchObject(parts);
	});

	it.each([
		'NATO has taken note',
		'NATO, the alliance said on Monday, will',
		'The council voted',
		'AI-generated images spread on Monday',
		'A—the first of many',
		'UN-backed talks resumed'
	])('finds none in "%s"', (paragraph) => {
		expect(findDateline(paragraph, 0)).toEqual({ start: 0, end: 0 });
	});

	it('finds one at an offset, and none that would leave its paragraph without words', () => {
		const text = 'Headline\n\nStandfirst\n\nLONDON (Reuters) — Britain said';
		const at = text.indexOf('LONDON');
		expect(findDateline(text, at)).toMatchObject({ start: at, end: at + 'LONDON (Reuters) —'.length });
		expect(findDateline('LONDON (Reuters) —', 0)).toEqual({ start: 0, end: 0 });
		expect(findDateline('LONDON (Reuters) — Britain', 0, 'LONDON (Reuters) —'.length)).toEqual({ start: 0, end: 0 });
	});
});

describe('isPublishedLine', () => {
	it.each([
		'18 Oct 2021, 16:46',
		'12 November 2025, 18:30',
		'Published March 4, 2025 10:00 GMT',
		'Updated: Tue 4 Mar 2025 at 10.00 +01:00',
		'First published on 4 March 2025',
		'Monday, 4 March 2025, 9:15 a.m.',
		'2025-03-04',
		'2025-03-04 10:00 +0100',
		'4/3/2025',
		'Sept. 10, 2025, 14:30 BST, updated 16:02'
	])('%s', (line) => expect(isPublishedLine(line)).toBe(true));

	it.each([
		'The council met on March 4, 2025 to vote',
		'Harbour town votes to rebuild its sea wall before winter',
		'March 4',
		`18 Oct 2021, 16:46, updated ${'again and again '.repeat(5)}`
	])('not "%s"', (line) => expect(isPublishedLine(line)).toBe(false));
});

describe('layOut', () => {
	it('takes the published line off the story and the dateline off its first sentence', () => {
		const layout = layOut('Updated: Tue 4 Mar 2025 at 10.00 +01:00\n\nHeadline here\n\nA standfirst.\n\nKYIV, Ukraine — Officials said on Monday that talks would resume.');
		expect(layout.published).toBe('Updated: Tue 4 Mar 2025 at 10.00 +01:00');
		expect(layout.text.startsWith('Headline here')).toBe(true);
		expect(layout.text.slice(layout.dateline.start, layout.dateline.end)).toBe('KYIV, Ukraine —');
		expect(layout.text.slice(layout.sentences[0]!.start, layout.sentences[0]!.end)).toBe('Officials said on Monday that talks would resume.');
	});
});
