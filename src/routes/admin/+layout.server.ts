import { requireAdmin } from '$lib/server/auth/guard';
import type { LayoutServerLoad } from './$types';

// Every action here checks for itself too (a form action runs without this load).
export const load = (({ locals }) => {
	requireAdmin(locals);
}) satisfies LayoutServerLoad;
