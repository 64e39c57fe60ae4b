import { error, json } from '@sveltejs/kit';
import { requireTeacherApi } from '$lib/server/auth/guard';
import { readJson } from '$lib/server/http';
import { checkAnswer } from '$lib/server/quiz';
import { previewModuleApi } from '../preview.server';
import type { RequestHandler } from './$types';

/** Grades one answer of the preview against the draft, as the module's own endpoint grades a published module. */
export const POST: RequestHandler = async ({ locals, params, request }) => {
	const module = await previewModuleApi(requireTeacherApi(locals).id, params.id);
	const checked = checkAnswer(module, await readJson(request));
	if (!checked.ok) error(checked.status, checked.message);
	return json(checked.result, { headers: { 'cache-control': 'no-store' } });
};
