import type { ModuleJson } from '$lib/content/module-json';

/** Facts and questions still marked as drafted by the machine, i.e. not yet reviewed by a person. */
export function unreviewed(json: ModuleJson): { facts: number; questions: number } {
	const facts = Object.values(json.facts).reduce((n, rows) => n + (rows as { draft?: unknown }[]).filter((r) => r.draft).length, 0);
	return { facts, questions: json.questions.filter((q) => q.draft).length };
}

/** Why a module holding drafted items cannot be published yet, or null when none remain. */
export function unreviewedMessage(json: ModuleJson): string | null {
	const { facts, questions } = unreviewed(json);
	if (facts + questions === 0) return null;
	const parts = [questions && `${questions} drafted ${questions === 1 ? 'question' : 'questions'}`, facts && `${facts} drafted ${facts === 1 ? 'fact' : 'facts'}`].filter(Boolean);
	return `Review what the drafter wrote before publishing: ${parts.join(' and ')} not yet accepted.`;
}

/** Marks an item as reviewed: its draft mark goes. */
export function accept(item: { draft?: unknown }): void {
	delete item.draft;
}
