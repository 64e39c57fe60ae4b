import { describe, expect, it } from 'vitest';
import type { Evidence, NumericQuestion } from '$lib/content/types';
import { modules } from '$lib/server/modules';
import { grade } from './grade';

/**
 * How the module's numeric questions read the answers people write. Each row is one spelling, graded by
 * the real question: `right`, `wrong` (with the feedback it must show, where the row names one) or
 * `refused` (the learner is asked to write it another way, and nothing is scored).
 */
type Row = [text: string, verdict: 'right' | 'wrong' | 'refused', feedback?: RegExp];

function question(id: string): NumericQuestion<Evidence> {
	const q = modules[0]!.questions.find((x) => x.id === id);
	if (!q || q.kind !== 'numeric') throw new Error(`no numeric question ${id}`);
	return q;
}

const cross = (leads: string[], forms: string[], tails: string[] = ['']): string[] =>
	leads.flatMap((l) => forms.flatMap((f) => tails.map((t) => `${l}${f}${t}`)));

const right = (texts: string[]): Row[] => texts.map((t) => [t, 'right']);

const table: Record<string, Row[]> = {
	'num-eight': [
		// The story's own words, and the other words people use for those eight.
		...right(
			cross(
				['', 'about ', 'exactly '],
				['8', 'eight', 'Eight', '08'],
				['', ' mission employees', ' employees', ' diplomats', ' officials', ' people', ' staff', ' accreditations']
			)
		),
		...right(['8 Mission Employees.', '8 diplomat', 'eight members of staff', '8diplomats', 'a total of 8 people', '8 in all']),
		['10 diplomats', 'wrong', /Ten is the whole cut/],
		['ten people', 'wrong', /Ten is the whole cut/],
		['2', 'wrong', /vacant positions/],
		['20 employees', 'wrong', /size before the cut/],
		['12', 'wrong'],
		['8 fewer', 'wrong', /how many, not how many more or fewer/],
		['8 cats', 'refused'],
		['November 8', 'refused'],
		['eightish', 'refused']
	],
	'num-posts-cut': [
		// A cut: the size alone, a minus sign or words of change all say it.
		...right(['10', 'ten', 'Ten.', '-10', '−10', '–10', 'minus ten', 'minus 10 posts']),
		...right(['10 fewer', 'ten fewer', '10 fewer posts', '10 posts fewer', '10 less', 'ten fewer positions']),
		...right(['by ten', 'by 10', 'by 10 posts', 'down by 10', 'down 10', 'cut by 10', 'reduced by ten positions']),
		...right(['a cut of 10 posts', 'a reduction of ten', '10 posts', '10 positions', 'ten jobs', '10 places', '10 staff posts']),
		// People are not posts: only eight people left.
		['10 people', 'wrong', /not ten people: only eight diplomats/],
		['10 diplomats', 'wrong', /not ten people: only eight diplomats/],
		['ten employees', 'wrong', /not ten people/],
		['10 mission employees', 'wrong', /not ten people/],
		['by 10 people', 'wrong', /not ten people/],
		['10 more', 'wrong', /went down, not up/],
		['+10', 'wrong', /went down, not up/],
		['up by 10', 'wrong', /went down, not up/],
		['8', 'wrong', /2 vacant positions were eliminated as well/],
		['8 people', 'wrong', /2 vacant positions were eliminated as well/],
		['eight fewer', 'wrong', /2 vacant positions were eliminated as well/],
		['12 posts', 'wrong', /forgets the 2 vacant positions/],
		['20', 'wrong', /size before the cut/],
		['2 positions', 'wrong', /only the vacant positions/],
		['11', 'wrong'],
		['11 diplomats', 'wrong', /counts posts, not diplomats/],
		['10 bananas', 'refused'],
		['10 fewer more', 'refused'],
		['1 November', 'refused']
	],
	'num-staff-after': [
		...right(cross(['', 'up to ', 'about ', 'only '], ['10', 'ten', 'Ten'], ['', ' people', ' staff', ' staff members', ' posts', ' employees'])),
		...right(['10 members of staff', '10 positions', '10 persons', '10 person']),
		['10 fewer', 'wrong', /how many, not how many more or fewer/],
		['20', 'wrong', /size before the cut/],
		['12 people', 'wrong', /forgets that 2 vacant positions/],
		['8 staff', 'wrong', /Eight is the number of diplomats/],
		['11', 'wrong'],
		['10 chairs', 'refused']
	],
	'num-suspension-date': [
		// Every common spelling of 1 November 2021, after the words people put before a start date.
		...right(
			cross(
				['', 'on ', 'from ', 'starting ', 'starting on ', 'starting from ', 'beginning ', 'as of '],
				[
					'1 November',
					'November 1',
					'1 Nov',
					'Nov 1',
					'Nov. 1',
					'1st November',
					'November 1st',
					'the 1st of November',
					'the first of November',
					'November the first',
					'1 November 2021',
					'November 1, 2021',
					'November 1 2021',
					'Nov 1, 2021',
					'1st of November 2021',
					'Monday 1 November',
					'Monday, 1 November',
					'Monday, November 1',
					'Monday, November 1, 2021',
					'Mon 1 Nov',
					'2021-11-01',
					'2021/11/01',
					'2021.11.01',
					'01.11.2021',
					'1-Nov-2021',
					'2021/11/1'
				]
			)
		),
		...right(['1 November onwards', 'from 1 November onwards', 'NOVEMBER 1', 'the 1st of November 2021', 'Monday the 1st of November']),
		// A year or weekday that is given must be right.
		['November 1 2020', 'wrong', /year is not 2020/],
		['1 November 2020', 'wrong', /year is not 2020/],
		['2020-11-01', 'wrong', /year is not 2020/],
		['Tuesday 1 November', 'wrong', /1 November 2021 was not a Tuesday/],
		['Sunday, November 1', 'wrong', /was not a Sunday/],
		['Tuesday 1 November 2021', 'wrong', /was not a Tuesday/],
		['18 October', 'wrong', /dateline/],
		['October 18, 2021', 'wrong', /dateline/],
		['31 October', 'wrong', /end of October/],
		['2 November', 'wrong'],
		['1 October', 'wrong'],
		['1/11/2021', 'refused'],
		['11/1', 'refused'],
		['1', 'refused'],
		['Monday', 'refused'],
		['November', 'refused'],
		['31 November', 'refused']
	],
	'num-three': [
		...right(['3', 'three', '3 missions', 'three offices', '3 missions and offices', '3 offices and missions', 'three bodies']),
		...right(['3 institutions', '3 in all', 'three in total', 'three altogether', '3 mission', 'a total of three']),
		['1', 'wrong', /only one of them/],
		['2 offices', 'wrong', /plus Russia’s own mission/],
		['4', 'wrong'],
		['3 countries', 'refused']
	],
	'num-days': [
		// A span of days may be written in weeks or fortnights.
		...right(['14', 'fourteen', '14 days', 'fourteen days', '14 days later', '14days', 'after 14 days', 'in 14 days']),
		...right(['14 days after', 'two weeks', '2 weeks', 'Two weeks later', 'a fortnight', 'one fortnight', '1 fortnight', 'a fortnight later']),
		['13 days', 'wrong', /October 31/],
		['15', 'wrong', /14 days later/],
		['three weeks', 'wrong'],
		['a week', 'wrong'],
		['2 days', 'wrong'],
		['14 hours', 'refused'],
		['14 months', 'refused']
	]
};

