import { describe, expect, it } from 'vitest';
import type { Span } from './layout';
import { splitNewsSentences } from './sentences';
import { addDays, findTimes, mondayOf, placeTimesOfDay, referenceDay, type TimeMention } from './times';

const times = (text: string, ref = referenceDay('2025-03-05T10:00:00Z', undefined)) =>
	findTimes(text, { start: 0, end: text.length }, ref).map((t) => [text.slice(t.start, t.end), t.date ?? null]);

/** The times of paragraphs `blocks`, filed on 5 March 2025, after `place` has placed them against each other. */
function placed(blocks: string[], place: (found: TimeMention[], paragraphs: Span[], ref: Date | undefined, text: string) => void): TimeMention[] {
	const text = blocks.join('\n\n');
	const ref = referenceDay('2025-03-05T10:00:00Z', undefined);
	const paragraphs = blocks.map((b) => ({ start: text.indexOf(b), end: text.indexOf(b) + b.length }));
	const found = paragraphs.flatMap((p) => splitNewsSentences(text, p.start, p.end)).flatMap((s) => findTimes(text, s, ref));
	place(found, paragraphs, ref, text);
	return found;
}

describe('time expressions', () => {
	it('takes the dateline date as the reference day, in the publication year', () => {
		expect(referenceDay('2025-06-12T17:20:00Z', 'June 11')?.getDate()).toBe(11);
		expect(referenceDay('2025-06-12T17:20:00Z', undefined)?.getDate()).toBe(12);
		expect(referenceDay(undefined, undefined)).toBeUndefined();
	});
	it('dates a weekday back in past-tense clauses and forward in future ones', () => {
		// 5 March 2025 is a Wednesday.
		expect(times('The minister resigned on Monday.')).toEqual([['on Monday', '2025-03-03']]);
		expect(times('The minister will resign on Monday.')).toEqual([['on Monday', '2025-03-10']]);
	});
	it('takes the tense of the reported clause, not of the attribution after it', () => {
		// "the council said" follows the time words but reports them; "will open" is their verb.
		expect(times('It will open to traffic at 7 a.m. on Monday, the council said.')).toEqual([['at 7 a.m. on Monday', '2025-03-10']]);
		expect(times('The council said on Monday that the bridge will open in May.')[0]).toEqual(['on Monday', '2025-03-03']);
	});
	it('resolves relative days and dates without a year', () => {
		expect(times('He said yesterday that the vote is due on March 20.')).toEqual([
			['yesterday', '2025-03-04'],
			['on March 20', '2025-03-20']
		]);
	});
	it('leaves months, seasons, years and relative words unresolved, with a reason', () => {
		const text = 'It began in January, grew last spring, and in 2023 it later failed.';
		const found = findTimes(text, { start: 0, end: text.length }, referenceDay('2025-03-05T10:00:00Z', undefined));
		expect(found.map((t) => [text.slice(t.start, t.end), t.date ?? null, t.reason])).toEqual([
			['in January', null, 'a month or part of one, not a day'],
			['last spring', null, 'a season, not a day'],
			['in 2023', null, 'a year or span of years, not a day'],
			['later', null, 'placed relative to another event, not to the calendar']
		]);
	});
	it('says why nothing can be dated without a reference day', () => {
		const text = 'The strike began on Monday.';
		const [t] = findTimes(text, { start: 0, end: text.length }, undefined);
		expect(t?.date).toBeUndefined();
		expect(t?.reason).toMatch(/no publication date/);
	});
	it('does not take an amount of time for a date', () => {
		expect(times('The jury took nine hours.')).toEqual([]);
	});
	it('reads a deadline forward and a past clause back, and the same weekday as the reference day', () => {
		// 14 January 2026 is a Wednesday.
		const ref = referenceDay('2026-01-14T10:00:00Z', undefined);
		expect(times('Rain began falling on Friday afternoon.', ref)).toEqual([['on Friday afternoon', '2026-01-09']]);
		expect(times('The agency expects to clear the site by Friday.', ref)).toEqual([['by Friday', '2026-01-16']]);
		expect(times('The bridge will open on Wednesday.', ref)).toEqual([['on Wednesday', '2026-01-21']]);
		expect(times('The study was published on Wednesday.', ref)).toEqual([['on Wednesday', '2026-01-14']]);
	});
	it('keeps periods unresolved, and dates the end of a reporting period, "to" and all, in the past', () => {
		expect(times('Talks broke down in late May, and profit for the six months to June 30 fell.')).toEqual([
			['in late May', null],
			['for the six months', null],
			['to June 30', '2024-06-30']
		]);
		// Near miss: a task set in the past ("asked her to appear … on June 30") lies ahead.
		expect(times('The committee asked her to appear before it on June 30.')).toEqual([['on June 30', '2025-06-30']]);
	});
	it('dates "this morning" to the reference day and "on Monday last week" to the week before', () => {
		// 5 March 2025 is a Wednesday: the week before runs from Monday 24 February.
		expect(times('Ferry crews walked out this morning.')).toEqual([['this morning', '2025-03-05']]);
		expect(times('The crews walked out on Monday last week.')).toEqual([['on Monday last week', '2025-02-24']]);
		expect(times('Talks will resume on Thursday next week.')).toEqual([['on Thursday next week', '2025-03-13']]);
	});
	it('takes a reporting verb right after the day as its verb ("on Wednesday announced"), but not one after a comma', () => {
		expect(times('The council on Wednesday announced a new bus lane.')).toEqual([['on Wednesday', '2025-03-05']]);
		expect(times('The lane will open on Monday, the council announced.')).toEqual([['on Monday', '2025-03-10']]);
	});
	it('gives a lone clock time the day the text gave before it, and a past one with no day the reference day', () => {
		const found = placed(['At 6.40 a.m. on Sunday, the roof of the depot fell in. Firefighters arrived at 7.05 a.m.', 'Nobody was hurt.', 'The owner’s share price fell in early trading.'], (found, paragraphs, ref) => placeTimesOfDay(found, paragraphs, ref));
		expect(found.map((t) => [t.text, t.date ?? null])).toEqual([
			['At 6.40 a.m. on Sunday', '2025-03-02'],
			['at 7.05 a.m', '2025-03-02'],
			['in early trading', '2025-03-05']
		]);
	});
	it('dates an offset in days from the day given before it in its paragraph only', () => {
		const found = placed(['The board met on Monday, March 3. Two days later it suspended the manager.', 'A guard saw a ladder the previous evening.', 'The council acted a week later.'], placeTimesOfDay);
		expect(found.map((t) => [t.text, t.date ?? null])).toEqual([
			['on Monday, March 3', '2025-03-03'],
			['Two days later', '2025-03-05'],
			// The day given before is in another paragraph: "the previous evening" counts back from the
			// story's day, and "a week later" names no day.
			['the previous evening', '2025-03-04'],
			['a week later', null]
		]);
	});
	it('takes no bare season word for a time, and no "three days after" for a date', () => {
		expect(times('A profit fall was expected after the worst winter in years.')).toEqual([]);
		const text = 'The bridge failed three days after the flood.';
		const found = findTimes(text, { start: 0, end: text.length }, referenceDay('2025-03-05T10:00:00Z', undefined));
		expect(found.map((t) => [t.text, t.kind, t.date ?? null])).toEqual([['three days after', 'relative', null]]);
	});
	it('dates a later weekday in one plan after the earlier one, but not a new clause with its own "will"', () => {
		// 5 March 2025 is a Wednesday.
		expect(times('She will fly to Oslo on Tuesday and sign the treaty on Monday.')).toEqual([
			['on Tuesday', '2025-03-11'],
			['on Monday', '2025-03-17']
		]);
		expect(times('The vote will be held on Tuesday and the minister will visit on Monday.')).toEqual([
			['on Tuesday', '2025-03-11'],
			['on Monday', '2025-03-10']
		]);
	});
	it('dates a weekday in a plan told in the past forward, and a plan in the pluperfect or a past event back', () => {
		// 5 March 2025 is a Wednesday: the coming Friday is 7 March, the last one 28 February.
		expect(times('The mayor said the vote would take place on Friday.')).toEqual([['on Friday', '2025-03-07']]);
		expect(times('The new line was due to open on Friday.')).toEqual([['on Friday', '2025-03-07']]);
		expect(times('The board was expected to approve the revised budget on Friday.')).toEqual([['on Friday', '2025-03-07']]);
		expect(times('The depot planned to reopen on Friday.')).toEqual([['on Friday', '2025-03-07']]);
		expect(times('Forecasters expect heavy snow on Friday.')).toEqual([['on Friday', '2025-03-07']]);
		expect(times('She said Friday was likely to be the busiest day of the week.')).toEqual([['Friday', '2025-03-07']]);
		// Near misses: the plan itself is past, or the verb is a plain past tense.
		expect(times('The pump had been due to be replaced on Friday.')).toEqual([['on Friday', '2025-02-28']]);
		expect(times('She said Friday was the busiest day of the month.')).toEqual([['Friday', '2025-02-28']]);
		expect(times('Voters backed a plan to merge the councils in a ballot on Friday.')).toEqual([['on Friday', '2025-02-28']]);
		expect(times('The mayor said on Friday that the vote was close.')).toEqual([['on Friday', '2025-02-28']]);
	});
	it('passes over an aside and a condition to find the verb that dates a weekday', () => {
		// 5 March 2025 is a Wednesday.
		expect(times('The railway planned to reopen its coastal branch, closed since Tuesday, on Monday if engineers found no damage.').pop()).toEqual(['on Monday', '2025-03-10']);
		// Near miss: with no plan before the aside, the past verb dates it.
		expect(times('The railway reopened its coastal branch, closed for a week, on Monday.').pop()).toEqual(['on Monday', '2025-03-03']);
	});
	it('reads "was scheduled to" forward, and a past verb with a long object before its day back', () => {
		// 5 March 2025 is a Wednesday.
		expect(times('The minister was scheduled to visit the flooded valley on Friday.')).toEqual([['on Friday', '2025-03-07']]);
		expect(times('The agency issued a red warning for heavy snow across four northern districts on Monday, saying roads were expected to close by Friday.')[0]).toEqual(['on Monday', '2025-03-03']);
	});
	it('leaves a span over several days unresolved, but not a clock time on one day', () => {
		const [span] = findTimes('The warning runs from 6 p.m. on Thursday until noon on Saturday.', { start: 0, end: 64 }, referenceDay('2025-03-05T10:00:00Z', undefined));
		expect(span?.date).toBeUndefined();
		expect(span?.reason).toBe('a span of days, not a day');
		expect(times('The warning started at 6 p.m. on Monday.')).toEqual([['at 6 p.m. on Monday', '2025-03-03']]);
	});
	it('reads a headline infinitive as the future, and a headline in the past back', () => {
		// 5 March 2025 is a Wednesday.
		const headline = (text: string) => findTimes(text, { start: 0, end: text.length }, referenceDay('2025-03-05T10:00:00Z', undefined), true).map((t) => [t.text, t.date ?? null]);
		expect(headline('Trains cut and schools to close on Friday')).toEqual([['on Friday', '2025-03-07']]);
		expect(headline('Schools closed on Friday as storm hit the coast')).toEqual([['on Friday', '2025-02-28']]);
		expect(headline('Council was forced to shut schools on Friday')).toEqual([['on Friday', '2025-02-28']]);
	});
	it('takes the date, not the weekday, where the text gives both', () => {
		expect(times('It now plans to open the line on Sunday, March 16.')).toEqual([['on Sunday, March 16', '2025-03-16']]);
	});
});

