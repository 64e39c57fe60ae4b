import { describe, expect, it } from 'vitest';
import type {
	Evidence,
	EvidenceQuestion,
	MatchingQuestion,
	MultipleQuestion,
	NumericQuestion,
	OrderingQuestion,
	Question,
	SingleQuestion,
	TrueFalseQuestion
} from '$lib/content/types';
import { aboveChance, chanceOf } from './chance';
import { applyHints, grade } from './grade';
import { totalPoints } from './total';
import { pairConcordance } from './ordering';
import type { Grade, GradeResult } from './types';

const base = {
	skill: 'numbers' as const,
	difficulty: 1 as const,
	stem: 'Stem?',
	explanation: 'Because.',
	evidence: [] as Evidence[]
};

const single: SingleQuestion<Evidence> = {
	...base,
	id: 'q-single',
	kind: 'single',
	options: [
		{ id: 'a', text: 'Ten' },
		{ id: 'b', text: 'Twenty', feedback: 'Twenty was the old number.' },
		{ id: 'c', text: 'Thirty' }
	],
	answer: 'a'
};

const multiple: MultipleQuestion<Evidence> = {
	...base,
	id: 'q-multiple',
	kind: 'multiple',
	options: [
		{ id: 'a', text: 'A' },
		{ id: 'b', text: 'B' },
		{ id: 'c', text: 'C', feedback: 'C is not said.' },
		{ id: 'd', text: 'D', feedback: 'D is the reporter, not a source.' }
	],
	answer: ['a', 'b']
};

const ordering: OrderingQuestion<Evidence> = {
	...base,
	id: 'q-ordering',
	skill: 'sequence',
	kind: 'ordering',
	items: ['c', 'a', 'd', 'b'],
	answer: ['a', 'b', 'c', 'd'],
	wrongFeedback: 'Not quite the order things happened.',
	toldOrderFeedback: 'That is the order the story tells them in, not the order they happened.'
};

const numeric: NumericQuestion<Evidence> = {
	...base,
	id: 'q-numeric',
	kind: 'numeric',
	answer: { type: 'integer', value: 8 },
	units: ['diplomats', 'diplomat', 'people'],
	wrongValues: [
		{ value: 20, feedback: '20 was the mission before the cut.' },
		{ value: 10, feedback: '10 posts remain in all; 8 are diplomats.' }
	],
	wrongFeedback: 'Look for the number of diplomats expelled.',
	format: 'a whole number'
};

const dateQuestion: NumericQuestion<Evidence> = {
	...base,
	id: 'q-date',
	kind: 'numeric',
	answer: { type: 'date', iso: '2021-11-01' },
	accept: ['the start of November'],
	wrongValues: [{ value: '--10-31', feedback: 'That is the day before.' }],
	wrongFeedback: 'Find the day the mission closes.',
	format: 'a date such as 5 March'
};

const matching: MatchingQuestion<Evidence> = {
	...base,
	id: 'q-matching',
	skill: 'sources',
	kind: 'matching',
	prompts: [
		{ id: 'p1', text: 'Said one' },
		{ id: 'p2', text: 'Said two' },
		{ id: 'p3', text: 'Said three' }
	],
	choices: [
		{ id: 'nato', text: 'NATO' },
		{ id: 'lavrov', text: 'Lavrov' },
		{ id: 'tass', text: 'TASS' }
	],
	answer: { p1: 'nato', p2: 'lavrov', p3: 'nato' },
	wrongFeedback: 'Check who says each thing.'
};

// Key passages at 100–150 and 300–320 of a 1,000-character story.
const evidence: EvidenceQuestion<Evidence> = {
	...base,
	id: 'q-evidence',
	skill: 'sources',
	kind: 'evidence',
	claim: 'NATO cut the mission.',
	evidence: [
		{ quote: 'x'.repeat(50), start: 100, end: 150 },
		{ quote: 'y'.repeat(20), start: 300, end: 320 }
	],
	wrongFeedback: 'That sentence does not say so.'
};

const tfn: TrueFalseQuestion<Evidence> = {
	...base,
	id: 'q-tfn',
	kind: 'tfn',
	statement: 'Russia closed its mission.',
	answer: 'not-stated',
	feedback: { true: 'The story does not say it closed.', false: 'Nor does it say it stayed open.' }
};

