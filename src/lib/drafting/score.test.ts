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
		expect(['electric buses', 'bonuses', 'houses', 'causes', 'excuses', 'nurses'].map(unitKey)).toEqual(['bus', 'bonus', 'house', 'cause', 'excuse', 'nurse']);
		expect(['bus', 'status', 'campus'].map(unitKey)).toEqual(['bus', 'status', 'campus']);
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
	it('counts a predicted order right when the annotation implies it, and a gold pair found when the predicted orders imply it', () => {
		const text = 'Four things\n\nA short day\n\nAnn came. Bo left. Cy sang. Di slept.\n';
		const x = extract(text);
		const span = (words: string) => {
			const start = x.layout.text.indexOf(words);
			return { start, end: start + words.length };
		};
		const gspan = (words: string) => ({ ...span(words), text: words });
		const event = (words: string) => ({ ...span(words), text: words, status: 'past' as const, sentence: 0, times: [], rule: 'test', confidence: 1 });
		const relation = (before: number, after: number) => ({ before, after, cue: { start: 0, end: 0 }, reason: '', rule: 'test', confidence: 1 });
		const gold = {
			quotes: [],
			figures: [],
			times: [],
			// Annotated: Ann came before Cy sang; Bo left before Di slept.
			orderedPairs: [
				{ before: gspan('Ann came'), after: gspan('Cy sang') },
				{ before: gspan('Bo left'), after: gspan('Di slept') }
			]
		};
		// Predicted: Ann came < Bo left < Cy sang. Together they imply the first gold pair; neither is in the annotation.
		const predicted = { ...x, events: [event('Ann came'), event('Bo left'), event('Cy sang')], relations: [relation(0, 1), relation(1, 2)] };
		const score = scoreStory(predicted, gold);
		expect(score.pairs).toEqual({ tp: 0, predicted: 2, gold: 2, recallTp: 1 });
		// Predicted Ann came < Di slept: no chain of the annotation leads there, so it is wrong.
		const wrong = scoreStory({ ...x, events: [event('Ann came'), event('Di slept')], relations: [relation(0, 1)] }, gold);
		expect(wrong.pairs).toEqual({ tp: 0, predicted: 1, gold: 2, recallTp: 0 });
		// Predicted Ann came < Cy sang directly: right, and it finds the first gold pair.
		const right = scoreStory({ ...x, events: [event('Ann came'), event('Cy sang')], relations: [relation(0, 1)] }, gold);
		expect(right.pairs).toEqual({ tp: 1, predicted: 1, gold: 2, recallTp: 1 });
	});
});
