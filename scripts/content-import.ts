// Validates a module JSON file and stores it in the app's database:
// npm run content:import -- <file.json> [--owner <email>] [--publish]
// Invalid: every problem is listed, nothing is stored, exit 1. Without --owner the module is the instance's
// own (like the built-ins: public once published); with it, the teacher's (private until they share it).
import { readFileSync } from 'node:fs';
import { formatProblem } from '../src/lib/content/load';
import { parseModuleJsonText } from '../src/lib/content/module-json';
import { normaliseEmail } from '../src/lib/server/auth/teachers';
import { importModule, problemLines } from '../src/lib/server/modules/store';
import { appDatabase, option } from './content-db';

const USAGE = 'Usage: npm run content:import -- <file.json> [--owner <email>] [--publish]';

async function main(argv: string[]): Promise<number> {
	const owner = option(argv, '--owner');
	const publish = owner.rest.includes('--publish');
	const rest = owner.rest.filter((a) => a !== '--publish');
	if (rest.length !== 1 || rest[0]!.startsWith('--') || (argv.includes('--owner') && !owner.value)) {
		console.error(USAGE);
		return 2;
	}
	const file = rest[0]!;
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch (e) {
		console.error(`${file}: cannot be read (${(e as Error).message}).`);
		return 1;
	}
	// Checked before the database is opened: an invalid file touches nothing.
	const parsed = parseModuleJsonText(text);
	if (!parsed.module) {
		console.error(`✗ ${file}: ${parsed.problems.length} problem(s); nothing was stored.`);
		for (const p of parsed.problems) console.error(`  - ${formatProblem(p)}${p.path ? ` (at ${p.path})` : ''}`);
		return 1;
	}
	const db = await appDatabase();
	try {
		let ownerId: string | null = null;
		if (owner.value) {
			const email = normaliseEmail(owner.value);
			const teacher = await db.selectFrom('teachers').select(['id', 'status']).where('email', '=', email).executeTakeFirst();
			if (!teacher || teacher.status !== 'active') {
				console.error(`✗ There is no active teacher account with the email ${email}; nothing was stored.`);
				return 1;
			}
			ownerId = teacher.id;
		}
		const stored = await importModule(db, JSON.parse(text), { ownerId, publish });
		if (!stored.ok) {
			console.error(`✗ ${file}: nothing was stored.`);
			for (const line of problemLines(stored)) console.error(`  - ${line}`);
			return 1;
		}
		console.log(`✓ ${stored.slug}: ${stored.created ? 'stored as a new module' : 'stored as the new draft of the module'}${owner.value ? ` owned by ${normaliseEmail(owner.value)}` : ''}.`);
		if (stored.published) console.log(`  ${stored.published.message} Version hash ${stored.published.version.hash}.`);
		else console.log('  Not published: run again with --publish, or publish it in the studio.');
		return 0;
	} finally {
		await db.destroy();
	}
}

process.exitCode = await main(process.argv.slice(2));
