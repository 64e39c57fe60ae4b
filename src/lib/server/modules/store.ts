import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { LIMITS, parseModuleJson, serializeModule, UNDERSTOOD_SCHEMA_VERSIONS, type ModuleJson } from '$lib/content/module-json';
import { formatProblem, SLUG, type ContentProblem } from '$lib/content/load';
import type { StoryModule } from '$lib/content/types';
import { unreviewedMessage } from '$lib/studio/review';
import type { Db } from '../db';
import type { Database, ModuleRow, ModuleVersionRow, ModuleVisibility } from '../db/schema';
import { versionHash } from './hash';
import { modules as builtInModules } from './index';

/**
 * Modules stored in the database: drafts their owners edit, and published versions that never change.
 *
 * The API the teacher pages (the studio) call. Every function that takes a `teacher` checks it: a module
 * another teacher may not see answers exactly as one that does not exist (null, or status 404), so ids
 * cannot be probed. Writers return `Refused` with a message for the teacher rather than throwing, and
 * store nothing when they refuse.
 *
 * - `createModule(db, teacher, json)` → `{ ok, module: ModuleInfo }`: a new private module whose draft is
 *   `json` (a `ModuleJson`; problems allowed, the format's version and size limits not).
 * - `getModule(db, teacher, id)` / `getModuleBySlug(db, teacher, slug)` → `ModuleInfo | null`: owner,
 *   visibility, whether the draft has unpublished changes, every version (newest first).
 * - `getDraft(db, teacher, id)` → `Draft | null` (owner only): the draft JSON with its `revision`.
 * - `saveDraft(db, teacher, id, json, baseRevision)` → `{ ok, revision }`, or `{ ok: false, status: 409,
 *   conflict: Draft }` when the draft moved on since `baseRevision` (another tab), or another refusal.
 * - `publishModule(db, teacher, id)` → `{ ok, version, created, message }`: the draft becomes version N+1
 *   (`created: false`, "No changes since version N.", when it is the latest's content), or `{ ok: false,
 *   status: 400, problems }` when the checks find problems.
 * - `setVisibility(db, teacher, id, visibility)` → `{ ok }`: 'public' only when the administrator allows.
 * - `listOwnModules(db, teacher)` → `ModuleListItem[]`; `listAssignableModules(db, teacher)` →
 *   `AssignableModule[]` (each with its latest version loaded).
 * - `loadVersion(db, versionId)` → `LoadedVersion | null`: a version's `StoryModule`, cached in memory
 *   (versions are immutable). No permission check: for callers holding an assignment or attempt.
 * - `teacherVersion(db, teacher, slug, number?)`: the latest (or numbered) version a teacher may read.
 * - `publicVersion(db, slug, number?)`, `listPublicModules(db)`: what self-study serves.
 * - `publicModulesAllowed(db)`, `setPublicModulesAllowed(db, admin, on)`: the instance setting.
 * - `seedBuiltIns(db, modules)`, `importModule(db, json, options)`, `exportVersion(db, slug, number?)`.
 */

/** Who asks: a signed-in teacher (any role), by id. Students and visitors reach modules only through self-study and attempts. */
export type TeacherRef = { id: string };

export type { ModuleVisibility } from '../db/schema';
export const VISIBILITIES = ['private', 'teachers', 'public'] as const satisfies readonly ModuleVisibility[];

/** A request the store refuses, with a status and a message for the teacher. */
export type Refused = {
	ok: false;
	status: 400 | 403 | 404 | 409 | 413;
	message: string;
	/** The checks' problems, when publishing (or importing) found some. */
	problems?: ContentProblem[];
};

const refuse = (status: Refused['status'], message: string, problems?: ContentProblem[]): Refused => ({
	ok: false,
	status,
	message,
	...(problems ? { problems } : {})
});

/** The JSON format version this site stores (`ModuleJson.schemaVersion`). */
export const SCHEMA_VERSION = UNDERSTOOD_SCHEMA_VERSIONS.at(-1)!;
/** The largest module JSON, in characters (the format's own limit): a draft may not be larger either. */
export const MODULE_MAX_CHARACTERS = LIMITS.jsonCharacters;
/** The most questions a draft may hold (the format's own limit). */
export const DRAFT_MAX_QUESTIONS = LIMITS.questions;
const SLUG_MAX = LIMITS.idCharacters;
const TITLE_MAX = 200;

export const NOT_FOUND = 'There is no module with that id, or it is not yours to see.';
export const PUBLIC_NOT_ALLOWED =
	'This site’s administrator has not allowed teachers to put modules in the public self-study library. Share it with the teachers here instead, or ask them.';

