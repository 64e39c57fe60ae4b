/**
 * The words the numeric reader understands around a number or a date, as data: a teacher or a linguist
 * can extend these tables without touching the reader. All entries are lower case, words split by single
 * spaces, as `normaliseText` leaves a learner's text.
 */

/** How a written change points: "10 fewer", "down by 10" (decrease); "10 more", "up 10" (increase). */
export type Direction = 'decrease' | 'increase';

/**
 * Words a learner may put before a number; a direction where the words say which way a figure changed.
 * "by", "about" and "up to" carry no direction: "shrank by ten" and "up to 10 people" are both plain 10.
 */
export const NUMBER_LEADS: Readonly<Record<string, Direction | null>> = {
	about: null,
	around: null,
	approximately: null,
	roughly: null,
	some: null,
	exactly: null,
	just: null,
	only: null,
	'up to': null,
	by: null,
	'a total of': null,
	'in total': null,
	total: null,
	'it is': null,
	"it's": null,
	'it was': null,
	'there are': null,
	'there were': null,
	'the answer is': null,
	after: null,
	in: null,
	minus: 'decrease',
	down: 'decrease',
	'down by': 'decrease',
	'cut by': 'decrease',
	'reduced by': 'decrease',
	'shrank by': 'decrease',
	'fell by': 'decrease',
	'a cut of': 'decrease',
	'a drop of': 'decrease',
	'a fall of': 'decrease',
	'a decrease of': 'decrease',
	'a reduction of': 'decrease',
	plus: 'increase',
	'up by': 'increase',
	'grew by': 'increase',
	'rose by': 'increase',
	'a rise of': 'increase',
	'an increase of': 'increase'
};

/** Words a learner may put after a number (and its unit); a direction where they say which way. */
export const NUMBER_TAILS: Readonly<Record<string, Direction | null>> = {
	later: null,
	afterwards: null,
	after: null,
	'after that': null,
	'in all': null,
	'in total': null,
	altogether: null,
	total: null,
	fewer: 'decrease',
	less: 'decrease',
	lower: 'decrease',
	'fewer than before': 'decrease',
	'less than before': 'decrease',
	cut: 'decrease',
	down: 'decrease',
	more: 'increase',
	'more than before': 'increase',
	up: 'increase'
};

/** Words a learner may put before a date: "on November 1", "starting from 1 November". */
export const DATE_LEADS: readonly string[] = [
	'on',
	'from',
	'starting',
	'starting on',
	'starting from',
	'beginning',
	'beginning on',
	'beginning from',
	'as of',
	'as from',
	'effective',
	'effective from',
	'by',
	'since',
	'it starts on',
	'it begins on',
	'the answer is',
	'it is',
	"it's"
];

/** Words a learner may put after a date: "1 November onwards". */
export const DATE_TAILS: readonly string[] = ['onwards', 'onward', 'on', 'and after'];

/**
 * Units of time in days. Where a question's units include one of these, the learner may write the span in
 * any of them ("two weeks", "a fortnight" for 14 days); the reader converts.
 */
export const DURATIONS: Readonly<Record<string, number>> = {
	day: 1,
	days: 1,
	week: 7,
	weeks: 7,
	fortnight: 14,
	fortnights: 14
};

/** Irregular singular and plural forms of unit words; regular ones add or drop a final "s". */
export const IRREGULAR_PLURALS: Readonly<Record<string, string>> = {
	person: 'people',
	persons: 'people',
	man: 'men',
	woman: 'women',
	'staff member': 'staff members',
	'member of staff': 'members of staff'
};

/** Weekdays and their abbreviations, Sunday = 0 as `Date.getUTCDay` counts. */
export const WEEKDAYS: Readonly<Record<string, number>> = {
	sunday: 0,
	sun: 0,
	monday: 1,
	mon: 1,
	tuesday: 2,
	tue: 2,
	tues: 2,
	wednesday: 3,
	wed: 3,
	thursday: 4,
	thu: 4,
	thur: 4,
	thurs: 4,
	friday: 5,
	fri: 5,
	saturday: 6,
	sat: 6
};

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
