import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseModuleJsonText, serializeModule } from '$lib/content/module-json';
import { happenedBefore } from '$lib/content/order';
import { partAt } from '$lib/content/story';
import { QUESTION_KINDS, SKILLS, type Evidence, type StoryModule } from '$lib/content/types';
import { gradeEvidence } from '$lib/grading/evidence';
import moduleFile from './module.json?raw';
import storyFile from './story.txt?raw';

const { module: loaded, problems } = parseModuleJsonText(moduleFile);

/** The loaded module; the first test reports the problems if there is none. */
function mod(): StoryModule {
	if (!loaded) throw new Error(`the module did not load:\n${problems.map((p) => `${p.where}: ${p.message}`).join('\n')}`);
	return loaded;
}

const BRACKET = '[in relations with NATO]';

describe('nato-russia-missions-2021', () => {
	it('passes every content check', () => {
		expect(problems).toEqual([]);
		expect(loaded).toBeDefined();
	});

	it('does not give the key away by its length: in choice questions the key is rarely the one longest option', () => {
		// A reader who always picks the longest option should do no better than chance (one in four here).
		const choice = mod().questions.filter((q) => q.kind === 'single' || q.kind === 'multiple');
		const keyIsLongest = choice.filter((q) => {
			const lengths = q.options.map((o) => o.text.length);
			const longest = Math.max(...lengths);
			const longestOptions = q.options.filter((o) => o.text.length === longest);
			const key = new Set<string>(([] as string[]).concat(q.answer));
			return longestOptions.length === 1 && key.has(longestOptions[0]!.id);
		});
		expect(choice.length).toBeGreaterThanOrEqual(14);
		expect(keyIsLongest.length / choice.length).toBeLessThanOrEqual(0.25);
	});

	it('has enough questions in every skill and kind', () => {
		const questions = mod().questions;
		expect(questions.length).toBeGreaterThanOrEqual(24);
		for (const skill of SKILLS) {
			expect(questions.filter((q) => q.skill === skill).length, skill).toBeGreaterThanOrEqual(8);
		}
		const kinds = new Set(questions.map((q) => q.kind));
		expect(kinds.size).toBeGreaterThanOrEqual(5);
		expect([...kinds].sort()).toEqual([...QUESTION_KINDS].sort());
	});

	it('cites only verbatim slices of the story', () => {
		const m = mod();
		const cited: Evidence[] = [
			...m.events.map((e) => e.cite),
			...m.relations.map((r) => r.cite),
			...m.figures.map((f) => f.cite),
			...m.attributions.map((a) => a.cite),
			...m.questions.flatMap((q) => q.evidence)
		];
		expect(cited.length).toBeGreaterThan(100);
		for (const e of cited) {
			expect(e.quote.length).toBeGreaterThan(0);
			expect(m.story.text.slice(e.start, e.end)).toBe(e.quote);
		}
	});

	it('ships as canonical JSON: exporting it gives its file back, byte for byte', () => {
		expect(serializeModule(mod())).toBe(moduleFile);
	});

	it('tells the story from the headline on, as the file and the shared copy give it', () => {
		const { text, published } = mod().story;
		expect(text.startsWith('NATO received no official notification')).toBe(true);
		// story.txt is the page as published: its chrome, the publication line, then the story, byte for byte.
		expect(['All news', published, '', text].join('\n')).toBe(storyFile);
		const shared = resolve(process.cwd(), '../shared/stories/nato-russia-missions-2021.txt');
		if (existsSync(shared)) expect(readFileSync(shared, 'utf8')).toBe(storyFile);
	});

	it('gives the bracketed words to the editor, never to Lavrov', () => {
		const m = mod();
		const at = m.story.text.indexOf(BRACKET);
		expect(at).toBeGreaterThan(0);
		const bracket = { start: at, end: at + BRACKET.length };
		for (const a of m.attributions.filter((a) => a.source === 'lavrov')) {
			const overlaps = a.cite.start < bracket.end && bracket.start < a.cite.end;
			expect(overlaps, a.id).toBe(false);
		}
		const insertions = m.wording.filter((w) => w.kind === 'insertion');
		expect(insertions.map((w) => [w.frames, w.cite.quote])).toEqual([['a-keep-pretending', BRACKET]]);
	});

	it('gives “NATO claimed” to a named institution, in paraphrase, with TASS’s distancing words apart', () => {
		const m = mod();
		const claimed = m.attributions.find((a) => a.id === 'a-nato-claimed')!;
		expect(m.sources.find((s) => s.id === claimed.source)).toMatchObject({ name: 'NATO', kind: 'named-institution' });
		expect(claimed.form).toBe('paraphrase');
		expect(m.wording.filter((w) => w.frames === claimed.id).map((w) => [w.cite.quote, w.kind])).toEqual([
			['claimed', 'distancing'],
			['allegedly', 'distancing']
		]);
	});

	it('reads “The Russian citizens were instructed …” as the rest of Lavrov’s explanation, and says so', () => {
		const m = mod();
		const instructed = m.attributions.find((a) => a.cite.quote.startsWith('The Russian citizens were instructed'))!;
		expect([instructed.source, instructed.form]).toEqual(['lavrov', 'paraphrase']);
		expect(instructed.note).toMatch(/He explained that/);
		const explained = m.attributions.find((a) => a.cite.quote.startsWith('He explained that'))!;
		expect(m.story.text.slice(explained.cite.end, instructed.cite.start)).toMatch(/^[^.]*\. $/);
	});

	it('anchors “On Monday” to the dateline and shows what “later” orders', () => {
		const m = mod();
		const monday = m.timeWords.filter((t) => t.cite.quote === 'On Monday');
		expect(monday.map((t) => [t.event, t.date])).toEqual([
			['lavrov-announces', '2021-10-18'],
			['lavrov-announces', '2021-10-18']
		]);
		expect(m.story.text.slice(m.story.dateline.start, m.story.dateline.end)).toContain('October 18');
		const later = m.timeWords.find((t) => t.cite.quote === 'later')!;
		expect(later.after).toEqual(['nato-claims-spies', 'nato-cuts-mission']);
		for (const id of later.after!) expect(happenedBefore(m.relations, id, later.event)).toBe(true);
		expect(happenedBefore(m.relations, 'lavrov-announces', later.event)).toBe(false);
		const today = m.timeWords.find((t) => t.cite.quote === 'today')!;
		expect(today.date).toBeUndefined();
		expect(today.reason).toMatch(/cannot/);
	});

	it('gives no date for NATO’s decision, which the story never dates', () => {
		const decision = mod().events.find((e) => e.id === 'nato-cuts-mission');
		expect([decision!.cite, ...(decision!.otherMentions ?? [])].some((m) => m.quote.includes('decision'))).toBe(true);
		expect(decision?.when).toBeUndefined();
		for (const e of mod().events.filter((e) => /NATO decides/i.test(e.label))) expect(e.when, e.id).toBeUndefined();
	});

	it('cites each event at its first telling: NATO’s reply in the headline, NATO’s cut in the standfirst', () => {
		const m = mod();
		const part = (id: string) => partAt(m.story, m.events.find((e) => e.id === id)!.cite.start);
		expect(part('nato-reply')).toBe('headline');
		expect(part('missions-suspended')).toBe('headline');
		expect(part('nato-cuts-mission')).toBe('standfirst');
		expect(part('lavrov-announces')).toBe('standfirst');
		expect(part('publication')).toBe('dateline');
		for (const e of m.events) {
			for (const mention of e.otherMentions ?? []) expect(mention.start, `${e.id}: ${mention.quote}`).toBeGreaterThan(e.cite.start);
		}
	});

	it('leaves open the orders the story does not establish', () => {
		const relations = mod().relations;
		const unknown: [string, string][] = [
			['stoltenberg-remark', 'lavrov-announces'],
			['nato-reply', 'embassy-declines'],
			['nato-claims-spies', 'nato-cuts-mission'],
			['lavrov-grushko-speak', 'lavrov-announces']
		];
		for (const [a, b] of unknown) {
			expect(happenedBefore(relations, a, b), `${a} before ${b}`).toBe(false);
			expect(happenedBefore(relations, b, a), `${b} before ${a}`).toBe(false);
		}
	});

	it('lists each ordering’s items in an order other than the key, with told-order feedback where telling differs', () => {
		const m = mod();
		const told = new Map(m.events.map((e) => [e.id, e.cite.start]));
		const orderings = m.questions.flatMap((q) => (q.kind === 'ordering' ? [q] : []));
		expect(orderings.length).toBeGreaterThanOrEqual(3);
		for (const q of orderings) {
			expect(q.items, q.id).not.toEqual(q.answer);
			const toldOrder = [...q.items].sort((a, b) => told.get(a)! - told.get(b)!);
			if (toldOrder.join() !== q.answer.join()) expect(q.toldOrderFeedback?.trim(), q.id).toBeTruthy();
		}
	});

	it('accepts the sentence around each evidence key as the learner’s pick', () => {
		const m = mod();
		for (const q of m.questions.flatMap((q) => (q.kind === 'evidence' ? [q] : []))) {
			for (const key of q.evidence) {
				const sentence = m.story.sentences.find((s) => s.start <= key.start && key.end <= s.end);
				expect(sentence, `${q.id}: "${key.quote}" lies within one sentence of the body`).toBeDefined();
				const result = gradeEvidence(q, { kind: 'evidence', ...sentence! }, { sentences: m.story.sentences });
				expect(result.ok && result.grade.correct, `${q.id}: "${key.quote}"`).toBe(true);
			}
		}
	});

	it('never repeats the key among a numeric question’s wrong values', () => {
		for (const q of mod().questions.flatMap((q) => (q.kind === 'numeric' ? [q] : []))) {
			const key = q.answer.type === 'integer' ? q.answer.value : q.answer.iso;
			// An entry with units may repeat the key's value: "10 people" for a cut of 10 posts.
			expect(q.wrongValues?.filter((w) => !w.units).map((w) => w.value) ?? [], q.id).not.toContain(key);
		}
	});
});
