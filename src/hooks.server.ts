import type { Handle } from '@sveltejs/kit';
// Loading the modules here validates every one of them as the server starts: a broken quote stops the
// start-up with its name, rather than a learner's page later.
import '$lib/server/modules';

/** Headers OWASP recommends for every response; the CSP itself comes from svelte.config.js. */
export const handle: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
	response.headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
	return response;
};
