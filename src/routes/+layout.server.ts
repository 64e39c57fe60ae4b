import type { LayoutServerLoad } from './$types';

// Only the name and whether to offer the administrators' page reach the page: the header needs nothing else.
export const load = (({ locals }) => {
	return {
		teacher: locals.teacher ? { name: locals.teacher.name, admin: locals.teacher.role === 'admin' } : null,
		student: locals.student ? { name: locals.student.name, className: locals.student.className } : null
	};
}) satisfies LayoutServerLoad;
