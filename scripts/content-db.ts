// The database the app uses, for the content commands: the same environment variables as the server
// (DATABASE_URL for PostgreSQL, otherwise the SQLite file at DATABASE_PATH, default ./data/sourced.db),
// migrated and with the built-in modules stored, as at the server's start.
import { configFromEnv, openDatabase, type Db } from '../src/lib/server/db';
import { seedBuiltIns } from '../src/lib/server/modules/store';

export async function appDatabase(env: Record<string, string | undefined> = process.env): Promise<Db> {
	const db = await openDatabase(configFromEnv(env));
	await seedBuiltIns(db);
	return db;
}

/** `--name value` from the arguments, and the arguments left. */
export function option(args: string[], name: string): { value: string | undefined; rest: string[] } {
	const at = args.indexOf(name);
	if (at < 0) return { value: undefined, rest: args };
	return { value: args[at + 1], rest: [...args.slice(0, at), ...args.slice(at + 2)] };
}
