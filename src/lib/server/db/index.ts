import Sqlite from 'better-sqlite3';
import {
	Kysely,
	Migrator,
	PostgresDialect,
	sql,
	SqliteDialect,
	type DatabaseConnection,
	type Driver,
	type MigrationProvider,
	type Transaction
} from 'kysely';
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
	const dialect = config.engine === 'sqlite' ? new CauseKeepingSqliteDialect(openSqlite(config.path)) : null;
	const db =
		config.engine === 'sqlite'
			? new Kysely<Database>({ dialect: dialect! })
			: new Kysely<Database>({
					dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: config.url, max: 20 }) })
				});
	if (dialect) dialects.set(db, dialect);
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

/**
 * Kysely's SQLite driver prepares every query afresh; the queries an answer save runs are the same few
 * texts every time, so their prepared statements are kept (the least recently added dropped past a
 * bound). better-sqlite3 re-prepares a kept statement itself should the schema change.
 */
function cachedStatements(sqlite: Sqlite.Database): Pick<Sqlite.Database, 'prepare' | 'close'> {
	const kept = new Map<string, Sqlite.Statement>();
	return {
		prepare(sql: string) {
			let statement = kept.get(sql);
			if (!statement) {
				statement = sqlite.prepare(sql);
				if (kept.size >= 500) kept.delete(kept.keys().next().value!);
				kept.set(sql, statement);
			}
			return statement;
		},
		close: () => sqlite.close()
	} as Pick<Sqlite.Database, 'prepare' | 'close'>;
}

// ---------------------------------------------------------------------------------------------------
// Storage failures
// ---------------------------------------------------------------------------------------------------

/**
 * What went wrong with the storage, in words for the log and for /health, when `error` is the storage
 * failing rather than a query being wrong: a full disk, an I/O error, a read-only file, a lost
 * PostgreSQL connection or its own full disk. Null for any other error.
 */
export function storageFailure(error: unknown): string | null {
	const code = typeof error === 'object' && error !== null ? String((error as { code?: unknown }).code ?? '') : '';
	const message = error instanceof Error ? error.message : '';
	if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === '53100') return `the disk is full (${code}: ${message})`;
	if (code.startsWith('SQLITE_IOERR') || code === 'EIO') return `the disk could not be written (${code}: ${message})`;
	if (code.startsWith('SQLITE_READONLY') || code === 'EROFS') return `the database file is read-only (${code}: ${message})`;
	if (code.startsWith('SQLITE_CANTOPEN')) return `the database file cannot be opened (${code}: ${message})`;
	if (code.startsWith('53') || code.startsWith('08') || code === 'ECONNREFUSED' || code === 'ECONNRESET') {
		return `the PostgreSQL server cannot take writes (${code}: ${message})`;
	}
	return null;
}

/** The latest storage failure of each database, until a write succeeds again: what /health reports. */
const lastFailure = new WeakMap<object, string | null>();
const dialects = new WeakMap<object, object>();

/** Whether the database is taking writes: it answers, and no write has failed since the last that worked. */
export async function databaseHealth(db: Db): Promise<{ ok: true } | { ok: false; reason: string }> {
	const key = dialects.get(db);
	const failure = (key && lastFailure.get(key)) ?? null;
	if (failure) return { ok: false, reason: failure };
	try {
		await sql`select 1`.execute(db);
		return { ok: true };
	} catch (error) {
		return { ok: false, reason: storageFailure(error) ?? String(error) };
	}
}

/**
 * SQLite ends a transaction by itself when a write fails for want of disk (SQLITE_FULL, most I/O
 * errors). Kysely's rollback then fails with "cannot rollback - no transaction is active", and that
 * error would replace the real one; here a rollback with no transaction open is skipped, so the cause
 * is what the caller sees and logs. Each write's outcome is noted for /health.
 */
class CauseKeepingSqliteDialect extends SqliteDialect {
	constructor(readonly sqlite: Sqlite.Database) {
		super({ database: cachedStatements(sqlite) });
	}

