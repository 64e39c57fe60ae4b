import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeModule } from '$lib/content/module-json';
import type { Db } from '../db';
import { testEngines } from '../db/testing';
import { versionHistory } from './history';
import { modules } from './index';
import { createModule, getDraft, loadVersion, publishModule, saveDraft } from './store';
import { storeWithTeachers } from './testing';

const T0 = Date.UTC(2026, 10, 30, 9, 0);
const builtIn = modules[0]!;
const singles = builtIn.questions.filter((q) => q.kind === 'single');
const ordering = builtIn.questions.find((q) => q.kind === 'ordering')!;
/** Questions no edit below touches. */
const untouched = builtIn.questions.filter((q) => q !== singles[0] && q !== singles[1] && q !== ordering && q !== builtIn.questions.at(-1));

type Json = {
	questions: { id: string; stem: string; answer: unknown; options?: { id: string; feedback?: string }[]; items?: string[] }[];
	facts: { events: { id: string; label: string }[] };
};

describe.each(testEngines)('which questions of a module mean the same across its versions, on %s', (engine) => {
	let db: Db;
	let drop: () => Promise<void>;
	let moduleId: string;
	const alice = { id: 'teacher-alice', name: 'Alice' };

	beforeAll(async () => {
		({ db, drop } = await storeWithTeachers(engine, [alice], T0));
		const json = JSON.parse(serializeModule(builtIn));
		json.slug = 'alice-history';
		const created = await createModule(db, alice, json);
		if (!created.ok) throw new Error(created.message);
		moduleId = created.module.id;
		expect(await publishModule(db, alice, moduleId, { now: T0 })).toMatchObject({ ok: true, version: { number: 1 } });
	});
	afterAll(() => drop());

	async function publish(edit: (json: Json) => void, number: number) {
		const draft = (await getDraft(db, alice, moduleId))!;
		const json = structuredClone(draft.json) as Json;
		edit(json);
		expect(await saveDraft(db, alice, moduleId, json, draft.revision)).toMatchObject({ ok: true });
		expect(await publishModule(db, alice, moduleId, { now: T0 + number })).toMatchObject({ ok: true, created: true, version: { number } });
		return versionOf(number);
	}

	async function versionOf(n: number) {
		const row = await db.selectFrom('module_versions').select('id').where('module_id', '=', moduleId).where('number', '=', n).executeTakeFirstOrThrow();
		return (await loadVersion(db, row.id))!;
	}

	it('dates each question from the earliest version it has meant the same since, and names every version', async () => {
		const v1 = await versionOf(1);
		expect(await versionHistory(db, v1)).toEqual({
			versions: { [v1.module.version]: 1 },
			sameSince: Object.fromEntries(builtIn.questions.map((q) => [q.id, 1]))
		});

		// Version 2: one question reworded, another's key changed (its public text as it was), the last one removed.
		const [reworded, rekeyed] = [singles[0]!, singles[1]!];
		const removed = builtIn.questions.at(-1)!;
		const v2 = await publish((json) => {
			json.questions.find((q) => q.id === reworded.id)!.stem += ' (reworded)';
			const q = json.questions.find((q) => q.id === rekeyed.id)!;
			const other = q.options!.find((o) => o.id !== q.answer)!;
			q.options!.find((o) => o.id === q.answer)!.feedback = 'In this version, another option is the answer.';
			q.answer = other.id;
			json.questions = json.questions.filter((q) => q.id !== removed.id);
		}, 2);
		const history = await versionHistory(db, v2);
		expect(history.versions).toEqual({ [v1.module.version]: 1, [v2.module.version]: 2 });
		expect(history.sameSince).toEqual({
			...Object.fromEntries(untouched.map((q) => [q.id, 1])),
			[ordering.id]: 1,
			[reworded.id]: 2,
			[rekeyed.id]: 2
		});

		// Version 3: only the label of an event an ordering question shows changes. The question as stored is
		// the same, but not what the learner sees of it.
		const v3 = await publish((json) => {
			json.facts.events.find((e) => e.id === ordering.items[0])!.label += ' (relabelled)';
		}, 3);
		const third = await versionHistory(db, v3);
		expect(third.sameSince[ordering.id]).toBe(3);
		expect(third.sameSince[reworded.id]).toBe(2);
		for (const q of untouched.filter((q) => JSON.stringify(q).includes(ordering.items[0]!) === false)) expect(third.sameSince[q.id]).toBe(1);
		expect(third.versions).toEqual({ [v1.module.version]: 1, [v2.module.version]: 2, [v3.module.version]: 3 });
		// Only numbers: what changed, never how.
		expect(Object.keys(third).toSorted()).toEqual(['sameSince', 'versions']);
		expect(Object.values(third.sameSince).every((n) => Number.isInteger(n))).toBe(true);
	});
});
