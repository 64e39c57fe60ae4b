import { describe, expect, it } from 'vitest';
import { listCitations } from './citations';
import { fixtureJson } from './testing';

describe('listCitations', () => {
	it('names every passage by its JSON path, its owner and the id of its field, each an exact slice', () => {
		const m = fixtureJson();
		const all = listCitations(m);
		for (const c of all) expect(m.story.text.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.quote);
		const vote = m.facts.events.findIndex((e) => e.id === 'vote');
		expect(all.find((c) => c.path === `facts.events[${vote}].otherMentions[1]`)).toMatchObject({
			owner: 'event vote',
			field: 'later mention 2',
			itemId: `events-${vote}`,
			fieldId: `events-${vote}-otherMentions-1`
		});
		expect(all.find((c) => c.path === 'facts.relations[0].cite')).toMatchObject({ owner: 'relation 1', field: 'passage' });
		expect(all.filter((c) => c.path.startsWith('questions[0].evidence'))).toHaveLength(m.questions[0]!.evidence.length);
	});

	it('leaves out passages not chosen yet, and an evidence question’s answer (a copy of its evidence)', () => {
		const m = fixtureJson();
		const before = listCitations(m).length;
		m.facts.events.push({ id: 'new', label: '', cite: { quote: '', start: 0, end: 0 }, status: 'past' });
		const ev = m.questions[0]!.evidence[0]!;
		m.questions.push({ id: 'e', kind: 'evidence', skill: 'sources', difficulty: 1, stem: 's', explanation: 'x', claim: 'c', wrongFeedback: 'w', evidence: [ev], answer: [ev] });
		expect(listCitations(m)).toHaveLength(before + 1);
	});
});
