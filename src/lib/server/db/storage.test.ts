import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseHealth, storageFailure, writeTransaction, type Db } from './index';
import { freshDatabase } from './testing';

/**
 * A full disk, injected at the database layer: SQLite's max_page_count makes a write that needs a new
 * page fail with SQLITE_FULL, as a full disk does. (tests/faults.e2e.ts fills a real filesystem.)
 */
describe('a full disk on SQLite', () => {
	let db: Db;
	let drop: () => Promise<void>;

	beforeAll(async () => {
		({ db, drop } = await freshDatabase('sqlite'));
	});
	afterAll(() => drop());

	const write = (i: number) =>
		writeTransaction(db, (trx) =>
			trx.insertInto('auth_failures').values({ key: `${i}:${'x'.repeat(2000)}`, at: i }).execute()
		);

	it('fails writes with the cause, not a failed rollback, and fails /health until a write succeeds', async () => {
		await write(0);
		expect(await databaseHealth(db)).toEqual({ ok: true });
		const { page_count } = (await sql<{ page_count: number }>`pragma page_count`.execute(db)).rows[0]!;
		await sql.raw(`pragma max_page_count = ${page_count + 2}`).execute(db);

		let failure: unknown = null;
		for (let i = 1; i < 100 && !failure; i++) await write(i).catch((e) => (failure = e));
		expect((failure as { code?: string }).code).toBe('SQLITE_FULL');
		expect(String(failure)).not.toContain('cannot rollback');
		expect(storageFailure(failure)).toMatch(/^the disk is full \(SQLITE_FULL/);
		const health = await databaseHealth(db);
		expect(health.ok).toBe(false);
		expect(health.ok ? '' : health.reason).toMatch(/^the disk is full/);

		// Several writes in one group commit fail together, each with the cause.
		const group = await Promise.allSettled([write(200), write(201), write(202)]);
		expect(group.map((r) => (r.status === 'rejected' ? storageFailure(r.reason)?.slice(0, 16) : 'saved'))).toEqual([
			'the disk is full',
			'the disk is full',
			'the disk is full'
		]);

		// Space again: the next write succeeds and the database is well.
		await sql.raw('pragma max_page_count = 1073741823').execute(db);
		await write(300);
		expect(await databaseHealth(db)).toEqual({ ok: true });
	});

	it('names other storage failures, and nothing else', () => {
		expect(storageFailure(Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR_WRITE' }))).toMatch(/could not be written/);
		expect(storageFailure(Object.assign(new Error('could not extend file'), { code: '53100' }))).toMatch(/disk is full/);
		expect(storageFailure(Object.assign(new Error('UNIQUE constraint failed'), { code: 'SQLITE_CONSTRAINT_UNIQUE' }))).toBeNull();
		expect(storageFailure(new Error('plain'))).toBeNull();
	});
});