/** A published version, as lists and pages show it. */
export type VersionInfo = {
	id: string;
	number: number;
	/** SHA-256 hex of its canonical JSON. */
	hash: string;
	title: string;
	publishedAt: number;
	/** The teacher who published it; null for the built-ins and imports. */
	publishedBy: string | null;
};

/** A module as its owner or another teacher who may read it sees it. */
export type ModuleInfo = {
	id: string;
	slug: string;
	/** The draft's title (the latest version's may differ until the draft is published). */
	title: string;
	visibility: ModuleVisibility;
	/** Null for the instance's own modules (the built-ins). */
	owner: { id: string; name: string } | null;
	/** Whether the asking teacher owns it (and may edit it). */
	mine: boolean;
	draftRevision: number;
	/** The draft was saved since the last publish (or was never published). */
	unpublishedChanges: boolean;
	createdAt: number;
	updatedAt: number;
	/** Newest first. */
	versions: VersionInfo[];
};

export type ModuleListItem = Omit<ModuleInfo, 'versions' | 'owner' | 'mine'> & { latest: VersionInfo | null };

/** The draft its owner edits. `json` is as last saved: parse it with `parseModuleJson` to check it. */
export type Draft = { id: string; slug: string; revision: number; json: unknown; updatedAt: number };

/** A published version loaded for the quiz: the module itself, and where it came from. */
export type LoadedVersion = VersionInfo & { moduleId: string; slug: string; module: StoryModule };

export type AssignableModule = {
	moduleId: string;
	slug: string;
	owner: { id: string; name: string } | null;
	mine: boolean;
	visibility: ModuleVisibility;
	/** The latest version: what a new assignment is pinned to. */
	latest: LoadedVersion;
};

type Executor = Kysely<Database> | Transaction<Database>;

// ---------------------------------------------------------------------------------------------------
// Checking what is stored
// ---------------------------------------------------------------------------------------------------

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The JSON text a draft is stored as, or why it cannot be stored at all: not an object, too large, another
 * format version, no usable slug, too many questions. Content problems (a quote not in the story …) are
 * allowed in a draft; publishing refuses them.
 */
function readDraftJson(json: unknown, made?: string): { ok: true; text: string; slug: string; title: string } | Refused {
	if (!isRecord(json)) return refuse(400, 'A module must be a JSON object (the format `content:export` prints).');
	if (!UNDERSTOOD_SCHEMA_VERSIONS.includes(json.schemaVersion as number)) {
		const given = typeof json.schemaVersion === 'number' || typeof json.schemaVersion === 'string' ? `format version ${String(json.schemaVersion)}` : 'no format version (schemaVersion)';
		return refuse(400, `This module has ${given}; this site reads format version ${SCHEMA_VERSION}. Export it again with this version of Sourced.`);
	}
	const slug = json.slug;
	if (typeof slug !== 'string' || slug.length > SLUG_MAX || !SLUG.test(slug)) {
		return refuse(400, `slug: a module needs a slug of 1 to ${SLUG_MAX} lower-case letters, digits and single hyphens, such as "city-budget-2025".`);
	}
	if (json.questions !== undefined && !Array.isArray(json.questions)) return refuse(400, 'questions: must be a list.');
	const questions = Array.isArray(json.questions) ? json.questions.length : 0;
	if (questions > DRAFT_MAX_QUESTIONS) {
		return refuse(413, `questions: the module has ${count(questions)} questions; a module may have at most ${count(DRAFT_MAX_QUESTIONS)}.`);
	}
	let text: string;
	try {
		text = made ?? JSON.stringify(json);
	} catch {
		return refuse(400, 'The module could not be read as JSON.');
	}
	if (text.length > MODULE_MAX_CHARACTERS) {
		return refuse(
			413,
			`The module is ${count(text.length)} characters of JSON; a module may be at most ${count(MODULE_MAX_CHARACTERS)}. Shorten the story or split it into two modules.`
		);
	}
	const title = typeof json.title === 'string' && json.title.trim() ? json.title.trim().slice(0, TITLE_MAX) : slug;
	return { ok: true, text, slug, title };
}

const count = (n: number) => n.toLocaleString('en');

