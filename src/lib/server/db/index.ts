import Sqlite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type MigrationProvider } from 'kysely';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import pg from 'pg';
import { migrations, type Engine } from './migrations';
import type { Database } from './schema';

export type { Engine } from './migrations';

export type DatabaseConfig = { engine: 'sqlite'; path: string } | { engine: 'postgres'; url: string };

/**
 * Where the data lives: PostgreSQL when `DATABASE_URL` is a postgres:// URL, otherwise the embedded
 * SQLite file at `DATABASE_PATH` (default `./data/sourced.db`). Anything else is refused at once.
 */
export function configFromEnv(env: Record<string, string | undefined> = process.env): DatabaseConfig {
	const url = env.DATABASE_URL?.trim();
	if (url) {
		if (!/^postgres(ql)?:\/\//.test(url)) {
			throw new Error('DATABASE_URL must be a postgres:// URL; leave it unset to use the embedded SQLite file.');
		}
		return { engine: 'postgres', url };
	}
	return { engine: 'sqlite', path: resolve(env.DATABASE_PATH?.trim() || 'data/sourced.db') };
}

export type Db = Kysely<Database> & { engine: Engine };

// PostgreSQL returns bigint (int8) as strings to keep precision; our bigints are millisecond times,
// well inside a double's exact range.
pg.types.setTypeParser(20, (value) => Number(value));

/** Opens a database and brings its schema up to date. */
export async function openDatabase(config: DatabaseConfig): Promise<Db> {
	const db =
		config.engine === 'sqlite'
			? new Kysely<Database>({ dialect: new SqliteDialect({ database: openSqlite(config.path) }) })
			: new Kysely<Database>({
					dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: config.url, max: 20 }) })
				});
	await migrate(db, config.engine);
	return Object.assign(db, { engine: config.engine });
}

function openSqlite(path: string): Sqlite.Database {
	if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
	const sqlite = new Sqlite(path);
	// WAL lets readers work while a write commits; FULL syncs the WAL on every commit, so an answer the
	// server has acknowledged survives a power cut, not just a crash of the process.
	sqlite.pragma('journal_mode = WAL');
	sqlite.pragma('synchronous = FULL');
	sqlite.pragma('foreign_keys = ON');
	sqlite.pragma('busy_timeout = 5000');
	return sqlite;
}

async function migrate(db: Kysely<Database>, engine: Engine) {
	const provider: MigrationProvider = { getMigrations: async () => migrations(engine) };
	const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
	const failed = results?.find((r) => r.status === 'Error');
	if (error || failed) {
		throw new Error(`The database could not be migrated${failed ? ` (at ${failed.migrationName})` : ''}: ${String(error)}`);
	}
}

let opened: Promise<Db> | null = null;

/** The server's database, opened on first use from the environment. One pool per process. */
export function database(): Promise<Db> {
	opened ??= openDatabase(configFromEnv()).catch((e) => {
		opened = null;
		throw e;
	});
	return opened;
}
