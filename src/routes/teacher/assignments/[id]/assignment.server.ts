import { error } from '@sveltejs/kit';
import { renderSVG } from 'uqr';
import { getAssignment, type Assignment } from '$lib/server/assignments';
import { requireTeacher } from '$lib/server/auth/guard';
import { database, type Db } from '$lib/server/db';

export const NOT_YOURS = 'There is no assignment at this address in your account.';

/**
 * The signed-in teacher's assignment named in the address, or a 404: another teacher's assignment is
 * answered exactly as one that does not exist, so ids cannot be probed.
 */
export async function ownAssignment(locals: App.Locals, id: string): Promise<{ db: Db; teacherId: string; assignment: Assignment }> {
	const teacher = requireTeacher(locals);
	const db = await database();
	const assignment = id.length <= 64 ? await getAssignment(db, teacher.id, id) : null;
	if (!assignment) error(404, NOT_YOURS);
	return { db, teacherId: teacher.id, assignment };
}

/** Where students join: the code's page on this site. */
export function joinUrl(origin: string, code: string): string {
	return `${origin}/join/${code}`;
}

/** The join link as an inline SVG QR code, labelled for screen readers. */
export function qrSvg(link: string): string {
	// Medium error correction survives a smudged projector screen; a quiet zone of 2 modules is enough on
	// a white page.
	return renderSVG(link, { ecc: 'M', border: 2 }).replace('<svg ', '<svg role="img" aria-label="QR code for the join link" ');
}
