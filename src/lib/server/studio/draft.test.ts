import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseModuleJson, type ModuleJson } from '$lib/content/module-json';
import { listCitations } from '$lib/studio/citations';
import type { Db } from '../db';
import { testEngines } from '../db/testing';
import { modules } from '../modules/index';
import { createModule, getDraft, getModuleBySlug, saveDraft } from '../modules/store';
import { storeWithTeachers } from '../modules/testing';
import { draftInto, draftIntoStored, draftMore, mergeDrafted } from './draft';
import { PASTED_STORY } from './fixtures';
import { moduleFromText } from './layout';

const meta = { publisher: 'Northgate Press', publishedISO: '2025-10-02T10:30:00+00:00' };
const FERRY = readFileSync(new URL('../../../../corpus/dev/ferry-last-crossing.txt', import.meta.url), 'utf8');

/** A module started from the story with nothing drafted: what the studio makes without "Draft questions". */
function started(text = FERRY): ModuleJson {
	const s = moduleFromText(text, meta);
	if (!s.ok) throw new Error(s.problems.join('\n'));
	return s.json;
}
function drafted(json: ModuleJson): ModuleJson {
	const d = draftInto(json);
	if (!d.ok) throw new Error(d.problems.join('\n'));
	return d.json;
}
const factIds = (m: ModuleJson) => Object.values(m.facts).flatMap((rows) => (rows as { id?: string }[]).map((r) => r.id).filter(Boolean));
const allRefs = (m: ModuleJson) => [
	...m.facts.relations.flatMap((r) => [r.before, r.after]),
	...m.facts.timeWords.flatMap((t) => [t.event, ...(t.after ?? [])]),
	...m.facts.figures.flatMap((f) => f.derivedFrom ?? []),
	...m.facts.attributions.flatMap((a) => (a.source ? [a.source] : [])),
	...m.facts.wording.flatMap((w) => (w.frames ? [w.frames] : [])),
	...m.questions.flatMap((q) => [...(q.facts ?? []), ...(q.kind === 'ordering' ? [...q.items, ...q.answer] : [])])
];

