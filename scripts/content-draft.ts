// Drafts a module from a story: npm run content:draft -- <story.txt | page.html> [--published <ISO date-time>] [--json]
import { readFileSync, statSync } from 'node:fs';
import { formatProblem } from '../src/lib/content/load';
import { draftModule, MAX_STORY_CHARS } from '../src/lib/drafting/draft';
import { summarise } from '../src/lib/drafting/summary';
import { articleFromHtml } from '../src/lib/server/studio/html';

const args = process.argv.slice(2);
const json = args.includes('--json');
const pi = args.indexOf('--published');
const published = pi === -1 ? undefined : args[pi + 1];
const file = args.find((a, i) => !a.startsWith('--') && i !== pi + 1 - (pi === -1 ? 2 : 0) && a !== published);
if (!file) {
	console.error('Usage: npm run content:draft -- <story.txt | page.html> [--published <ISO date-time>] [--json]');
	process.exit(2);
}
let bytes: Buffer;
try {
	if (statSync(file).size > 10_000_000) {
		console.error(`${file} is ${Math.round(statSync(file).size / 1024)} KB: too large for a page holding a news story (the drafter reads files up to 10 MB and stories up to ${MAX_STORY_CHARS / 1000} thousand characters).`);
		process.exit(1);
	}
	bytes = readFileSync(file);
} catch (e) {
	console.error(`Cannot read ${file}: ${(e as Error).message}`);
	process.exit(2);
}
let text = bytes.toString('utf8');
let pagePublished: string | undefined;
// A saved page is read as the studio reads an uploaded one: the article, without the page around it.
if (/\.x?html?$/i.test(file) || /^\s*<(?:!doctype|html)/i.test(text)) {
	const page = articleFromHtml(bytes);
	if (!page.ok) {
		console.error(`${file}: ${page.problem}`);
		process.exit(1);
	}
	text = page.article.text;
	pagePublished = page.article.publishedISO;
}
const result = draftModule(text, { ...((published ?? pagePublished) ? { published: published ?? pagePublished } : {}) });
if (!result.module) {
	for (const m of result.messages) console.error(m);
	for (const p of result.problems) console.error(formatProblem(p));
	process.exit(1);
}
if (json) process.stdout.write(result.text!);
else {
	process.stdout.write(summarise(result));
}
