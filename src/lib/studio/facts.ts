import { ATTRIBUTION_FORMS, WORDING_KINDS, type Evidence } from '$lib/content/types';
import { idFromLabel } from './ids';
import type { FactTable, ModuleJson } from './model';

/** How one field of a fact-table row is edited. */
export type FactField =
	| { key: string; label: string; type: 'id' }
	| { key: string; label: string; type: 'text' | 'textarea'; optional?: boolean; hint?: string }
	| { key: string; label: string; type: 'select'; options: readonly { value: string; label: string }[]; none?: string }
	| { key: string; label: string; type: 'ref' | 'refs'; table: FactTable; none?: string; hint?: string }
	| { key: string; label: string; type: 'cite' | 'cites' }
	| { key: string; label: string; type: 'figure-value' };

export type FactTableSpec = {
	table: FactTable;
	/** The heading of the table. */
	title: string;
	/** What one row is called, as the checks name it ("event", "time word"). */
	noun: string;
	/** What the table holds, in a line. */
	hint: string;
	/** Whether rows have ids (relations have none). */
	hasId: boolean;
	/** The field an id is made from, and the row's title in the list. */
	titleOf: (row: Row) => string;
	fields: FactField[];
	blank: () => Row;
};

export type Row = Record<string, unknown>;

const options = (values: readonly string[], labels: Record<string, string> = {}) =>
	values.map((value) => ({ value, label: labels[value] ?? value.replace(/-/g, ' ') }));
export const noPassage = (): Evidence => ({ quote: '', start: 0, end: 0 });
const quoteOf = (row: Row) => (row.cite as Evidence | undefined)?.quote ?? '';