/** The module a draft becomes when published, with its canonical text and hash; or every problem the checks find. */
function readPublishable(
	json: unknown
): { ok: true; draft: { text: string; slug: string; title: string }; module: StoryModule; content: string; hash: string } | Refused {
	const draft = readDraftJson(json);
	if (!draft.ok) return draft;
	const parsed = parseModuleJson(json);
	if (!parsed.module || parsed.problems.length > 0) {
		const n = parsed.problems.length;
		return refuse(400, `The module has ${n} problem${n === 1 ? '' : 's'} to fix before it can be published.`, parsed.problems);
	}
	const content = serializeModule(parsed.module);
	return { ok: true, draft, module: parsed.module, content, hash: versionHash(content) };
}

/** The problems as lines for a terminal or a log. */
export function problemLines(refused: Refused): string[] {
	return refused.problems?.length ? refused.problems.map(formatProblem) : [refused.message];
}

// ---------------------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------------------

function versionInfo(row: Pick<ModuleVersionRow, 'id' | 'number' | 'hash' | 'title' | 'published_at' | 'published_by'>): VersionInfo {
	return { id: row.id, number: row.number, hash: row.hash, title: row.title, publishedAt: row.published_at, publishedBy: row.published_by };
}

/** A teacher may read a module (its published versions) when it is theirs, the instance's, or shared. */
function mayRead(teacher: TeacherRef, row: Pick<ModuleRow, 'owner_id' | 'visibility'>): boolean {
	return row.owner_id === null || row.owner_id === teacher.id || row.visibility !== 'private';
}

async function moduleRow(db: Executor, where: { id: string } | { slug: string }): Promise<ModuleRow | undefined> {
	if ('id' in where && (typeof where.id !== 'string' || where.id.length > 64)) return undefined;
	if ('slug' in where && (typeof where.slug !== 'string' || where.slug.length > SLUG_MAX)) return undefined;
	const q = db.selectFrom('modules').selectAll();
	return ('id' in where ? q.where('id', '=', where.id) : q.where('slug', '=', where.slug)).executeTakeFirst();
}

async function versionsOf(db: Executor, moduleId: string): Promise<VersionInfo[]> {
	const rows = await db
		.selectFrom('module_versions')
		.select(['id', 'number', 'hash', 'title', 'published_at', 'published_by'])
		.where('module_id', '=', moduleId)
		.orderBy('number', 'desc')
		.execute();
	return rows.map(versionInfo);
}

async function info(db: Executor, teacher: TeacherRef, row: ModuleRow): Promise<ModuleInfo> {
	const [versions, owner] = await Promise.all([
		versionsOf(db, row.id),
		row.owner_id === null ? undefined : db.selectFrom('teachers').select(['id', 'name']).where('id', '=', row.owner_id).executeTakeFirst()
	]);
	return {
		id: row.id,
		slug: row.slug,
		title: row.title,
		visibility: row.visibility,
		owner: owner ? { id: owner.id, name: owner.name } : null,
		mine: row.owner_id === teacher.id,
		draftRevision: row.draft_revision,
		unpublishedChanges: row.published_revision !== row.draft_revision,
		createdAt: row.created_at,
		updatedAt: row.updated_at,
		versions
	};
}

/** A module the teacher may read, by id; null when there is none or it is another teacher's private module. */
export async function getModule(db: Db, teacher: TeacherRef, id: string): Promise<ModuleInfo | null> {
	const row = await moduleRow(db, { id });
	return row && mayRead(teacher, row) ? info(db, teacher, row) : null;
}

/** As `getModule`, by slug. */
export async function getModuleBySlug(db: Db, teacher: TeacherRef, slug: string): Promise<ModuleInfo | null> {
	const row = await moduleRow(db, { slug });
	return row && mayRead(teacher, row) ? info(db, teacher, row) : null;
}

/** One of the teacher's own modules with its draft, from one read of its row; null for anyone else's (and the built-ins). */
export async function getOwnModule(db: Db, teacher: TeacherRef, id: string): Promise<{ module: ModuleInfo; draft: Draft } | null> {
	const row = await moduleRow(db, { id });
	if (!row || row.owner_id !== teacher.id) return null;
	return { module: await info(db, teacher, row), draft: draftOf(row) };
}

/** The draft of one of the teacher's modules; null for anyone else's (and for the built-ins). */
export async function getDraft(db: Db, teacher: TeacherRef, id: string): Promise<Draft | null> {
	const row = await moduleRow(db, { id });
	if (!row || row.owner_id !== teacher.id) return null;
	return draftOf(row);
}

function draftOf(row: ModuleRow): Draft {
	return { id: row.id, slug: row.slug, revision: row.draft_revision, json: JSON.parse(row.draft), updatedAt: row.updated_at };
}

