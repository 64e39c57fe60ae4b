import { joinUrl, ownAssignment, qrSvg } from '../assignment.server';
import type { PageServerLoad } from './$types';

// A page to project: nothing on it needs JavaScript.
export const csr = false;

export const load = (async ({ locals, params, url }) => {
	const { assignment } = await ownAssignment(locals, params.id);
	const link = joinUrl(url.origin, assignment.code);
	return { id: assignment.id, title: assignment.title, code: assignment.code, joinUrl: link, qr: qrSvg(link) };
}) satisfies PageServerLoad;
