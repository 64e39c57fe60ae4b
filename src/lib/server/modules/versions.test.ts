import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeModule } from '$lib/content/module-json';
import type { SingleQuestion } from '$lib/content/types';
import { AssignmentInputError, createAssignment, getAttemptDetail, moveToLatestVersion, type AssignmentInput } from '../assignments';
import { openAttempt, saveAnswer, startAttempt } from '../attempts';
import type { Db } from '../db';
import { testEngines } from '../db/testing';
import { practiceClosed } from '../practice';
import { modules } from './index';
import { storeWithTeachers } from './testing';
import { createModule, getDraft, loadVersion, publicVersion, publishModule, saveDraft, setPublicModulesAllowed, setVisibility } from './store';

const T0 = Date.UTC(2026, 10, 30, 9, 0);
const builtIn = modules[0]!;
const single = builtIn.questions.find((q): q is SingleQuestion<never> => q.kind === 'single')!;
const wrongOption = single.options.find((o) => o.id !== single.answer)!.id;

const input = (overrides: Partial<AssignmentInput> = {}): AssignmentInput => ({
	title: 'Our story, week 1',
	moduleSlug: 'alice-story',
	skills: [single.skill],
	questionCount: 1,
	shuffle: false,
	feedback: 'each',
	attemptsAllowed: 3,
	opensAt: null,
	closesAt: null,
	timeLimitMinutes: null,
	classId: null,
	review: 'attempt',
	...overrides
});