/** The teacher's own modules, most recently changed first, each with its latest version. */
export async function listOwnModules(db: Db, teacher: TeacherRef): Promise<ModuleListItem[]> {
	const rows = await db
		.selectFrom('modules')
		.selectAll()
		.where('owner_id', '=', teacher.id)
		.orderBy('updated_at', 'desc')
		.orderBy('id')
		.execute();
	const latest = await latestVersions(
		db,
		rows.map((r) => r.id)
	);
	return rows.map((row) => ({
		id: row.id,
		slug: row.slug,
		title: row.title,
		visibility: row.visibility,
		draftRevision: row.draft_revision,
		unpublishedChanges: row.published_revision !== row.draft_revision,
		createdAt: row.created_at,
		updatedAt: row.updated_at,
		latest: latest.get(row.id) ?? null
	}));
}

/** The latest version of each of the modules, by module id. */
async function latestVersions(db: Executor, moduleIds: string[]): Promise<Map<string, VersionInfo>> {
	if (moduleIds.length === 0) return new Map();
	const rows = await db
		.selectFrom('module_versions as v')
		.select(['v.id', 'v.module_id', 'v.number', 'v.hash', 'v.title', 'v.published_at', 'v.published_by'])
		.where('v.module_id', 'in', moduleIds)
		.where('v.number', '=', (eb) =>
			eb.selectFrom('module_versions as w').select((e) => e.fn.max('w.number').as('n')).whereRef('w.module_id', '=', 'v.module_id')
		)
		.execute();
	return new Map(rows.map((r) => [r.module_id, versionInfo(r)]));
}

/**
 * The modules a teacher may assign: published, and theirs, the instance's or shared with the teachers
 * here. The instance's first, then the teacher's own, then the others, each by title.
 */
export async function listAssignableModules(db: Db, teacher: TeacherRef): Promise<AssignableModule[]> {
	const rows = await db
		.selectFrom('modules as m')
		.innerJoin('module_versions as v', 'v.module_id', 'm.id')
		.leftJoin('teachers as t', 't.id', 'm.owner_id')
		.select(['m.id as module_id', 'm.slug', 'm.owner_id', 'm.visibility', 't.name as owner_name', 'v.id as version_id'])
		.where((eb) => eb.or([eb('m.owner_id', 'is', null), eb('m.owner_id', '=', teacher.id), eb('m.visibility', '!=', 'private')]))
		.where('v.number', '=', (eb) =>
			eb.selectFrom('module_versions as w').select((e) => e.fn.max('w.number').as('n')).whereRef('w.module_id', '=', 'm.id')
		)
		.execute();
	const loaded = await Promise.all(rows.map((r) => loadVersion(db, r.version_id)));
	const rank = (r: (typeof rows)[number]) => (r.owner_id === null ? 0 : r.owner_id === teacher.id ? 1 : 2);
	return rows
		.map((r, i) => ({ r, latest: loaded[i]! }))
		.filter((x) => x.latest !== null)
		.sort((a, b) => rank(a.r) - rank(b.r) || a.latest.title.localeCompare(b.latest.title, 'en') || a.r.slug.localeCompare(b.r.slug))
		.map(({ r, latest }) => ({
			moduleId: r.module_id,
			slug: r.slug,
			owner: r.owner_id === null ? null : { id: r.owner_id, name: r.owner_name ?? '' },
			mine: r.owner_id === teacher.id,
			visibility: r.visibility,
			latest
		}));
}

/**
 * A version the teacher may read (to preview it with its keys, or assign it): the latest, or number
 * `number`, of the module at `slug`; null when there is none or the module is another teacher's private one.
 */
export async function teacherVersion(db: Db, teacher: TeacherRef, slug: string, number?: number): Promise<LoadedVersion | null> {
	const row = await moduleRow(db, { slug });
	if (!row || !mayRead(teacher, row)) return null;
	return versionOfModule(db, row.id, number);
}

async function versionOfModule(db: Executor, moduleId: string, number?: number): Promise<LoadedVersion | null> {
	if (number !== undefined && !Number.isSafeInteger(number)) return null;
	const row = await db
		.selectFrom('module_versions')
		.select('id')
		.where('module_id', '=', moduleId)
		.$if(number !== undefined, (q) => q.where('number', '=', number!))
		.orderBy('number', 'desc')
		.limit(1)
		.executeTakeFirst();
	return row ? loadVersion(db, row.id) : null;
}

// ---------------------------------------------------------------------------------------------------
// Loading versions (cached: a version never changes)
// ---------------------------------------------------------------------------------------------------

