import { fail, redirect } from '@sveltejs/kit';
import { getAssignmentByCode } from '$lib/server/assignments';
import { UNKNOWN_CODE } from '$lib/server/attempts';
import { database } from '$lib/server/db';
import { codeProblem, normaliseCode } from '$lib/server/join-code';
import type { Actions } from './$types';

export const actions = {
	code: async ({ request }) => {
		const raw = (await request.formData()).get('code');
		// Echoed back into the field, so bounded.
		const code = typeof raw === 'string' ? raw.slice(0, 64) : '';
		const problem = codeProblem(code);
		if (problem) return fail(400, { code, message: problem });
		const normalised = normaliseCode(code);
		const assignment = await getAssignmentByCode(await database(), normalised);
		if (!assignment) return fail(404, { code, message: UNKNOWN_CODE });
		redirect(303, `/join/${normalised}`);
	}
} satisfies Actions;
