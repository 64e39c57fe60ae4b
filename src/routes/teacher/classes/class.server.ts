import { error } from '@sveltejs/kit';
import { requireTeacher } from '$lib/server/auth/guard';
import { getClass, ROSTER_FILE_MAX, type ClassDetail } from '$lib/server/classes';
import { database, type Db } from '$lib/server/db';

export const NOT_YOUR_CLASS = 'There is no class at this address in your account.';

/** The signed-in teacher's class named in the address, or a 404 (another teacher's is answered alike). */
export async function ownClass(locals: App.Locals, id: string): Promise<{ db: Db; teacherId: string; cls: ClassDetail }> {
	const teacher = requireTeacher(locals);
	const db = await database();
	const cls = id.length <= 64 ? await getClass(db, teacher.id, id) : null;
	if (!cls) error(404, NOT_YOUR_CLASS);
	return { db, teacherId: teacher.id, cls };
}

/**
 * The names a teacher sent: pasted in `names`, or a CSV file in `file`. Returns the text to read, or
 * why it cannot be read (both given, a file too big, or not text).
 */
export async function rosterInput(data: FormData): Promise<{ ok: true; text: string; csv: boolean } | { ok: false; field: string; message: string }> {
	const pasted = data.get('names');
	const file = data.get('file');
	const text = typeof pasted === 'string' ? pasted : '';
	const upload = file instanceof File && file.size > 0 ? file : null;
	if (upload && text.trim() !== '') {
		return { ok: false, field: 'names', message: 'Paste names or choose a file, not both.' };
	}
	if (upload) {
		if (upload.size > ROSTER_FILE_MAX) {
			return { ok: false, field: 'file', message: `The file is ${Math.ceil(upload.size / 1024)} kB; the most is ${ROSTER_FILE_MAX / 1024} kB. Save only the names as CSV.` };
		}
		const bytes = new Uint8Array(await upload.arrayBuffer());
		let content: string;
		try {
			content = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		} catch {
			return { ok: false, field: 'file', message: 'The file is not text in UTF-8. Save it from your spreadsheet as “CSV UTF-8”.' };
		}
		if (content.includes('\u0000')) return { ok: false, field: 'file', message: 'The file is not a CSV file. Save it from your spreadsheet as CSV.' };
		return { ok: true, text: content, csv: true };
	}
	return { ok: true, text: text.slice(0, ROSTER_FILE_MAX + 1), csv: false };
}
