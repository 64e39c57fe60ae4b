import { draftModule } from '$lib/drafting/draft';
import type { ModuleJson } from '$lib/content/module-json';
import { LIMITS } from '$lib/content/module-json';
import { MAX_DRAFT_BYTES } from '$lib/content/story-limits';
import { FACT_TABLES, remapIds, type Row } from '$lib/studio/facts';
import { uniqueId } from '$lib/studio/ids';
import type { FactTable } from '$lib/studio/model';
import type { Db } from '$lib/server/db';
import * as store from '$lib/server/modules/store';

export type Drafted = { ok: true; json: ModuleJson; messages: string[] } | { ok: false; problems: string[] };

type Run = { ok: true; drafted: ModuleJson; messages: string[] } | { ok: false; why: 'failed' | 'misread' | 'nothing'; messages: string[] };

/** Runs the drafter on the module's own story text; what it drafts cites that text or nothing is kept. */
function runDrafter(json: ModuleJson): Run {
	const result = draftModule(json.story.text, { published: json.story.publishedISO, slug: json.slug });
	if (!result.json) return { ok: false, why: 'failed', messages: result.messages };
	if (result.json.story.text !== json.story.text) return { ok: false, why: 'misread', messages: [] };
	if (result.json.questions.length === 0) return { ok: false, why: 'nothing', messages: result.messages };
	return { ok: true, drafted: result.json, messages: result.messages };
}

/**
 * Drafts facts and questions for a started module from its own story text: each drafted row and question
 * carries `draft: { rule, confidence }` until the teacher accepts it. The story the teacher started with is
 * kept as it is; a draft that would cite another text is refused, like one the drafter cannot make.
 */
export function draftInto(json: ModuleJson): Drafted {
	const run = runDrafter(json);
	if (run.ok) return { ok: true, json: { ...json, facts: run.drafted.facts, questions: run.drafted.questions }, messages: run.messages };
	if (run.why === 'failed') {
		return {
			ok: false,
			problems: [
				'The drafter could not draft questions from this story, so no module was started. Untick “Draft questions” to start it empty, or change the text.',
				...run.messages
			]
		};
	}
	if (run.why === 'misread') {
		return { ok: false, problems: ['The drafter read this story differently from the studio, so nothing it drafted could be cited. Untick “Draft questions” to start the module empty.'] };
	}
	return { ok: false, problems: ['The drafter found nothing in this story to ask about. Untick “Draft questions” to start the module empty and write the questions yourself.', ...run.messages] };
}

export type Counts = { facts: number; questions: number };
export type Merged = {
	json: ModuleJson;
	/** What was added, and what was left out because the module already had it. */
	added: Counts;
	skipped: Counts;
	/** Drafted ids changed because the module already used them. */
	renamed: number;
};

const ID_TABLES = FACT_TABLES.filter((t) => t.hasId).map((t) => t.table);
const spanKey = (c: unknown) => {
	const e = c as { start?: unknown; end?: unknown } | undefined;
	return typeof e?.start === 'number' && typeof e.end === 'number' && e.end > e.start ? `${e.start}:${e.end}` : null;
};
/** What makes a row the same fact as another of its table: the passage it cites; a source has none, so its name. */
const rowKey = (table: FactTable, row: Row) => (table === 'sources' ? `name:${String(row.name ?? '').trim().toLowerCase()}` : spanKey(row.cite));
/** A question is already there when one of its kind cites the same passages about the same facts (its wording may have been edited since). */
const questionKey = (q: ModuleJson['questions'][number]) => `${q.kind}|${q.evidence.map(spanKey).join(',')}|${(q.facts ?? []).join(',')}`;

/**
 * Adds what the drafter wrote to a module, never changing what is there: drafted rows that cite the same
 * passage as a row of their table (a source: of the same name) are not added, and what referred to them
 * refers to the module's row instead; a drafted id the module already uses (in any table, since a
 * question's `facts` names rows of every table) is renamed with its references; a drafted question of a
 * kind, passages and facts the module already asks about is not added. Drafted items keep their marks.
 */
