import type { LayoutServerLoad } from './$types';

// Only the name reaches the page: the header needs nothing else.
export const load = (({ locals }) => {
	return { teacher: locals.teacher ? { name: locals.teacher.name } : null };
}) satisfies LayoutServerLoad;
