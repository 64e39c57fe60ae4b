import { error, json } from '@sveltejs/kit';
import { requireTeacherApi } from '$lib/server/auth/guard';
import { readJson } from '$lib/server/http';
import { hintFor } from '$lib/server/quiz';
import { previewModuleApi } from '../preview.server';
import type { RequestHandler } from './$types';

/** One hint of the draft, when the preview asks for it. */
export const POST: RequestHandler = async ({ locals, params, request }) => {
	const module = await previewModuleApi(requireTeacherApi(locals).id, params.id);
	const hint = hintFor(module, await readJson(request));
	if (!hint.ok) error(hint.status, hint.message);
	return json(hint.result, { headers: { 'cache-control': 'no-store' } });
};
