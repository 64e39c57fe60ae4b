import type { LayoutServerLoad } from './$types';

// Only the name reaches the page: the header needs nothing else.
export const load = (({ locals }) => {
	return {
		teacher: locals.teacher ? { name: locals.teacher.name } : null,
		student: locals.student ? { name: locals.student.name, className: locals.student.className } : null
	};
}) satisfies LayoutServerLoad;
