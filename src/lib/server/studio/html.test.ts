import { describe, expect, it } from 'vitest';
import { PASTED_STORY } from './fixtures';
import { articleFromHtml } from './html';

const [headline, standfirst, ...paragraphs] = PASTED_STORY.trim().split('\n\n') as [string, string, ...string[]];
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** A saved news page as browsers save one: site chrome, scripts, a menu, the article and a footer. */
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${escape(headline)} | Coastal Post</title>
<meta name="description" content="${escape(standfirst)}">
<meta property="og:site_name" content="Coastal Post">
<meta property="article:published_time" content="2025-11-12T18:30:00+00:00">
<link rel="canonical" href="https://coastal.example/news/sea-wall">
<script>window.tracking = { page: "sea-wall" };</script></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<main><article><h1>${escape(headline)}</h1>
${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}
</article></main><footer><p>© Coastal Post. All rights reserved.</p></footer></body></html>`;

const bytes = (s: string) => new TextEncoder().encode(s);

describe('articleFromHtml', () => {
	it('takes the article out of a saved page: the headline, the page’s summary as standfirst, the paragraphs, and where it is from', () => {
		const got = articleFromHtml(bytes(page));
		if (!got.ok) throw new Error(got.problem);
		expect(got.article.text.split('\n\n')).toEqual([headline, standfirst, ...paragraphs]);
		expect(got.article).toMatchObject({ publisher: 'Coastal Post', publishedISO: '2025-11-12T18:30:00Z', url: 'https://coastal.example/news/sea-wall' });
		expect(got.article.text).not.toMatch(/tracking|Home|rights reserved/);
	});

	it('refuses a binary file renamed .html', () => {
		const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
		expect(articleFromHtml(png)).toEqual({ ok: false, problem: expect.stringMatching(/^This file is not a web page/) });
	});

	it('refuses a text file that is not HTML', () => {
		expect(articleFromHtml(bytes('name,score\nAna,3\n'))).toEqual({ ok: false, problem: expect.stringMatching(/^This file is not a web page/) });
	});

	it('says when a page has no article', () => {
		const index = '<!doctype html><html><head><title>News</title></head><body><nav><a href="/a">One</a> <a href="/b">Two</a></nav><p>Sign in to read.</p></body></html>';
		expect(articleFromHtml(bytes(index))).toEqual({ ok: false, problem: expect.stringMatching(/^We could not find an article on this page/) });
	});
});