describe('mergeDrafted', () => {
	const empty = started();
	const draft = drafted(empty);

	it('adds everything drafted to a module with nothing yet, marked as drafted, ids as drafted, and the module passes the checks', () => {
		const merged = mergeDrafted(empty, draft);
		const facts = Object.values(draft.facts).reduce((n, rows) => n + rows.length, 0);
		expect(merged.added).toEqual({ facts, questions: draft.questions.length });
		expect(merged.skipped).toEqual({ facts: 0, questions: 0 });
		expect(merged.renamed).toBe(0);
		expect(merged.json.questions.map((q) => q.id)).toEqual(draft.questions.map((q) => q.id));
		expect(merged.json.questions.every((q) => q.draft && q.draft.confidence > 0)).toBe(true);
		expect(merged.json.story).toEqual(empty.story);
		expect(parseModuleJson(merged.json).problems).toEqual([]);
		// The module given is not changed.
		expect(empty.questions).toEqual([]);
	});

	it('never changes the teacher’s rows; renames drafted ids the module uses, with every reference to them', () => {
		const mine = structuredClone(empty);
		// The teacher's own event, its own words: it takes the id "e1" and a question takes "seq-1".
		const words = 'A piper played';
		const at = mine.story.text.indexOf(words);
		expect(at).toBeGreaterThan(-1);
		const ownEvent = { id: 'e1', label: 'A piper plays', status: 'past' as const, cite: { quote: words, start: at, end: at + words.length } };
		mine.facts.events.push(ownEvent);
		mine.facts.sources.push({ id: 's1', name: 'A reader of ours', role: 'passenger', kind: 'named-person' });
		const ownQuestion = { ...structuredClone(draft.questions.find((q) => q.kind === 'single')!), id: 'seq-1', stem: 'My own question?', evidence: [ownEvent.cite], facts: ['e1'] };
		delete ownQuestion.draft;
		mine.questions.push(ownQuestion);
		const before = structuredClone(mine);

		const merged = mergeDrafted(mine, draft).json;
		// What the teacher wrote comes first, unchanged.
		expect(merged.facts.events[0]).toEqual(before.facts.events[0]);
		expect(merged.facts.sources[0]).toEqual(before.facts.sources[0]);
		expect(merged.questions[0]).toEqual(before.questions[0]);
		// Ids stay unique across the module, and every reference names a row that exists.
		const ids = factIds(merged);
		expect(new Set(ids).size).toBe(ids.length);
		expect(new Set(merged.questions.map((q) => q.id)).size).toBe(merged.questions.length);
		for (const ref of allRefs(merged)) expect(ids).toContain(ref);
		// The drafted e1 and s1 were renamed, and what drafted referred to them follows.
		const draftedE1 = merged.facts.events.find((e) => e.draft && e.cite.start === draft.facts.events.find((x) => x.id === 'e1')!.cite.start)!;
		expect(draftedE1.id).toBe('e1-2');
		expect(merged.facts.sources.filter((s) => s.draft).map((s) => s.id)).toContain('s1-2');
		for (const q of merged.questions.filter((q) => q.draft)) {
			const original = draft.questions.find((d) => d.stem === q.stem && d.kind === q.kind && JSON.stringify(d.evidence) === JSON.stringify(q.evidence))!;
			expect(q.facts).toEqual(original.facts?.map((id) => (id === 'e1' ? 'e1-2' : id === 's1' ? 's1-2' : id)));
		}
		expect(merged.questions.filter((q) => q.id === 'seq-1')).toHaveLength(1);
		expect(merged.questions.find((q) => q.draft && q.id.startsWith('seq-1-'))).toBeDefined();
		expect(parseModuleJson(merged).problems).toEqual([]);
	});

	it('leaves out a drafted fact the module has with the same citation, pointing what drafted referred to it at the module’s row', () => {
		const mine = structuredClone(empty);
		const target = draft.facts.figures[0]!;
		mine.facts.figures.push({ ...structuredClone(target), id: 'years-of-service', counts: 'years the ferry ran' });
		delete mine.facts.figures[0]!.draft;
		const merged = mergeDrafted(mine, draft);
		expect(merged.skipped.facts).toBe(1);
		expect(merged.json.facts.figures.filter((f) => f.cite.start === target.cite.start && f.cite.end === target.cite.end)).toHaveLength(1);
		const users = merged.json.questions.filter((q) => draft.questions.find((d) => d.id === q.id)?.facts?.includes(target.id));
		expect(users.length).toBeGreaterThan(0);
		for (const q of users) {
			expect(q.facts).toContain('years-of-service');
			expect(q.facts).not.toContain(target.id);
		}
		expect(parseModuleJson(merged.json).problems).toEqual([]);
	});

	it('adds nothing the second time: every drafted row and question is already there, even after the teacher accepted and reworded them', () => {
		const once = mergeDrafted(empty, draft).json;
		for (const q of once.questions) {
			delete q.draft;
			q.stem = `${q.stem} (reworded)`;
		}
		const twice = mergeDrafted(once, draft);
		expect(twice.added).toEqual({ facts: 0, questions: 0 });
		expect(twice.skipped.questions).toBe(draft.questions.length);
		expect(twice.json).toEqual(once);
	});

	it('keeps every citation a slice of the story', () => {
		const mine = structuredClone(empty);
		mine.facts.events.push({ id: 'e1', label: 'x', status: 'past', cite: { quote: 'ferry', start: mine.story.text.indexOf('ferry'), end: mine.story.text.indexOf('ferry') + 5 } });
		const merged = mergeDrafted(mine, draft).json;
		const cited = listCitations(merged);
		expect(cited.length).toBeGreaterThan(draft.questions.length);
		for (const c of cited) expect(merged.story.text.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.quote);
	});
});

describe('draftMore', () => {
	it('says what it drafted', () => {
		const more = draftMore(started());
		if (!more.ok) throw new Error(more.message);
		expect(more.message).toMatch(/^Drafted \d+ questions and \d+ facts; review them below\.$/);
	});

	it('says there is nothing new the second time, and changes nothing', () => {
		const once = draftMore(started());
		if (!once.ok) throw new Error(once.message);
		const again = draftMore(once.json);
		if (!again.ok) throw new Error(again.message);
		expect(again.message).toMatch(/^Nothing new: everything the drafter found \(\d+ questions and \d+ facts\) is in the module already\. Nothing was changed\.$/);
		expect(again.json).toEqual(once.json);
	});

	it('refuses an empty story and a story with nothing to ask about, with a message', () => {
		const blank = started();
		blank.story = { ...blank.story, text: '', headline: { start: 0, end: 0 }, standfirst: { start: 0, end: 0 }, dateline: { start: 0, end: 0 }, paragraphs: [], sentences: [] };
		expect(draftMore(blank)).toMatchObject({ ok: false, status: 400, message: expect.stringMatching(/^The story is empty/) });
		const bare = started('A quiet day\n\nNothing much\n\nThe sky was grey over the hills.\n');
		expect(draftMore(bare)).toMatchObject({ ok: false, status: 400, message: expect.stringMatching(/^The drafter found nothing in this story to ask about\./) });
	});
});