export function mergeDrafted(existing: ModuleJson, drafted: ModuleJson): Merged {
	const json = structuredClone(existing);
	const d = structuredClone(drafted);
	const facts = (m: ModuleJson, table: FactTable) => m.facts[table] as unknown as Row[];
	const existingIds = new Set(ID_TABLES.flatMap((t) => facts(json, t).map((r) => String(r.id))));
	const taken = new Set([...existingIds, ...json.questions.map((q) => q.id), ...ID_TABLES.flatMap((t) => facts(d, t).map((r) => String(r.id))), ...d.questions.map((q) => q.id)]);
	const added: Counts = { facts: 0, questions: 0 };
	const skipped: Counts = { facts: 0, questions: 0 };
	let renamed = 0;

	const maps: Partial<Record<FactTable, Map<string, string>>> = {};
	const kept: Partial<Record<FactTable, Row[]>> = {};
	for (const table of ID_TABLES) {
		const map = (maps[table] = new Map());
		const known = new Map<string, string>();
		for (const row of facts(json, table)) {
			const key = rowKey(table, row);
			if (key && !known.has(key)) known.set(key, String(row.id));
		}
		kept[table] = [];
		for (const row of facts(d, table)) {
			const id = String(row.id);
			const key = rowKey(table, row);
			const same = key ? known.get(key) : undefined;
			if (same !== undefined) {
				map.set(id, same);
				skipped.facts++;
				continue;
			}
			if (existingIds.has(id)) {
				const fresh = uniqueId(id, taken);
				taken.add(fresh);
				map.set(id, fresh);
				row.id = fresh;
				renamed++;
			}
			kept[table].push(row);
		}
	}
	// What referred to a drafted row now names the module's row it repeats, or the new id of one renamed.
	remapIds(d, maps);

	// Relations have no id: one is already there when the module orders the same two events.
	const ordered = new Set(json.facts.relations.map((r) => `${r.before}>${r.after}`));
	const relations = d.facts.relations.filter((r) => {
		const key = `${r.before}>${r.after}`;
		// Two drafted events may both be one of the module's: their order is then no relation at all.
		if (ordered.has(key) || r.before === r.after) return (skipped.facts++, false);
		ordered.add(key);
		return true;
	});

	for (const table of ID_TABLES) {
		facts(json, table).push(...kept[table]!);
		added.facts += kept[table]!.length;
	}
	json.facts.relations.push(...relations);
	added.facts += relations.length;

	// Against the module's questions only: two drafted questions may ask different things from the same facts.
	const asked = new Set(json.questions.map(questionKey));
	const questionIds = new Set(json.questions.map((q) => q.id));
	for (const q of d.questions) {
		const key = questionKey(q);
		if (asked.has(key)) {
			skipped.questions++;
			continue;
		}
		if (questionIds.has(q.id)) {
			q.id = uniqueId(q.id, taken);
			taken.add(q.id);
			renamed++;
		}
		json.questions.push(q);
		added.questions++;
	}
	return { json, added, skipped, renamed };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export type DraftedMore =
	/** `text`: the merged module as the JSON text it is stored as. */
	| ({ ok: true; message: string; messages: string[]; text: string } & Merged)
	/** Nothing changed: why, with the drafter's own notes. */
	| { ok: false; status: 400 | 413; message: string; problems: string[] };

/**
 * Drafts from the story of a module the teacher has been editing and adds what is new to it (see
 * `mergeDrafted`). Nothing new is a success that adds nothing: the message says so.
 */
export function draftMore(existing: ModuleJson): DraftedMore {
	if (!existing.story.text.trim()) {
		return { ok: false, status: 400, message: 'The story is empty, so there is nothing to draft from. Add the story’s text first.', problems: [] };
	}
	const run = runDrafter(existing);
	if (!run.ok) {
		const message =
			run.why === 'failed'
				? 'The drafter could not read this story, so nothing was drafted and the module is as it was.'
				: run.why === 'misread'
					? 'The drafter read this story’s text differently from the studio, so nothing it drafted could be cited. The module is as it was.'
					: 'The drafter found nothing in this story to ask about. The module is as it was: write the questions yourself.';
		return { ok: false, status: 400, message, problems: run.messages };
	}
	const merged = mergeDrafted(existing, run.drafted);
	const { added, skipped } = merged;
	if (merged.json.questions.length > LIMITS.questions || Object.values(merged.json.facts).some((rows) => rows.length > LIMITS.factRows)) {
		return {
			ok: false,
			status: 413,
			message: `With what the drafter wrote the module would have more than ${LIMITS.questions} questions or ${LIMITS.factRows} rows in a table. Delete some first; the module is as it was.`,
			problems: []
		};
	}
	const text = JSON.stringify(merged.json);
	if (new TextEncoder().encode(text).length > MAX_DRAFT_BYTES) {
		return { ok: false, status: 413, message: 'With what the drafter wrote the module would be too large to save (over 512 kB). The module is as it was.', problems: [] };
	}
	let message: string;
	if (added.facts + added.questions === 0) {
		message = `Nothing new: everything the drafter found (${plural(skipped.questions, 'question')} and ${plural(skipped.facts, 'fact')}) is in the module already. Nothing was changed.`;
	} else {
		message = `Drafted ${plural(added.questions, 'question')} and ${plural(added.facts, 'fact')}; review them below.`;
		if (skipped.facts + skipped.questions > 0) message += ` ${plural(skipped.facts + skipped.questions, 'item')} already in the module ${skipped.facts + skipped.questions === 1 ? 'was' : 'were'} left out.`;
		if (merged.renamed > 0) message += ` ${plural(merged.renamed, 'drafted id')} ${merged.renamed === 1 ? 'was' : 'were'} changed, as the module already used ${merged.renamed === 1 ? 'it' : 'them'}.`;
	}
	return { ok: true, message, messages: run.messages, text, ...merged };
}

export type DraftedIntoStored =
	| { status: 200; message: string; added: Counts; skipped: Counts; revision: number; draft: ModuleJson | null }
	| { status: 409; message: string; draft: ModuleJson; revision: number }
	| { status: 400 | 404 | 413; message: string; problems: string[] };

const CHANGED = 'This draft was changed in another tab or on another device: nothing was drafted.';

/**
 * "Draft questions" on a module being edited: drafts from its story as stored at `baseRevision` and saves
 * the module with what is new as the next revision. A draft saved since (another tab) is a 409 with that
 * draft, as a save would be; nothing new saves nothing (`draft: null`, the revision unchanged).
 */
export async function draftIntoStored(db: Db, teacher: { id: string }, id: string, baseRevision: number): Promise<DraftedIntoStored> {
	const stored = await store.getDraft(db, teacher, id);
	if (!stored) return { status: 404, message: 'There is no module of yours with that address.', problems: [] };
	const json = stored.json as ModuleJson;
	if (stored.revision !== baseRevision) return { status: 409, message: CHANGED, draft: json, revision: stored.revision };
	const more = draftMore(json);
	if (!more.ok) return { status: more.status, message: more.message, problems: more.problems };
	const { added, skipped } = more;
	if (added.facts + added.questions === 0) return { status: 200, message: more.message, added, skipped, revision: stored.revision, draft: null };
	const saved = await store.saveDraft(db, teacher, id, more.json, baseRevision, { text: more.text });
	if (saved.ok) return { status: 200, message: more.message, added, skipped, revision: saved.revision, draft: more.json };
	if ('conflict' in saved) return { status: 409, message: CHANGED, draft: saved.conflict.json as ModuleJson, revision: saved.conflict.revision };
	return { status: saved.status === 404 ? 404 : saved.status === 413 ? 413 : 400, message: saved.message, problems: [] };
}
