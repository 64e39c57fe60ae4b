import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/lib/server/db';
import { versionHash } from '../src/lib/server/modules/hash';
import { runScript, scratchFiles } from './cli-testing';

const SLUG = 'nato-russia-missions-2021';
const scratch = scratchFiles('sourced-cli');
const database = scratch.path('test.db');
const { file } = scratch;

/** Runs `npm run content:<command> -- args` against the test database, as a person would. */
const content = (command: 'import' | 'export', ...args: string[]) =>
	runScript(`content-${command}.ts`, args, { ...process.env, DATABASE_PATH: database, DATABASE_URL: '' });

async function countModules(): Promise<number> {
	const db = await openDatabase({ engine: 'sqlite', path: database });
	try {
		return Number((await db.selectFrom('modules').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
	} finally {
		await db.destroy();
	}
}

describe('content:import and content:export', () => {
	beforeAll(async () => {
		const db = await openDatabase({ engine: 'sqlite', path: database });
		await db.insertInto('teachers').values({ id: 'ana', email: 'ana@school.test', name: 'Ana', password_hash: 'x', created_at: 0 }).execute();
		await db.destroy();
	});
	afterAll(() => {
		scratch.removeAll();
		for (const suffix of ['-wal', '-shm']) rmSync(database + suffix, { force: true });
	});

	it('export → import → export is byte-identical, with the same version hash', { timeout: 120_000 }, async () => {
		const builtIn = await content('export', SLUG);
		expect(builtIn.code).toBe(0);
		const copy = builtIn.stdout.replace(`"slug": "${SLUG}"`, '"slug": "anas-copy"');
		expect(copy).not.toBe(builtIn.stdout);

		// The built-in, exported and imported back (as the instance's own, like the built-ins): no new version.
		const back = await content('import', file('builtin.json', builtIn.stdout), '--publish');
		expect(back).toMatchObject({ code: 0, stdout: expect.stringContaining(`No changes since version 1. Version hash ${versionHash(builtIn.stdout)}.`) });
		expect((await content('export', SLUG, '--version', '1')).stdout).toBe(builtIn.stdout);

		// A teacher's copy: stored, exported, imported again and exported again, byte for byte.
		const imported = await content('import', file('copy.json', copy), '--owner', 'Ana@School.test', '--publish');
		expect(imported).toMatchObject({ code: 0 });
		expect(imported.stdout).toContain('✓ anas-copy: stored as a new module owned by ana@school.test.');
		const hash = /Published version 1\. Version hash ([0-9a-f]{64})\./.exec(imported.stdout)?.[1];
		const exported = await content('export', 'anas-copy');
		expect(exported.code).toBe(0);
		expect(versionHash(exported.stdout)).toBe(hash);
		const again = await content('import', file('again.json', exported.stdout), '--owner', 'ana@school.test', '--publish');
		expect(again.stdout).toContain(`No changes since version 1. Version hash ${hash}.`);
		expect((await content('export', 'anas-copy', '--version', '1')).stdout).toBe(exported.stdout);

		// The built-in as stored equals its file.
		expect((await content('export', SLUG, '--version', '1')).stdout).toBe(builtIn.stdout);
	});

	it('stores nothing from an invalid file, lists every problem and exits 1', { timeout: 60_000 }, async () => {
		const before = await countModules();
		const json = JSON.parse((await content('export', SLUG)).stdout);
		json.slug = 'broken-copy';
		json.questions[0].evidence[0].start += 1;
		json.questions[1].evidence[0].end += 2;
		const broken = await content('import', file('broken.json', JSON.stringify(json)), '--publish');
		expect(broken.code).toBe(1);
		expect(broken.stderr).toMatch(/✗ .*broken\.json: \d+ problem\(s\); nothing was stored\./);
		expect(broken.stderr).toContain('(at questions[0].evidence[0])');
		expect(broken.stderr).toContain('(at questions[1].evidence[0])');
		expect(await countModules()).toBe(before);

		const otherVersion = await content('import', file('v9.json', JSON.stringify({ ...json, schemaVersion: 9 })));
		expect(otherVersion.code).toBe(1);
		expect(otherVersion.stderr).toContain('schemaVersion');

		const unknownOwner = await content('import', file('ok.json', (await content('export', SLUG)).stdout.replace(`"slug": "${SLUG}"`, '"slug": "nobodys"')), '--owner', 'nobody@school.test');
		expect(unknownOwner.code).toBe(1);
		expect(unknownOwner.stderr).toContain('There is no active teacher account with the email nobody@school.test; nothing was stored.');
		expect(await countModules()).toBe(before);

		expect(await content('export', 'no-such-module')).toMatchObject({ code: 2, stderr: expect.stringContaining('There is no module at "no-such-module".') });
	});
});
