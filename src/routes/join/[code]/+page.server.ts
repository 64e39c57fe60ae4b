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
	deviceAttempts,
	drawQuestions,
	effectiveClose,
	nameTakenElsewhere,
	readDisplayName,
	sameNameMessage,
	startAttempt,
	UNKNOWN_CODE
} from '$lib/server/attempts';
import { database } from '$lib/server/db';
import { withoutCrossAnswers } from '$lib/server/leaks';
import { findModule } from '$lib/server/modules';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ params, cookies }) => {
	const db = await database();
	const assignment = await getAssignmentByCode(db, params.code);
	const module = assignment && findModule(assignment.moduleSlug);
	if (!assignment || !module) error(404, UNKNOWN_CODE);
	if (assignment.code !== params.code) redirect(308, `/join/${assignment.code}`);
	const deviceId = cookies.get(DEVICE_COOKIE);
	const mine = isDeviceId(deviceId) ? await deviceAttempts(db, assignment.id, deviceId) : [];
	// Only an attempt whose token this browser holds can be continued from here.
	const resume = mine.findLast((a) => a.submitted_at === null && tokenMatches(heldToken(cookies, a.id), a.token_hash));
	const status = assignmentStatus(assignment, Date.now());
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
		state: status === 'open' && mine.length >= assignment.attemptsAllowed ? ('used-up' as const) : status,
		resume: resume ? { id: resume.id, displayName: resume.display_name } : null
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
	default: async ({ request, params, cookies, url }) => {
		const raw = (await request.formData()).get('name');
		// Echoed back into the field, so bounded.
		const name = typeof raw === 'string' ? raw.slice(0, 60) : '';
		const read = readDisplayName(raw ?? undefined);
		if (!read.ok) return fail(400, { name, message: read.message });
		const db = await database();
		const assignment = await getAssignmentByCode(db, params.code);
		if (!assignment) return fail(404, { name, message: UNKNOWN_CODE });
		const deviceId = deviceOf(cookies, url);
		if (await nameTakenElsewhere(db, assignment.id, read.name, deviceId)) return fail(409, { name, message: sameNameMessage(read.name) });
		const started = await startAttempt(db, {
			assignmentId: assignment.id,
			deviceId,
			displayName: read.name,
			now: Date.now()
		});
		if (!started.ok) return fail(started.status, { name, message: started.message });
		const now = Date.now();
		const end = effectiveClose(assignment.closesAt, assignment.closedAt);
		holdAttempt(cookies, url, { id: started.attempt.id, token: started.token, expiresAt: heldUntil(end, now) }, now);
		redirect(303, `/attempt/${started.attempt.id}`);
	}
} satisfies Actions;
