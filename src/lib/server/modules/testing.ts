import type { Db, Engine } from '../db';
import { freshDatabase } from '../db/testing';
import { modules } from './index';
import { seedBuiltIns } from './store';

/**
 * A new database with these teachers (`{ id, name }`, email `<name>@school.test`) and the built-in modules
 * seeded at `now`: the set-up of the module store's tests.
 */
export async function storeWithTeachers(
	engine: Engine,
	teachers: readonly { id: string; name: string }[],
	now: number
): Promise<{ db: Db; drop: () => Promise<void> }> {
	const { db, drop } = await freshDatabase(engine);
	for (const { id, name } of teachers) {
		await db.insertInto('teachers').values({ id, email: `${name}@school.test`, name, password_hash: 'x', created_at: now }).execute();
	}
	await seedBuiltIns(db, modules, now);
	return { db, drop };
}
