import { error, json } from '@sveltejs/kit';
import { requireTeacherApi } from '$lib/server/auth/guard';
import { readJson } from '$lib/server/http';
import { roundSummary } from '$lib/server/quiz';
import { previewModuleApi } from '../preview.server';
import type { RequestHandler } from './$types';

/** The told/happened picture and the source map of a finished preview round. */
export const POST: RequestHandler = async ({ locals, params, request }) => {
	const module = await previewModuleApi(requireTeacherApi(locals).id, params.id);
	const summary = roundSummary(module, await readJson(request));
	if (!summary.ok) error(summary.status, summary.message);
	return json(summary.result, { headers: { 'cache-control': 'no-store' } });
};
