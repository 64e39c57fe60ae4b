import { ServerResponse } from 'node:http';

/**
 * Headers every response carries, whoever makes it. adapter-node serves the built files under /_app (and
 * /static) with sirv before SvelteKit's hooks run, and has no option for their headers; so the defaults
 * are set where every response of the process passes, as its head is written, without overriding a
 * header a handler set itself.
 */
export function everyResponseHeaders(origin: string | undefined): Record<string, string> {
	return {
		'X-Content-Type-Options': 'nosniff',
		// Only when the public origin is https: on plain http (a classroom laptop, the tests) a browser
		// ignores it anyway, and behind a proxy the origin is what users reach.
		...(origin?.startsWith('https://') ? { 'Strict-Transport-Security': 'max-age=63072000; includeSubDomains' } : {})
	};
}

const PATCHED = Symbol.for('sourced.everyResponseHeaders');

/** Sets `headers` on every response of this process that has not set them. Idempotent. */
export function setOnEveryResponse(headers: Record<string, string>): void {
	const proto = ServerResponse.prototype as ServerResponse & { [PATCHED]?: Record<string, string> };
	const already = proto[PATCHED];
	proto[PATCHED] = headers;
	if (already) return;
	const writeHead = proto.writeHead;
	proto.writeHead = function (this: ServerResponse, ...args: unknown[]) {
		for (const [name, value] of Object.entries(proto[PATCHED] ?? {})) {
			if (!this.headersSent && !this.hasHeader(name)) this.setHeader(name, value);
		}
		return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
	} as typeof proto.writeHead;
}
