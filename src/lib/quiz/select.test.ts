import { describe, expect, it } from 'vitest';
import {
	allAnswered,
	canAskHint,
	canGoto,
	emptyContext,
	missedIds,
	nextPendingIndex,
	pickRound,
	progress,
	questionStatus,
	roundScore,
	startedContext,
	startIds,
	type QuizContext
} from './select';
import type { CheckResult, PublicQuestion } from './types';

function question(id: string, skill: PublicQuestion['skill'], hintCount = 0): PublicQuestion {
	return { id, skill, difficulty: 1, stem: `${id}?`, hintCount, kind: 'tfn', statement: id };
}

function result(questionId: string, score: number): CheckResult {
	return {
		questionId,
		score,
		correct: score === 1,
		hintsUsed: 0,
		key: { kind: 'tfn', choice: 'true' },
		explanation: '',
		evidence: [],
		feedback: []
	};
}

// Authored order: sequence first, then numbers, then sources.
const authored = [
	question('s1', 'sequence'),
	question('s2', 'sequence'),
	question('s3', 'sequence'),
	question('n1', 'numbers'),
	question('n2', 'numbers'),
	question('c1', 'sources', 2)
];

function context(overrides: Partial<QuizContext> = {}): QuizContext {
	return {
		questions: authored,
		assessed: false,
		settings: { skills: ['sequence', 'numbers', 'sources'], count: 10, feedback: 'each', book: 'closed' },
		round: { number: 1, ids: ['s1', 'n1', 'c1'] },
		index: 0,
		drafts: {},
		answers: {},
		results: {},
		hints: {},
		flagged: [],
		skipped: [],
		startedAt: 0,
		finishedAt: null,
		elsewhere: [],
		unread: [],
		error: null,
		...overrides
	};
}

describe('pickRound', () => {
	it('takes the chosen skills in turn, each in authored order', () => {
		expect(pickRound(authored, { skills: ['sequence', 'numbers', 'sources'], count: 10 })).toEqual([
			's1',
			'n1',
			'c1',
			's2',
			'n2',
			's3'
		]);
	});

	it('stops at the count, so a short round still has every skill', () => {
		expect(pickRound(authored, { skills: ['sequence', 'numbers', 'sources'], count: 4 })).toEqual([
			's1',
			'n1',
			'c1',
			's2'
		]);
	});

	it('asks only the chosen skills, once each even when a skill is named twice', () => {
		expect(pickRound(authored, { skills: ['numbers', 'numbers'], count: 5 })).toEqual(['n1', 'n2']);
	});

	it('is empty when nothing matches or the count is not positive', () => {
		expect(pickRound(authored.slice(0, 3), { skills: ['sources'], count: 5 })).toEqual([]);
		expect(pickRound(authored, { skills: ['sequence'], count: 0 })).toEqual([]);
	});
});

describe('starting a round with given questions (an attempt)', () => {
	const settings = { skills: ['sequence', 'numbers', 'sources'] as const, count: 3, feedback: 'end' as const, book: 'open' as const };
	const start = { settings: { ...settings, skills: [...settings.skills] } };

	it('asks the ids given, in their order, when each is a question once; else none', () => {
		expect(startIds(authored, { ...start, ids: ['c1', 's2', 'n1'] })).toEqual(['c1', 's2', 'n1']);
		expect(startIds(authored, { ...start, ids: ['c1', 'c1'] })).toEqual([]);
		expect(startIds(authored, { ...start, ids: ['c1', 'zz'] })).toEqual([]);
		expect(startIds(authored, { ...start, ids: [] })).toEqual([]);
		expect(startIds(authored, start)).toEqual(['s1', 'n1', 'c1']);
	});

	it('restores answers, hints and results of the round, at the first question still to answer', () => {
		const yes = { kind: 'tfn', choice: 'true' } as const;
		const restore = {
			answers: { c1: yes, n1: yes, zz: yes },
			hints: { c1: ['h1'], s9: ['x'] },
			results: { c1: result('c1', 1) }
		};
		const ended = startedContext(emptyContext(authored, true), { ...start, ids: ['c1', 'n1', 's1'], restore, at: 5 }, 9);
		expect(ended.round).toEqual({ number: 1, ids: ['c1', 'n1', 's1'] });
		expect(ended.answers).toEqual({ c1: yes, n1: yes });
		expect(ended.drafts).toEqual({ c1: yes, n1: yes });
		expect(ended.hints).toEqual({ c1: ['h1'] });
		expect(ended.results).toEqual({ c1: result('c1', 1) });
		expect(ended.index).toBe(2);
		expect(ended.startedAt).toBe(5);
		expect(ended.assessed).toBe(true);
		expect(allAnswered(ended)).toBe(false);

		// With feedback after each, an answer without its result is only a draft: it is checked again.
		const each = startedContext(emptyContext(authored, true), { settings: { ...start.settings, feedback: 'each' }, ids: ['c1', 'n1'], restore }, 9);
		expect(each.answers).toEqual({ c1: yes });
		expect(each.drafts).toEqual({ c1: yes, n1: yes });
		expect(each.index).toBe(1);
		expect(each.startedAt).toBe(9);
		expect(allAnswered({ ...each, answers: { c1: yes, n1: yes } })).toBe(true);
	});
});

describe('derived state', () => {
	it('finds the next pending question after the current one, going round, never the current one', () => {
		expect(nextPendingIndex(context())).toBe(1);
		expect(nextPendingIndex(context({ index: 2 }))).toBe(0);
		expect(nextPendingIndex(context({ skipped: ['n1'], answers: { c1: { kind: 'tfn', choice: 'true' } } }))).toBe(
			null
		);
	});

	it('allows any jump with feedback at the end, but not back to a checked question with feedback after each', () => {
		const checked = context({ answers: { s1: { kind: 'tfn', choice: 'true' } }, results: { s1: result('s1', 1) } });
		expect(canGoto(checked, 0)).toBe(false);
		expect(canGoto(checked, 2)).toBe(true);
		expect(canGoto(checked, 3)).toBe(false);
		expect(canGoto(checked, 0.5)).toBe(false);
		expect(canGoto({ ...checked, settings: { ...checked.settings!, feedback: 'end' } }, 0)).toBe(true);
	});

	it('offers hints while some are left and the question is not checked', () => {
		expect(canAskHint(context())).toBe(false);
		expect(canAskHint(context({ index: 2 }))).toBe(true);
		expect(canAskHint(context({ index: 2, hints: { c1: ['a', 'b'] } }))).toBe(false);
		expect(canAskHint(context({ index: 2, results: { c1: result('c1', 0) } }))).toBe(false);
	});

	it('scores the round overall and by skill, counting unchecked questions as 0', () => {
		const c = context({ results: { s1: result('s1', 1), n1: result('n1', 0.5) } });
		expect(roundScore(c)).toEqual({
			overall: { score: 1.5, max: 3 },
			bySkill: { sequence: { score: 1, max: 1 }, numbers: { score: 0.5, max: 1 }, sources: { score: 0, max: 1 } }
		});
		expect(missedIds(c)).toEqual(['n1', 'c1']);
		expect(questionStatus(c, 's1')).toBe('correct');
		expect(questionStatus(c, 'n1')).toBe('partial');
		expect(questionStatus(c, 'c1')).toBe('unseen');
		expect(progress(c)).toEqual({ position: 1, total: 3, answered: 0 });
	});
});
