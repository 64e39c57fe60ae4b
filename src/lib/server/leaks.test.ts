import { describe, expect, it } from 'vitest';
import { SKILLS } from '$lib/content/types';
import { drawQuestions } from './attempts';
import { feedbackOf, revealsAnswer, withoutCrossAnswers } from './leaks';
import { modules } from './modules';
import { roundSummary } from './quiz';

const module = modules.find((m) => m.slug === 'nato-russia-missions-2021')!;
const byId = (id: string) => module.questions.find((q) => q.id === id)!;

describe('the hostile reader of feedback', () => {
	it('finds the answers that one question’s feedback gives to another, so it is not blind', () => {
		// The chain's key orders every event of the response question; one figure question's key is another's.
		expect(revealsAnswer(module, byId('seq-order-chain'), byId('seq-order-response'))).toBe(true);
		expect(revealsAnswer(module, byId('num-posts-cut'), byId('num-staff-after'))).toBe(true);
		// An evidence question is answered by any feedback that cites its passage.
		expect(revealsAnswer(module, byId('num-posts-cut'), byId('num-evidence-vacant'))).toBe(true);
		// … and not by feedback about something else.
		expect(revealsAnswer(module, byId('seq-order-response'), byId('seq-order-chain'))).toBe(false);
		expect(revealsAnswer(module, byId('src-mutual'), byId('num-staff-after'))).toBe(false);
	});
});

describe('feedback after each answer', () => {
	it('carries only the question’s own attributions in its source map; the round’s summary carries the rest', () => {
		for (const q of module.questions.filter((x) => x.skill === 'sources')) {
			const own = new Set(module.attributions.filter((a) => q.facts?.includes(a.id)).map((a) => `${a.cite.start}-${a.cite.end}`));
			const shown = (feedbackOf(module, q)!.sources ?? []).flatMap((s) => s.claims.map((c) => `${c.passage.start}-${c.passage.end}`));
			expect(shown.filter((p) => !own.has(p)), q.id).toEqual([]);
		}
		// The summary after the round also shows the attributions a question's evidence overlaps.
		const counts = module.questions
			.filter((x) => x.skill === 'sources')
			.map((x) => {
				const summary = roundSummary(module, { questionIds: [x.id] });
				const all = summary.ok ? summary.result.sources.flatMap((s) => s.claims).length : -1;
				return { all, own: (feedbackOf(module, x)!.sources ?? []).flatMap((s) => s.claims).length };
			});
		expect(counts.every((c) => c.all >= c.own)).toBe(true);
		expect(counts.some((c) => c.all > c.own)).toBe(true);
	});

	it('never answers another question of the same attempt: for every pair drawn, in every skill mix and length', () => {
		const pool = withoutCrossAnswers(module);
		expect(pool.questions.length).toBeGreaterThan(module.questions.length / 2);
		const mixes = [[...SKILLS], ['sequence'], ['numbers'], ['sources'], ['sequence', 'sources']] as const;
		const leaks: string[] = [];
		for (const skills of mixes) {
			const ids = drawQuestions(pool, { skills: [...skills], count: module.questions.length, shuffle: false });
			for (const a of ids) for (const b of ids) if (a !== b && revealsAnswer(module, byId(a), byId(b))) leaks.push(`${a} answers ${b}`);
		}
		expect(leaks).toEqual([]);
	}, 120_000);

	it('leaves out only questions that another one answers or that answer another', () => {
		const kept = new Set(withoutCrossAnswers(module).questions.map((q) => q.id));
		for (const q of module.questions.filter((x) => !kept.has(x.id))) {
			const reason = [...kept].some((k) => revealsAnswer(module, byId(k), q) || revealsAnswer(module, q, byId(k)));
			expect(reason, q.id).toBe(true);
		}
	}, 60_000);
});
