import { describe, expect, it } from 'vitest';
import { findModule, modules } from '$lib/server/modules';
import { checkAnswer, hintFor, publicQuestion, roundSummary } from './quiz';

const module = findModule('nato-russia-missions-2021')!;
const byKind = (kind: string) => module.questions.find((q) => q.kind === kind)!;

/** Every string a learner must not see before answering: explanations, hints, feedback. */
function secretsOf(q: (typeof module.questions)[number]): string[] {
	const secrets = [q.explanation, ...(q.hints ?? [])];
	if ('options' in q) for (const o of q.options) if (o.feedback) secrets.push(o.feedback);
	if ('wrongFeedback' in q) secrets.push(q.wrongFeedback);
	if (q.kind === 'ordering' && q.toldOrderFeedback) secrets.push(q.toldOrderFeedback);
	if (q.kind === 'tfn') secrets.push(...Object.values(q.feedback));
	if (q.kind === 'numeric') for (const w of q.wrongValues ?? []) secrets.push(w.feedback);
	return secrets;
}

describe('the public view of a question', () => {
	it('carries no key, explanation, hint or feedback', () => {
		for (const m of modules) {
			for (const q of m.questions) {
				const json = JSON.stringify(publicQuestion(m, q));
				for (const field of ['answer', 'explanation', 'hints', 'feedback', 'evidence', 'wrongValues', 'accept', 'facts']) {
					expect(json, `${q.id} has ${field}`).not.toContain(`"${field}":`);
				}
				for (const secret of secretsOf(q)) expect(json, q.id).not.toContain(secret);
			}
		}
	});

	it('does not list ordering items in the answer order', () => {
		for (const q of module.questions) {
			if (q.kind !== 'ordering') continue;
			const pub = publicQuestion(module, q);
			expect(pub.kind === 'ordering' && pub.items.map((i) => i.id)).not.toEqual(q.answer);
		}
	});
});

describe('checking an answer', () => {
	it('returns the verdict, the key, the explanation and evidence that quotes the story', () => {
		const q = byKind('single');
		if (q.kind !== 'single') throw new Error('fixture');
		const wrong = q.options.find((o) => o.id !== q.answer)!;
		const checked = checkAnswer(module, { questionId: q.id, response: { kind: 'single', option: wrong.id }, hintsUsed: 0 });
		expect(checked.ok).toBe(true);
		if (!checked.ok) return;
		// A wrong pick among the options scores below chance: −1 / (options − 1).
		const options = q.kind === 'single' ? q.options.length : 0;
		expect(checked.result).toMatchObject({ correct: false, key: { kind: 'single', option: q.answer } });
		expect(checked.result.score).toBeCloseTo(-1 / (options - 1), 4);
		expect(checked.result.feedback).toEqual([wrong.feedback]);
		expect(checked.result.explanation).toBe(q.explanation);
		for (const e of checked.result.evidence) expect(module.story.text.slice(e.start, e.end)).toBe(e.quote);
	});

	it('takes the cost of hints off the score', () => {
		const q = module.questions.find((x) => x.kind === 'tfn' && (x.hints?.length ?? 0) > 0)!;
		if (q.kind !== 'tfn') throw new Error('fixture');
		const checked = checkAnswer(module, { questionId: q.id, response: { kind: 'tfn', choice: q.answer }, hintsUsed: 1 });
		expect(checked.ok && checked.result).toMatchObject({ correct: true, score: 0.75, hintsUsed: 1 });
	});

	it('gives sequence questions the told and happened order of their events', () => {
		const q = byKind('ordering');
		if (q.kind !== 'ordering') throw new Error('fixture');
		const checked = checkAnswer(module, { questionId: q.id, response: { kind: 'ordering', order: q.answer }, hintsUsed: 0 });
		if (!checked.ok) throw new Error(checked.message);
		const timeline = checked.result.timeline!;
		expect(timeline.map((e) => e.id).sort()).toEqual([...q.items].sort());
		const byStep = [...timeline].sort((a, b) => a.step - b.step).map((e) => e.id);
		expect(byStep).toEqual(q.answer);
		const byTold = [...timeline].sort((a, b) => a.told - b.told);
		for (let i = 1; i < byTold.length; i++) expect(byTold[i]!.passage.start).toBeGreaterThan(byTold[i - 1]!.passage.start);
	});

	it('names the story part that first tells each event, from the headline on', () => {
		const q = module.questions.find((x) => x.id === 'seq-order-chain')!;
		if (q.kind !== 'ordering') throw new Error('fixture');
		const checked = checkAnswer(module, { questionId: q.id, response: { kind: 'ordering', order: q.answer }, hintsUsed: 0 });
		if (!checked.ok) throw new Error(checked.message);
		const told = [...checked.result.timeline!].sort((a, b) => a.told - b.told).map((e) => [e.id, e.part]);
		expect(told).toEqual([
			['nato-reply', 'headline'],
			['missions-suspended', 'headline'],
			['lavrov-announces', 'standfirst'],
			['russia-decides', 'standfirst'],
			['nato-cuts-mission', 'standfirst'],
			['tass-asks', 'body']
		]);
	});

	it('gives sources questions who said what, and how', () => {
		const q = module.questions.find((x) => x.skill === 'sources' && x.kind === 'matching')!;
		const checked = checkAnswer(module, {
			questionId: q.id,
			response: { kind: 'matching', pairs: q.kind === 'matching' ? q.answer : {} },
			hintsUsed: 0
		});
		if (!checked.ok) throw new Error(checked.message);
		expect(checked.result.correct).toBe(true);
		expect(checked.result.sources!.length).toBeGreaterThan(0);
		for (const entry of checked.result.sources!) {
			for (const c of entry.claims) expect(module.story.text.slice(c.passage.start, c.passage.end)).toBe(c.passage.quote);
		}
	});

	it('refuses bad requests with a status and a clear message', () => {
		const q = byKind('single');
		expect(checkAnswer(module, null)).toMatchObject({ ok: false, status: 400 });
		expect(checkAnswer(module, [])).toMatchObject({ ok: false, status: 400 });
		expect(checkAnswer(module, { questionId: 'nope', response: {} })).toMatchObject({ ok: false, status: 404 });
		expect(checkAnswer(module, { questionId: 'x'.repeat(10_000), response: {} })).toMatchObject({ ok: false, status: 400 });
		expect(checkAnswer(module, { questionId: q.id, response: { kind: 'single', option: 'zz' } })).toMatchObject({
			ok: false,
			status: 400
		});
		expect(checkAnswer(module, { questionId: q.id, response: { kind: 'tfn', choice: 'true' } })).toMatchObject({
			ok: false,
			status: 400,
			message: 'This answer is for a different kind of question.'
		});
		for (const hintsUsed of [-1, 1.5, '1', 99]) {
			expect(checkAnswer(module, { questionId: q.id, response: { kind: 'single', option: 'a' }, hintsUsed })).toMatchObject({
				ok: false,
				status: 400
			});
		}
	});
});

