import type { Handle, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { database } from '$lib/server/db';
// Loading the modules here validates every one of them as the server starts: a broken quote stops the
// start-up with its name, rather than a learner's page later.
import '$lib/server/modules';

/** Opens the database (creating and migrating it if need be) before the first request is served. */
export const init: ServerInit = async () => {
	await database();
};

/** Headers OWASP recommends for every response; the CSP itself comes from svelte.config.js. */
const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
	response.headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
	return response;
};

export const handle = sequence(securityHeaders);
