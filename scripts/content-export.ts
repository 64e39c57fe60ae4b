// Prints a module as versioned JSON: npm run content:export -- <slug>
import { exportModule } from '../src/lib/content/export';
import { checkModule, formatProblem } from '../src/lib/content/load';
import { moduleSources } from '../src/lib/server/modules/sources';

const slug = process.argv[2];
const source = moduleSources.find((s) => s.slug === slug);
if (!slug || !source) {
	console.error(`Usage: npm run content:export -- <slug>\nModules: ${moduleSources.map((s) => s.slug).join(', ')}`);
	process.exit(2);
}
const { module, problems } = checkModule(source);
if (!module) {
	for (const p of problems) console.error(formatProblem(p));
	process.exit(1);
}
process.stdout.write(JSON.stringify(exportModule(module), null, 2) + '\n');
