import { describe, expect, it } from 'vitest';
import { extract } from './extract';
import { overlapLonger, overlapShorter, prf, sameSpeaker, scoreStory, unitKey } from './score';

describe('scoring the drafter', () => {
	it('measures overlap against the longer or the shorter span', () => {
		expect(overlapLonger({ start: 0, end: 10 }, { start: 0, end: 8 })).toBeCloseTo(0.8);
		expect(overlapShorter({ start: 3, end: 9 }, { start: 0, end: 9 })).toBe(1);
	});
	it('computes precision, recall and F1, with nothing to find counted as perfect recall', () => {
		expect(prf({ tp: 3, predicted: 4, gold: 6 })).toEqual({ precision: 0.75, recall: 0.5, f1: 0.6 });
		expect(prf({ tp: 0, predicted: 0, gold: 0 }).recall).toBe(1);
	});
	it('compares units by their singular and currencies by code, speakers by name or mention', () => {
		expect(unitKey('secondary schools')).toBe('school');
		expect(unitKey('women')).toBe('woman');
		expect(unitKey('pounds')).toBe('gbp');
		expect(unitKey('per cent')).toBe('percent');
		expect(sameSpeaker('Prosecutors', 'prosecutors')).toBe(true);
		expect(sameSpeaker('Department for Schools', 'The Department for Schools')).toBe(true);
		expect(sameSpeaker('Ruth Obi', 'Amara Nwosu')).toBe(false);
	});
	it('scores a story against its annotation, counting the misses', () => {
		const text = '4 Mar 2025, 09:00\n\nHeadline\n\nStandfirst\n\nLONDON (Wire) – "We will win," said Ann Lee on Monday. Ten people came.\n';
		const body = text.indexOf('We will win');
		const gold = {
			quotes: [{ start: body, end: body + 11, text: 'We will win', speaker: 'Ann Lee', form: 'direct-quote', sourceKind: 'named-person' }],
			figures: [{ start: text.indexOf('Ten'), end: text.indexOf('Ten') + 3, text: 'Ten', value: 10, unit: 'person' }],
			times: [{ start: text.indexOf('on Monday'), end: text.indexOf('on Monday') + 9, text: 'on Monday', date: '2025-03-03' }],
			orderedPairs: []
		};
		const score = scoreStory(extract(text), gold);
		expect([score.quotes.tp, score.speakers.tp, score.forms.tp, score.figures.tp, score.times.tp, score.dates.tp]).toEqual([1, 1, 1, 1, 1, 1]);
		expect(score.errors.filter((e) => !e.kind.startsWith('pair right'))).toEqual([]);
	});
});