const rows = Object.entries(table).flatMap(([id, list]) => list.map(([text, verdict, feedback]) => ({ id, text, verdict, feedback })));

describe('the numeric reader on the module’s questions', () => {
	it('covers at least 200 spellings, each row distinct', () => {
		expect(rows.length).toBeGreaterThanOrEqual(200);
		expect(new Set(rows.map((r) => `${r.id}|${r.text}`)).size).toBe(rows.length);
	});

	it.each(rows)('$id: $text is $verdict', ({ id, text, verdict, feedback }) => {
		const result = grade(question(id), { kind: 'numeric', text });
		if (verdict === 'refused') {
			expect(result.ok, JSON.stringify(result)).toBe(false);
			return;
		}
		if (!result.ok) throw new Error(`refused: ${result.error}`);
		expect(result.grade.correct).toBe(verdict === 'right');
		expect(result.grade.score).toBe(verdict === 'right' ? 1 : 0);
		if (feedback) expect(result.grade.feedback.join(' ')).toMatch(feedback);
	});

	it('names the units it takes when a word after the number is not one of them', () => {
		const result = grade(question('num-posts-cut'), { kind: 'numeric', text: '10 bananas' });
		expect(result).toEqual({
			ok: false,
			error: 'Write just the number, or the number with one of: posts, positions, staff posts, jobs, places.'
		});
	});

	it('asks for the month’s name when a date in digits reads two ways', () => {
		expect(grade(question('num-suspension-date'), { kind: 'numeric', text: '1/11/2021' })).toEqual({
			ok: false,
			error: `Write the month's name, such as 1 November: "1/11/2021" can be read as more than one date.`
		});
	});
});