export const FACT_TABLES: readonly FactTableSpec[] = [
	{
		table: 'events',
		title: 'Events',
		noun: 'event',
		hint: 'What happened or is planned, cited where the story first tells it.',
		hasId: true,
		titleOf: (r) => String(r.label ?? ''),
		fields: [
			{ key: 'label', label: 'Label (a learner orders these)', type: 'text' },
			{ key: 'id', label: 'Id', type: 'id' },
			{ key: 'status', label: 'Status', type: 'select', options: options(['past', 'planned'], { past: 'Happened', planned: 'Planned at the time of writing' }) },
			{ key: 'when', label: 'When, in the story’s own words', type: 'text', optional: true },
			{ key: 'cite', label: 'Where the story first tells it', type: 'cite' },
			{ key: 'otherMentions', label: 'Later mention', type: 'cites' }
		],
		blank: () => ({ id: '', label: '', cite: noPassage(), status: 'past' })
	},
	{
		table: 'relations',
		title: 'Order of events',
		noun: 'relation',
		hint: 'One event happened before another, as the cited words establish.',
		hasId: false,
		titleOf: (r) => `${r.before || '…'} before ${r.after || '…'}`,
		fields: [
			{ key: 'before', label: 'This event', type: 'ref', table: 'events', none: 'Choose an event…' },
			{ key: 'after', label: 'happened before this event', type: 'ref', table: 'events', none: 'Choose an event…' },
			{ key: 'cite', label: 'Words that establish the order', type: 'cite' },
			{ key: 'reason', label: 'Why the words establish it', type: 'textarea' }
		],
		blank: () => ({ before: '', after: '', cite: noPassage(), reason: '' })
	},
	{
		table: 'figures',
		title: 'Figures',
		noun: 'figure',
		hint: 'Counts, dates, times and years the story gives.',
		hasId: true,
		titleOf: (r) => String(r.counts ?? ''),
		fields: [
			{ key: 'counts', label: 'What it counts or marks', type: 'text' },
			{ key: 'id', label: 'Id', type: 'id' },
			{ key: 'kind', label: 'Kind', type: 'select', options: options(['count', 'date', 'time', 'year']) },
			{ key: 'value', label: 'Value', type: 'figure-value' },
			{ key: 'unit', label: 'Unit', type: 'text', optional: true, hint: 'For counts: “people”, “positions”.' },
			{ key: 'cite', label: 'Where the story gives it', type: 'cite' },
			{ key: 'derivedFrom', label: 'Follows from these figures (not printed as such)', type: 'refs', table: 'figures' }
		],
		blank: () => ({ id: '', kind: 'count', value: 0, counts: '', cite: noPassage() })
	},
	{
		table: 'sources',
		title: 'Sources',
		noun: 'source',
		hint: 'Who can stand behind a claim: named people and institutions, anonymous people.',
		hasId: true,
		titleOf: (r) => String(r.name ?? ''),
		fields: [
			{ key: 'name', label: 'Name, as the story gives it', type: 'text' },
			{ key: 'id', label: 'Id', type: 'id' },
			{ key: 'role', label: 'Role', type: 'text' },
			{
				key: 'kind',
				label: 'Kind',
				type: 'select',
				options: options(['named-person', 'named-institution', 'anonymous-person'])
			}
		],
		blank: () => ({ id: '', name: '', role: '', kind: 'named-person' })
	},
	{
		table: 'attributions',
		title: 'Attributions',
		noun: 'attribution',
		hint: 'Who is said to have said what, and in what form of words.',
		hasId: true,
		titleOf: (r) => String(r.claim ?? ''),
		fields: [
			{ key: 'claim', label: 'The claim, in a learner’s words', type: 'text' },
			{ key: 'id', label: 'Id', type: 'id' },
			{ key: 'source', label: 'Source', type: 'ref', table: 'sources', none: 'No source: the reporter’s own voice' },
			{ key: 'form', label: 'Form of words', type: 'select', options: options(ATTRIBUTION_FORMS) },
			{ key: 'channel', label: 'How it reached the reporter', type: 'text', optional: true },
			{ key: 'note', label: 'Note on a judgement call', type: 'textarea', optional: true },
			{ key: 'cite', label: 'The words in the story', type: 'cite' }
		],
		blank: () => ({ id: '', claim: '', form: 'direct-quote', cite: noPassage() })
	},
	{
		table: 'wording',
		title: 'Wording',
		noun: 'wording',
		hint: 'The reporter’s words that shift how a claim reads: distancing, endorsing, loaded words, insertions in brackets.',
		hasId: true,
		titleOf: quoteOf,
		fields: [
			{ key: 'cite', label: 'The words', type: 'cite' },
			{ key: 'id', label: 'Id', type: 'id' },
			{ key: 'kind', label: 'Kind', type: 'select', options: options(WORDING_KINDS) },
			{ key: 'frames', label: 'The attribution it frames', type: 'ref', table: 'attributions', none: 'None' },
			{ key: 'effect', label: 'What the words do to the claim', type: 'textarea' }
		],
		blank: () => ({ id: '', cite: noPassage(), kind: 'distancing', effect: '' })
	},
	{
		table: 'timeWords',
		title: 'Time words',
		noun: 'time word',
		hint: 'Relative time words (“on Monday”, “later”) anchored to a date or to earlier events, or why they cannot be.',
		hasId: true,
		titleOf: quoteOf,
		fields: [
			{ key: 'cite', label: 'The words', type: 'cite' },
			{ key: 'id', label: 'Id', type: 'id' },
			{ key: 'event', label: 'The event they date', type: 'ref', table: 'events', none: 'Choose an event…' },
			{ key: 'date', label: 'The date they stand for (YYYY-MM-DD)', type: 'text', optional: true },
			{ key: 'after', label: 'Events they place it after', type: 'refs', table: 'events' },
			{ key: 'reason', label: 'How they are anchored, or why they cannot be', type: 'textarea' }
		],
		blank: () => ({ id: '', cite: noPassage(), event: '', reason: '' })
	}
];

export const tableSpec = (table: FactTable) => FACT_TABLES.find((t) => t.table === table)!;

/** A row's display name and id, for lists and options: "Engineers inspect the bridge". */
export function rowTitle(spec: FactTableSpec, row: Row): string {
	return spec.titleOf(row).trim() || (spec.hasId && row.id ? String(row.id) : `New ${spec.noun}`);
}

/** A fresh id for a row of a table, from its title. */
export function newFactId(module: ModuleJson, table: FactTable, title: string, except?: Row): string {
	const spec = tableSpec(table);
	const taken = (module.facts[table] as Row[]).filter((r) => r !== except).map((r) => String(r.id));
	return idFromLabel(title, taken, spec.noun.replace(/ /g, '-'));
}

/** A place naming rows by id; `anyTable` when it may name rows of every table (a question's `facts`). */
type Reference = { where: string; get: () => string[]; set: (ids: string[]) => void; anyTable?: true };

