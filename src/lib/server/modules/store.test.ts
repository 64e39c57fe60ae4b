import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeModule } from '$lib/content/module-json';
import type { Db } from '../db';
import { freshDatabase, testEngines } from '../db/testing';
import { versionHash } from './hash';
import { modules } from './index';
import { storeWithTeachers } from './testing';
import {
	createModule,
	DRAFT_CONFLICT,
	exportVersion,
	getDraft,
	getOwnModule,
	getModule,
	getModuleBySlug,
	importModule,
	listAssignableModules,
	listOwnModules,
	listPublicModules,
	loadVersion,
	MODULE_MAX_CHARACTERS,
	publicModulesAllowed,
	publicVersion,
	publishModule,
	saveDraft,
	seedBuiltIns,
	setPublicModulesAllowed,
	setVisibility,
	teacherVersion,
	PUBLIC_NOT_ALLOWED
} from './store';

const builtIn = modules[0]!;
const T0 = Date.UTC(2026, 10, 30, 9, 0);

/** The built-in module's JSON under another slug and title: a teacher's own module. */
function moduleJson(slug: string, title = 'The missions story, our way'): Record<string, unknown> {
	return { ...JSON.parse(serializeModule(builtIn)), slug, title };
}

/** The same module with one explanation changed: new content. */
function edited(json: Record<string, unknown>, explanation: string): Record<string, unknown> {
	const questions = structuredClone(json.questions) as { explanation: string }[];
	questions[0]!.explanation = explanation;
	return { ...json, questions };
}

