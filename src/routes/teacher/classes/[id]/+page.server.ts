import { fail, redirect } from '@sveltejs/kit';
import { addStudents, removeStudent } from '$lib/server/classes';
import { ownClass, rosterInput } from '../class.server';
import type { Actions, PageServerLoad } from './$types';

type AddRefusal = { message: string; errors: Record<string, string>; problems: string[]; values: { names: string } };
const refuseAdd = (r: AddRefusal) => fail(400, { action: 'add' as const, ...r });

export const load = (async ({ locals, params, url }) => {
	const { db, cls } = await ownClass(locals, params.id);
	const assignments = await db
		.selectFrom('assignments')
		.select(['id', 'title', 'code'])
		.where('class_id', '=', cls.id)
		.orderBy('created_at', 'desc')
		.execute();
	return {
		cls: { id: cls.id, name: cls.name, code: cls.code, students: cls.students },
		signInUrl: `${url.origin}/student`,
		assignments
	};
}) satisfies PageServerLoad;

export const actions = {
	add: async ({ locals, params, request }) => {
		const { db, teacherId, cls } = await ownClass(locals, params.id);
		const data = await request.formData();
		const pasted = data.get('names');
		const values = { names: typeof pasted === 'string' ? pasted.slice(0, 20_000) : '' };
		const input = await rosterInput(data);
		if (!input.ok) return refuseAdd({ message: input.message, errors: { [input.field]: input.message }, problems: [], values });
		if (input.text.trim() === '') {
			const message = 'Paste the names to add, one per line, or choose a CSV file.';
			return refuseAdd({ message, errors: { names: message }, problems: [], values });
		}
		const read = await addStudents(db, teacherId, cls.id, input);
		if (read && !read.ok) {
			const field = input.csv ? 'file' : 'names';
			const message = read.problems.length === 1 ? read.problems[0]! : `${read.problems.length} rows need a change: nothing was added.`;
			return refuseAdd({ message, errors: { [field]: message }, problems: read.problems, values });
		}
		return { action: 'add' as const, added: read?.ok ? read.names.length : 0 };
	},
	/** Asks first; removes when the second button sends `confirm=yes`. */
	remove: async ({ locals, params, request }) => {
		const { db, teacherId, cls } = await ownClass(locals, params.id);
		const data = await request.formData();
		const studentId = String(data.get('student') ?? '');
		const student = cls.students.find((s) => s.id === studentId);
		if (!student) return fail(404, { action: 'remove' as const, message: 'That student is not on this class’s roster.' });
		if (data.get('confirm') !== 'yes') return { action: 'remove' as const, confirmRemove: { id: student.id, name: student.name } };
		await removeStudent(db, teacherId, cls.id, student.id);
		redirect(303, `/teacher/classes/${cls.id}`);
	}
} satisfies Actions;
