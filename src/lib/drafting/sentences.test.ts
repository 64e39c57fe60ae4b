import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_CHARS, splitNewsSentences } from './sentences';

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
	it('ends sentences at the full stops of Chinese and Japanese text, which no space follows', () => {
		expect(split('学校关闭了。家长们很生气！为什么？')).toEqual(['学校关闭了。', '家长们很生气！', '为什么？']);
	});
	it('cuts a run of text with no stop at its clause breaks, so no piece is longer than the limit', () => {
		const clause = 'the river rose another 12 centimetres overnight; ';
		const text = clause.repeat(100) + 'and then it fell';
		const pieces = split(text);
		expect(pieces.length).toBeGreaterThan(4);
		expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
		// Cut after a semicolon, and nothing lost between the pieces but the spaces.
		expect(pieces.slice(0, -1).every((p) => p.endsWith(';'))).toBe(true);
		expect(pieces.join(' ')).toBe(text);
		// With no punctuation at all, the cut falls between words.
		const words = 'word '.repeat(1000).trim();
		expect(split(words).every((p) => p.length <= MAX_SENTENCE_CHARS && /^word( word)*$/.test(p))).toBe(true);
	});
	it('leaves a long sentence of ordinary length whole', () => {
		const long = `The council said ${'that the road, the bridge and the school would close, '.repeat(8)}before the vote.`;
		expect(long.length).toBeLessThan(MAX_SENTENCE_CHARS);
		expect(split(long)).toEqual([long]);
	});
});
