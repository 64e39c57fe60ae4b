import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configFromEnv, type Db } from './index';
import { freshDatabase, testEngines } from './testing';

describe('database configuration', () => {
	it('uses the embedded SQLite file unless DATABASE_URL names PostgreSQL', () => {
		expect(configFromEnv({})).toMatchObject({ engine: 'sqlite' });
		expect(configFromEnv({ DATABASE_PATH: '/tmp/x.db' })).toEqual({ engine: 'sqlite', path: '/tmp/x.db' });
		expect(configFromEnv({ DATABASE_URL: 'postgres://u@h/db' })).toEqual({ engine: 'postgres', url: 'postgres://u@h/db' });
	});

	it('fails fast on a DATABASE_URL it cannot use', () => {
		expect(() => configFromEnv({ DATABASE_URL: 'mysql://u@h/db' })).toThrow('DATABASE_URL must be a postgres:// URL');
	});
});

describe.each(testEngines)('the %s database', (engine) => {
	let db: Db;
	let drop: () => Promise<void>;
	beforeAll(async () => {
		({ db, drop } = await freshDatabase(engine));
	});
	afterAll(() => drop());

	it('is migrated with every table', async () => {
		const tables = (await db.introspection.getTables()).map((t) => t.name).sort();
		expect(tables).toEqual(
			expect.arrayContaining(['answers', 'assignments', 'attempts', 'audit_events', 'auth_failures', 'hints', 'sessions', 'teachers'])
		);
	});

	it('reads millisecond times back as numbers', async () => {
		const at = Date.UTC(2026, 10, 27, 12, 0, 0, 123);
		await db.insertInto('teachers').values({ id: 't1', email: 'a@b.c', name: 'A', password_hash: 'x', created_at: at }).execute();
		const row = await db.selectFrom('teachers').selectAll().where('id', '=', 't1').executeTakeFirstOrThrow();
		expect(row.created_at).toBe(at);
	});

	it('enforces unique emails and foreign keys', async () => {
		await expect(
			db.insertInto('teachers').values({ id: 't2', email: 'a@b.c', name: 'B', password_hash: 'x', created_at: 1 }).execute()
		).rejects.toThrow();
		await expect(
			db.insertInto('sessions').values({ id: 's', teacher_id: 'nobody', expires_at: 1, created_at: 1 }).execute()
		).rejects.toThrow();
	});

	it.skipIf(engine !== 'sqlite')('runs SQLite with WAL and synchronous=FULL', async () => {
		const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(db);
		const sync = await sql<{ synchronous: number }>`pragma synchronous`.execute(db);
		expect(mode.rows[0]!.journal_mode).toBe('wal');
		expect(sync.rows[0]!.synchronous).toBe(2);
	});
});