const ALL: Question<Evidence>[] = [
	single,
	multiple,
	ordering,
	numeric,
	dateQuestion,
	matching,
	evidence,
	tfn
];
const FULL = { score: 1, correct: true, feedback: [] };
const UNKNOWN_OPTION = /not one of this question's options/;
const MISMATCH = 'This answer is for a different kind of question.';

function graded(result: GradeResult): Grade {
	if (!result.ok) throw new Error(`expected a grade, got error: ${result.error}`);
	return result.grade;
}

function refused(result: GradeResult): string {
	if (result.ok) throw new Error(`expected an error, got grade: ${JSON.stringify(result.grade)}`);
	return result.error;
}

describe('single', () => {
	it('gives full credit for the answer', () => {
		expect(graded(grade(single, { kind: 'single', option: 'a' }))).toEqual(FULL);
	});

	it("scores a wrong option below chance, with the option's feedback", () => {
		// One of three options: a guess is right a third of the time, so a wrong one scores (0 − 1/3) / (1 − 1/3).
		expect(graded(grade(single, { kind: 'single', option: 'b' }))).toEqual({
			score: -0.5,
			correct: false,
			feedback: ['Twenty was the old number.']
		});
		expect(graded(grade(single, { kind: 'single', option: 'c' })).feedback).toEqual([]);
	});

	it('refuses an unknown option', () => {
		expect(refused(grade(single, { kind: 'single', option: 'z' }))).toBe(
			"That choice is not one of this question's options."
		);
	});
});

describe('multiple', () => {
	const pick = (...options: string[]) => graded(grade(multiple, { kind: 'multiple', options }));

	it('gives full credit for exactly the right set, in any order', () => {
		expect(pick('b', 'a')).toEqual({
			score: 1,
			correct: true,
			feedback: [],
			parts: { a: true, b: true, c: true, d: true }
		});
	});

	it('credits (right − wrong) / number correct, floored at zero, then rescales it against chance', () => {
		// Of the 16 sets of ticks, {a} and {b} earn 1/2, {a,b,c} and {a,b,d} earn 1/2, {a,b} earns 1: 3/16 on average.
		expect(chanceOf(multiple)).toBe(3 / 16);
		const half = aboveChance(0.5, 3 / 16);
		const none = aboveChance(0, 3 / 16);
		expect(half).toBeCloseTo((0.5 - 3 / 16) / (13 / 16), 4);
		expect(none).toBeCloseTo(-3 / 13, 4);
		expect(pick('a').score).toBe(half);
		expect(pick('a', 'c').score).toBe(none);
		expect(pick('a', 'b', 'c').score).toBe(half);
		expect(pick('a', 'b', 'c', 'd').score).toBe(none);
		expect(pick('c', 'd').score).toBe(none);
		expect(pick().score).toBe(none);
	});

	it('gives feedback for each wrong option chosen and per-option parts', () => {
		const g = pick('a', 'c', 'd');
		expect(g.correct).toBe(false);
		expect(g.feedback).toEqual(['C is not said.', 'D is the reporter, not a source.']);
		expect(g.parts).toEqual({ a: true, b: false, c: false, d: false });
	});

	it('refuses duplicate and unknown ids', () => {
		const choose = (...options: string[]) => refused(grade(multiple, { kind: 'multiple', options }));
		expect(choose('a', 'a')).toBe('An option is chosen more than once.');
		expect(choose('a', 'zz')).toMatch(UNKNOWN_OPTION);
	});
});

