import { error } from '@sveltejs/kit';
import type { ContentProblem } from '$lib/content/load';
import type { ModuleJson } from '$lib/content/types';
import { database } from '$lib/server/db';
import * as store from '$lib/server/modules/store';
import type { ModuleVisibility } from '$lib/server/modules/store';

/**
 * What the studio's pages ask of the module store, in the studio's terms: every call names the teacher,
 * and a module that is not theirs is a 404 (never a 403: another teacher's private module does not
 * exist for them).
 */

export type Visibility = ModuleVisibility;
export type VersionRow = { id: string; number: number; hash: string; publishedAt: number };
export type StudioModule = {
	id: string;
	slug: string;
	title: string;
	visibility: Visibility;
	draft: ModuleJson;
	revision: number;
	/** Whether the draft is the latest version's content (published, nothing changed since). */
	published: boolean;
	/** Newest first. */
	versions: VersionRow[];
	updatedAt: number;
};
export type SaveResult = { ok: true; revision: number } | { ok: false; conflict: { draft: ModuleJson; revision: number } };
export type PublishResult = { ok: true; version: VersionRow; created: boolean } | { ok: false; message: string; problems: ContentProblem[] };

const notFound = (): never => error(404, 'There is no module of yours with that address.');

export async function listMine(teacherId: string) {
	return store.listOwnModules(await database(), { id: teacherId });
}

/**
 * Stores a new module for the teacher. Its slug comes from the headline; when another module has it,
 * a number is added ("-2", "-3" …) rather than refusing the teacher's story.
 */
export async function createModule(teacherId: string, json: ModuleJson): Promise<{ id: string } | { message: string }> {
	const db = await database();
	const base = json.slug.replace(/-\d+$/, '') || 'story';
	for (let n = 1; n <= 50; n++) {
		const slug = n === 1 ? json.slug : `${base.slice(0, 70)}-${n}`;
		const created = await store.createModule(db, { id: teacherId }, { ...json, slug });
		if (created.ok) return { id: created.module.id };
		if (created.status !== 409) return { message: created.message };
	}
	return { message: 'There are already many modules with this headline: change the headline, then try again.' };
}

/** The teacher's own module with its draft, or a 404. */
export async function mine(teacherId: string, id: string): Promise<StudioModule> {
	const own = await store.getOwnModule(await database(), { id: teacherId }, id);
	if (!own) return notFound();
	const { module: info, draft } = own;
	return {
		id: info.id,
		slug: info.slug,
		title: info.title,
		visibility: info.visibility,
		draft: draft.json as ModuleJson,
		revision: draft.revision,
		published: info.versions.length > 0 && !info.unpublishedChanges,
		versions: info.versions.map((v) => ({ id: v.id, number: v.number, hash: v.hash, publishedAt: v.publishedAt })),
		updatedAt: info.updatedAt
	};
}

export async function saveDraft(teacherId: string, id: string, json: ModuleJson, baseRevision: number): Promise<SaveResult> {
	const saved = await store.saveDraft(await database(), { id: teacherId }, id, json, baseRevision);
	if (saved.ok) return { ok: true, revision: saved.revision };
	if ('conflict' in saved) return { ok: false, conflict: { draft: saved.conflict.json as ModuleJson, revision: saved.conflict.revision } };
	if (saved.status === 404) notFound();
	error(saved.status, saved.message);
}

export async function publish(teacherId: string, id: string): Promise<PublishResult> {
	const published = await store.publishModule(await database(), { id: teacherId }, id);
	if (published.ok) {
		const { id: versionId, number, hash, publishedAt } = published.version;
		return { ok: true, version: { id: versionId, number, hash, publishedAt }, created: published.created };
	}
	if (published.status === 404) notFound();
	return { ok: false, message: published.message, problems: published.problems ?? [] };
}

export async function publicAllowed(): Promise<boolean> {
	return store.publicModulesAllowed(await database());
}

export async function setVisibility(teacherId: string, id: string, visibility: Visibility): Promise<{ ok: true } | { ok: false; message: string }> {
	const changed = await store.setVisibility(await database(), { id: teacherId }, id, visibility);
	if (changed.ok) return changed;
	if (changed.status === 404) notFound();
	return { ok: false, message: changed.message };
}