/** Every place in the module that names a row of `table` by id, with how to read and rewrite it. */
function references(m: ModuleJson, table: FactTable): Reference[] {
	const refs: Reference[] = [];
	const one = (where: string, obj: Row, key: string) =>
		refs.push({
			where,
			get: () => (typeof obj[key] === 'string' ? [obj[key] as string] : []),
			set: ([id]) => (obj[key] = id)
		});
	const many = (where: string, obj: Row, key: string) =>
		refs.push({ where, get: () => (Array.isArray(obj[key]) ? (obj[key] as string[]) : []), set: (ids) => (obj[key] = ids) });
	const f = m.facts;
	if (table === 'events') {
		f.relations.forEach((r, i) => {
			const where = `relation ${i + 1} (${r.before} before ${r.after})`;
			one(where, r, 'before');
			one(where, r, 'after');
		});
		for (const t of f.timeWords) {
			one(`time word ${t.id}`, t, 'event');
			many(`time word ${t.id}`, t, 'after');
		}
		for (const q of m.questions) {
			if (q.kind === 'ordering') {
				many(`question ${q.id}`, q, 'items');
				many(`question ${q.id}`, q, 'answer');
			}
		}
	}
	if (table === 'figures') for (const x of f.figures) many(`figure ${x.id}`, x, 'derivedFrom');
	if (table === 'sources') for (const a of f.attributions) one(`attribution ${a.id}`, a, 'source');
	if (table === 'attributions') for (const w of f.wording) one(`wording ${w.id}`, w, 'frames');
	if (table !== 'relations') {
		for (const q of m.questions) {
			many(`question ${q.id}`, q, 'facts');
			refs[refs.length - 1]!.anyTable = true;
		}
	}
	return refs;
}

/** The places that refer to a row by its id ("question q7", "relation 2 (a before b)"), each named once. */
export function usesOf(m: ModuleJson, table: FactTable, id: string): string[] {
	const where = references(m, table)
		.filter((r) => r.get().includes(id))
		.map((r) => r.where);
	return [...new Set(where)];
}

/** The tables with a row of this id (relations have none): what a question's `facts` entry may stand for. */
function tablesWithId(m: ModuleJson, id: string): FactTable[] {
	return (Object.keys(m.facts) as FactTable[]).filter((t) => t !== 'relations' && (m.facts[t] as unknown as Row[]).some((row) => row.id === id));
}

/**
 * Renames a row's id and every reference to it, in place. A question's `facts` names rows of every table,
 * and ids are unique only within a table: where another table has a row of the old id, the question keeps
 * the old id for that row beside the new one.
 */
export function renameFact(m: ModuleJson, table: FactTable, row: Row, to: string): void {
	const from = row.id;
	if (from === to) return;
	if (typeof from === 'string' && from !== '') {
		const elsewhere = tablesWithId(m, from).some((t) => t !== table);
		for (const r of references(m, table)) {
			const ids = r.get();
			if (!ids.includes(from)) continue;
			r.set(r.anyTable && elsewhere ? [...new Set(ids.flatMap((id) => (id === from ? [to, from] : [id])))] : ids.map((id) => (id === from ? to : id)));
		}
	}
	row.id = to;
}

/**
 * Rewrites every reference in the module by the maps (old id → new id, per table), each place once, so a
 * map may send one id to another that a second map also renames. A question's `facts` names rows of every
 * table, and ids are unique only within a table: an id there stands for every row that has it, so it
 * becomes each table's new id for it, and stays as well where a table's row keeps it (one table's row
 * renamed, another's of the same id not). Nothing it named is dropped or sent to one table's row alone.
 */
export function remapIds(m: ModuleJson, maps: Partial<Record<FactTable, ReadonlyMap<string, string>>>): void {
	const entries = Object.entries(maps) as [FactTable, ReadonlyMap<string, string>][];
	for (const [table, map] of entries) {
		for (const r of references(m, table)) {
			const ids = r.get();
			if (!r.anyTable && ids.some((id) => map.has(id))) r.set(ids.map((id) => map.get(id) ?? id));
		}
	}
	const kept = (id: string) => tablesWithId(m, id).some((t) => !maps[t]?.has(id));
	const targets = (id: string) => {
		const to = entries.filter(([, map]) => map.has(id)).map(([, map]) => map.get(id)!);
		return to.length === 0 || kept(id) ? [...to, id] : to;
	};
	for (const q of m.questions) if (q.facts) q.facts = [...new Set(q.facts.flatMap(targets))];
}