	override createDriver(): Driver {
		const driver = super.createDriver();
		const { sqlite } = this;
		const note = (failure: string | null) => lastFailure.set(this, failure);
		const rollback = driver.rollbackTransaction.bind(driver);
		const commit = driver.commitTransaction.bind(driver);
		const acquire = driver.acquireConnection.bind(driver);
		driver.rollbackTransaction = async (connection) => {
			if (sqlite.inTransaction) await rollback(connection);
		};
		driver.commitTransaction = async (connection) => {
			try {
				await commit(connection);
				note(null);
			} catch (error) {
				note(storageFailure(error));
				throw error;
			}
		};
		// SQLite has one connection, handed out again and again: its queries are watched once.
		const watched = new WeakSet<DatabaseConnection>();
		driver.acquireConnection = async (): Promise<DatabaseConnection> => {
			const connection = await acquire();
			if (watched.has(connection)) return connection;
			watched.add(connection);
			const execute = connection.executeQuery.bind(connection);
			return Object.assign(connection, {
				executeQuery: async (query: Parameters<DatabaseConnection['executeQuery']>[0]) => {
					try {
						const result = await execute(query);
						// A write outside a transaction commits at once.
						if (!sqlite.inTransaction && !/^\s*select/i.test(query.sql)) note(null);
						return result;
					} catch (error) {
						const failure = storageFailure(error);
						if (failure) note(failure);
						throw error;
					}
				}
			}) as DatabaseConnection;
		};
		return driver;
	}
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

// ---------------------------------------------------------------------------------------------------
// Group commit
// ---------------------------------------------------------------------------------------------------

type Job = { work: (trx: Transaction<Database>) => Promise<unknown>; resolve: (value: unknown) => void; reject: (error: unknown) => void };

const waiting = new WeakMap<Db, Job[]>();
const MOST_PER_COMMIT = 64;

/**
 * Runs `work` in a write transaction and resolves once it is committed. On PostgreSQL that is its own
 * transaction. On SQLite, where better-sqlite3 runs one transaction at a time and each commit waits for
 * the disk (synchronous=FULL syncs the WAL on every commit, on the server's only thread), the writes that
 * arrive together — those queued before the event loop's next turn — share one transaction and one sync:
 * each runs in order inside its own savepoint, so one that throws is undone alone and rejects alone,
 * and none resolves before the commit that makes it durable. Up to 64 share a commit. `work` must use
 * only `trx`: the connection is held for the whole group.
 */
export function writeTransaction<T>(db: Db, work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
	if (db.engine !== 'sqlite') return db.transaction().execute(work);
	return new Promise<T>((resolve, reject) => {
		let queue = waiting.get(db);
		if (!queue) {
			queue = [];
			waiting.set(db, queue);
			setImmediate(() => void commitWaiting(db));
		}
		queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
	});
}

async function commitWaiting(db: Db) {
	const jobs = waiting.get(db) ?? [];
	waiting.delete(db);
	for (let i = 0; i < jobs.length; i += MOST_PER_COMMIT) await commitTogether(db, jobs.slice(i, i + MOST_PER_COMMIT));
}

async function commitTogether(db: Db, jobs: Job[]) {
	if (jobs.length === 1) {
		const [job] = jobs as [Job];
		await db.transaction().execute(job.work).then(job.resolve, job.reject);
		return;
	}
	const outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[] = [];
	try {
		await db.transaction().execute(async (trx) => {
			for (const job of jobs) {
				await sql`savepoint grouped`.execute(trx);
				try {
					const value = await job.work(trx);
					await sql`release grouped`.execute(trx);
					outcomes.push({ ok: true, value });
				} catch (error) {
					// When SQLite ended the whole transaction itself (a full disk), there is no savepoint to
					// go back to: the group fails, with this error as its cause.
					if (storageFailure(error)) throw error;
					await sql`rollback to grouped`.execute(trx);
					await sql`release grouped`.execute(trx);
					outcomes.push({ ok: false, error });
				}
			}
		});
	} catch (error) {
		// Nothing was committed: every write in the group fails, and none was acknowledged.
		for (const job of jobs) job.reject(error);
		return;
	}
	jobs.forEach((job, i) => {
		const outcome = outcomes[i]!;
		if (outcome.ok) job.resolve(outcome.value);
		else job.reject(outcome.error);
	});
}