describe('ordering', () => {
	const told = { toldOrder: ['c', 'a', 'd', 'b'] };
	const order = (...ids: string[]) => grade(ordering, { kind: 'ordering', order: ids }, told);

	it('gives full credit only for the identical order', () => {
		expect(graded(order('a', 'b', 'c', 'd'))).toEqual({
			score: 1,
			correct: true,
			feedback: [],
			parts: { a: true, b: true, c: true, d: true }
		});
	});

	it('scores (pairs in the right order − pairs in the wrong order) / all pairs', () => {
		const g = graded(order('a', 'b', 'd', 'c'));
		expect(g.score).toBeCloseTo((5 - 1) / 6, 4);
		expect(g.correct).toBe(false);
		expect(g.parts).toEqual({ a: true, b: true, c: false, d: false });
		expect(g.feedback).toEqual(['Not quite the order things happened.']);
		expect(graded(order('d', 'c', 'b', 'a')).score).toBe(-1);
		expect(graded(order('b', 'a', 'd', 'c')).score).toBeCloseTo((4 - 2) / 6, 4);
	});

	it('explains the told order when the learner gives it', () => {
		const g = graded(order('c', 'a', 'd', 'b'));
		expect(g.feedback).toEqual(['That is the order the story tells them in, not the order they happened.']);
		expect(g.score).toBe(0);
	});

	it('falls back to the general feedback without a told order', () => {
		const g = graded(grade(ordering, { kind: 'ordering', order: ['c', 'a', 'd', 'b'] }));
		expect(g.feedback).toEqual(['Not quite the order things happened.']);
	});

	it('refuses anything but a permutation of the items, naming the problem', () => {
		expect(refused(order('a', 'b', 'c', 'c'))).toBe('"c" appears more than once in the order.');
		expect(refused(order('a', 'b', 'c', 'x'))).toBe('"x" is not one of the items to put in order.');
		expect(refused(order('a', 'b', 'c'))).toBe('The order leaves out "d": put every item in the order.');
		expect(refused(order())).toBe('The order leaves out "c": put every item in the order.');
		expect(refused(order('a', 'b', 'c', 'd', 'a'))).toBe('"a" appears more than once in the order.');
	});

	it('computes concordance for short lists', () => {
		expect(pairConcordance(['a'], ['a'])).toBe(1);
		expect(pairConcordance(['b', 'a'], ['a', 'b'])).toBe(0);
		expect(pairConcordance(['a', 'c', 'b'], ['a', 'b', 'c'])).toBeCloseTo(2 / 3, 10);
	});
});

