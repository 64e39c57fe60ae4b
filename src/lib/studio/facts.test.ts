import { describe, expect, it } from 'vitest';
import { FACT_TABLES, newFactId, renameFact, usesOf } from './facts';
import { fixtureJson } from './testing';

describe('usesOf', () => {
	it('lists the relations, time words and questions that name an event', () => {
		const m = fixtureJson();
		m.questions.push({
			id: 'q-order',
			kind: 'ordering',
			skill: 'sequence',
			difficulty: 1,
			stem: 'Order them.',
			explanation: 'Because.',
			evidence: [],
			items: ['vote', 'inspect'],
			answer: ['inspect', 'vote'],
			wrongFeedback: 'No.'
		});
		expect(usesOf(m, 'events', 'inspect')).toEqual(['relation 1 (inspect before vote)', 'question q2', 'question q-order']);
		expect(usesOf(m, 'events', 'close')).toEqual(expect.arrayContaining(['time word on-friday']));
	});

	it('lists the attributions that name a source, and nothing for an unused row', () => {
		const m = fixtureJson();
		expect(usesOf(m, 'sources', 'mayor')).toEqual(['attribution not-safe', 'attribution closing']);
		expect(usesOf(m, 'sources', 'council')).toEqual([]);
	});
});

describe('renameFact', () => {
	it('renames a row and every reference to it', () => {
		const m = fixtureJson();
		const row = m.facts.sources.find((s) => s.id === 'mayor')!;
		m.questions[0]!.facts = ['mayor', 'vote'];
		renameFact(m, 'sources', row, 'the-mayor');
		expect(row.id).toBe('the-mayor');
		expect(m.facts.attributions.filter((a) => a.source === 'the-mayor').map((a) => a.id)).toEqual(['not-safe', 'closing']);
		expect(m.questions[0]!.facts).toEqual(['the-mayor', 'vote']);
		expect(usesOf(m, 'sources', 'mayor')).toEqual([]);
	});

	it('renames an event in relations, time words and orderings', () => {
		const m = fixtureJson();
		const row = m.facts.events.find((e) => e.id === 'inspect')!;
		renameFact(m, 'events', row, 'inspection');
		expect(m.facts.relations[0]).toMatchObject({ before: 'inspection', after: 'vote' });
	});
});

describe('newFactId', () => {
	it('makes an id from the title that no other row of the table has', () => {
		const m = fixtureJson();
		expect(newFactId(m, 'events', 'Engineers inspect')).toBe('engineers-inspect');
		m.facts.events.push({ id: 'vote-again', label: '', cite: { quote: '', start: 0, end: 0 }, status: 'past' });
		expect(newFactId(m, 'events', 'Vote again')).toBe('vote-again-2');
		expect(newFactId(m, 'timeWords', '')).toBe('time-word');
	});

	it('has a blank row for every table with the fields its spec edits', () => {
		for (const spec of FACT_TABLES) {
			const blank = spec.blank();
			for (const f of spec.fields) if (['id', 'cite', 'select'].includes(f.type)) expect(blank).toHaveProperty(f.key);
		}
	});
});
