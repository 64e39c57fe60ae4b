import { error, fail, redirect, type Cookies } from '@sveltejs/kit';
import { assignmentStatus, getAssignmentByCode } from '$lib/server/assignments';
import {
	DEVICE_COOKIE,
	deviceCookieOptions,
	heldToken,
	heldUntil,
	holdAttempt,
	isDeviceId,
	newDeviceId,
	tokenMatches
} from '$lib/server/attempt-token';
import {
	attemptsBy,
	drawQuestions,
	effectiveClose,
	FOR_A_CLASS,
	joinLimits,
	nameTakenElsewhere,
	readDisplayName,
	sameNameMessage,
	startAttempt,
	UNKNOWN_CODE
} from '$lib/server/attempts';
import { database } from '$lib/server/db';
import { withoutCrossAnswers } from '$lib/server/leaks';
import { minutesToWait, release, take } from '$lib/server/throttle';
import { loadVersion } from '$lib/server/modules/store';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ params, cookies, locals }) => {
	const db = await database();
	const assignment = await getAssignmentByCode(db, params.code);
	const module = assignment && (await loadVersion(db, assignment.moduleVersionId))?.module;
	if (!assignment || !module) error(404, UNKNOWN_CODE);
	if (assignment.code !== params.code) redirect(308, `/join/${assignment.code}`);
	const status = assignmentStatus(assignment, Date.now());
	const rosterClass = assignment.classId
		? await db.selectFrom('classes').select(['id', 'name']).where('id', '=', assignment.classId).executeTakeFirst()
		: undefined;
	// An assignment given to a class: its students sign in, and their attempts follow them to any device.
	const student = rosterClass && locals.student?.classId === rosterClass.id ? locals.student : null;
	const deviceId = cookies.get(DEVICE_COOKIE);
	const mine = student
		? await attemptsBy(db, assignment.id, { studentId: student.id })
		: !rosterClass && isDeviceId(deviceId)
			? await attemptsBy(db, assignment.id, { deviceId })
			: [];
	// Only an attempt whose token this browser holds (or the signed-in student's) can be continued from here.
	const resume = mine.findLast(
		(a) => a.submitted_at === null && (student !== null || tokenMatches(heldToken(cookies, a.id), a.token_hash))
	);
	return {
		code: assignment.code,
		title: assignment.title,
		moduleTitle: module.title,
		questionCount: drawQuestions(assignment.feedback === 'each' ? withoutCrossAnswers(module) : module, { skills: assignment.skills, count: assignment.questionCount, shuffle: false }).length,
		feedback: assignment.feedback,
		timeLimitMinutes: assignment.timeLimitMinutes,
		opensAt: assignment.opensAt,
		closesAt: effectiveClose(assignment.closesAt, assignment.closedAt),
		attemptsAllowed: assignment.attemptsAllowed,
		attemptsUsed: mine.length,
		state:
			rosterClass && !student
				? ('sign-in' as const)
				: status === 'open' && mine.length >= assignment.attemptsAllowed
					? ('used-up' as const)
					: status,
		resume: resume ? { id: resume.id, displayName: resume.display_name } : null,
		/** For a class: its name and the signed-in student's; null for the anonymous, low-stakes mode. */
		roster: rosterClass ? { className: rosterClass.name, student: student ? student.name : null } : null
	};
}) satisfies PageServerLoad;

function deviceOf(cookies: Cookies, url: URL): string {
	const existing = cookies.get(DEVICE_COOKIE);
	if (isDeviceId(existing)) return existing;
	const id = newDeviceId();
	cookies.set(DEVICE_COOKIE, id, deviceCookieOptions(url));
	return id;
}

export const actions = {
	default: async ({ request, params, cookies, url, locals, getClientAddress }) => {
		const raw = (await request.formData()).get('name');
		// Echoed back into the field, so bounded.
		const name = typeof raw === 'string' ? raw.slice(0, 60) : '';
		const db = await database();
		const assignment = await getAssignmentByCode(db, params.code);
		if (!assignment) return fail(404, { name, message: UNKNOWN_CODE });
		const now = Date.now();

		if (assignment.classId) {
			const student = locals.student?.classId === assignment.classId ? locals.student : null;
			if (!student) return fail(403, { name: '', message: FOR_A_CLASS });
			const started = await startAttempt(db, {
				assignmentId: assignment.id,
				deviceId: deviceOf(cookies, url),
				displayName: student.name,
				studentId: student.id,
				now
			});
			if (started.ok) redirect(303, `/attempt/${started.attempt.id}`);
			// One in progress (started earlier, or a moment ago on another device or tab): carry on with it.
			const going = (await attemptsBy(db, assignment.id, { studentId: student.id })).find((a) => a.submitted_at === null);
			if (going) redirect(303, `/attempt/${going.id}`);
			return fail(started.status, { name: '', message: started.message });
		}

		const read = readDisplayName(raw ?? undefined);
		if (!read.ok) return fail(400, { name, message: read.message });
		const deviceId = deviceOf(cookies, url);
		if (await nameTakenElsewhere(db, assignment.id, read.name, deviceId)) return fail(409, { name, message: sameNameMessage(read.name) });
		const taken = await take(db, joinLimits(getClientAddress(), assignment.id), now);
		if (!taken.ok) {
			const minutes = minutesToWait(taken.retryAfterMs);
			return fail(429, {
				name,
				message: `Too many people have joined from this network in the last 15 minutes. Wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again, or ask your teacher.`
			});
		}
		const started = await startAttempt(db, {
			assignmentId: assignment.id,
			deviceId,
			displayName: read.name,
			now
		});
		if (!started.ok) {
			await release(db, taken.ids);
			return fail(started.status, { name, message: started.message });
		}
		const end = effectiveClose(assignment.closesAt, assignment.closedAt);
		holdAttempt(cookies, url, { id: started.attempt.id, token: started.token, expiresAt: heldUntil(end, now) }, now);
		redirect(303, `/attempt/${started.attempt.id}`);
	}
} satisfies Actions;