const loaded = new Map<string, LoadedVersion>();
/** Enough for every version a busy instance serves at once; the oldest loaded is dropped past it. */
const CACHED_VERSIONS = 500;

/**
 * A published version with its module loaded, by version id; null when there is none. The module is
 * parsed once per process and kept, so the quiz's requests never parse JSON.
 */
export async function loadVersion(db: Executor, versionId: string | null | undefined): Promise<LoadedVersion | null> {
	if (typeof versionId !== 'string' || versionId.length > 64) return null;
	const hit = loaded.get(versionId);
	if (hit) return hit;
	const row = await db
		.selectFrom('module_versions as v')
		.innerJoin('modules as m', 'm.id', 'v.module_id')
		.selectAll('v')
		.select('m.slug')
		.where('v.id', '=', versionId)
		.executeTakeFirst();
	if (!row) return null;
	return remember({ ...versionInfo(row), moduleId: row.module_id, slug: row.slug, module: moduleOf(row) });
}

function remember(version: LoadedVersion): LoadedVersion {
	if (!loaded.has(version.id) && loaded.size >= CACHED_VERSIONS) loaded.delete(loaded.keys().next().value!);
	loaded.set(version.id, version);
	return version;
}

/**
 * The stored content as a module. It passed every check when it was published; should a later release
 * add a check it fails, it is still served as published (its attempts were graded on it), and the
 * failure is logged rather than hidden.
 */
function moduleOf(row: ModuleVersionRow & { slug: string }): StoryModule {
	const parsed = parseModuleJson(JSON.parse(row.content));
	if (!parsed.module) {
		throw new Error(`Version ${row.number} of module ${row.slug} no longer loads:\n${parsed.problems.map(formatProblem).join('\n')}`);
	}
	if (parsed.problems.length > 0) {
		console.warn(`Version ${row.number} of module ${row.slug} fails checks added since it was published:\n${parsed.problems.map(formatProblem).join('\n')}`);
	}
	return Object.freeze(parsed.module);
}

// ---------------------------------------------------------------------------------------------------
// Self-study: public modules
// ---------------------------------------------------------------------------------------------------

const SETTING_PUBLIC = 'teachers-may-publish-public';

/** Whether the administrator lets teachers put modules in the public self-study library (default: no). */
export async function publicModulesAllowed(db: Executor): Promise<boolean> {
	const row = await db.selectFrom('settings').select('value').where('key', '=', SETTING_PUBLIC).executeTakeFirst();
	return row?.value === 'yes';
}

/** The administrator's switch. Turning it off takes teachers' public modules out of the library at once (they stay shared with teachers). */
export async function setPublicModulesAllowed(db: Db, admin: TeacherRef, allowed: boolean, now = Date.now()): Promise<void> {
	const value = allowed ? 'yes' : 'no';
	await db
		.insertInto('settings')
		.values({ key: SETTING_PUBLIC, value, updated_at: now, updated_by: admin.id })
		.onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: now, updated_by: admin.id }))
		.execute();
}

/** In the self-study library: the instance's own modules, and teachers' public ones while the administrator allows. */
function isPublic(row: Pick<ModuleRow, 'owner_id' | 'visibility'>, allowed: boolean): boolean {
	return row.owner_id === null || (row.visibility === 'public' && allowed);
}

/**
 * What self-study serves at `slug`: the latest version, or version `number` (a quiz started before a newer
 * version was published is graded on the one it started on); null when the module is not public or
 * has no such version. Drafts are never served.
 */
export async function publicVersion(db: Db, slug: string, number?: number): Promise<LoadedVersion | null> {
	const row = await moduleRow(db, { slug });
	if (!row || !isPublic(row, row.owner_id === null || (await publicModulesAllowed(db)))) return null;
	return versionOfModule(db, row.id, number);
}

/** The self-study library: every public module's latest version, the instance's own first, then by title. */
export async function listPublicModules(db: Db): Promise<LoadedVersion[]> {
	const allowed = await publicModulesAllowed(db);
	const rows = await db
		.selectFrom('modules as m')
		.innerJoin('module_versions as v', 'v.module_id', 'm.id')
		.select(['m.owner_id', 'v.id'])
		.where((eb) => (allowed ? eb.or([eb('m.owner_id', 'is', null), eb('m.visibility', '=', 'public')]) : eb('m.owner_id', 'is', null)))
		.where('v.number', '=', (eb) =>
			eb.selectFrom('module_versions as w').select((e) => e.fn.max('w.number').as('n')).whereRef('w.module_id', '=', 'm.id')
		)
		.execute();
	const versions = await Promise.all(rows.map((r) => loadVersion(db, r.id)));
	return rows
		.map((r, i) => ({ own: r.owner_id === null ? 0 : 1, v: versions[i]! }))
		.filter((x) => x.v !== null)
		.sort((a, b) => a.own - b.own || a.v.title.localeCompare(b.v.title, 'en') || a.v.slug.localeCompare(b.v.slug))
		.map((x) => x.v);
}

