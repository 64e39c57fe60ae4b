import { describe, expect, it } from 'vitest';
import { checkbox, checkFields, datetimeLocal, integer, isTimeZone, localToEpoch, oneOf, optional, someOf, text, validate } from './validate';

function form(entries: [string, string | Blob][]): FormData {
	const data = new FormData();
	for (const [name, value] of entries) data.append(name, value);
	return data;
}

const title = text({ label: 'Title', min: 1, max: 120 });

describe('text', () => {
	it('trims and accepts text within the limits, from a form or JSON', () => {
		expect(validate({ title }, form([['title', '  Week 3 quiz  ']]))).toEqual({ ok: true, value: { title: 'Week 3 quiz' } });
		expect(validate({ title }, { title: 'x'.repeat(120) })).toEqual({ ok: true, value: { title: 'x'.repeat(120) } });
	});

	it('asks for a missing or blank value', () => {
		for (const input of [form([]), form([['title', '   ']]), {}, { title: '' }, { title: null }]) {
			expect(validate({ title }, input)).toEqual({ ok: false, errors: { title: 'Enter a title.' } });
		}
	});

	it('says how long is too long, for 121 characters and for 100 kB', () => {
		expect(validate({ title }, { title: 'x'.repeat(121) })).toEqual({
			ok: false,
			errors: { title: 'Title must be 120 characters or fewer; this one has 121.' }
		});
		const result = validate({ title }, form([['title', 'x'.repeat(100 * 1024)]]));
		expect(result).toEqual({ ok: false, errors: { title: 'Title must be 120 characters or fewer; this one has 102,400.' } });
	});

	it('refuses what is not text: numbers, lists, objects, files', () => {
		for (const input of [{ title: 42 }, { title: ['a'] }, { title: { a: 1 } }, form([['title', new Blob(['x'])]])]) {
			expect(validate({ title }, input)).toEqual({ ok: false, errors: { title: 'Title must be text.' } });
		}
	});

	it('honours a minimum length above one', () => {
		const name = text({ label: 'Name', min: 3, max: 10 });
		expect(validate({ name }, { name: 'ab' })).toEqual({ ok: false, errors: { name: 'Name must be at least 3 characters.' } });
	});
});

describe('integer', () => {
	const count = integer({ label: 'Number of questions', min: 1, max: 40 });

	it('reads digits from a form and numbers from JSON', () => {
		expect(validate({ count }, form([['count', ' 12 ']]))).toEqual({ ok: true, value: { count: 12 } });
		expect(validate({ count }, { count: 40 })).toEqual({ ok: true, value: { count: 40 } });
		expect(validate({ count }, { count: 1 })).toEqual({ ok: true, value: { count: 1 } });
	});

	it('refuses numbers out of range, fractions and non-numbers with the range in the message', () => {
		const message = 'Number of questions must be a whole number from 1 to 40.';
		for (const value of ['0', '41', '-3', '1.5', '1e3', '12abc', 'twelve', '9'.repeat(100_000), 2.5, NaN, Infinity, true, [3]]) {
			expect(validate({ count }, { count: value })).toEqual({ ok: false, errors: { count: message } });
		}
	});

	it('asks for a missing value', () => {
		expect(validate({ count }, form([['count', '']]))).toEqual({ ok: false, errors: { count: 'Enter the number of questions.' } });
	});
});

describe('oneOf and someOf', () => {
	const feedback = oneOf({ label: 'Feedback', values: ['each', 'submit', 'close'] });
	const skills = someOf({ label: 'Skills', values: ['sequence', 'numbers', 'sources'], min: 1 });

	it('accept only the listed values', () => {
		expect(validate({ feedback }, { feedback: 'close' })).toEqual({ ok: true, value: { feedback: 'close' } });
		expect(validate({ feedback }, { feedback: 'later' })).toEqual({
			ok: false,
			errors: { feedback: 'Feedback must be one of the choices offered.' }
		});
		expect(validate({ feedback }, { feedback: ['each'] })).toMatchObject({ ok: false });
		expect(validate({ feedback }, {})).toEqual({ ok: false, errors: { feedback: 'Choose the feedback.' } });
	});

	it('read repeated checkboxes and JSON arrays into the list order, once each', () => {
		const data = form([
			['skills', 'sources'],
			['skills', 'sequence'],
			['skills', 'sources']
		]);
		expect(validate({ skills }, data)).toEqual({ ok: true, value: { skills: ['sequence', 'sources'] } });
		expect(validate({ skills }, { skills: ['numbers'] })).toEqual({ ok: true, value: { skills: ['numbers'] } });
	});

	it('refuse an empty choice, unknown values, non-lists and floods', () => {
		expect(validate({ skills }, form([]))).toEqual({ ok: false, errors: { skills: 'Choose at least one of the skills.' } });
		expect(validate({ skills }, { skills: ['grammar'] })).toEqual({
			ok: false,
			errors: { skills: 'Skills has a choice that is not on the list.' }
		});
		expect(validate({ skills }, { skills: 'sequence' })).toEqual({ ok: false, errors: { skills: 'Skills must be a list of choices.' } });
		expect(validate({ skills }, { skills: Array(10_000).fill('sequence') })).toMatchObject({ ok: false });
	});
});

