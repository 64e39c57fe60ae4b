/**
 * A saved web page → story text in the corpus layout (headline, standfirst, paragraphs separated by
 * blank lines), with Readability picking the article out of the page and linkedom standing in for a
 * browser DOM. Scripts, styles and page furniture never reach the text.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export type PageStory = { text: string; published?: string; title?: string; site?: string };

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

export function storyFromHtml(html: string): PageStory {
	const { document } = parseHTML(html);
	const meta = (name: string) =>
		document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`)?.getAttribute('content') ?? undefined;
	const published = meta('article:published_time') ?? meta('datePublished') ?? meta('date') ?? document.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
	for (const el of document.querySelectorAll('script, style, noscript, template, iframe')) el.remove();
	const h1 = clean(document.querySelector('h1')?.textContent ?? '');
	// Readability wants a document it may change; it reads the DOM only.
	const article = new Readability(document as unknown as Document, { charThreshold: 100 }).parse();
	const title = clean(article?.title || h1 || document.title || '');
	const paragraphs: string[] = [];
	if (article?.content) {
		const { document: body } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
		for (const p of body.querySelectorAll('p, li, blockquote > p, h2, h3')) {
			const t = clean(p.textContent ?? '');
			if (t && t !== title && !paragraphs.includes(t)) paragraphs.push(t);
		}
	}
	if (paragraphs.length === 0 && article?.textContent) paragraphs.push(...article.textContent.split(/\n\s*\n/).map(clean).filter(Boolean));
	const excerpt = clean(article?.excerpt ?? meta('description') ?? '');
	const blocks = [title, ...(excerpt && excerpt !== paragraphs[0] && !paragraphs[0]?.startsWith(excerpt.replace(/…$/, '')) ? [excerpt] : []), ...paragraphs].filter(Boolean);
	const result: PageStory = { text: blocks.join('\n\n') };
	if (published && !Number.isNaN(new Date(published).getTime())) result.published = new Date(published).toISOString();
	if (title) result.title = title;
	if (article?.siteName) result.site = article.siteName;
	return result;
}
