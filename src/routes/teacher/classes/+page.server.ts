import { fail, redirect } from '@sveltejs/kit';
import { requireTeacher } from '$lib/server/auth/guard';
import { createClass, listClasses, readClassName, readRoster } from '$lib/server/classes';
import { database } from '$lib/server/db';
import { rosterInput } from './class.server';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals }) => {
	const teacher = requireTeacher(locals);
	return { classes: await listClasses(await database(), teacher.id) };
}) satisfies PageServerLoad;

export const actions = {
	create: async ({ locals, request }) => {
		const teacher = requireTeacher(locals);
		const data = await request.formData();
		const rawName = data.get('name');
		const nameText = typeof rawName === 'string' ? rawName.slice(0, 200) : '';
		const pasted = data.get('names');
		const namesText = typeof pasted === 'string' ? pasted.slice(0, 20_000) : '';
		const errors: Record<string, string> = {};
		let problems: string[] = [];
		const name = readClassName(nameText);
		if (!name.ok) errors.name = name.message;
		const input = await rosterInput(data);
		let names: string[] = [];
		if (!input.ok) errors[input.field] = input.message;
		else if (input.text.trim() !== '') {
			const read = readRoster(input);
			if (read.ok) names = read.names;
			else {
				problems = read.problems;
				errors[input.csv ? 'file' : 'names'] =
					problems.length === 1 ? problems[0]! : `${problems.length} rows need a change before the class can be made: see the list below.`;
			}
		}
		if (Object.keys(errors).length > 0) {
			const n = Object.keys(errors).length;
			return fail(400, {
				message: n === 1 ? 'There is a problem with the class.' : `There are ${n} problems with the class.`,
				errors,
				problems,
				values: { name: nameText, names: namesText }
			});
		}
		const cls = await createClass(await database(), teacher.id, (name as { name: string }).name, names);
		redirect(303, `/teacher/classes/${cls.id}`);
	}
} satisfies Actions;
