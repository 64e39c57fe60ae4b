import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { deleteSessionCookie, SESSION_COOKIE, setSessionCookie, validateSession } from '$lib/server/auth/session';
import { env } from '$env/dynamic/private';
import { STUDENT_COOKIE, validateStudentSession } from '$lib/server/classes';
import { database, storageFailure } from '$lib/server/db';
import { everyResponseHeaders, setOnEveryResponse } from '$lib/server/headers';
// Loading the modules here validates every one of them as the server starts: a broken quote stops the
// start-up with its name, rather than a learner's page later.
import { modules } from '$lib/server/modules';
import { publicVersion, seedBuiltIns } from '$lib/server/modules/store';
import { withoutCrossAnswers } from '$lib/server/leaks';

/** Opens the database (creating and migrating it if need be) before the first request is served. */
export const init: ServerInit = async () => {
	// Before the first request, so the built files under /_app get them too.
	setOnEveryResponse(everyResponseHeaders(env.ORIGIN));
	// The built-in modules are stored as published versions (a new one when their content changed).
	const db = await database();
	await seedBuiltIns(db, modules);
	// Which questions an attempt with feedback after each answer may draw together: graded pair by pair
	// once, here, rather than in the first student's join. Attempts draw from the stored version (the
	// cached module `loadVersion` returns), so that is the module warmed, not the file's.
	for (const m of modules) {
		const version = await publicVersion(db, m.slug);
		if (version) withoutCrossAnswers(version.module);
	}
};

/** Headers OWASP recommends for every response; the CSP itself comes from svelte.config.js. */
const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	for (const [name, value] of Object.entries(everyResponseHeaders(env.ORIGIN))) response.headers.set(name, value);
	response.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
	response.headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
	return response;
};

/**
 * Reads the session cookie into `event.locals.teacher` (null for students and visitors), sends the
 * cookie again when the session was extended, and removes a cookie whose session is gone.
 */
const handleSession: Handle = async ({ event, resolve }) => {
	event.locals.teacher = null;
	const token = event.cookies.get(SESSION_COOKIE);
	if (token) {
		const session = await validateSession(await database(), token);
		if (!session) {
			deleteSessionCookie(event);
		} else {
			event.locals.teacher = session.teacher;
			if (session.renewed) setSessionCookie(event, token, session.expiresAt);
		}
	}
	return resolve(event);
};

/** Reads a roster student's session cookie into `event.locals.student`; a cookie whose session ended is removed. */
const handleStudent: Handle = async ({ event, resolve }) => {
	event.locals.student = null;
	const token = event.cookies.get(STUDENT_COOKIE);
	if (token) {
		event.locals.student = await validateStudentSession(await database(), token);
		if (!event.locals.student) event.cookies.delete(STUDENT_COOKIE, { path: '/' });
	}
	return resolve(event);
};

export const handle = sequence(securityHeaders, handleSession, handleStudent);

/** What a student's page shows when the storage fails; the page keeps the answer and sends it again. */
const STORAGE_FAILED = 'Not saved: the server cannot write to its storage just now. Your answer is kept and will be sent again.';

/**
 * An unexpected error: logged with its cause. When it is the storage failing (a full disk), the log says
 * so in plain words (not the error a failed rollback would have left) and the learner is told their
 * answer was not saved and will be retried.
 */
export const handleError: HandleServerError = ({ error, event, message }) => {
	const failure = storageFailure(error);
	if (failure) {
		console.error(`Storage failure on ${event.request.method} ${event.url.pathname}: ${failure}`);
		return { message: STORAGE_FAILED };
	}
	console.error(error);
	return { message };
};