describe('hints', () => {
	it('come one at a time, only when asked for', () => {
		const q = module.questions.find((x) => (x.hints?.length ?? 0) > 0)!;
		expect(hintFor(module, { questionId: q.id, index: 0 })).toEqual({
			ok: true,
			result: { questionId: q.id, index: 0, hint: q.hints![0] }
		});
		expect(hintFor(module, { questionId: q.id, index: q.hints!.length })).toMatchObject({ ok: false, status: 404 });
		expect(hintFor(module, { questionId: q.id, index: '0' })).toMatchObject({ ok: false, status: 404 });
		expect(hintFor(module, { questionId: 'nope', index: 0 })).toMatchObject({ ok: false, status: 404 });
	});
});

describe('the round summary', () => {
	it('orders every event of the round’s sequence questions on one scale', () => {
		const sequence = module.questions.filter((q) => q.kind === 'ordering');
		const summary = roundSummary(module, { questionIds: sequence.map((q) => q.id) });
		if (!summary.ok) throw new Error(summary.message);
		const step = new Map(summary.result.timeline.map((e) => [e.id, e.step]));
		for (const q of sequence) {
			if (q.kind !== 'ordering') continue;
			for (let i = 1; i < q.answer.length; i++) expect(step.get(q.answer[i]!)!).toBeGreaterThan(step.get(q.answer[i - 1]!)!);
		}
		expect(summary.result.sources).toEqual([]);
	});

	it('marks the events the story orders against none of the others, and only those', async () => {
		const { compareHappened } = await import('$lib/content/order');
		const all = module.questions.filter((q) => q.skill === 'sequence');
		const summary = roundSummary(module, { questionIds: all.map((q) => q.id) });
		if (!summary.ok) throw new Error(summary.message);
		const ids = summary.result.timeline.map((e) => e.id);
		for (const e of summary.result.timeline) {
			const linked = ids.some((o) => o !== e.id && compareHappened(module.relations, e.id, o) !== 'unknown');
			expect(e.unordered === true, e.id).toBe(!linked);
		}
	});

	it('refuses a malformed list', () => {
		expect(roundSummary(module, { questionIds: 'all' })).toMatchObject({ ok: false, status: 400 });
		expect(roundSummary(module, null)).toMatchObject({ ok: false, status: 400 });
	});
});
