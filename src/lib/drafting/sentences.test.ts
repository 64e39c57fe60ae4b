import { describe, expect, it } from 'vitest';
import { splitNewsSentences } from './sentences';

const split = (text: string) => splitNewsSentences(text, 0, text.length).map((s) => text.slice(s.start, s.end));

describe('splitNewsSentences', () => {
	it('keeps abbreviations, initials and acronyms inside their sentence', () => {
		expect(split('Dr. J. R. Smith of the U.S. Senate spoke on Sept. 4 and Nov. 12. He left at 3.30pm.')).toEqual([
			'Dr. J. R. Smith of the U.S. Senate spoke on Sept. 4 and Nov. 12.',
			'He left at 3.30pm.'
		]);
	});
	it('ends a sentence at an acronym when a new sentence plainly starts', () => {
		expect(split('The firm moved to the U.S. The move cost $2.5 million.')).toEqual(['The firm moved to the U.S.', 'The move cost $2.5 million.']);
	});
	it('keeps decimals and money whole', () => {
		expect(split('Inflation was 3.2% in May. Prices rose by £1.5bn.')).toEqual(['Inflation was 3.2% in May.', 'Prices rose by £1.5bn.']);
	});
	it('ends a sentence after a closing quotation mark', () => {
		expect(split('"We will win." The crowd cheered. “It is over.” Smith left.')).toEqual(['"We will win."', 'The crowd cheered.', '“It is over.”', 'Smith left.']);
	});
	it('does not split a quoted question from its attribution', () => {
		expect(split('"Why now?" Smith asked. "No!" shouted the crowd. "Really?" she said.')).toEqual([
			'"Why now?" Smith asked.',
			'"No!" shouted the crowd.',
			'"Really?" she said.'
		]);
	});
	it('does not split before a lower-case word', () => {
		expect(split('It cost approx. ten pounds, e.g. less than before.')).toEqual(['It cost approx. ten pounds, e.g. less than before.']);
	});
	it('returns spans that are slices of the text', () => {
		const text = '  Mr. Lee said so.  Then he left.  ';
		const spans = splitNewsSentences(text, 0, text.length);
		expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Mr. Lee said so.', 'Then he left.']);
	});
});