describe('numeric', () => {
	const answer = (text: string, q: NumericQuestion<Evidence> = numeric) => grade(q, { kind: 'numeric', text });

	it.each(['8', '08', 'eight', ' Eight ', 'EIGHT diplomats', '8 people', '8.0'])(
		'accepts %j',
		(text) => {
			expect(graded(answer(text))).toEqual({ score: 1, correct: true, feedback: [] });
		}
	);

	it('treats a non-integer as a wrong answer, not an error', () => {
		expect(graded(answer('8.5'))).toEqual({
			score: 0,
			correct: false,
			feedback: ['Look for the number of diplomats expelled.']
		});
	});

	it('gives the wrong value feedback before the general feedback', () => {
		expect(graded(answer('twenty')).feedback).toEqual([
			'20 was the mission before the cut.',
			'Look for the number of diplomats expelled.'
		]);
		expect(graded(answer('10 people')).feedback[0]).toBe('10 posts remain in all; 8 are diplomats.');
	});

	it('respects a tolerance', () => {
		const tolerant: NumericQuestion<Evidence> = {
			...numeric,
			answer: { type: 'integer', value: 1000, tolerance: 50 }
		};
		expect(graded(answer('1,040', tolerant)).correct).toBe(true);
		expect(graded(answer('a thousand', tolerant)).correct).toBe(true);
		expect(graded(answer('1,051', tolerant)).correct).toBe(false);
	});

	it('refuses unreadable text and stray words with clear messages', () => {
		expect(refused(answer('eightish'))).toBe(
			`We couldn't read "eightish" as a number. Write digits like 8 or words like eight.`
		);
		expect(refused(answer('8 citizens'))).toBe(
			'Write just the number, or the number with one of: diplomats, diplomat, people.'
		);
		expect(refused(answer(''))).toBe('Write an answer before checking.');
	});

	it('grades dates on month and day, and the year where given', () => {
		const right = ['1 November', 'November 1', 'Nov 1', '1st November', '1 Nov 2021', '2021-11-01'];
		for (const text of [...right, 'the start of november']) {
			expect(graded(answer(text, dateQuestion)).correct, text).toBe(true);
		}
		expect(graded(answer('1 November 2020', dateQuestion)).feedback).toEqual([
			'The day and month are right, but the year is not 2020.',
			'Find the day the mission closes.'
		]);
		expect(graded(answer('Tuesday 1 November', dateQuestion)).feedback[0]).toBe('1 November 2021 was not a Tuesday.');
		expect(graded(answer('Monday 1 November', dateQuestion)).correct).toBe(true);
		expect(graded(answer('31 October', dateQuestion)).feedback).toEqual([
			'That is the day before.',
			'Find the day the mission closes.'
		]);
		expect(refused(answer('11/1', dateQuestion))).toMatch(/month's name/);
		expect(refused(answer('1', dateQuestion))).toMatch(/month's name/);
	});
});

describe('matching', () => {
	const match = (pairs: Record<string, string>) => grade(matching, { kind: 'matching', pairs });

	it('gives full credit when every prompt is matched right', () => {
		expect(graded(match({ p1: 'nato', p2: 'lavrov', p3: 'nato' }))).toEqual({
			score: 1,
			correct: true,
			feedback: [],
			parts: { p1: true, p2: true, p3: true }
		});
	});

	it('scores the prompts matched right beyond the share a random matching gets', () => {
		// Three choices: a random matching gets a third of the prompts right, so 1 of 3 right scores 0.
		const g = graded(match({ p1: 'nato', p2: 'tass', p3: 'lavrov' }));
		expect(g.score).toBe(0);
		expect(graded(match({ p1: 'nato', p2: 'lavrov', p3: 'lavrov' })).score).toBeCloseTo((2 / 3 - 1 / 3) / (2 / 3), 4);
		expect(graded(match({ p1: 'tass', p2: 'nato', p3: 'lavrov' })).score).toBe(-0.5);
		expect(g.correct).toBe(false);
		expect(g.parts).toEqual({ p1: true, p2: false, p3: false });
		expect(g.feedback).toEqual(['Check who says each thing.']);
	});

	it('refuses a choice used twice where the key is one-to-one, naming it', () => {
		const oneToOne: MatchingQuestion<Evidence> = { ...matching, answer: { p1: 'nato', p2: 'lavrov', p3: 'tass' } };
		const check = (pairs: Record<string, string>) => grade(oneToOne, { kind: 'matching', pairs });
		expect(refused(check({ p1: 'nato', p2: 'nato', p3: 'tass' }))).toBe(
			'Each choice goes with one statement only: "NATO" is matched more than once.'
		);
		// A permutation is graded: one of three right is what random matching gets on average, so it scores 0.
		expect(graded(check({ p1: 'nato', p2: 'tass', p3: 'lavrov' })).score).toBe(0);
		expect(graded(check({ p1: 'lavrov', p2: 'tass', p3: 'nato' })).score).toBe(-0.5);
		expect(graded(check({ p1: 'nato', p2: 'lavrov', p3: 'tass' })).score).toBe(1);
	});

	it('refuses missing prompts, unknown prompts and unknown choices', () => {
		expect(refused(match({ p1: 'nato', p2: 'lavrov' }))).toBe('Match every statement before checking.');
		expect(refused(match({ p1: 'nato', p2: 'lavrov', p3: '' }))).toBe('Match every statement before checking.');
		expect(refused(match({ p1: 'nato', p2: 'lavrov', p3: 'nato', p9: 'nato' }))).toMatch(
			/statement this question doesn't have/
		);
		expect(refused(match({ p1: 'nato', p2: 'lavrov', p3: 'reuters' }))).toMatch(
			/choice this question doesn't have/
		);
	});
});

describe('tfn', () => {
	it('grades the choice and gives feedback for the wrong one', () => {
		expect(graded(grade(tfn, { kind: 'tfn', choice: 'not-stated' }))).toEqual(FULL);
		expect(graded(grade(tfn, { kind: 'tfn', choice: 'true' }))).toEqual({
			score: -0.5,
			correct: false,
			feedback: ['The story does not say it closed.']
		});
		expect(graded(grade(tfn, { kind: 'tfn', choice: 'false' })).feedback).toEqual([
			'Nor does it say it stayed open.'
		]);
	});

	it('gives no feedback where the question has none for that choice', () => {
		const bare: TrueFalseQuestion<Evidence> = { ...tfn, answer: 'true', feedback: { false: 'No.' } };
		expect(graded(grade(bare, { kind: 'tfn', choice: 'not-stated' })).feedback).toEqual([]);
	});
});

describe('totalPoints', () => {
	it('adds scores, below-chance ones included, and never goes below zero', () => {
		expect(totalPoints([1, 0.5, -1 / 3])).toBe(1.1667);
		expect(totalPoints([-1 / 3, -0.5])).toBe(0);
		expect(totalPoints([])).toBe(0);
		expect(totalPoints([1, Number.NaN])).toBe(1);
	});
});

describe('applyHints', () => {
	it('takes HINT_COST per hint, never below zero, rounded to 4 decimals', () => {
		expect(applyHints(1, 0)).toBe(1);
		expect(applyHints(1, 1)).toBe(0.75);
		expect(applyHints(1, 2)).toBe(0.5);
		expect(applyHints(0.5, 3)).toBe(0);
		expect(applyHints(5 / 6, 1)).toBe(0.5833);
		expect(applyHints(1 / 3, 0)).toBe(0.3333);
	});

	it('leaves a score at or below zero as it is: hints cost what an answer earned, no more', () => {
		expect(applyHints(-1 / 3, 2)).toBe(-0.3333);
		expect(applyHints(0, 1)).toBe(0);
	});

	it('treats nonsense hint counts as none and a nonsense score as zero', () => {
		expect(applyHints(1, -2)).toBe(1);
		expect(applyHints(1, Number.NaN)).toBe(1);
		expect(applyHints(Number.NaN, 1)).toBe(0);
	});
});

describe('hostile input', () => {
	const noThrow = (q: Question<Evidence>, response: unknown, context?: object) => {
		let result: GradeResult | undefined;
		expect(() => (result = grade(q, response, context))).not.toThrow();
		return result!;
	};

	it.each([
		['null', null, 'There is no answer to check.'],
		['undefined', undefined, 'There is no answer to check.'],
		['an empty object', {}, 'This answer does not say which kind of question it is for.'],
		['a number', 8, 'This answer is not in a form we can read.'],
		['a string', 'a', 'This answer is not in a form we can read.'],
		['an array', [{ kind: 'single', option: 'a' }], 'This answer is not in a form we can read.'],
		['a numeric kind', { kind: 7, option: 'a' }, 'This answer does not say which kind of question it is for.'],
		['an unknown kind', { kind: 'essay', option: 'a' }, 'This answer is for a different kind of question.']
	])('refuses %s for every kind of question', (_, response, message) => {
		for (const q of ALL) expect(refused(noThrow(q, response))).toBe(message);
	});

	it('refuses an answer for a different kind of question', () => {
		expect(refused(noThrow(single, { kind: 'tfn', choice: 'true' }))).toBe(MISMATCH);
		expect(refused(noThrow(numeric, { kind: 'single', option: 'a' }))).toBe(MISMATCH);
	});

	it('refuses wrong field types for every kind', () => {
		const cases: [Question<Evidence>, unknown][] = [
			[single, { kind: 'single' }],
			[single, { kind: 'single', option: 1 }],
			[single, { kind: 'single', option: ['a'] }],
			[multiple, { kind: 'multiple' }],
			[multiple, { kind: 'multiple', options: 'a' }],
			[multiple, { kind: 'multiple', options: [1, 2] }],
			[multiple, { kind: 'multiple', options: { 0: 'a' } }],
			[ordering, { kind: 'ordering', order: 'abcd' }],
			[ordering, { kind: 'ordering', order: ['a', 'b', null, 'd'] }],
			[ordering, { kind: 'ordering', order: { a: 1 } }],
			[numeric, { kind: 'numeric' }],
			[numeric, { kind: 'numeric', text: 8 }],
			[numeric, { kind: 'numeric', text: ['8'] }],
			[matching, { kind: 'matching' }],
			[matching, { kind: 'matching', pairs: [['p1', 'nato']] }],
			[matching, { kind: 'matching', pairs: { p1: 1, p2: 'lavrov', p3: 'nato' } }],
			[matching, { kind: 'matching', pairs: 'p1=nato' }],
			[evidence, { kind: 'evidence' }],
			[evidence, { kind: 'evidence', start: '100', end: '150' }],
			[evidence, { kind: 'evidence', start: [100], end: 150 }],
			[tfn, { kind: 'tfn' }],
			[tfn, { kind: 'tfn', choice: 'TRUE' }],
			[tfn, { kind: 'tfn', choice: true }]
		];
		for (const [q, response] of cases) {
			const error = refused(noThrow(q, response));
			expect(error.length, JSON.stringify(response)).toBeGreaterThan(10);
		}
	});

	it.each([
		[Number.NaN, 150],
		[100, Number.NaN],
		[100, Number.POSITIVE_INFINITY],
		[Number.NEGATIVE_INFINITY, 150],
		[100.5, 150],
		[-1, 150],
		[150, 100],
		[100, 100],
		[1e300, 1e301]
	])('refuses the evidence span %d–%d', (start, end) => {
		expect(refused(noThrow(evidence, { kind: 'evidence', start, end }))).toMatch(/picked passage/);
	});

	it('refuses 10 kB strings without echoing them', () => {
		const big = 'x'.repeat(10_000);
		for (const [q, response] of [
			[numeric, { kind: 'numeric', text: big }],
			[numeric, { kind: 'numeric', text: '8'.repeat(10_000) }],
			[single, { kind: 'single', option: big }],
			[multiple, { kind: 'multiple', options: [big] }],
			[ordering, { kind: 'ordering', order: [big, 'a', 'b', 'd'] }],
			[matching, { kind: 'matching', pairs: { [big]: 'nato' } }],
			[tfn, { kind: 'tfn', choice: big }]
		] as [Question<Evidence>, unknown][]) {
			const error = refused(noThrow(q, response));
			expect(error.length).toBeLessThan(200);
		}
		expect(refused(noThrow(numeric, { kind: 'numeric', text: big }))).toMatch(/too long/);
	});

	it('reads a long but legal numeric text without trouble', () => {
		const text = ' '.repeat(495) + '8' + ' '.repeat(495);
		expect(graded(noThrow(numeric, { kind: 'numeric', text })).correct).toBe(true);
		expect(refused(noThrow(numeric, { kind: 'numeric', text: 'eight '.repeat(160) }))).toMatch(/couldn't read/);
	});

	it('grades stray spaces and mixed case correctly', () => {
		expect(graded(noThrow(numeric, { kind: 'numeric', text: '\t  TWENTY-one  ' })).correct).toBe(false);
		expect(graded(noThrow(numeric, { kind: 'numeric', text: '  eIgHt   DIPLOMATS ' })).correct).toBe(true);
		expect(graded(noThrow(dateQuestion, { kind: 'numeric', text: '  1   nOvEmBeR  ' })).correct).toBe(true);
		// Ids are exact: a mixed-case id is not the option.
		expect(refused(noThrow(single, { kind: 'single', option: 'A' }))).toMatch(UNKNOWN_OPTION);
		expect(refused(noThrow(single, { kind: 'single', option: ' a ' }))).toMatch(UNKNOWN_OPTION);
	});

	it('does not treat prototype names as ids', () => {
		expect(refused(noThrow(single, { kind: 'single', option: 'constructor' }))).toMatch(/not one of/);
		const order = ['toString', 'a', 'b', 'c'];
		expect(refused(noThrow(ordering, { kind: 'ordering', order }))).toMatch(/not one of the items/);
		const pairs = JSON.parse('{"p1":"nato","p2":"lavrov","p3":"nato","__proto__":"nato"}');
		expect(refused(noThrow(matching, { kind: 'matching', pairs }))).toMatch(/statement this question doesn't/);
		const inherited = { p1: 'nato', p2: 'lavrov', p3: 'constructor' };
		const onPrototype = refused(noThrow(matching, { kind: 'matching', pairs: inherited }));
		expect(onPrototype).toMatch(/choice this question doesn't/);
		const tfnNoFeedback: TrueFalseQuestion<Evidence> = { ...tfn, answer: 'true', feedback: {} };
		expect(graded(noThrow(tfnNoFeedback, { kind: 'tfn', choice: 'false' })).feedback).toEqual([]);
	});

	it('ignores extra fields and survives throwing getters and odd contexts', () => {
		expect(graded(noThrow(single, { kind: 'single', option: 'a', score: 1, correct: true })).score).toBe(1);
		const trap = {
			kind: 'single',
			get option(): string {
				throw new Error('boom');
			}
		};
		expect(refused(noThrow(single, trap))).toBe('We could not check this answer. Please try again.');
		const told = noThrow(ordering, { kind: 'ordering', order: ['c', 'a', 'd', 'b'] }, { toldOrder: 'cadb' });
		expect(graded(told).feedback).toEqual(['Not quite the order things happened.']);
		const span = { kind: 'evidence', start: 100, end: 150 };
		expect(graded(noThrow(evidence, span, { textLength: Number.NaN, sentences: [{ start: 100, end: 150 }] })).correct).toBe(true);
	});

	it('refuses a huge ordering array quickly', () => {
		const order = Array.from({ length: 100_000 }, (_, i) => `id${i}`);
		expect(refused(noThrow(ordering, { kind: 'ordering', order }))).toBe(
			'"id0" is not one of the items to put in order.'
		);
	});
});
