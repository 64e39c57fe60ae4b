import { requireTeacher } from '$lib/server/auth/guard';
import type { LayoutServerLoad } from './$types';

// Every page here checks for itself too (a form action runs without this load); this is the backstop
// for a page that forgets.
export const load = (({ locals }) => {
	requireTeacher(locals);
}) satisfies LayoutServerLoad;
