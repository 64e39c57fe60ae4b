import { fail, redirect } from '@sveltejs/kit';
import { AssignmentInputError, createAssignment, readAssignmentForm } from '$lib/server/assignments';
import { requireTeacher } from '$lib/server/auth/guard';
import { database } from '$lib/server/db';
import { classChoices, moduleChoices } from '../../library.server';
import { blankValues, submittedValues } from '../form';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, url }) => {
	const teacher = requireTeacher(locals);
	const db = await database();
	const { choices: modules } = await moduleChoices(db, teacher.id);
	const classes = await classChoices(db, teacher.id);
	const asked = url.searchParams.get('module');
	const askedClass = classes.find((c) => c.id === url.searchParams.get('class'));
	return { modules, classes, values: blankValues(modules.find((m) => m.slug === asked) ?? modules[0], askedClass?.id) };
}) satisfies PageServerLoad;

function refused(errors: Record<string, string>, data: FormData) {
	const n = Object.keys(errors).length;
	return fail(400, {
		message: n === 1 ? 'There is a problem with the assignment.' : `There are ${n} problems with the assignment.`,
		errors,
		values: submittedValues(data)
	});
}

export const actions = {
	create: async ({ locals, request }) => {
		const teacher = requireTeacher(locals);
		const data = await request.formData();
		const db = await database();
		const read = readAssignmentForm(data, (await moduleChoices(db, teacher.id)).lookup);
		if (!read.ok) return refused(read.errors, data);
		let assignment;
		try {
			assignment = await createAssignment(db, teacher.id, read.value);
		} catch (e) {
			if (e instanceof AssignmentInputError) return refused(e.errors, data);
			throw e;
		}
		redirect(303, `/teacher/assignments/${assignment.id}`);
	}
} satisfies Actions;