// ---------------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------------

/** Slugs the built-in modules hold: a teacher's module may not take one. */
const reservedSlugs: ReadonlySet<string> = new Set(builtInModules.map((m) => m.slug));

type Created = { ok: true; module: ModuleInfo };

/**
 * A new module owned by `teacher`, private, whose draft is `json`. Refused (nothing stored) when the JSON
 * cannot be a draft, or its slug is taken.
 */
export async function createModule(db: Db, teacher: TeacherRef, json: unknown, options: { now?: number } = {}): Promise<Created | Refused> {
	const draft = readDraftJson(json);
	if (!draft.ok) return draft;
	const row = await insertModule(db, teacher.id, draft, 'private', options.now ?? Date.now());
	if (!row.ok) return row;
	return { ok: true, module: await info(db, teacher, row.row) };
}

async function insertModule(
	db: Executor,
	ownerId: string | null,
	draft: { text: string; slug: string; title: string },
	visibility: ModuleVisibility,
	now: number
): Promise<{ ok: true; row: ModuleRow } | Refused> {
	const taken = `There is already a module at "${draft.slug}": choose another slug.`;
	if (ownerId !== null && reservedSlugs.has(draft.slug)) return refuse(409, taken);
	const row: ModuleRow = {
		id: randomUUID(),
		slug: draft.slug,
		owner_id: ownerId,
		visibility,
		title: draft.title,
		draft: draft.text,
		draft_revision: 1,
		published_revision: null,
		created_at: now,
		updated_at: now
	};
	const result = await db
		.insertInto('modules')
		.values(row)
		.onConflict((oc) => oc.column('slug').doNothing())
		.executeTakeFirst();
	if (Number(result.numInsertedOrUpdatedRows ?? 0) !== 1) return refuse(409, taken);
	return { ok: true, row };
}

export type SavedDraft = { ok: true; revision: number; updatedAt: number };
export type DraftConflict = Refused & { status: 409; conflict: Draft };

export const DRAFT_CONFLICT =
	'This draft was changed in another tab or on another device since you opened it. Your changes were not saved: the other version is shown; copy what you need from yours, then save again.';

/**
 * Saves the draft of one of the teacher's modules, if it is still at `baseRevision`: a single conditional
 * write, so of two tabs saving on the same revision one wins and the other gets the conflict (with the
 * draft as it now is), never a silent overwrite. `options.text`: `JSON.stringify(json)`, when the caller
 * has made it already.
 */
export async function saveDraft(
	db: Db,
	teacher: TeacherRef,
	id: string,
	json: unknown,
	baseRevision: number,
	options: { now?: number; text?: string } = {}
): Promise<SavedDraft | DraftConflict | Refused> {
	if (typeof id !== 'string' || id.length > 64) return refuse(404, NOT_FOUND);
	// Who owns it and its slug: not the stored draft, which the write replaces.
	const row = await db.selectFrom('modules').select(['owner_id', 'slug']).where('id', '=', id).executeTakeFirst();
	if (!row || row.owner_id !== teacher.id) return refuse(404, NOT_FOUND);
	if (!Number.isSafeInteger(baseRevision) || baseRevision < 0) return refuse(400, 'Say which revision of the draft these changes were made to.');
	const draft = readDraftJson(json, options.text);
	if (!draft.ok) return draft;
	if (draft.slug !== row.slug) return refuse(400, `slug: a module's slug is fixed when it is made; this one's is "${row.slug}".`);
	const now = options.now ?? Date.now();
	const result = await db
		.updateTable('modules')
		.set({ draft: draft.text, title: draft.title, draft_revision: baseRevision + 1, updated_at: now })
		.where('id', '=', id)
		.where('owner_id', '=', teacher.id)
		.where('draft_revision', '=', baseRevision)
		.executeTakeFirst();
	if (Number(result.numUpdatedRows) === 1) return { ok: true, revision: baseRevision + 1, updatedAt: now };
	const current = await moduleRow(db, { id });
	if (!current || current.owner_id !== teacher.id) return refuse(404, NOT_FOUND);
	return { ok: false, status: 409, message: DRAFT_CONFLICT, conflict: draftOf(current) };
}

