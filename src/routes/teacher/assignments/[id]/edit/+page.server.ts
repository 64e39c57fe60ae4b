import { fail, redirect } from '@sveltejs/kit';
import { AssignmentInputError, assignmentVersion, listAttempts, readAssignmentForm, updateAssignment } from '$lib/server/assignments';
import { classChoices, moduleChoices } from '../../../library.server';
import { assignmentValues, submittedValues } from '../../form';
import { ownAssignment } from '../assignment.server';
import type { Actions, PageServerLoad } from './$types';

function refused(errors: Record<string, string>, data: FormData) {
	const n = Object.keys(errors).length;
	return fail(400, {
		message: n === 1 ? 'There is a problem with the changes.' : `There are ${n} problems with the changes.`,
		errors,
		values: submittedValues(data)
	});
}

export const load = (async ({ locals, params }) => {
	const { db, teacherId, assignment } = await ownAssignment(locals, params.id);
	const attempts = (await listAttempts(db, teacherId, assignment.id)) ?? [];
	return {
		id: assignment.id,
		title: assignment.title,
		modules: (await moduleChoices(db, teacherId, await assignmentVersion(db, assignment))).choices,
		classes: await classChoices(db, teacherId),
		values: assignmentValues(assignment),
		started: attempts.length > 0
	};
}) satisfies PageServerLoad;

export const actions = {
	save: async ({ locals, params, request }) => {
		const { db, teacherId, assignment } = await ownAssignment(locals, params.id);
		const data = await request.formData();
		const read = readAssignmentForm(data, (await moduleChoices(db, teacherId, await assignmentVersion(db, assignment))).lookup);
		if (!read.ok) return refused(read.errors, data);
		try {
			await updateAssignment(db, teacherId, assignment.id, read.value);
		} catch (e) {
			if (e instanceof AssignmentInputError) return refused(e.errors, data);
			throw e;
		}
		redirect(303, `/teacher/assignments/${assignment.id}`);
	}
} satisfies Actions;
