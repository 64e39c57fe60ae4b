import { error, json } from '@sveltejs/kit';
import type { ModuleJson } from '$lib/content/module-json';
import { requireTeacherApi } from '$lib/server/auth/guard';
import { isDraft, readDraftBody } from '../../body.server';
import { saveDraft } from '../../studio.server';
import type { RequestHandler } from './$types';

/**
 * Saves the draft if it is still at the revision the studio edited; otherwise 409 with the draft as it
 * is now, so the studio can ask the teacher what to do. Nothing is overwritten silently.
 */
export const PUT: RequestHandler = async ({ locals, params, request }) => {
	const teacher = requireTeacherApi(locals);
	const body = await readDraftBody(request);
	const { baseRevision, draft } = body;
	if (!Number.isInteger(baseRevision) || !isDraft(draft)) error(400, 'The draft could not be read.');
	const saved = await saveDraft(teacher.id, params.id, draft as unknown as ModuleJson, baseRevision as number);
	const headers = { 'cache-control': 'no-store' };
	if (saved.ok) return json({ revision: saved.revision }, { headers });
	return json(
		{ message: 'This draft was changed in another tab or on another device.', draft: saved.conflict.draft, revision: saved.conflict.revision },
		{ status: 409, headers }
	);
};
