import { error, json } from '@sveltejs/kit';
import type { ModuleJson } from '$lib/content/module-json';
import { requireTeacherApi } from '$lib/server/auth/guard';
import { isDraft, readDraftBody } from '../../body.server';
import { createModule, mine } from '../../studio.server';
import type { RequestHandler } from './$types';

/** Keeps a draft as a new module of the same teacher: how a conflict is settled without losing either side. */
export const POST: RequestHandler = async ({ locals, params, request }) => {
	const teacher = requireTeacherApi(locals);
	const original = await mine(teacher.id, params.id);
	const { draft } = await readDraftBody(request);
	if (!isDraft(draft)) error(400, 'The draft could not be read.');
	const copy = { ...(draft as unknown as ModuleJson), slug: original.slug, title: `${String(draft.title ?? original.title)} (copy)` };
	const created = await createModule(teacher.id, copy);
	if ('message' in created) error(400, created.message);
	return json({ id: created.id }, { status: 201, headers: { 'cache-control': 'no-store' } });
};
