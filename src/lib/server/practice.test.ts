import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from './db';
import type { Assignment } from './db/schema';
import { freshDatabase, testEngines } from './db/testing';
import { modules } from './modules';
import { publicVersion, seedBuiltIns } from './modules/store';
import { PRACTICE_CLOSED, practiceClosed, practiceClosedMessage } from './practice';

const NOW = Date.UTC(2026, 10, 27, 9, 0);
const DAY = 24 * 3600_000;
const SLUG = 'nato-russia-missions-2021';

describe.each(testEngines)('self-study practice on %s', (engine) => {
	let db: Db;
	let drop: () => Promise<void>;
	let n = 0;
	/** The module's stored id, and the version assignments are pinned to. */
	let MODULE: string;
	let VERSION: string;

	beforeAll(async () => {
		({ db, drop } = await freshDatabase(engine));
		await db.insertInto('teachers').values({ id: 't1', email: 't@school.test', name: 'T', password_hash: 'x', created_at: NOW }).execute();
		await seedBuiltIns(db, modules, NOW);
		const v1 = (await publicVersion(db, SLUG))!;
		MODULE = v1.moduleId;
		VERSION = v1.id;
	});
	afterAll(() => drop());

	async function assign(overrides: Partial<Assignment>): Promise<string> {
		n++;
		await db
			.insertInto('assignments')
			.values({
				id: `a${n}`,
				teacher_id: 't1',
				code: `P${String(n).padStart(5, '0')}`,
				title: `A${n}`,
				module_slug: SLUG,
				module_version: 'v1',
				module_version_id: VERSION,
				skills: '["sequence"]',
				question_count: 3,
				shuffle: 0,
				feedback: 'close',
				attempts_allowed: 1,
				opens_at: null,
				closes_at: null,
				time_limit_minutes: null,
				closed_at: null,
				created_at: NOW,
				updated_at: NOW,
				...overrides
			})
			.execute();
		return `a${n}`;
	}

	it('is open with no assignment, closed while one is scheduled or open, until the latest close', async () => {
		expect(await practiceClosed(db, MODULE, NOW)).toBeNull();
		await assign({ closes_at: NOW - DAY });
		await assign({ closes_at: NOW + DAY, closed_at: NOW - 1 });
		expect(await practiceClosed(db, MODULE, NOW), 'closed assignments do not count').toBeNull();
		await assign({ opens_at: NOW + DAY, closes_at: NOW + 2 * DAY, feedback: 'each' });
		expect(await practiceClosed(db, MODULE, NOW)).toEqual({ until: NOW + 2 * DAY });
		await assign({ closes_at: NOW + 3 * DAY, feedback: 'submit' });
		expect(await practiceClosed(db, MODULE, NOW)).toEqual({ until: NOW + 3 * DAY });
		expect(await practiceClosed(db, MODULE, NOW + 3 * DAY)).toBeNull();
		expect(await practiceClosed(db, 'another-module', NOW)).toBeNull();
	});

	it('stays closed until the teacher closes an assignment that has no close time', async () => {
		const id = await assign({ closes_at: null, feedback: 'submit' });
		expect(await practiceClosed(db, MODULE, NOW)).toEqual({ until: null });
		await db.updateTable('assignments').set({ closed_at: NOW }).where('id', '=', id).execute();
		expect(await practiceClosed(db, MODULE, NOW)).toEqual({ until: NOW + 3 * DAY });
	});

	it('counts an assignment pinned to an earlier version of the module after a newer one is published', async () => {
		const changed = { ...modules[0]!, summary: `${modules[0]!.summary} Revised.` };
		await seedBuiltIns(db, [changed], NOW + 1);
		expect((await publicVersion(db, SLUG))?.number).toBe(2);
		expect(await practiceClosed(db, MODULE, NOW)).toEqual({ until: NOW + 3 * DAY });
	});
});

describe('the reason shown', () => {
	it('says why and when practice opens again', () => {
		expect(practiceClosedMessage({ until: Date.UTC(2026, 11, 4, 15, 30) })).toBe(`${PRACTICE_CLOSED} It opens again after 4 December 2026 at 15:30 (UTC).`);
		expect(practiceClosedMessage({ until: null })).toBe(`${PRACTICE_CLOSED} It opens again when the teacher closes the assessment.`);
	});
});
