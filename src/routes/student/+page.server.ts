import { fail, redirect } from '@sveltejs/kit';
import { assignmentStatus, classAssignments } from '$lib/server/assignments';
import {
	endStudentSession,
	SIGN_IN_LIMITED,
	SIGN_IN_WRONG,
	signInStudent,
	STUDENT_COOKIE
} from '$lib/server/classes';
import { database } from '$lib/server/db';
import { minutesToWait } from '$lib/server/throttle';
import type { Actions, PageServerLoad } from './$types';

/** Where to go after signing in: a join page of this site, or this page. */
function nextPath(url: URL): string {
	const next = url.searchParams.get('next') ?? '';
	return /^\/join\/[A-Za-z0-9]{1,64}$/.test(next) ? next : '/student';
}

export const load = (async ({ locals }) => {
	const student = locals.student;
	if (!student) return { student: null, assignments: [] };
	const now = Date.now();
	const list = await classAssignments(await database(), student.classId, student.id);
	return {
		student: { name: student.name, className: student.className },
		assignments: list.map((a) => ({ ...a, status: assignmentStatus(a, now) }))
	};
}) satisfies PageServerLoad;

export const actions = {
	signin: async ({ request, cookies, url, getClientAddress }) => {
		const data = await request.formData();
		const str = (key: string) => {
			const v = data.get(key);
			return typeof v === 'string' ? v.slice(0, 64) : '';
		};
		const classCode = str('classCode');
		const personalCode = str('personalCode');
		const errors: { classCode?: string; personalCode?: string } = {};
		if (!classCode.trim()) errors.classCode = 'Enter the class code from your card.';
		if (!personalCode.trim()) errors.personalCode = 'Enter your personal code from your card.';
		if (Object.keys(errors).length > 0) return fail(400, { classCode, message: Object.values(errors).join(' '), errors });
		const db = await database();
		const result = await signInStudent(db, { classCode, personalCode, address: getClientAddress() });
		if (!result.ok) {
			if (result.reason === 'limited') {
				const minutes = minutesToWait(result.retryAfterMs ?? 0);
				const message = `${SIGN_IN_LIMITED.replace('a few minutes', `${minutes} minute${minutes === 1 ? '' : 's'}`)}`;
				return fail(429, { classCode, message, errors: {} as typeof errors });
			}
			const message =
				result.reason === 'malformed'
					? 'A class code has 6 characters and a personal code 8, as on your card (letters and numbers).'
					: SIGN_IN_WRONG;
			return fail(400, { classCode, message, errors: { classCode: message, personalCode: message } });
		}
		const previous = cookies.get(STUDENT_COOKIE);
		if (previous) await endStudentSession(db, previous);
		cookies.set(STUDENT_COOKIE, result.token, {
			path: '/',
			httpOnly: true,
			sameSite: 'lax',
			secure: url.protocol === 'https:',
			expires: new Date(result.expiresAt)
		});
		redirect(303, nextPath(url));
	},
	signout: async ({ cookies }) => {
		const token = cookies.get(STUDENT_COOKIE);
		if (token) await endStudentSession(await database(), token);
		cookies.delete(STUDENT_COOKIE, { path: '/' });
		redirect(303, '/student');
	}
} satisfies Actions;