describe.each(testEngines)('draftIntoStored on %s', (engine) => {
	let db: Db;
	let drop: () => Promise<void>;
	const alice = { id: 'teacher-alice' };
	const bob = { id: 'teacher-bob' };
	let id: string;

	beforeAll(async () => {
		({ db, drop } = await storeWithTeachers(engine, [{ ...alice, name: 'alice' }, { ...bob, name: 'bob' }], 1));
		const created = await createModule(db, alice, started());
		if (!created.ok) throw new Error(created.message);
		id = created.module.id;
	});
	afterAll(() => drop());

	const stored = async () => {
		const d = (await getDraft(db, alice, id))!;
		return { ...d, json: d.json as ModuleJson };
	};

	it('is a 404 for another teacher, and changes nothing', async () => {
		expect(await draftIntoStored(db, bob, id, 1)).toMatchObject({ status: 404 });
		expect(await draftIntoStored(db, alice, 'no-such-module', 1)).toMatchObject({ status: 404 });
		expect((await stored()).json.questions).toEqual([]);
	});

	it('is a 404 for a built-in module, which only has published versions: nothing to draft into', async () => {
		const builtIn = (await getModuleBySlug(db, alice, modules[0]!.slug))!;
		expect(builtIn.mine).toBe(false);
		expect(await draftIntoStored(db, alice, builtIn.id, 1)).toMatchObject({ status: 404 });
		expect((await getModuleBySlug(db, alice, modules[0]!.slug))!.versions).toEqual(builtIn.versions);
	});

	it('is a 409 with the draft as it is when another tab saved first, and changes nothing', async () => {
		const now = await stored();
		expect(await draftIntoStored(db, alice, id, now.revision - 1)).toMatchObject({ status: 409, revision: now.revision, draft: now.json });
		expect(await stored()).toEqual(now);
	});

	it('saves the drafted rows as the next revision, marked as drafted; a second time saves nothing', async () => {
		const base = await stored();
		const done = await draftIntoStored(db, alice, id, base.revision);
		if (done.status !== 200) throw new Error(done.message);
		expect(done.revision).toBe(base.revision + 1);
		expect(done.added.questions).toBeGreaterThan(10);
		const after = await stored();
		expect(after.revision).toBe(done.revision);
		expect(after.json).toEqual(done.draft);
		expect(after.json.questions).toHaveLength(done.added.questions);
		expect(after.json.questions.every((q) => q.draft)).toBe(true);
		expect(after.json.story).toEqual(base.json.story);

		const again = await draftIntoStored(db, alice, id, after.revision);
		expect(again).toMatchObject({ status: 200, draft: null, revision: after.revision, added: { facts: 0, questions: 0 }, message: expect.stringMatching(/^Nothing new/) });
		expect(await stored()).toEqual(after);
	});

	it('keeps the teacher’s own question, saved in the meantime, and adds after it', async () => {
		const base = await stored();
		const json = structuredClone(base.json) as ModuleJson;
		const mine = { ...structuredClone(json.questions[0]!), id: 'mine', stem: 'Mine, reworded?' };
		delete mine.draft;
		json.questions = [mine];
		for (const rows of Object.values(json.facts)) for (const r of rows as { draft?: unknown }[]) delete r.draft;
		const saved = await saveDraft(db, alice, id, json, base.revision);
		if (!saved.ok) throw new Error('not saved');
		const done = await draftIntoStored(db, alice, id, saved.revision);
		if (done.status !== 200 || !done.draft) throw new Error(done.message);
		expect(done.draft.questions[0]).toEqual(mine);
		// The question it was drafted as is there already (same kind, passages and facts): not added again.
		expect(done.added.questions).toBe(base.json.questions.length - 1);
		expect(done.added.facts).toBe(0);
	});
});
