import { MAX_PAGE_BYTES } from '$lib/content/story-limits';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/**
 * The article of a saved web page, as plain text laid out the way a pasted story is (headline,
 * standfirst, paragraphs separated by blank lines), with what the page says about its origin. The page
 * is never rendered or run: linkedom only parses it, and Readability picks out the article.
 */
export type Article = {
	text: string;
	publisher?: string;
	publishedISO?: string;
	url?: string;
};

/** Less text than this is a page with no article (an index, a login wall, an error page). */
const MIN_ARTICLE_CHARS = 200;

export type Extracted = { ok: true; article: Article } | { ok: false; problem: string };

/** Decodes the bytes as UTF-8 (or the charset the page declares), refusing a file that is not text. */
function decode(bytes: Uint8Array): string | null {
	const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
	const declared = /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
	// A NUL byte never appears in an HTML page in a single-byte or UTF-8 encoding: this is an image, an archive…
	if (bytes.subarray(0, 65536).includes(0)) return null;
	try {
		return new TextDecoder(declared && declared !== 'utf8' ? declared : 'utf-8', { fatal: true }).decode(bytes);
	} catch {
		return null;
	}
}

const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre';

/** Text of an element with its white space folded, as a reader sees it. */
const textOf = (el: { textContent: string | null }) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

export function articleFromHtml(bytes: Uint8Array): Extracted {
	if (bytes.length > MAX_PAGE_BYTES) {
		return { ok: false, problem: `The page is too large: at most ${MAX_PAGE_BYTES / 1024 / 1024} MB. Save it as “Web page, HTML only”.` };
	}
	const html = decode(bytes);
	if (html === null || !/<(?:!doctype html|html|head|body|p|div|article)\b/i.test(html)) {
		return { ok: false, problem: 'This file is not a web page. Save the story’s page from your browser as “Web page, HTML only” and upload that.' };
	}
	const { document } = parseHTML(html);
	const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content')?.trim() || undefined;
	const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || meta('meta[property="og:url"]');
	const description = meta('meta[name="description"]') ?? meta('meta[property="og:description"]');
	// Readability changes the document it reads; the page's own data were read above.
	let parsed: ReturnType<Readability<Element>['parse']>;
	try {
		parsed = new Readability<Element>(document as unknown as Document, { serializer: (node) => node as Element }).parse();
	} catch {
		parsed = null;
	}
	const body = parsed?.content;
	if (!parsed || !body || (parsed.textContent ?? '').trim().length < MIN_ARTICLE_CHARS) {
		return { ok: false, problem: 'We could not find an article on this page. Open the story itself (not a list of stories), save it, or paste its text instead.' };
	}
	const blocks: string[] = [];
	for (const el of body.querySelectorAll(BLOCKS)) {
		// A block inside another (a paragraph inside a quote) is read with its container.
		if (el.parentElement?.closest(BLOCKS)) continue;
		const t = textOf(el);
		if (t) blocks.push(t);
	}
	const headline = (parsed.title ?? '').replace(/\s+/g, ' ').trim() || blocks[0] || '';
	if (blocks[0] === headline) blocks.shift();
	const excerpt = (description ?? parsed.excerpt ?? '').replace(/\s+/g, ' ').trim();
	// The standfirst is the page's summary where it has one of its own; otherwise the first paragraph.
	const standfirst = excerpt && !blocks.some((b) => b.startsWith(excerpt.slice(0, 60))) ? excerpt : blocks.shift() ?? '';
	const text = [headline, standfirst, ...blocks].filter(Boolean).join('\n\n');
	const published = parsed.publishedTime ? new Date(parsed.publishedTime) : null;
	return {
		ok: true,
		article: {
			text,
			publisher: parsed.siteName?.trim() || undefined,
			publishedISO: published && !Number.isNaN(published.getTime()) ? published.toISOString().replace(/\.\d{3}Z$/, 'Z') : undefined,
			url: canonical && /^https?:\/\//.test(canonical) ? canonical : undefined
		}
	};
}
