// Prints a module as its canonical JSON (the format it is stored and imported in): npm run content:export -- <slug>
import { formatProblem } from '../src/lib/content/load';
import { parseModuleJsonText, serializeModule } from '../src/lib/content/module-json';
import { builtinModuleFiles } from '../src/lib/server/modules/sources';

const parsed = builtinModuleFiles.map((f) => ({ file: f.file, ...parseModuleJsonText(f.text) }));
const slug = process.argv[2];
const found = parsed.find((p) => p.module?.slug === slug);
if (!slug || !found) {
	const slugs = parsed.flatMap((p) => (p.module ? [p.module.slug] : []));
	console.error(`Usage: npm run content:export -- <slug>\nModules: ${slugs.join(', ')}`);
	for (const p of parsed) if (!p.module) for (const problem of p.problems) console.error(`${p.file}: ${formatProblem(problem)}`);
	process.exit(2);
}
process.stdout.write(serializeModule(found.module!));
