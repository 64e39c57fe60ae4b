import { describe, expect, it } from 'vitest';
import { compareHappened, happenedBefore, happenedSteps } from './order';

const relations = [
	{ before: 'decision', after: 'announcement' },
	{ before: 'announcement', after: 'reply' },
	{ before: 'decision', after: 'remark' }
];

describe('the order of happening', () => {
	it('follows chains of relations', () => {
		expect(happenedBefore(relations, 'decision', 'reply')).toBe(true);
		expect(happenedBefore(relations, 'reply', 'decision')).toBe(false);
	});

	it('says "unknown" where no chain connects two events, instead of guessing', () => {
		expect(compareHappened(relations, 'remark', 'announcement')).toBe('unknown');
		expect(compareHappened(relations, 'remark', 'reply')).toBe('unknown');
		expect(compareHappened(relations, 'reply', 'decision')).toBe('after');
	});

	it('places events on steps, sharing a step where the order is unknown', () => {
		const steps = happenedSteps(['reply', 'remark', 'announcement', 'decision'], relations);
		expect(Object.fromEntries(steps)).toEqual({ decision: 0, announcement: 1, remark: 1, reply: 2 });
	});

	it('keeps chains through events left out of the picture', () => {
		const steps = happenedSteps(['reply', 'decision'], relations);
		expect(Object.fromEntries(steps)).toEqual({ decision: 0, reply: 1 });
	});
});
