import { describe, expect, it } from 'vitest';
import { duration, exact, percent, points, wallClock } from './format';

describe('formatting', () => {
	it('writes shares as whole percentages', () => {
		expect(percent(0)).toBe('0%');
		expect(percent(2 / 3)).toBe('67%');
		expect(percent(8.125 / 12)).toBe('68%');
		expect(percent(1)).toBe('100%');
	});

	it('keeps 100% for a full score and 0% for no credit at all', () => {
		expect(percent(0.996)).toBe('99%');
		expect(percent(0.004)).toBe('1%');
	});

	it('writes points as whole points, saying "about" when partial credit left a fraction', () => {
		expect(points(8, 12)).toBe('8 of 12 points');
		expect(points(8.125, 12)).toBe('about 8 of 12 points');
		expect(points(7 / 3, 4)).toBe('about 2 of 4 points');
		expect(points(1, 1)).toBe('1 of 1 point');
		expect(points(3.75, 4)).toBe('about 3 of 4 points');
		expect(points(0.25, 4)).toBe('about 1 of 4 points');
		expect(points(0, 4)).toBe('0 of 4 points');
	});

	it('keeps exports exact to four places', () => {
		expect(exact(7 / 3)).toBe(2.3333);
		expect(exact(0.1 + 0.2)).toBe(0.3);
		expect(exact(0.75)).toBe(0.75);
	});

	it('writes an instant on the wall clock of a zone, daylight saving included', () => {
		const winter = Date.UTC(2026, 10, 27, 9, 2, 5);
		expect(wallClock(winter, 'UTC')).toBe('2026-11-27 09:02:05');
		expect(wallClock(winter, 'Europe/Berlin')).toBe('2026-11-27 10:02:05');
		expect(wallClock(Date.UTC(2026, 6, 1, 23, 30), 'Europe/Berlin')).toBe('2026-07-02 01:30:00');
		expect(wallClock(winter, 'America/New_York')).toBe('2026-11-27 04:02:05');
	});

	it('writes durations in seconds, minutes and hours', () => {
		expect(duration(4_400)).toBe('4 s');
		expect(duration(185_000)).toBe('3 min 5 s');
		expect(duration(4_800_000)).toBe('1 h 20 min');
		expect(duration(-5)).toBe('0 s');
	});
});
