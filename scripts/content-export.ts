// Prints a module as its canonical JSON (the format it is stored and imported in):
// npm run content:export -- <slug> [--version N]
// A built-in's current content is read from its file; any other module, and any numbered version, from the
// app's database (the same environment variables as the server).
import { serializeModule } from '../src/lib/content/module-json';
import { findModule, modules } from '../src/lib/server/modules';
import { exportVersion } from '../src/lib/server/modules/store';
import { appDatabase, option } from './content-db';

const USAGE = 'Usage: npm run content:export -- <slug> [--version N]';

// The built-ins are loaded (and checked: a broken one stops the command, naming its problems) on import.
const builtinSlugs = () => modules.map((m) => m.slug);

async function main(argv: string[]): Promise<number> {
	const version = option(argv, '--version');
	const [slug, ...extra] = version.rest;
	const number = version.value === undefined ? undefined : /^[1-9]\d{0,8}$/.test(version.value) ? Number(version.value) : NaN;
	if (!slug || extra.length > 0 || Number.isNaN(number) || (argv.includes('--version') && number === undefined)) {
		console.error(`${USAGE}\nBuilt-in modules: ${builtinSlugs().join(', ')}`);
		return 2;
	}
	const builtIn = number === undefined ? findModule(slug) : undefined;
	if (builtIn) {
		process.stdout.write(serializeModule(builtIn));
		return 0;
	}
	const db = await appDatabase();
	try {
		const exported = await exportVersion(db, slug, number);
		if (!exported.ok) {
			console.error(`${exported.message}\n${USAGE}\nBuilt-in modules: ${builtinSlugs().join(', ')}`);
			return 2;
		}
		process.stdout.write(exported.content);
		return 0;
	} finally {
		await db.destroy();
	}
}

process.exitCode = await main(process.argv.slice(2));
