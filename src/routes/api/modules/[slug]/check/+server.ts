import { error, json } from '@sveltejs/kit';
import { readJson } from '$lib/server/http';
import { checkAnswer } from '$lib/server/quiz';
import { practiceModule } from '../practice.server';
import type { RequestHandler } from './$types';

/** Grades one answer; only now does the browser receive the key, the explanation and its evidence. */
export const POST: RequestHandler = async (event) => {
	const module = await practiceModule(event);
	const checked = checkAnswer(module, await readJson(event.request));
	if (!checked.ok) error(checked.status, checked.message);
	return json(checked.result, { headers: { 'cache-control': 'no-store' } });
};
