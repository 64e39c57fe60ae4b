import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type Db, type Engine } from './index';

/**
 * The engines the storage tests run against: SQLite always, PostgreSQL when `TEST_DATABASE_URL` points
 * at a server (`npm test` starts a throwaway one).
 */
export const testEngines: Engine[] = process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

/** A new, empty, migrated database on the engine, and a way to remove it. */
export async function freshDatabase(engine: Engine): Promise<{ db: Db; drop: () => Promise<void> }> {
	const name = `t_${randomBytes(6).toString('hex')}`;
	if (engine === 'sqlite') {
		const path = join(tmpdir(), `sourced-${name}.db`);
		const db = await openDatabase({ engine: 'sqlite', path });
		return {
			db,
			drop: async () => {
				await db.destroy();
				for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
			}
		};
	}
	const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
	await admin.connect();
	await admin.query(`CREATE DATABASE ${name}`);
	await admin.end();
	const url = new URL(process.env.TEST_DATABASE_URL!);
	url.pathname = `/${name}`;
	const db = await openDatabase({ engine: 'postgres', url: url.toString() });
	return {
		db,
		drop: async () => {
			await db.destroy();
			const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
			await client.connect();
			await client.query(`DROP DATABASE IF EXISTS ${name}`);
			await client.end();
		}
	};
}
