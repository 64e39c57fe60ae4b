// Validates every built-in module, or the module JSON files named, and prints a report; exits non-zero on
// any problem. npm run content:check [-- <file.json> …]
import { readFileSync } from 'node:fs';
import { formatProblem } from '../src/lib/content/load';
import { parseModuleJsonText } from '../src/lib/content/module-json';
import { describeModule } from '../src/lib/content/summary';
import { builtinModuleFiles } from '../src/lib/server/modules/sources';

const named = process.argv.slice(2);
const files = named.length > 0 ? named.map((file) => ({ file, text: readFileSync(file, 'utf8') })) : builtinModuleFiles;

let failed = 0;
for (const { file, text } of files) {
	const { module, problems } = parseModuleJsonText(text);
	if (!module) {
		failed++;
		console.error(`✗ ${file}: ${problems.length} problem(s)`);
		for (const p of problems) console.error(`  - ${formatProblem(p)}${p.path ? ` (at ${p.path})` : ''}`);
		continue;
	}
	const d = describeModule(module);
	const perSkill = Object.entries(d.perSkill).map(([skill, n]) => `${skill} ${n}`).join(', ');
	const perKind = Object.entries(d.perKind).map(([kind, n]) => `${kind} ${n}`).join(', ');
	console.log(`✓ ${module.slug} (version ${module.version})`);
	console.log(`  ${d.questions} questions — ${perSkill}`);
	console.log(`  kinds: ${perKind}`);
	console.log(
		`  facts: ${module.events.length} events, ${module.relations.length} relations, ${module.figures.length} figures, ` +
			`${module.sources.length} sources, ${module.attributions.length} attributions, ${module.wording.length} wording, ` +
			`${module.timeWords.length} time words; ${d.evidence} passages resolved`
	);
}
console.log(`${files.length - failed} of ${files.length} module(s) valid`);
process.exit(failed === 0 ? 0 : 1);
