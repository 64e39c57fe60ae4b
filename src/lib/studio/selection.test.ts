import { describe, expect, it } from 'vitest';
import { contextOf, insideWord, pickWords, toWholeWords, trimSpan } from './selection';

const text = 'NATO’s mission had 20,000 staff. "It is not safe," the so-called mayor said.';
const at = (words: string) => text.indexOf(words);

describe('pickWords', () => {
	it('stores exactly the selected words when they are whole', () => {
		const start = at('mission had');
		const pick = pickWords(text, start, start + 'mission had'.length);
		expect(pick).toEqual({ evidence: { quote: 'mission had', start, end: start + 11 }, expanded: false });
	});

	it('trims the white space around a selection', () => {
		const start = at(' mission');
		const pick = pickWords(text, start, start + ' mission '.length);
		expect(pick.evidence).toEqual({ quote: 'mission', start: start + 1, end: start + 8 });
		expect(pick.expanded).toBe(false);
	});

	it('grows a selection that cuts words to the whole words, and says so', () => {
		const start = at('ission had 20');
		const pick = pickWords(text, start, start + 'ission had 20,0'.length);
		expect(pick.evidence?.quote).toBe('mission had 20,000');
		expect(pick.expanded).toBe(true);
		expect(text.slice(pick.evidence!.start, pick.evidence!.end)).toBe(pick.evidence!.quote);
	});

	it('accepts a selection made backwards', () => {
		const end = at('had') + 3;
		expect(pickWords(text, end, at('had')).evidence?.quote).toBe('had');
	});

	it('picks nothing from a selection of white space or an empty one', () => {
		expect(pickWords(text, at(' mission'), at(' mission') + 1)).toEqual({ expanded: false });
		expect(pickWords(text, 5, 5)).toEqual({ expanded: false });
	});

	it('keeps quotation marks and the punctuation that ends a quote', () => {
		const quote = '"It is not safe,"';
		const pick = pickWords(text, at(quote), at(quote) + quote.length);
		expect(pick).toEqual({ evidence: { quote, start: at(quote), end: at(quote) + quote.length }, expanded: false });
	});
});

describe('word boundaries', () => {
	it('treat apostrophes, hyphens and digit separators inside a word as part of it', () => {
		expect(insideWord(text, at('’s'))).toBe(true);
		expect(insideWord(text, at('called'))).toBe(true);
		expect(insideWord(text, at(',000'))).toBe(true);
		expect(toWholeWords(text, at('NATO'), at('NATO') + 4)).toEqual({ start: 0, end: 'NATO’s'.length });
	});

	it('do not join a word to the punctuation after it', () => {
		expect(insideWord(text, at('. "It'))).toBe(false);
		expect(insideWord(text, at(',"'))).toBe(false);
		expect(insideWord(text, 0)).toBe(false);
		expect(insideWord(text, text.length)).toBe(false);
	});

	it('trimSpan leaves an all-space span empty', () => {
		expect(trimSpan('a   b', 1, 4)).toEqual({ start: 4, end: 4 });
	});
});

describe('contextOf', () => {
	it('shows a few words either side of the passage, with ellipses where the text goes on', () => {
		const start = at('staff');
		expect(contextOf(text, { start, end: start + 5 }, 2)).toEqual({ before: '…had 20,000 ', quote: 'staff', after: '. "It is…' });
	});

	it('has no ellipsis at the ends of the text', () => {
		expect(contextOf(text, { start: 0, end: 6 }, 50)).toEqual({ before: '', quote: 'NATO’s', after: text.slice(6) });
	});
});
