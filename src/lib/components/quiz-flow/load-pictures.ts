/**
 * The story's pictures (the timeline, the source map) are drawn only from a server's reply: a checked
 * answer's result or a finished round's overview. So they load when such a request is sent, not with the
 * round: a learner who is answering (or only skipping) never fetches them, and whenever they are needed the
 * connection has just worked. One import, shared; a failed one is tried again next time.
 */
let pictures: Promise<typeof import('./Pictures.svelte')> | undefined;

export function loadPictures() {
	return (pictures ??= import('./Pictures.svelte').catch((error: unknown) => {
		pictures = undefined;
		throw error;
	}));
}

/** Whether a reply has a picture to draw: a timeline of two or more events, or a source. */
export const hasPictures = (timeline: readonly unknown[] = [], sources: readonly unknown[] = []) => timeline.length > 1 || sources.length > 0;