describe.each(testEngines)('stored modules on %s', (engine) => {
	let db: Db;
	let drop: () => Promise<void>;
	const alice = { id: 'teacher-alice', name: 'Alice' };
	const bob = { id: 'teacher-bob', name: 'Bob' };

	beforeAll(async () => {
		({ db, drop } = await storeWithTeachers(engine, [alice, bob], T0));
	});
	afterAll(() => drop());

	const count = async (table: 'modules' | 'module_versions') =>
		Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

	describe('built-in modules', () => {
		it('are seeded once as a public version 1 with no owner, whose content is the canonical JSON', async () => {
			await seedBuiltIns(db, modules, T0 + 1);
			const rows = await db.selectFrom('modules').selectAll().where('slug', '=', builtIn.slug).execute();
			expect(rows).toHaveLength(1);
			expect(rows[0]).toMatchObject({ owner_id: null, visibility: 'public' });
			const exported = await exportVersion(db, builtIn.slug);
			expect(exported).toMatchObject({ ok: true, content: serializeModule(builtIn), version: { number: 1, hash: versionHash(serializeModule(builtIn)) } });
			const served = await publicVersion(db, builtIn.slug);
			expect(served?.number).toBe(1);
			expect(served?.module.questions.map((q) => q.id)).toEqual(builtIn.questions.map((q) => q.id));
			// The very module loaded at start-up, not a second parse: what start-up computed for it is used.
			expect(served?.module).toBe(builtIn);
		});

		it('get a new version when their content changes, and keep the old one for its attempts', { timeout: 60_000 }, async () => {
			const { db: own, drop: dropOwn } = await freshDatabase(engine);
			try {
				await seedBuiltIns(own, modules, T0);
				// An assignment made before modules were stored: no version yet.
				await own.insertInto('teachers').values({ id: 't', email: 't@school.test', name: 'T', password_hash: 'x', created_at: T0 }).execute();
				const v1 = (await publicVersion(own, builtIn.slug))!;
				const changed = { ...builtIn, summary: `${builtIn.summary} Revised.` };
				await seedBuiltIns(own, [changed], T0 + 1);
				await seedBuiltIns(own, [changed], T0 + 2);
				const v2 = (await publicVersion(own, builtIn.slug))!;
				expect(v2.number).toBe(2);
				expect(v2.module.summary).toBe(changed.summary);
				expect((await loadVersion(own, v1.id))?.module.summary).toBe(builtIn.summary);
				expect(await exportVersion(own, builtIn.slug, 1)).toMatchObject({ ok: true, content: serializeModule(builtIn) });
				expect(await exportVersion(own, builtIn.slug)).toMatchObject({ ok: true, content: serializeModule(changed) });
				expect((await publicVersion(own, builtIn.slug, 1))?.id).toBe(v1.id);
			} finally {
				await dropOwn();
			}
		});

		it('pin assignments and attempts made before modules were stored', { timeout: 60_000 }, async () => {
			const { db: own, drop: dropOwn } = await freshDatabase(engine);
			try {
				await own.insertInto('teachers').values({ id: 't', email: 't@school.test', name: 'T', password_hash: 'x', created_at: T0 }).execute();
				await own
					.insertInto('assignments')
					.values({
						id: 'old',
						teacher_id: 't',
						code: 'K7P4QX',
						title: 'Old',
						module_slug: builtIn.slug,
						module_version: 'abcd1234',
						skills: '["numbers"]',
						question_count: 2,
						shuffle: 0,
						feedback: 'each',
						attempts_allowed: 1,
						opens_at: null,
						closes_at: null,
						time_limit_minutes: null,
						closed_at: null,
						created_at: T0,
						updated_at: T0
					})
					.execute();
				await own
					.insertInto('attempts')
					.values({ id: 'a1', assignment_id: 'old', token_hash: 'h', device_id: 'd', display_name: 'Sam', question_ids: '[]', started_at: T0, deadline_at: null, submitted_at: null, score: null })
					.execute();
				await seedBuiltIns(own, modules, T0);
				const v1 = (await publicVersion(own, builtIn.slug))!;
				expect((await own.selectFrom('assignments').select('module_version_id').executeTakeFirstOrThrow()).module_version_id).toBe(v1.id);
				expect((await own.selectFrom('attempts').select('module_version_id').executeTakeFirstOrThrow()).module_version_id).toBe(v1.id);
			} finally {
				await dropOwn();
			}
		});

		it('cannot be edited, published or shadowed by a teacher', async () => {
			const id = (await getModuleBySlug(db, alice, builtIn.slug))!.id;
			expect(await getDraft(db, alice, id)).toBeNull();
			expect(await getOwnModule(db, alice, id)).toBeNull();
			expect(await saveDraft(db, alice, id, moduleJson(builtIn.slug), 1)).toMatchObject({ ok: false, status: 404 });
			expect(await publishModule(db, alice, id)).toMatchObject({ ok: false, status: 404 });
			expect(await createModule(db, alice, moduleJson(builtIn.slug))).toMatchObject({ ok: false, status: 409 });
		});
	});

	describe('drafts', () => {
		it('are created private, read back with their revision, and saved on the revision they edit', async () => {
			const created = await createModule(db, alice, moduleJson('alice-drafts'), { now: T0 });
			expect(created).toMatchObject({ ok: true, module: { slug: 'alice-drafts', visibility: 'private', mine: true, draftRevision: 1, unpublishedChanges: true, versions: [] } });
			if (!created.ok) return;
			const id = created.module.id;
			const draft = (await getDraft(db, alice, id))!;
			expect(draft).toMatchObject({ slug: 'alice-drafts', revision: 1, json: moduleJson('alice-drafts') });

			const saved = await saveDraft(db, alice, id, { ...moduleJson('alice-drafts'), title: 'Renamed' }, 1, { now: T0 + 1 });
			expect(saved).toEqual({ ok: true, revision: 2, updatedAt: T0 + 1 });
			expect((await getDraft(db, alice, id))?.json).toMatchObject({ title: 'Renamed' });
			expect((await listOwnModules(db, alice)).find((m) => m.id === id)).toMatchObject({ title: 'Renamed', draftRevision: 2, latest: null });
			// The module and its draft together, as the editor opens them.
			expect(await getOwnModule(db, alice, id)).toEqual({ module: await getModule(db, alice, id), draft: await getDraft(db, alice, id) });
			// Saved from the JSON text already made: stored as that text.
			const text = JSON.stringify({ ...moduleJson('alice-drafts'), title: 'From text' });
			expect(await saveDraft(db, alice, id, JSON.parse(text), 2, { now: T0 + 2, text })).toEqual({ ok: true, revision: 3, updatedAt: T0 + 2 });
			expect((await db.selectFrom('modules').select('draft').where('id', '=', id).executeTakeFirstOrThrow()).draft).toBe(text);
			expect((await getDraft(db, alice, id))?.json).toMatchObject({ title: 'From text' });
		});

		it('refuse the second of two tabs saving on the same revision, with the draft as it now is', async () => {
			const created = await createModule(db, alice, moduleJson('alice-two-tabs'));
			if (!created.ok) throw new Error(created.message);
			const id = created.module.id;
			const [first, second] = await Promise.all([
				saveDraft(db, alice, id, { ...moduleJson('alice-two-tabs'), title: 'Tab one' }, 1),
				saveDraft(db, alice, id, { ...moduleJson('alice-two-tabs'), title: 'Tab two' }, 1)
			]);
			const outcomes = [first, second];
			expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
			const winner = first.ok ? 'Tab one' : 'Tab two';
			const refused = outcomes.find((o) => !o.ok)!;
			expect(refused).toMatchObject({ ok: false, status: 409, message: DRAFT_CONFLICT, conflict: { revision: 2, json: { title: winner } } });
			expect((await getDraft(db, alice, id))?.json).toMatchObject({ title: winner });
		});

		it('may hold problems, but not another format version, an oversized text or 10,000 questions; nothing is stored then', async () => {
			const broken = moduleJson('alice-broken');
			(broken.questions as { evidence: { quote: string }[] }[])[0]!.evidence = [{ quote: 'not in the story', start: 0, end: 16 } as never];
			const created = await createModule(db, alice, broken);
			expect(created.ok).toBe(true);
			const before = { modules: await count('modules'), versions: await count('module_versions') };

			const wrongVersion = await createModule(db, alice, { ...moduleJson('alice-v3'), schemaVersion: 3 });
			expect(wrongVersion).toEqual({
				ok: false,
				status: 400,
				message: 'This module has format version 3; this site reads format version 2. Export it again with this version of Sourced.'
			});
			const huge = { ...moduleJson('alice-huge'), summary: 'x'.repeat(MODULE_MAX_CHARACTERS) };
			expect(await createModule(db, alice, huge)).toMatchObject({ ok: false, status: 413, message: expect.stringMatching(/^The module is 1,\d{3},\d{3} characters of JSON; a module may be at most 1,000,000\./) });
			const question = (moduleJson('x').questions as unknown[])[0];
			const many = { ...moduleJson('alice-many'), questions: Array.from({ length: 10_000 }, () => question) };
			expect(await createModule(db, alice, many)).toMatchObject({ ok: false, status: 413, message: 'questions: the module has 10,000 questions; a module may have at most 200.' });
			expect(await createModule(db, alice, 'not json')).toMatchObject({ ok: false, status: 400 });
			expect(await createModule(db, alice, { ...moduleJson('x'), slug: '../Etc' })).toMatchObject({ ok: false, status: 400, message: expect.stringMatching(/^slug:/) });

			if (!created.ok) return;
			expect(await saveDraft(db, alice, created.module.id, { ...moduleJson('alice-broken'), schemaVersion: 1 }, 1)).toMatchObject({ ok: false, status: 400 });
			expect(await saveDraft(db, alice, created.module.id, moduleJson('alice-renamed'), 1)).toMatchObject({ ok: false, status: 400, message: expect.stringMatching(/^slug: a module's slug is fixed/) });
			expect(await count('modules')).toBe(before.modules);
			expect(await count('module_versions')).toBe(before.versions);
			expect((await getDraft(db, alice, created.module.id))?.revision).toBe(1);

			// Publishing lists the problems and makes no version.
			const refused = await publishModule(db, alice, created.module.id);
			expect(refused).toMatchObject({ ok: false, status: 400, problems: [expect.objectContaining({ message: expect.any(String) })] });
			expect(await count('module_versions')).toBe(before.versions);
		});

		it('take a slug only once', async () => {
			expect((await createModule(db, alice, moduleJson('shared-slug'))).ok).toBe(true);
			expect(await createModule(db, bob, moduleJson('shared-slug'))).toMatchObject({ ok: false, status: 409 });
		});
	});

	describe('publishing', () => {
		it('refuses a draft holding drafted items no person accepted, by the studio or by import, and publishes it once they are', async () => {
			const json = moduleJson('alice-drafted');
			const questions = json.questions as Record<string, unknown>[];
			const marked = { ...json, questions: questions.map((q, i) => (i === 0 ? { ...q, draft: { rule: 'figure-change', confidence: 0.7 } } : q)) };
			const created = await createModule(db, alice, marked);
			if (!created.ok) throw new Error(created.message);
			const before = { modules: await count('modules'), versions: await count('module_versions') };
			const message = 'Review what the drafter wrote before publishing: 1 drafted question not yet accepted.';
			expect(await publishModule(db, alice, created.module.id)).toMatchObject({ ok: false, status: 400, message });
			expect(await importModule(db, { ...marked, slug: 'imported-drafted' }, { publish: true })).toMatchObject({ ok: false, status: 400, message });
			expect(await count('modules')).toBe(before.modules);
			expect(await count('module_versions')).toBe(before.versions);
			// Imported without publishing, it is a draft to review like any other.
			expect(await importModule(db, { ...marked, slug: 'imported-drafted' })).toMatchObject({ ok: true, published: null });

			expect(await saveDraft(db, alice, created.module.id, json, 1)).toMatchObject({ ok: true });
			expect(await publishModule(db, alice, created.module.id)).toMatchObject({ ok: true, created: true });
		});

		it('makes immutable numbered versions; the same content again is no new version', async () => {
			const created = await createModule(db, alice, moduleJson('alice-versions'));
			if (!created.ok) throw new Error(created.message);
			const id = created.module.id;
			const first = await publishModule(db, alice, id, { now: T0 });
			expect(first).toMatchObject({ ok: true, created: true, message: 'Published version 1.', version: { number: 1, publishedBy: alice.id } });
			expect(await publishModule(db, alice, id)).toMatchObject({ ok: true, created: false, message: 'No changes since version 1.', version: { number: 1 } });

			// Saving the same content again is a new revision, and still no new version.
			expect(await saveDraft(db, alice, id, moduleJson('alice-versions'), 1)).toMatchObject({ ok: true, revision: 2 });
			expect((await getModule(db, alice, id))?.unpublishedChanges).toBe(true);
			expect(await publishModule(db, alice, id)).toMatchObject({ created: false, message: 'No changes since version 1.' });
			expect((await getModule(db, alice, id))?.unpublishedChanges).toBe(false);

			const v2json = edited(moduleJson('alice-versions'), 'A clearer explanation.');
			expect(await saveDraft(db, alice, id, v2json, 2)).toMatchObject({ ok: true, revision: 3 });
			const second = await publishModule(db, alice, id, { now: T0 + 1 });
			expect(second).toMatchObject({ ok: true, created: true, message: 'Published version 2.', version: { number: 2 } });
			if (!first.ok || !second.ok) return;
			expect(second.version.hash).not.toBe(first.version.hash);

			const v1 = (await loadVersion(db, first.version.id))!;
			const v2 = (await loadVersion(db, second.version.id))!;
			expect(v1.module.questions[0]!.explanation).toBe(builtIn.questions[0]!.explanation);
			expect(v2.module.questions[0]!.explanation).toBe('A clearer explanation.');
			// Loaded once: the same object every time.
			expect(await loadVersion(db, first.version.id)).toBe(v1);
			expect((await teacherVersion(db, alice, 'alice-versions'))?.number).toBe(2);
			expect((await teacherVersion(db, alice, 'alice-versions', 1))?.id).toBe(first.version.id);
			expect((await getModule(db, alice, id))?.versions.map((v) => v.number)).toEqual([2, 1]);
		});
	});

	describe('owners and visibility', () => {
		let id: string;
		beforeAll(async () => {
			const created = await createModule(db, alice, moduleJson('alice-visibility', 'Alice’s module'));
			if (!created.ok) throw new Error(created.message);
			id = created.module.id;
			await publishModule(db, alice, id);
		});

		it('keeps a private module from every other teacher, as if it did not exist', async () => {
			expect(await getModule(db, bob, id)).toBeNull();
			expect(await getModuleBySlug(db, bob, 'alice-visibility')).toBeNull();
			expect(await getDraft(db, bob, id)).toBeNull();
			expect(await getOwnModule(db, bob, id)).toBeNull();
			expect(await teacherVersion(db, bob, 'alice-visibility')).toBeNull();
			expect(await saveDraft(db, bob, id, moduleJson('alice-visibility'), 1)).toMatchObject({ ok: false, status: 404 });
			expect(await publishModule(db, bob, id)).toMatchObject({ ok: false, status: 404 });
			expect(await setVisibility(db, bob, id, 'teachers')).toMatchObject({ ok: false, status: 404 });
			expect((await listAssignableModules(db, bob)).map((m) => m.slug)).not.toContain('alice-visibility');
			expect((await listAssignableModules(db, alice)).map((m) => m.slug)).toContain('alice-visibility');
			expect(await publicVersion(db, 'alice-visibility')).toBeNull();
		});

		it('shares it with the teachers here to read and assign, never to edit', async () => {
			expect(await setVisibility(db, alice, id, 'teachers')).toEqual({ ok: true });
			expect(await getModule(db, bob, id)).toMatchObject({ slug: 'alice-visibility', mine: false, owner: { id: alice.id, name: 'Alice' } });
			expect((await teacherVersion(db, bob, 'alice-visibility'))?.number).toBe(1);
			const assignable = await listAssignableModules(db, bob);
			expect(assignable.map((m) => m.slug)).toEqual(expect.arrayContaining([builtIn.slug, 'alice-visibility']));
			expect(assignable[0]!.slug).toBe(builtIn.slug);
			expect(await getDraft(db, bob, id)).toBeNull();
			expect(await getOwnModule(db, bob, id)).toBeNull();
			expect(await saveDraft(db, bob, id, moduleJson('alice-visibility'), 1)).toMatchObject({ ok: false, status: 404 });
			// Shared with teachers is not public.
			expect(await publicVersion(db, 'alice-visibility')).toBeNull();
		});

		it('puts it in the self-study library only while the administrator allows it', async () => {
			expect(await publicModulesAllowed(db)).toBe(false);
			expect(await setVisibility(db, alice, id, 'public')).toEqual({ ok: false, status: 403, message: PUBLIC_NOT_ALLOWED });
			await setPublicModulesAllowed(db, bob, true);
			expect(await setVisibility(db, alice, id, 'public')).toEqual({ ok: true });
			expect((await publicVersion(db, 'alice-visibility'))?.number).toBe(1);
			expect((await listPublicModules(db)).map((v) => v.slug)).toEqual([builtIn.slug, 'alice-visibility']);
			await setPublicModulesAllowed(db, bob, false);
			expect(await publicVersion(db, 'alice-visibility')).toBeNull();
			expect((await listPublicModules(db)).map((v) => v.slug)).toEqual([builtIn.slug]);
			// Still shared with the teachers.
			expect(await getModule(db, bob, id)).not.toBeNull();
		});

		it('never serves a draft to self-study', async () => {
			const created = await createModule(db, alice, moduleJson('alice-unpublished'));
			if (!created.ok) throw new Error(created.message);
			await setPublicModulesAllowed(db, bob, true);
			expect(await setVisibility(db, alice, created.module.id, 'public')).toEqual({ ok: true });
			expect(await publicVersion(db, 'alice-unpublished')).toBeNull();
			expect((await listPublicModules(db)).map((v) => v.slug)).not.toContain('alice-unpublished');
			await setPublicModulesAllowed(db, bob, false);
		});
	});

	describe('import and export', () => {
		it('export → import → export is byte-identical, with the same version hash', { timeout: 60_000 }, async () => {
			const exported = await exportVersion(db, builtIn.slug);
			if (!exported.ok) throw new Error(exported.message);
			const { db: other, drop: dropOther } = await freshDatabase(engine);
			try {
				// Into a database that has never seen it: the same bytes, the same hash.
				const imported = await importModule(other, JSON.parse(exported.content), { publish: true });
				expect(imported).toMatchObject({ ok: true, created: true, slug: builtIn.slug, published: { created: true, version: { number: 1, hash: exported.version.hash } } });
				const again = await exportVersion(other, builtIn.slug);
				expect(again).toMatchObject({ ok: true, content: exported.content, version: { hash: exported.version.hash } });

				// A teacher's copy under another slug round-trips too.
				await other.insertInto('teachers').values({ id: 'carol', email: 'carol@school.test', name: 'Carol', password_hash: 'x', created_at: T0 }).execute();
				await importModule(other, { ...JSON.parse(exported.content), slug: 'carols-copy' }, { ownerId: 'carol', publish: true });
				const copy = await exportVersion(other, 'carols-copy');
				if (!copy.ok) throw new Error(copy.message);
				const { db: third, drop: dropThird } = await freshDatabase(engine);
				try {
					await third.insertInto('teachers').values({ id: 'dan', email: 'dan@school.test', name: 'Dan', password_hash: 'x', created_at: T0 }).execute();
					expect(await importModule(third, JSON.parse(copy.content), { ownerId: 'dan', publish: true })).toMatchObject({ ok: true, published: { version: { hash: copy.version.hash } } });
					expect(await exportVersion(third, 'carols-copy')).toMatchObject({ ok: true, content: copy.content });
				} finally {
					await dropThird();
				}

				// Re-imported where it came from: the same content, so no new version.
				const back = await importModule(db, JSON.parse(exported.content), { publish: true });
				expect(back).toMatchObject({ ok: true, created: false, published: { created: false, message: 'No changes since version 1.' } });
				expect(await exportVersion(db, builtIn.slug)).toMatchObject({ ok: true, content: exported.content, version: { number: 1 } });
				expect(versionHash(exported.content)).toBe(exported.version.hash);
			} finally {
				await dropOther();
			}
		});

		it('stores nothing from a module with problems, and lists every one', async () => {
			const before = await count('modules');
			const broken = moduleJson('broken-import');
			(broken.questions as { evidence: unknown[] }[])[0]!.evidence = [{ quote: 'nowhere', start: 0, end: 7 }];
			(broken.questions as { evidence: unknown[] }[])[1]!.evidence = [{ quote: 'nor here', start: 3, end: 11 }];
			const refused = await importModule(db, broken, { ownerId: alice.id, publish: true });
			expect(refused).toMatchObject({ ok: false, status: 400 });
			expect(refused.ok === false && refused.problems!.length).toBeGreaterThanOrEqual(2);
			expect(await count('modules')).toBe(before);
		});

		it('refuses a slug another owner holds', async () => {
			expect(await importModule(db, moduleJson('alice-visibility'), { ownerId: bob.id })).toMatchObject({ ok: false, status: 409 });
		});
	});
});
