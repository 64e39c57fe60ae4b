import { describe, expect, it } from 'vitest';
import type { ModuleJson } from '$lib/content/module-json';
import { accept, draftedItems, unreviewed, unreviewedMessage } from './review';

const mark = { rule: 'figure-count', confidence: 0.8 };
function draftWith(questions: { draft?: typeof mark }[], figures: { draft?: typeof mark }[]): ModuleJson {
	const facts = { events: [], relations: [], figures, sources: [], attributions: [], wording: [], timeWords: [] };
	return { facts, questions } as unknown as ModuleJson;
}

describe('unreviewed drafted items', () => {
	it('counts drafted questions and fact rows, and names them in the publish message', () => {
		const json = draftWith([{ draft: mark }, {}, { draft: mark }], [{ draft: mark }, {}]);
		expect(unreviewed(json)).toEqual({ questions: 2, facts: 1 });
		expect(unreviewedMessage(json)).toBe('Review what the drafter wrote before publishing: 2 drafted questions and 1 drafted fact not yet accepted.');
	});

	it('accepting removes the mark; with none left, nothing blocks publishing', () => {
		const json = draftWith([{ draft: mark }], [{ draft: mark }]);
		accept(json.questions[0]!);
		expect(unreviewedMessage(json)).toBe('Review what the drafter wrote before publishing: 1 drafted fact not yet accepted.');
		accept(json.facts.figures[0]!);
		expect(unreviewed(json)).toEqual({ questions: 0, facts: 0 });
		expect(unreviewedMessage(json)).toBeNull();
		expect('draft' in json.questions[0]!).toBe(false);
	});
});

describe('the list of drafted items', () => {
	it('names each drafted question and fact row where it stands, questions first, with its words', () => {
		const q = (id: string, draft?: typeof mark) => ({ id, kind: 'single', stem: `Who said the ${id} would close?`, ...(draft ? { draft } : {}) });
		const json = {
			questions: [q('q1', mark), q('q2'), { ...q('q3', mark), stem: 'W'.repeat(100) }],
			facts: {
				events: [{ id: 'vote', label: 'The council votes', draft: mark }],
				relations: [{ before: 'inspect', after: 'vote', draft: mark }],
				figures: [{ id: 'for', counts: 'votes for closing' }],
				sources: [],
				attributions: [],
				wording: [],
				timeWords: []
			}
		} as unknown as ModuleJson;
		expect(draftedItems(json)).toEqual([
			{ table: 'questions', index: 0, text: 'Question 1 (q1), single choice: Who said the q1 would close?' },
			{ table: 'questions', index: 2, text: `Question 3 (q3), single choice: ${'W'.repeat(79)}…` },
			{ table: 'events', index: 0, text: 'Event vote: The council votes' },
			{ table: 'relations', index: 0, text: 'Relation 1: inspect before vote' }
		]);
		accept(json.questions[0]!);
		expect(draftedItems(json).map((i) => i.index)).toEqual([2, 0, 0]);
	});
});