describe('checkbox', () => {
	const shuffle = checkbox({ label: 'Shuffle' });

	it('is ticked when the form sends it and unticked when it does not', () => {
		expect(validate({ shuffle }, form([['shuffle', 'on']]))).toEqual({ ok: true, value: { shuffle: true } });
		expect(validate({ shuffle }, form([]))).toEqual({ ok: true, value: { shuffle: false } });
		expect(validate({ shuffle }, { shuffle: true })).toEqual({ ok: true, value: { shuffle: true } });
		expect(validate({ shuffle }, { shuffle: false })).toEqual({ ok: true, value: { shuffle: false } });
	});

	it('refuses values that are neither', () => {
		for (const value of [3, 'maybe', { a: 1 }, 'on'.repeat(50_000)]) {
			expect(validate({ shuffle }, { shuffle: value })).toEqual({ ok: false, errors: { shuffle: 'Shuffle must be ticked or not.' } });
		}
	});
});

describe('datetimeLocal', () => {
	it('reads wall-clock time in UTC', () => {
		const opens = datetimeLocal({ label: 'Opens', timeZone: 'UTC' });
		expect(validate({ opens }, { opens: '2026-11-27T14:30' })).toEqual({ ok: true, value: { opens: Date.UTC(2026, 10, 27, 14, 30) } });
		expect(validate({ opens }, { opens: '2026-11-27T14:30:15' })).toEqual({ ok: true, value: { opens: Date.UTC(2026, 10, 27, 14, 30, 15) } });
	});

	it('reads wall-clock time in the teacher’s zone, with the offset of that date', () => {
		// Berlin is UTC+1 in winter and UTC+2 in summer; New York UTC-5 and UTC-4.
		expect(localToEpoch('2026-01-15T09:00', 'Europe/Berlin')).toBe(Date.UTC(2026, 0, 15, 8, 0));
		expect(localToEpoch('2026-07-15T09:00', 'Europe/Berlin')).toBe(Date.UTC(2026, 6, 15, 7, 0));
		expect(localToEpoch('2026-03-08T12:00', 'America/New_York')).toBe(Date.UTC(2026, 2, 8, 16, 0));
		expect(localToEpoch('2026-03-07T12:00', 'America/New_York')).toBe(Date.UTC(2026, 2, 7, 17, 0));
		expect(localToEpoch('2026-06-01T00:00', 'Asia/Kolkata')).toBe(Date.UTC(2026, 4, 31, 18, 30));
	});

	it('refuses dates that do not exist, other formats and unknown zones', () => {
		for (const text of ['2026-02-30T10:00', '2026-11-27T25:00', '2026-11-27', '27/11/2026 14:30', '1999-01-01T00:00', 'x'.repeat(100_000)]) {
			expect(localToEpoch(text, 'UTC'), text).toBeNull();
		}
		expect(localToEpoch('2026-11-27T14:30', 'Mars/Olympus')).toBeNull();
		const opens = datetimeLocal({ label: 'Opens', timeZone: 'UTC' });
		expect(validate({ opens }, { opens: 'soon' })).toEqual({
			ok: false,
			errors: { opens: 'Opens must be a date and time, such as 2026-11-27 14:30.' }
		});
		expect(validate({ opens }, { opens: 1764253800000 })).toMatchObject({ ok: false });
	});

	it('knows time zone names', () => {
		expect(isTimeZone('UTC')).toBe(true);
		expect(isTimeZone('Europe/Berlin')).toBe(true);
		expect(isTimeZone('Mars/Olympus')).toBe(false);
		expect(isTimeZone('')).toBe(false);
		expect(isTimeZone('Europe/Berlin'.repeat(10))).toBe(false);
	});
});

describe('optional', () => {
	const limit = optional(integer({ label: 'Time limit in minutes', min: 1, max: 300 }));

	it('reads a blank or missing field as null and checks anything else', () => {
		expect(validate({ limit }, form([['limit', '']]))).toEqual({ ok: true, value: { limit: null } });
		expect(validate({ limit }, {})).toEqual({ ok: true, value: { limit: null } });
		expect(validate({ limit }, { limit: null })).toEqual({ ok: true, value: { limit: null } });
		expect(validate({ limit }, { limit: '45' })).toEqual({ ok: true, value: { limit: 45 } });
		expect(validate({ limit }, { limit: '301' })).toEqual({
			ok: false,
			errors: { limit: 'Time limit in minutes must be a whole number from 1 to 300.' }
		});
	});
});

describe('validate', () => {
	it('reports every wrong field at once, and nothing for the right ones', () => {
		const schema = { title, count: integer({ label: 'Count', min: 1, max: 5 }), shuffle: checkbox({ label: 'Shuffle' }) };
		expect(validate(schema, { title: '', count: 9, shuffle: true })).toEqual({
			ok: false,
			errors: { title: 'Enter a title.', count: 'Count must be a whole number from 1 to 5.' }
		});
	});

	it('does not read inherited properties of a JSON object', () => {
		const input = Object.create({ title: 'from the prototype' }) as Record<string, unknown>;
		expect(validate({ title }, input)).toEqual({ ok: false, errors: { title: 'Enter a title.' } });
	});
});

describe('checkFields', () => {
	it('returns the sound fields beside the errors', () => {
		const schema = { title, count: integer({ label: 'Count', min: 1, max: 5 }) };
		expect(checkFields(schema, { title: 'Fine', count: 9 })).toEqual({
			value: { title: 'Fine' },
			errors: { count: 'Count must be a whole number from 1 to 5.' }
		});
	});
});
