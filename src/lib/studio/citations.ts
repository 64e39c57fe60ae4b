import type { Evidence } from '$lib/content/types';
import { FACT_TABLES, rowTitle, type Row } from './facts';
import type { FactTable, ModuleJson } from './model';

/** One cited passage of a module, where it is used, and where on the page it is edited. */
export type Citation = {
	evidence: Evidence;
	/** Its JSON path: `facts.events[0].cite`, `questions[2].evidence[1]`. */
	path: string;
	/** The item that cites it, as the checks name it: "event vote", "question q7", "relation 1". */
	owner: string;
	/** A title for the item: an event's label, a question's stem. */
	title: string;
	/** Which of the item's passages: "cite", "later mention 2", "evidence 1". */
	field: string;
	/** The id of the item's `<details>` on the page, and of the field inside it. */
	itemId: string;
	fieldId: string;
};

const FIELD_WORDS: Record<string, string> = { cite: 'passage', otherMentions: 'later mention', evidence: 'evidence' };

/**
 * Every passage the module cites, in table order then question order. An evidence question's `answer`
 * repeats its evidence and is not listed twice.
 */
export function listCitations(m: ModuleJson): Citation[] {
	const found: Citation[] = [];
	for (const spec of FACT_TABLES) {
		(m.facts[spec.table] as unknown as Row[]).forEach((row, i) => {
			const owner = spec.hasId ? `${spec.noun} ${row.id}` : `${spec.noun} ${i + 1}`;
			const itemId = `${spec.table}-${i}`;
			for (const key of ['cite', 'otherMentions'] as const) {
				const value = row[key] as Evidence | Evidence[] | undefined;
				const list = Array.isArray(value) ? value : value ? [value] : [];
				list.forEach((evidence, j) => {
					if (!evidence.quote) return;
					const many = Array.isArray(value);
					found.push({
						evidence,
						path: `facts.${spec.table}[${i}].${key}${many ? `[${j}]` : ''}`,
						owner,
						title: rowTitle(spec, row),
						field: many ? `${FIELD_WORDS[key]} ${j + 1}` : FIELD_WORDS[key]!,
						itemId,
						fieldId: `${itemId}-${key}${many ? `-${j}` : ''}`
					});
				});
			}
		});
	}
	m.questions.forEach((q, i) => {
		q.evidence.forEach((evidence, j) => {
			if (!evidence.quote) return;
			found.push({
				evidence,
				path: `questions[${i}].evidence[${j}]`,
				owner: `question ${q.id}`,
				title: q.stem,
				field: `evidence ${j + 1}`,
				itemId: `question-${i}`,
				fieldId: `question-${i}-evidence-${j}`
			});
		});
	});
	return found;
}

/** The table a citation's path belongs to, or `questions`. */
export function tableOf(c: Citation): FactTable | 'questions' {
	return c.path.startsWith('questions') ? 'questions' : (c.path.slice('facts.'.length, c.path.indexOf('[')) as FactTable);
}
