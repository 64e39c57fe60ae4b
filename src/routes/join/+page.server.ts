import { fail, redirect } from '@sveltejs/kit';
import { getAssignmentByCode } from '$lib/server/assignments';
import { UNKNOWN_CODE } from '$lib/server/attempts';
import { database } from '$lib/server/db';
import { normaliseCode } from '$lib/server/join-code';
import type { Actions } from './$types';

export const actions = {
	code: async ({ request }) => {
		const raw = (await request.formData()).get('code');
		// Echoed back into the field, so bounded.
		const code = typeof raw === 'string' ? raw.slice(0, 64) : '';
		const normalised = normaliseCode(code);
		if (normalised === '') return fail(400, { code, message: 'Enter the code your teacher gave you.' });
		const assignment = await getAssignmentByCode(await database(), normalised);
		if (!assignment) return fail(404, { code, message: UNKNOWN_CODE });
		redirect(303, `/join/${normalised}`);
	}
} satisfies Actions;