describe('a narrative told day by day', () => {
	// Filed on Wednesday 5 March 2025: the Saturday before is 1 March, the Sunday 2 March.
	const story = (blocks: string[]) => placed(blocks, placeTimesOfDay).map((t) => [t.text, t.date ?? null]);
	it('gives clock times, "overnight" and offsets the day the narrative is at, past midnight when a morning follows an evening', () => {
		expect(
			story([
				'Rain fell all day on Saturday. At 11.15 p.m. the first sirens sounded.',
				'Overnight the river rose another metre. Shortly before 4 a.m. police closed the bridge, and about an hour later the first homes flooded. Crews pumped water until 6.30 the next morning.'
			])
		).toEqual([
			['on Saturday', '2025-03-01'],
			['At 11.15 p.m', '2025-03-01'],
			['Overnight', '2025-03-01'],
			['Shortly before 4 a.m', '2025-03-02'],
			['about an hour later', '2025-03-02'],
			['until 6.30 the next morning', '2025-03-03']
		]);
	});
	it('gives "shortly before 11 that night" the evening of the day last named, not the morning a span ran into', () => {
		const found = placed(['The meeting opened at 7 p.m. on Saturday and ran until 1.15 the next morning. The Green group walked out shortly before 11 that night.'], placeTimesOfDay);
		expect(found.map((t) => [t.text, t.date ?? null, t.clock ?? null])).toEqual([
			['at 7 p.m. on Saturday', '2025-03-01', '19:00'],
			['until 1.15 the next morning', '2025-03-02', '01:15'],
			['shortly before 11 that night', '2025-03-01', '23:00']
		]);
		// Near miss: a bare number before "that" is no clock time, and words with no word of time are no time.
		expect(times('She gave 11 that night and the money went to the fund.')).toEqual([]);
	});
	it('counts minutes and hours on from the clock time before, past midnight into the next day', () => {
		const found = placed(['At 11.40 p.m. on Saturday the dam gave way. About 30 minutes later the first boats left.', 'Shortly before 3 a.m. police closed the bridge, and about an hour later the first homes flooded.'], placeTimesOfDay);
		expect(found.map((t) => [t.text, t.date ?? null, t.clock ?? null])).toEqual([
			['At 11.40 p.m. on Saturday', '2025-03-01', '23:40'],
			['About 30 minutes later', '2025-03-02', '00:10'],
			['Shortly before 3 a.m', '2025-03-02', '03:00'],
			['about an hour later', '2025-03-02', '04:00']
		]);
	});
	it('passes over the day a statement was made and a quotation, and falls back to the story’s day only with nothing nearer', () => {
		expect(story(['The dam gave way on Saturday, officials said on Monday.', 'At 6.15 a.m. the first boats reached the village.'])).toEqual([
			['on Saturday', '2025-03-01'],
			['on Monday', '2025-03-03'],
			['At 6.15 a.m', '2025-03-01']
		]);
		expect(story(['“We were ready on Monday,” the mayor said.', 'At 6.15 a.m. the boats arrived.'])).toEqual([
			['on Monday', '2025-03-03'],
			['At 6.15 a.m', '2025-03-05']
		]);
		expect(story(['The dam gave way on Saturday, the mayor told reporters in Dellow on Monday.', 'At 6.15 a.m. the boats arrived.']).pop()).toEqual(['At 6.15 a.m', '2025-03-01']);
		// Near miss: a report whose clause has begun tells the narrative ("said the river rose on Monday").
		expect(story(['Officials said the river rose on Monday.', 'At 6.15 a.m. the boats arrived.']).pop()).toEqual(['At 6.15 a.m', '2025-03-03']);
		// A clock time told in the past perfect with no day near is some earlier day: left undated.
		expect(story(['The board met last week.', 'Nobody was hurt.', 'The report found that a guard had seen the smoke at about 11 p.m. and called nobody.']).pop()).toEqual(['11 p.m', null]);
		// Near misses: the day two paragraphs back is too far, so the reference day; "overnight" alone is the night before it.
		expect(story(['The dam gave way on Saturday.', 'Nobody was hurt.', 'At 6.15 a.m. the boats arrived. The water fell overnight.'])).toEqual([
			['on Saturday', '2025-03-01'],
			['At 6.15 a.m', '2025-03-05'],
			['overnight', '2025-03-04']
		]);
	});
	it('counts an offset in months or years from nothing, and takes a comparison for no time', () => {
		const found = placed(['Profit for the six months to June 30 was €3m, down from €4m a year earlier.', 'Nobody disputed it.', 'Moving the school day an hour later would help, she said.'], placeTimesOfDay);
		expect(found.map((t) => [t.text, t.kind, t.date ?? null])).toEqual([
			['for the six months', 'duration', null],
			['to June 30', 'date', '2024-06-30'],
			['a year earlier', 'offset', null],
			['an hour later', 'relative', null]
		]);
	});
});