export type Published = {
	ok: true;
	version: VersionInfo;
	/** False when the draft was the latest version's content: no new version was made. */
	created: boolean;
	/** "Published version 3." or "No changes since version 2." */
	message: string;
};

/**
 * Publishes the draft of one of the teacher's modules as its next version, after every check passes.
 * The same content as the latest version makes no new version. The version, once written, never changes.
 */
export async function publishModule(db: Db, teacher: TeacherRef, id: string, options: { now?: number } = {}): Promise<Published | Refused> {
	const row = await moduleRow(db, { id });
	if (!row || row.owner_id !== teacher.id) return refuse(404, NOT_FOUND);
	const json = JSON.parse(row.draft);
	const publishable = readPublishable(json);
	if (!publishable.ok) return publishable;
	// What the drafter wrote reaches students only once a person has accepted it.
	const drafted = unreviewedMessage(json);
	if (drafted) return refuse(400, drafted);
	return db.transaction().execute((trx) => publishInto(trx, db.engine, row.id, publishable, teacher.id, options.now ?? Date.now(), row.draft_revision));
}

/** Writes the next version of a module unless its latest has this content; the module's row is locked meanwhile. */
async function publishInto(
	trx: Transaction<Database>,
	engine: Db['engine'],
	moduleId: string,
	publishable: { module: StoryModule; content: string; hash: string },
	by: string | null,
	now: number,
	/** The draft revision the content was read from; null: the draft as it is now. */
	revision: number | null = null
): Promise<Published> {
	const row = await trx
		.selectFrom('modules')
		.select(['draft_revision'])
		.where('id', '=', moduleId)
		.$if(engine === 'postgres', (q) => q.forUpdate())
		.executeTakeFirstOrThrow();
	const latest = await trx
		.selectFrom('module_versions')
		.select(['id', 'number', 'hash', 'title', 'published_at', 'published_by'])
		.where('module_id', '=', moduleId)
		.orderBy('number', 'desc')
		.limit(1)
		.executeTakeFirst();
	// A save that landed after the draft was read stays an unpublished change.
	await trx.updateTable('modules').set({ published_revision: revision ?? row.draft_revision }).where('id', '=', moduleId).execute();
	if (latest && latest.hash === publishable.hash) {
		return { ok: true, version: versionInfo(latest), created: false, message: `No changes since version ${latest.number}.` };
	}
	const version: ModuleVersionRow = {
		id: randomUUID(),
		module_id: moduleId,
		number: (latest?.number ?? 0) + 1,
		hash: publishable.hash,
		title: publishable.module.title,
		content: publishable.content,
		published_at: now,
		published_by: by
	};
	await trx.insertInto('module_versions').values(version).execute();
	return { ok: true, version: versionInfo(version), created: true, message: `Published version ${version.number}.` };
}

/** Who may see one of the teacher's modules. 'public' needs the administrator's leave. */
export async function setVisibility(db: Db, teacher: TeacherRef, id: string, visibility: ModuleVisibility): Promise<{ ok: true } | Refused> {
	const row = await moduleRow(db, { id });
	if (!row || row.owner_id !== teacher.id) return refuse(404, NOT_FOUND);
	if (!VISIBILITIES.includes(visibility)) return refuse(400, 'Choose who may see the module: only you, the teachers here, or everyone.');
	if (visibility === 'public' && !(await publicModulesAllowed(db))) return refuse(403, PUBLIC_NOT_ALLOWED);
	await db.updateTable('modules').set({ visibility }).where('id', '=', id).where('owner_id', '=', teacher.id).execute();
	return { ok: true };
}

// ---------------------------------------------------------------------------------------------------
// Built-ins, import and export
// ---------------------------------------------------------------------------------------------------

/**
 * Stores the built-in modules as published, public versions with no owner: once, then a new version
 * only when a built-in's content changes (earlier versions stay for the attempts made on them). Then
 * pins every assignment and attempt made before modules were stored to its module's version. Safe to
 * run at every start, and on several servers at once.
 */
