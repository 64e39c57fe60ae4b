import { error } from '@sveltejs/kit';

/** The largest JSON body an answer endpoint reads; a real answer is well under 4 kB. */
export const MAX_BODY_BYTES = 16 * 1024;

/**
 * Reads a JSON request body with a size limit, answering 413 for an oversized body, 415 for another
 * content type and 400 for malformed JSON, each with a message a learner can act on.
 */
export async function readJson(request: Request): Promise<unknown> {
	if (!request.headers.get('content-type')?.startsWith('application/json')) {
		error(415, 'Answers are sent as JSON.');
	}
	const declared = Number(request.headers.get('content-length') ?? '0');
	if (declared > MAX_BODY_BYTES) error(413, 'That answer is too large to check.');
	const text = await request.text();
	if (new TextEncoder().encode(text).length > MAX_BODY_BYTES) error(413, 'That answer is too large to check.');
	try {
		return JSON.parse(text);
	} catch {
		error(400, 'The answer could not be read. Please try again.');
	}
}
