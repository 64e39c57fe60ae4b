import { error, redirect } from '@sveltejs/kit';
import { getRequestEvent } from '$app/server';
import type { SessionTeacher } from './session';

/** Where a teacher goes after signing in when no (safe) destination was asked for. */
export const AFTER_SIGN_IN = '/teacher';

/**
 * The path to go to after signing in: `next` when it is a path on this site, otherwise `/teacher`.
 * Refuses `//host` and `/\host` (browsers read both as another site) and anything that resolves
 * elsewhere, so the sign-in page cannot be used to send a teacher to a look-alike site.
 */
export function safeNext(next: string | null | undefined): string {
	if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return AFTER_SIGN_IN;
	if (/[\u0000-\u001f\u007f]/.test(next)) return AFTER_SIGN_IN;
	const base = 'http://sourced.invalid';
	const resolved = new URL(next, base);
	if (resolved.origin !== base) return AFTER_SIGN_IN;
	return resolved.pathname + resolved.search + resolved.hash;
}

/**
 * The signed-in teacher, for a page's load or action; otherwise a 303 to the sign-in page that comes
 * back here afterwards. `url` defaults to the current request's.
 */
export function requireTeacher(locals: App.Locals, url: URL = getRequestEvent().url): SessionTeacher {
	if (locals.teacher) return locals.teacher;
	// A form action's `?/name` is not a page to come back to.
	const search = url.search.startsWith('?/') ? '' : url.search;
	redirect(303, `/signin?next=${encodeURIComponent(url.pathname + search)}`);
}

/** The signed-in teacher, for an endpoint: otherwise 401, since a script cannot follow a sign-in page. */
export function requireTeacherApi(locals: App.Locals): SessionTeacher {
	if (locals.teacher) return locals.teacher;
	error(401, 'Sign in as a teacher to do this.');
}

/**
 * The signed-in administrator, for a page's load or action: a visitor goes to the sign-in page as for
 * `requireTeacher`, and a teacher who is not an administrator gets 403.
 */
export function requireAdmin(locals: App.Locals, url: URL = getRequestEvent().url): SessionTeacher {
	const teacher = requireTeacher(locals, url);
	if (teacher.role !== 'admin') error(403, 'Only an administrator of this site can open this page.');
	return teacher;
}
