import { fail, redirect } from '@sveltejs/kit';
import { LIMITS_TEXT } from '$lib/content/story-limits';
import { requireTeacher } from '$lib/server/auth/guard';
import { draftInto } from '$lib/server/studio/draft';
import { startModule, startValues } from '$lib/server/studio/start';
import { createModule } from '../studio.server';
import type { Actions, PageServerLoad } from './$types';

export const load = (({ locals }) => {
	requireTeacher(locals);
}) satisfies PageServerLoad;

export const actions = {
	start: async ({ locals, request }) => {
		const teacher = requireTeacher(locals);
		let data: FormData;
		try {
			data = await request.formData();
		} catch {
			// The body was over the server's limit (or cut off): nothing of it can be trusted, nothing is kept.
			return fail(413, { message: 'That is too large to send.', problems: [`It is over what this site takes in one go: ${LIMITS_TEXT}.`], values: null });
		}
		const started = await startModule(data);
		const values = { ...startValues(data), text: '', draft: data.get('draft') === 'on' };
		if (!started.ok) {
			const n = started.problems.length;
			// The pasted text goes back so nothing typed is lost, unless it was the thing too large to keep.
			values.text = values.source === 'paste' && !started.problems[0]?.startsWith('The story is too long') ? startValues(data).text : '';
			return fail(400, { message: n === 1 ? 'The module could not be started.' : `The module could not be started: ${n} problems.`, problems: started.problems, values });
		}
		let json = started.json;
		if (data.get('draft') === 'on' && values.source !== 'json') {
			const drafted = draftInto(json);
			if (!drafted.ok) {
				return fail(400, { message: 'No questions could be drafted.', problems: drafted.problems, values: { ...values, text: values.source === 'paste' ? startValues(data).text : '' } });
			}
			json = drafted.json;
		}
		const created = await createModule(teacher.id, json);
		if ('message' in created) return fail(400, { message: 'The module could not be started.', problems: [created.message], values: { ...values, text: startValues(data).text } });
		redirect(303, `/teacher/studio/${created.id}`);
	}
} satisfies Actions;
