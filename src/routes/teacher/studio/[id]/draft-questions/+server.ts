import { error, json } from '@sveltejs/kit';
import { requireTeacherApi } from '$lib/server/auth/guard';
import { database } from '$lib/server/db';
import { draftIntoStored } from '$lib/server/studio/draft';
import { readDraftBody } from '../../body.server';
import type { RequestHandler } from './$types';

/**
 * "Draft questions from the story" in the editor: drafts from the story as saved at `baseRevision` and
 * saves what is new as the next revision, answering with the draft and its revision for the editor to
 * take. Like a save, a draft saved elsewhere since is a 409 with that draft; nothing is overwritten.
 */
export const POST: RequestHandler = async ({ locals, params, request }) => {
	const teacher = requireTeacherApi(locals);
	const { baseRevision } = await readDraftBody(request);
	if (!Number.isSafeInteger(baseRevision) || (baseRevision as number) < 0) error(400, 'Say which revision of the draft to draft into.');
	const result = await draftIntoStored(await database(), teacher, params.id, baseRevision as number);
	const headers = { 'cache-control': 'no-store' };
	if (result.status === 404) error(404, result.message);
	return json(result, { status: result.status, headers });
};