describe.each(testEngines)('module versions and the attempts made on them, on %s', (engine) => {
	let db: Db;
	let drop: () => Promise<void>;
	let moduleId: string;
	const alice = { id: 'teacher-alice', name: 'Alice' };
	const bob = { id: 'teacher-bob', name: 'Bob' };

	beforeAll(async () => {
		({ db, drop } = await storeWithTeachers(engine, [alice, bob], T0));
		// Alice's module: the built-in's content under her own slug, with the chosen question asked first.
		const json = JSON.parse(serializeModule(builtIn));
		json.slug = 'alice-story';
		json.title = 'Alice’s story';
		const created = await createModule(db, alice, json);
		if (!created.ok) throw new Error(created.message);
		moduleId = created.module.id;
		expect(await publishModule(db, alice, moduleId, { now: T0 })).toMatchObject({ ok: true, version: { number: 1 } });
	});
	afterAll(() => drop());

	async function start(assignmentId: string, device: string) {
		const started = await startAttempt(db, { assignmentId, deviceId: device, displayName: device, now: T0 + 10 });
		if (!started.ok) throw new Error(started.message);
		return { ...(await openAttempt(db, started.attempt.id, started.token))!, token: started.token };
	}

	/** Version 2: the same module with the chosen question's key changed to another option. */
	async function publishNewKey() {
		const draft = (await getDraft(db, alice, moduleId))!;
		const json = structuredClone(draft.json) as { questions: { id: string; answer: unknown; options: { id: string; feedback?: string }[] }[] };
		const question = json.questions.find((q) => q.id === single.id)!;
		question.answer = wrongOption;
		// Every wrong option needs its feedback: the old key is wrong now.
		question.options.find((o) => o.id === single.answer)!.feedback = 'In this version, another option is the answer.';
		expect(await saveDraft(db, alice, moduleId, json, draft.revision)).toMatchObject({ ok: true });
		const published = await publishModule(db, alice, moduleId, { now: T0 + 100 });
		expect(published).toMatchObject({ ok: true, created: true, version: { number: 2 } });
	}

	it('lets only the owner assign a private module, and another teacher once it is shared', async () => {
		await expect(createAssignment(db, bob.id, input())).rejects.toEqual(new AssignmentInputError({ module: 'Choose one of the modules in the library.' }));
		expect(await setVisibility(db, alice, moduleId, 'teachers')).toEqual({ ok: true });
		const bobs = await createAssignment(db, bob.id, input({ title: 'Bob’s' }));
		expect(bobs.moduleVersionId).toBe((await publicVersionOf(1)).id);
		expect(await setVisibility(db, alice, moduleId, 'private')).toEqual({ ok: true });
		// Bob's assignment keeps its pinned version: his students can still take it.
		expect((await start(bobs.id, 'bobs-student')).version.number).toBe(1);
	});

	/** Version `n` of Alice's module, whatever its visibility. */
	async function publicVersionOf(n: number) {
		const row = await db.selectFrom('module_versions').select('id').where('module_id', '=', moduleId).where('number', '=', n).executeTakeFirstOrThrow();
		return (await loadVersion(db, row.id))!;
	}

	it('grades an attempt on the version it answered, after a newer one is published', async () => {
		const assignment = await createAssignment(db, alice.id, input(), { now: T0 });
		const open = await start(assignment.id, 'ada');
		expect(open.version.number).toBe(1);
		const saved = await saveAnswer(db, open, single.id, { seq: 1, response: { kind: 'single', option: single.answer } }, T0 + 20);
		expect(saved).toMatchObject({ ok: true, result: { correct: true } });

		await publishNewKey();

		// The attempt, opened again: still version 1, with its key and its grade.
		const reopened = (await openAttempt(db, open.attempt.id, open.token))!;
		expect(reopened.version.number).toBe(1);
		expect((reopened.module.questions.find((q) => q.id === single.id) as SingleQuestion<never>).answer).toBe(single.answer);
		const answered = reopened.version;
		// Saving the same answer again is a repeat, graded as before.
		expect(await saveAnswer(db, reopened, single.id, { seq: 2, response: { kind: 'single', option: single.answer } }, T0 + 25)).toMatchObject({ duplicate: true, result: { correct: true } });
		const detail = (await getAttemptDetail(db, alice.id, assignment.id, open.attempt.id))!;
		expect(detail.attempt.moduleVersionId).toBe(answered.id);
		expect(detail.answers).toMatchObject([{ questionId: single.id, correct: true, score: 1 }]);

		// A second student of the same assignment also answers version 1: the assignment is pinned.
		const bo = await start(assignment.id, 'bo');
		expect(bo.version.number).toBe(1);
		expect(await saveAnswer(db, bo, single.id, { seq: 1, response: { kind: 'single', option: single.answer } }, T0 + 30)).toMatchObject({ result: { correct: true } });

		// Moving it to version 2 is refused now that students have started.
		expect(await moveToLatestVersion(db, alice.id, assignment.id)).toEqual({
			ok: false,
			status: 409,
			message: 'Students have started this assignment on version 1, so it stays on version 1: their answers are graded on it. Make a new assignment to use version 2.'
		});

		// A new assignment is pinned to version 2, where the old key is wrong.
		const fresh = await createAssignment(db, alice.id, input({ title: 'Week 2' }));
		const cy = await start(fresh.id, 'cy');
		expect(cy.version.number).toBe(2);
		expect(await saveAnswer(db, cy, single.id, { seq: 1, response: { kind: 'single', option: single.answer } }, T0 + 40)).toMatchObject({ result: { correct: false } });
	});

	it('moves an assignment nobody has started to the latest version', async () => {
		const versions = await db.selectFrom('module_versions').select(['id', 'number']).where('module_id', '=', moduleId).orderBy('number').execute();
		const assignment = await createAssignment(db, alice.id, input({ title: 'Made on 1' }));
		// Pinned to version 1 as if made before version 2 was published.
		await db.updateTable('assignments').set({ module_version_id: versions[0]!.id }).where('id', '=', assignment.id).execute();
		const moved = await moveToLatestVersion(db, alice.id, assignment.id);
		expect(moved).toMatchObject({ ok: true, message: 'It now uses version 2 of its module.', assignment: { moduleVersionId: versions[1]!.id } });
		expect(await moveToLatestVersion(db, alice.id, assignment.id)).toEqual({
			ok: false,
			status: 409,
			message: 'It already uses the latest version of its module (version 2).'
		});
		expect(await moveToLatestVersion(db, bob.id, assignment.id)).toMatchObject({ ok: false, status: 404 });
	});

	it('keeps self-study of every version closed while an assignment of any version is open', async () => {
		await setPublicModulesAllowed(db, bob, true);
		expect(await setVisibility(db, alice, moduleId, 'public')).toEqual({ ok: true });
		expect((await publicVersion(db, 'alice-story'))?.number).toBe(2);
		// A self-study round loaded on version 1 is still graded on it.
		expect((await publicVersion(db, 'alice-story', 1))?.module.questions.find((q) => q.id === single.id)).toMatchObject({ answer: single.answer });
		expect(await publicVersion(db, 'alice-story', 3)).toBeNull();
		// Assignments pinned to version 1 and 2 are open: practice of the module is closed.
		expect(await practiceClosed(db, moduleId, T0)).toEqual({ until: null });
		const builtInId = (await publicVersion(db, builtIn.slug))!.moduleId;
		expect(await practiceClosed(db, builtInId, T0)).toBeNull();
	});
});
