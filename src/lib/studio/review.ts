import type { ModuleJson } from '$lib/content/module-json';
import { QUESTION_KIND_LABELS } from '$lib/content/types';
import { FACT_TABLES, rowTitle, type Row } from './facts';
import type { FactTable } from './model';

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

/** One item still marked as drafted, as the review lists it: where it stands and how it reads. */
export type DraftedItem = { table: FactTable | 'questions'; index: number; text: string };

const shorten = (text: string, max = 80) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/** Every item still marked as drafted: the questions in order, then each fact table's rows in order. */
export function draftedItems(json: ModuleJson): DraftedItem[] {
	const questions = json.questions.flatMap((q, index) =>
		q.draft ? [{ table: 'questions' as const, index, text: `Question ${index + 1} (${q.id}), ${QUESTION_KIND_LABELS[q.kind].toLowerCase()}: ${shorten(q.stem)}` }] : []
	);
	const facts = FACT_TABLES.flatMap((spec) =>
		(json.facts[spec.table] as unknown as Row[]).flatMap((row, index) => {
			if (!row.draft) return [];
			const noun = spec.noun[0]!.toUpperCase() + spec.noun.slice(1);
			const name = spec.hasId && row.id ? `${noun} ${String(row.id)}` : `${noun} ${index + 1}`;
			return [{ table: spec.table, index, text: `${name}: ${shorten(rowTitle(spec, row))}` }];
		})
	);
	return [...questions, ...facts];
}
