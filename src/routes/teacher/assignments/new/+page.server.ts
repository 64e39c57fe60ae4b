import { fail, redirect } from '@sveltejs/kit';
import { createAssignment, readAssignmentForm } from '$lib/server/assignments';
import { requireTeacher } from '$lib/server/auth/guard';
import { database } from '$lib/server/db';
import { moduleChoices } from '../../library.server';
import { blankValues, submittedValues } from '../form';
import type { Actions, PageServerLoad } from './$types';

export const load = (({ locals, url }) => {
	requireTeacher(locals);
	const modules = moduleChoices();
	const asked = url.searchParams.get('module');
	return { modules, values: blankValues(modules.find((m) => m.slug === asked) ?? modules[0]) };
}) satisfies PageServerLoad;

export const actions = {
	create: async ({ locals, request }) => {
		const teacher = requireTeacher(locals);
		const data = await request.formData();
		const read = readAssignmentForm(data);
		if (!read.ok) {
			const n = Object.keys(read.errors).length;
			return fail(400, {
				message: n === 1 ? 'There is a problem with the assignment.' : `There are ${n} problems with the assignment.`,
				errors: read.errors,
				values: submittedValues(data)
			});
		}
		const assignment = await createAssignment(await database(), teacher.id, read.value);
		redirect(303, `/teacher/assignments/${assignment.id}`);
	}
} satisfies Actions;
