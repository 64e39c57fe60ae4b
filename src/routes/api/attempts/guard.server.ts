import { error, json, type Cookies } from '@sveltejs/kit';
import { heldToken } from '$lib/server/attempt-token';
import { NOT_OPEN_HERE, openAttempt, type OpenAttempt, type Refused } from '$lib/server/attempts';
import { database, type Db } from '$lib/server/db';

type Event = { request: Request; url: URL; params: { id: string }; cookies: Cookies; locals: App.Locals };

/**
 * What every attempt endpoint checks first. SvelteKit refuses cross-site form posts but not JSON, so a
 * request whose Origin names another site is refused here; then the device's attempts cookie must hold its token,
 * or the attempt be the signed-in roster student's.
 * A missing attempt and a wrong token get the same 404.
 */
export async function attemptRequest(event: Event): Promise<{ db: Db; open: OpenAttempt }> {
	const origin = event.request.headers.get('origin');
	if (origin !== null && origin !== event.url.origin) error(403, 'Answers can only be sent from this site.');
	const db = await database();
	const open = await openAttempt(db, event.params.id, heldToken(event.cookies, event.params.id), event.locals.student?.id ?? null);
	if (!open) error(404, NOT_OPEN_HERE);
	return { db, open };
}

/** Answers never go into a shared cache: they are one student's. */
export const NO_STORE = { 'cache-control': 'no-store' };

export function reply(body: unknown): Response {
	return json(body, { headers: NO_STORE });
}

export function refused(r: Refused): Response {
	return json({ message: r.message }, { status: r.status, headers: NO_STORE });
}
