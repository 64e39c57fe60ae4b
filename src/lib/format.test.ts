import { describe, expect, it } from 'vitest';
import { duration, percent } from './format';

describe('formatting', () => {
	it('writes shares as whole percentages', () => {
		expect(percent(0)).toBe('0%');
		expect(percent(2 / 3)).toBe('67%');
		expect(percent(1)).toBe('100%');
	});

	it('writes durations in seconds, minutes and hours', () => {
		expect(duration(4_400)).toBe('4 s');
		expect(duration(185_000)).toBe('3 min 5 s');
		expect(duration(4_800_000)).toBe('1 h 20 min');
		expect(duration(-5)).toBe('0 s');
	});
});