export async function seedBuiltIns(db: Db, builtIns: readonly StoryModule[] = builtInModules, now = Date.now()): Promise<void> {
	for (const module of builtIns) {
		const content = serializeModule(module);
		const publishable = { module, content, hash: versionHash(content) };
		const seeded = await db.transaction().execute(async (trx) => {
			let row = await moduleRow(trx, { slug: module.slug });
			if (row && row.owner_id !== null) {
				console.warn(`The built-in module "${module.slug}" is not stored: a teacher's module has its slug.`);
				return null;
			}
			// The draft is stored as any draft is: JSON text without the canonical indentation.
			const draft = { text: JSON.stringify(JSON.parse(content)), slug: module.slug, title: module.title };
			if (!row) {
				const inserted = await insertModule(trx, null, draft, 'public', now);
				// Another server seeding at the same moment made it: it is theirs to finish.
				if (!inserted.ok) return null;
				row = inserted.row;
			}
			const latest = await latestVersions(trx, [row.id]);
			if (latest.get(row.id)?.hash !== publishable.hash) {
				await trx.updateTable('modules').set({ draft: draft.text, title: module.title, draft_revision: row.draft_revision + 1 }).where('id', '=', row.id).execute();
			}
			const { version } = await publishInto(trx, db.engine, row.id, publishable, null, now);
			// Made before modules were stored: pinned to the content they were answered on, as far as it is known.
			await trx
				.updateTable('assignments')
				.set({ module_version_id: version.id })
				.where('module_slug', '=', module.slug)
				.where('module_version_id', 'is', null)
				.execute();
			return { ...version, moduleId: row.id, slug: module.slug };
		});
		// The version's content is this module's (equal hashes): the quiz is served this very object, not
		// a second parse of the stored JSON, so what start-up computes for it (see withoutCrossAnswers) is used.
		if (seeded) remember({ ...seeded, module: Object.freeze(module) });
	}
	await db
		.updateTable('attempts')
		.set((eb) => ({
			module_version_id: eb.selectFrom('assignments').select('assignments.module_version_id').whereRef('assignments.id', '=', 'attempts.assignment_id')
		}))
		.where('module_version_id', 'is', null)
		.execute();
}

export type Imported = { ok: true; moduleId: string; slug: string; created: boolean; published: Published | null };

/**
 * Stores a module from JSON (the `content:import` command): every check must pass, or nothing is stored
 * and every problem is returned. A module at the same slug with the same owner (none, or the same
 * teacher) takes it as its new draft; one owned by anyone else is refused. With `publish`, the draft is
 * then published (no new version when the latest has the same content).
 */
export async function importModule(
	db: Db,
	json: unknown,
	options: { ownerId?: string | null; publish?: boolean; now?: number } = {}
): Promise<Imported | Refused> {
	const ownerId = options.ownerId ?? null;
	const now = options.now ?? Date.now();
	const publishable = readPublishable(json);
	if (!publishable.ok) return publishable;
	const drafted = options.publish ? unreviewedMessage(json as ModuleJson) : null;
	if (drafted) return refuse(400, drafted);
	const { draft } = publishable;
	return db.transaction().execute(async (trx): Promise<Imported | Refused> => {
		let row = await moduleRow(trx, { slug: draft.slug });
		let created = false;
		if (row && row.owner_id !== ownerId) {
			return refuse(409, `There is already a module at "${draft.slug}" with another owner: change the slug in the file, or import it as its owner.`);
		}
		if (row) {
			await trx.updateTable('modules').set({ draft: draft.text, title: draft.title, draft_revision: row.draft_revision + 1, updated_at: now }).where('id', '=', row.id).execute();
		} else {
			const inserted = await insertModule(trx, ownerId, draft, ownerId === null ? 'public' : 'private', now);
			if (!inserted.ok) return inserted;
			row = inserted.row;
			created = true;
		}
		const published = options.publish ? await publishInto(trx, db.engine, row.id, publishable, ownerId, now) : null;
		return { ok: true, moduleId: row.id, slug: row.slug, created, published };
	});
}

/** A stored version's canonical JSON, exactly as stored (the latest, or number `number`): what `content:export` prints. */
export async function exportVersion(db: Db, slug: string, number?: number): Promise<{ ok: true; content: string; version: VersionInfo } | Refused> {
	const row = await moduleRow(db, { slug });
	if (!row) return refuse(404, `There is no module at "${slug}".`);
	const version = await db
		.selectFrom('module_versions')
		.selectAll()
		.where('module_id', '=', row.id)
		.$if(number !== undefined, (q) => q.where('number', '=', number!))
		.orderBy('number', 'desc')
		.limit(1)
		.executeTakeFirst();
	if (!version) {
		return refuse(404, number === undefined ? `The module "${slug}" has no published version yet.` : `The module "${slug}" has no version ${number}.`);
	}
	return { ok: true, content: version.content, version: versionInfo(version) };
}
