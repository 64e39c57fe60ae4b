import { error } from '@sveltejs/kit';
import { MAX_DRAFT_BYTES } from '$lib/content/story-limits';

/** Reads a draft sent by the studio: JSON within the size limit, an object of the module format's version. */
export async function readDraftBody(request: Request): Promise<Record<string, unknown>> {
	if (!request.headers.get('content-type')?.startsWith('application/json')) error(415, 'Drafts are sent as JSON.');
	const tooLarge = (): never => error(413, 'The draft is too large to save: a module may be at most 512 kB.');
	if (Number(request.headers.get('content-length') ?? '0') > MAX_DRAFT_BYTES) tooLarge();
	const text = await request.text().catch(tooLarge);
	if (new TextEncoder().encode(text).length > MAX_DRAFT_BYTES) tooLarge();
	let body: unknown;
	try {
		body = JSON.parse(text);
	} catch {
		error(400, 'The draft could not be read. It is kept on this device; try again.');
	}
	if (typeof body !== 'object' || body === null || Array.isArray(body)) error(400, 'The draft could not be read.');
	return body as Record<string, unknown>;
}

/** A draft of the module format: an object with the schema version this site reads (its problems are for the checks). */
export function isDraft(value: unknown): value is Record<string, unknown> & { schemaVersion: 2 } {
	return typeof value === 'object' && value !== null && !Array.isArray(value) && (value as { schemaVersion?: unknown }).schemaVersion === 2;
}