describe('time expressions the drafter used to miss or misread', () => {
	it('dates a part of the day framing a date to that day', () => {
		expect(times('The river broke its banks on the night of August 3, 2023, after heavy rain.')).toEqual([['on the night of August 3, 2023', '2023-08-03']]);
		expect(times('On the evening of February 27 the water began to fall.')).toEqual([['On the evening of February 27', '2025-02-27']]);
		// Near miss: a part of the day alone names no day of its own.
		expect(times('The water began to fall in the evening.')).toEqual([]);
	});
	it('reads "by Friday" back in a clause told in the past, and forward where it is a duty, a plan or a condition', () => {
		// 5 March 2025 is a Wednesday: the last Friday is 28 February, the coming one 7 March.
		expect(times('By Friday evening the gauge showed 4.2 metres.')).toEqual([['By Friday evening', '2025-02-28']]);
		expect(times('By Sunday afternoon the water had fallen below the bank.')).toEqual([['By Sunday afternoon', '2025-03-02']]);
		expect(times('The fine must be paid by Friday.')).toEqual([['by Friday', '2025-03-07']]);
		expect(times('The road will reopen by Sunday.')).toEqual([['by Sunday', '2025-03-09']]);
		expect(times('The court ordered the landlord to finish the repairs by Friday.')).toEqual([['by Friday', '2025-03-07']]);
		expect(times('She said the board would step in if there was no progress by Friday.')).toEqual([['by Friday', '2025-03-07']]);
		// "To" before a quantifier or a plural noun is a preposition, not a task set.
		expect(times('Crews restored power to most homes by Sunday afternoon.')).toEqual([['by Sunday afternoon', '2025-03-02']]);
		expect(times('The bank returned the deposits to customers by Friday.')).toEqual([['by Friday', '2025-02-28']]);
	});
	it('finds possessive weekdays, weekends with a preposition, "next May" and the end of a year', () => {
		expect(times('Friday’s ruling was a surprise.')).toEqual([['Friday’s', '2025-02-28']]);
		expect(times('In Friday’s ruling the judge criticised both sides.')).toEqual([['Friday’s', '2025-02-28']]);
		expect(times('The road should be clear by the weekend.')).toEqual([['by the weekend', null]]);
		expect(times('The council plans a new wall next May.')).toEqual([['next May', null]]);
		expect(times('The contract runs until the end of 2028.')).toEqual([['until the end of 2028', null]]);
		expect(times('By the following winter the mould had returned.')).toEqual([['By the following winter', null]]);
		expect(times('Last May the plant shut, and the owner will sell it next June.')).toEqual([
			['Last May', null],
			['next June', null]
		]);
		expect(times('Results are expected by the end of the week.')).toEqual([['by the end of the week', null]]);
		expect(times('The river peaked overnight on Sunday.')).toEqual([['overnight on Sunday', '2025-03-02']]);
		// Near miss: "may" as a verb after "this" is no month.
		expect(times('This may help the town.')).toEqual([]);
		// Near misses: a weekend used as a modifier, and "overnight" as one.
		expect(times('He worked late shifts at the weekend job and an overnight stay.')).toEqual([]);
	});
	it('reads a timetable told in the present forward, and the same told in the past back', () => {
		// 5 March 2025 is a Wednesday.
		expect(times('Voting closes at 10 p.m. on Sunday.')).toEqual([['at 10 p.m. on Sunday', '2025-03-09']]);
		expect(times('The company has until Friday to respond.')).toEqual([['until Friday', '2025-03-07']]);
		expect(times('Voting closed at 10 p.m. on Sunday.')).toEqual([['at 10 p.m. on Sunday', '2025-03-02']]);
	});
	it('reads "the next meeting" as the future, but not "the next morning" or "the next three hours"', () => {
		// 5 March 2025 is a Wednesday.
		expect(times('The next meeting is on Monday.')).toEqual([['on Monday', '2025-03-10']]);
		expect(times('The crews met on Monday and returned the next morning.')[0]).toEqual(['on Monday', '2025-03-03']);
		expect(times('Gusts could reach the town within the next three hours, forecasters warned on Friday.').filter((t) => t[1])).toEqual([['on Friday', '2025-02-28']]);
	});
	it('takes "the next three hours" and "after three days" for durations, with no date', () => {
		const text = 'Forecasters expect more rain in the next three hours, after three days of storms.';
		const found = findTimes(text, { start: 0, end: text.length }, referenceDay('2025-03-05T10:00:00Z', undefined));
		expect(found.map((t) => [t.kind, t.date ?? null])).toEqual([
			['duration', null],
			['duration', null]
		]);
	});
});

describe('calendar days', () => {
	it('counts days across month, year and clock-change boundaries', () => {
		expect(addDays('2025-03-29', 2)).toBe('2025-03-31');
		expect(addDays('2025-03-31', 1)).toBe('2025-04-01');
		expect(addDays('2025-10-25', 2)).toBe('2025-10-27');
		expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
	});
	it('finds the Monday that begins the week, a Sunday belonging to the week before', () => {
		expect(mondayOf(new Date(2025, 2, 5, 12))).toBe('2025-03-03');
		expect(mondayOf(new Date(2025, 2, 3, 12))).toBe('2025-03-03');
		expect(mondayOf(new Date(2025, 2, 9, 12))).toBe('2025-03-03');
		expect(mondayOf(new Date(2025, 0, 1, 12))).toBe('2024-12-30');
	});
});
