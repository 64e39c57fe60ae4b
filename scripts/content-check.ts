// Validates every built-in module and prints a report; exits non-zero on any problem.
import { checkModule, formatProblem } from '../src/lib/content/load';
import { moduleSources } from '../src/lib/server/modules/sources';
import { describeModule } from '../src/lib/content/summary';

let failed = 0;
for (const source of moduleSources) {
	const { module, problems } = checkModule(source);
	if (!module) {
		failed++;
		console.error(`✗ ${source.slug}: ${problems.length} problem(s)`);
		for (const p of problems) console.error(`  - ${formatProblem(p)}`);
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
console.log(`${moduleSources.length - failed} of ${moduleSources.length} module(s) valid`);
process.exit(failed === 0 ? 0 : 1);
