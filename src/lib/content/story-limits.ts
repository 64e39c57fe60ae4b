/**
 * How much a teacher may bring into the studio at once, checked in the browser before sending and on the
 * server again. About 15,000 words of story: far more than a news story, far less than a book pasted by
 * mistake.
 */
export const MAX_STORY_CHARS = 100_000;
/** A saved page with its scripts and styles inline can be large; a story's page is well under this. */
export const MAX_PAGE_BYTES = 5 * 1024 * 1024;
/** A module file with every field at its limit is far smaller than this. */
export const MAX_JSON_BYTES = 2 * 1024 * 1024;
/** A draft the studio saves: far smaller than this; the server's own body limit (BODY_SIZE_LIMIT, 512 kB by default) is the same. */
export const MAX_DRAFT_BYTES = 512 * 1024;

/** The limits in the words the forms use. */
export const LIMITS_TEXT = `a story may have at most ${MAX_STORY_CHARS.toLocaleString('en')} characters, a saved page ${MAX_PAGE_BYTES / 1024 / 1024} MB and a module file ${MAX_JSON_BYTES / 1024 / 1024} MB`;
