import { error } from '@sveltejs/kit';
import { parseModuleJson, type ModuleJson } from '$lib/content/module-json';
import type { ContentProblem } from '$lib/content/load';

/**
 * What the studio's pages ask of the module store, in the studio's terms: every call names the teacher,
 * and a module that is not theirs is a 404 (never a 403: another teacher's private module does not exist
 * for them). Interim in-memory store until the database store lands.
 */

export type Visibility = 'private' | 'teachers' | 'public';
export type VersionRow = { id: string; number: number; hash: string; publishedAt: number };
export type StudioModule = {
	id: string;
	slug: string;
	title: string;
	visibility: Visibility;
	draft: ModuleJson;
	revision: number;
	/** The draft revision last published, null before the first. */
	publishedRevision: number | null;
	versions: VersionRow[];
	updatedAt: number;
};
export type SaveResult = { ok: true; revision: number } | { ok: false; conflict: { draft: ModuleJson; revision: number } };
export type PublishResult =
	| { ok: true; version: VersionRow; created: boolean }
	| { ok: false; problems: ContentProblem[] };

type Row = StudioModule & { owner: string };
const rows = new Map<string, Row>();

export async function listMine(teacherId: string): Promise<StudioModule[]> {
	return [...rows.values()].filter((r) => r.owner === teacherId).sort((a, b) => b.updatedAt - a.updatedAt);
}

export async function createModule(teacherId: string, json: ModuleJson): Promise<{ id: string }> {
	const id = crypto.randomUUID();
	let slug = json.slug;
	for (let n = 2; [...rows.values()].some((r) => r.slug === slug); n++) slug = `${json.slug}-${n}`;
	rows.set(id, {
		id,
		owner: teacherId,
		slug,
		title: json.title,
		visibility: 'private',
		draft: { ...json, slug },
		revision: 1,
		publishedRevision: null,
		versions: [],
		updatedAt: Date.now()
	});
	return { id };
}

/** The teacher's own module, or a 404. */
export async function mine(teacherId: string, id: string): Promise<StudioModule> {
	const row = rows.get(id);
	if (!row || row.owner !== teacherId) error(404, 'There is no module of yours with that address.');
	return row;
}

export async function saveDraft(teacherId: string, id: string, json: ModuleJson, baseRevision: number): Promise<SaveResult> {
	const row = (await mine(teacherId, id)) as Row;
	if (row.revision !== baseRevision) return { ok: false, conflict: { draft: row.draft, revision: row.revision } };
	row.draft = { ...json, slug: row.slug };
	row.title = json.title;
	row.revision++;
	row.updatedAt = Date.now();
	return { ok: true, revision: row.revision };
}

export async function publish(teacherId: string, id: string): Promise<PublishResult> {
	const row = (await mine(teacherId, id)) as Row;
	const parsed = parseModuleJson(row.draft);
	if (!parsed.json || parsed.problems.length) return { ok: false, problems: parsed.problems };
	const text = JSON.stringify(row.draft);
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
	const hash = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
	const last = row.versions.at(-1);
	if (last?.hash === hash) return { ok: true, version: last, created: false };
	const version = { id: crypto.randomUUID(), number: row.versions.length + 1, hash, publishedAt: Date.now() };
	row.versions.push(version);
	row.publishedRevision = row.revision;
	return { ok: true, version, created: true };
}

export async function publicAllowed(): Promise<boolean> {
	return false;
}

export async function setVisibility(teacherId: string, id: string, visibility: Visibility): Promise<{ ok: true } | { ok: false; message: string }> {
	const row = (await mine(teacherId, id)) as Row;
	if (visibility === 'public' && !(await publicAllowed())) {
		return { ok: false, message: 'This site’s administrator has not allowed teachers to make modules public.' };
	}
	row.visibility = visibility;
	return { ok: true };
}
