import type { DraftResult } from './draft';

/** A readable summary of a draft: what was found, and each drafted question with its rule and confidence. */
export function summarise(result: DraftResult): string {
	const m = result.module;
	if (!m) return result.messages.join('\n') + '\n';
	const lines: string[] = [];
	lines.push(`${m.title}`, `slug ${m.slug} · published ${m.story.publishedISO || 'not given'}`, '');
	lines.push(
		`Facts: ${m.events.length} events, ${m.relations.length} relations, ${m.figures.length} figures, ${m.sources.length} sources, ${m.attributions.length} attributions, ${m.wording.length} wording notes, ${m.timeWords.length} time words`
	);
	for (const s of m.sources) lines.push(`  source ${s.id}: ${s.name} (${s.kind}; ${s.role})`);
	lines.push('');
	for (const skill of ['sequence', 'numbers', 'sources'] as const) {
		const qs = m.questions.filter((q) => q.skill === skill);
		lines.push(`${skill}: ${qs.length} questions`);
		for (const q of qs) {
			const draft = q.draft ? ` [${q.draft.rule} ${q.draft.confidence.toFixed(2)}]` : '';
			lines.push(`  ${q.id} ${q.kind}${draft}: ${q.stem}`);
		}
	}
	if (result.stats.dropped.length) lines.push('', `Dropped by the content checks: ${result.stats.dropped.length}`);
	for (const d of result.stats.dropped.slice(0, 10)) lines.push(`  ${d.where}: ${d.message}`);
	if (result.messages.length) lines.push('', ...result.messages.map((s) => `note: ${s}`));
	return lines.join('\n') + '\n';
}
