import { describe, expect, it } from 'vitest';
import type { ModuleJson } from '$lib/content/module-json';
import { accept, unreviewed, unreviewedMessage } from './review';

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
