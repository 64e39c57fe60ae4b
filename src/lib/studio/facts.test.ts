import { describe, expect, it } from 'vitest';
import { FACT_TABLES, newFactId, remapIds, renameFact, usesOf } from './facts';
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

	it('keeps a question’s reference to another table’s row of the same id', () => {
		const m = fixtureJson();
		m.facts.figures.push({ id: 'vote', kind: 'count', value: 2, unit: 'votes', counts: 'votes against', cite: m.facts.figures[0]!.cite });
		m.questions[0]!.facts = ['vote', 'mayor'];
		renameFact(m, 'events', m.facts.events.find((e) => e.id === 'vote')!, 'council-vote');
		expect(m.questions[0]!.facts).toEqual(['council-vote', 'vote', 'mayor']);
		expect(m.facts.relations[0]).toMatchObject({ before: 'inspect', after: 'council-vote' });
		// Renamed alone, the figure leaves the event's new id in place.
		renameFact(m, 'figures', m.facts.figures.find((f) => f.id === 'vote')!, 'votes-against');
		expect(m.questions[0]!.facts).toEqual(['council-vote', 'votes-against', 'mayor']);
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

describe('remapIds', () => {
	/** The fixture with a figure whose id is also an event's ("vote"): ids are unique only within a table. */
	function sharedId() {
		const m = fixtureJson();
		m.facts.figures.push({ id: 'vote', kind: 'count', value: 2, unit: 'votes', counts: 'votes against', cite: m.facts.figures[0]!.cite });
		m.questions[0]!.facts = ['vote', 'mayor'];
		return m;
	}

	it('rewrites references of each table by its own map, and a question’s facts by all of them', () => {
		const m = fixtureJson();
		m.questions[0]!.facts = ['inspect', 'mayor', 'friday'];
		remapIds(m, { events: new Map([['inspect', 'inspection']]), sources: new Map([['mayor', 'the-mayor']]) });
		expect(m.facts.relations[0]).toMatchObject({ before: 'inspection', after: 'vote' });
		expect(m.facts.attributions.filter((a) => a.source === 'the-mayor').map((a) => a.id)).toEqual(['not-safe', 'closing']);
		expect(m.questions[0]!.facts).toEqual(['inspection', 'the-mayor', 'friday']);
	});

	it('sends an id two tables map differently to both new ids in a question’s facts, not to the first map’s alone', () => {
		const m = sharedId();
		remapIds(m, { events: new Map([['vote', 'council-vote']]), figures: new Map([['vote', 'vote-2']]) });
		expect(m.questions[0]!.facts).toEqual(['council-vote', 'vote-2', 'mayor']);
		// An event's own references take the events' map only.
		expect(m.facts.relations[0]).toMatchObject({ before: 'inspect', after: 'council-vote' });
	});

	it('keeps an id one table renames while another table’s row keeps it', () => {
		const m = sharedId();
		remapIds(m, { events: new Map([['vote', 'council-vote']]) });
		expect(m.questions[0]!.facts).toEqual(['council-vote', 'vote', 'mayor']);
	});

	it('names each row once when two maps send an id to the same new id', () => {
		const m = sharedId();
		m.questions[0]!.facts = ['vote', 'inspect'];
		remapIds(m, { events: new Map([['vote', 'inspect']]), figures: new Map([['vote', 'inspect']]) });
		expect(m.questions[0]!.facts).toEqual(['inspect']);
	});
});
