import { describe, expect, it } from 'vitest';
import { listCitations } from './citations';
import { editBetween, rebaseCitations } from './rebase';
import { fixtureJson, passage } from './testing';

/** The fixture with its text edited: `from` replaced by `to` (the first occurrence, or the nth). */
function edit(from: string, to: string, nth = 1) {
	const m = fixtureJson();
	const at = passage(m.story.text, from, nth);
	const newText = m.story.text.slice(0, at.start) + to + m.story.text.slice(at.end);
	return { m, newText, result: rebaseCitations(m.story.text, newText, m) };
}

/** Every citation of a module is still an exact slice of the text. */
function expectAllExact(module: ReturnType<typeof fixtureJson>, text: string) {
	for (const c of listCitations(module)) expect(text.slice(c.evidence.start, c.evidence.end), c.path).toBe(c.evidence.quote);
}

describe('editBetween', () => {
	it('finds the changed stretch of both texts', () => {
		expect(editBetween('the red bridge', 'the blue bridge')).toEqual({ start: 4, oldEnd: 7, newEnd: 8 });
		expect(editBetween('abc', 'abc')).toEqual({ start: 3, oldEnd: 3, newEnd: 3 });
		expect(editBetween('aa', 'aaa')).toEqual({ start: 2, oldEnd: 2, newEnd: 3 });
	});
});

describe('rebaseCitations', () => {
	it('moves every passage after an edit with the text, and reports nothing', () => {
		const { m, newText, result } = edit('RIVERTON', 'OLD RIVERTON');
		expect(result.moved).toEqual([]);
		expect(result.broken).toEqual([]);
		expectAllExact(result.module, newText);
		const vote = result.module.facts.events.find((e) => e.id === 'inspect')!;
		expect(vote.cite.start).toBe(m.facts.events.find((e) => e.id === 'inspect')!.cite.start + 4);
	});

	it('keeps the offsets of passages before an edit', () => {
		const { m, newText, result } = edit('the vote was 7 to 2', 'the vote was 7 to 2, a clear margin');
		expect(result.broken).toEqual([]);
		expectAllExact(result.module, newText);
		expect(result.module.facts.events[0]!.cite).toEqual(m.facts.events[0]!.cite);
	});

	it('reports a passage whose words an edit inside it removed as broken, and leaves the module alone', () => {
		const { m, result } = edit('Engineers had inspected it twice', 'Engineers had inspected it once');
		expect(result.broken.map((b) => [b.owner, b.quote])).toEqual(
			expect.arrayContaining([
				['event inspect', 'Engineers had inspected it twice'],
				['attribution twice', 'Engineers had inspected it twice']
			])
		);
		expect(m.facts.events[0]!.cite.quote).toBe('Engineers had inspected it twice');
	});

	it('finds a touched passage again where its words still are, and reports it as moved', () => {
		const m = fixtureJson();
		const text = m.story.text;
		// Cut "Engineers had inspected it twice." and put it back at the very end of the story.
		const sentence = 'Engineers had inspected it twice. ';
		const newText = text.replace(sentence, '') + ' ' + sentence.trim();
		const result = rebaseCitations(text, newText, m);
		expect(result.broken).toEqual([]);
		expect(result.moved.map((c) => c.owner)).toEqual(expect.arrayContaining(['event inspect', 'relation 1']));
		expectAllExact(result.module, newText);
	});

	it('with duplicate words, takes the occurrence nearest the old place', () => {
		const m = fixtureJson();
		const text = m.story.text;
		// "the bridge" occurs several times; cite its second occurrence, then edit a word inside it.
		const second = passage(text, 'the bridge', 2);
		m.questions[0]!.evidence = [second];
		const newText = text.slice(0, second.start) + 'the  bridge' + text.slice(second.end);
		const result = rebaseCitations(text, newText, m);
		const moved = result.module.questions[0]!.evidence[0]!;
		expect(newText.slice(moved.start, moved.end)).toBe('the bridge');
		const others = [passage(newText, 'the bridge', 1).start, passage(newText, 'the bridge', 2).start];
		const nearest = others.reduce((a, b) => (Math.abs(a - second.start) <= Math.abs(b - second.start) ? a : b));
		expect(moved.start).toBe(nearest);
		expect(result.moved).toEqual([{ owner: `question ${m.questions[0]!.id}`, field: 'evidence 1', quote: 'the bridge', from: second.start, to: nearest }]);
	});

	it('keeps an evidence question’s answer the same as its evidence', () => {
		const m = fixtureJson();
		const ev = passage(m.story.text, 'Engineers had inspected it twice.');
		m.questions.push({
			id: 'q-ev',
			kind: 'evidence',
			skill: 'sources',
			difficulty: 1,
			stem: 'Which sentence?',
			explanation: 'That one.',
			claim: 'They checked.',
			wrongFeedback: 'No.',
			evidence: [ev],
			answer: [ev]
		});
		const newText = 'A ' + m.story.text;
		const q = rebaseCitations(m.story.text, newText, m).module.questions.at(-1)!;
		expect(q.answer).toEqual(q.evidence);
		expect(q.evidence[0]!.start).toBe(ev.start + 2);
	});
});
