// npm run bench:studio — how long a long module takes to open in the studio: a 3,000-word story with 60
// questions (generated here, our own words), imported through the new-module form, then opened in Chromium
// five times. Prints the server's time to the page's first byte and the time until the editor is on
// screen and working (the `studio:ready` mark), median and worst. Pass --no-build to reuse the last build.
import { chromium } from '@playwright/test';
import { execSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, stopServer } from './bench/client.js';
import { chromiumPath } from './chromium-path.js';
import { freePort } from './free-port.js';

const WORDS = 3000;
const QUESTIONS = 60;
const RUNS = 5;

/** A long story in news layout, with every span computed as it is written. */
function longModule() {
	const blocks = ['Ward counts finish after a long night in the east hall', 'Officials recorded every figure for the city’s twelve wards as the count closed'];
	let words = 0;
	const sentences = [];
	for (let p = 0; words < WORDS; p++) {
		const para = [];
		for (let s = 0; s < 3; s++) {
			const n = p * 3 + s + 1;
			const sentence = `Officials in ward ${n} counted ${100 + n} boxes of ballots in the east hall, and the returning officer read out the total for the ward to the waiting candidates.`;
			para.push(sentence);
			words += sentence.split(' ').length;
		}
		blocks.push(para.join(' '));
	}
	let text = '';
	const spans = [];
	for (const b of blocks) {
		if (text) text += '\n\n';
		spans.push({ start: text.length, end: text.length + b.length });
		text += b;
	}
	const [headline, standfirst, ...paragraphs] = spans;
	for (const p of paragraphs) {
		let at = p.start;
		for (const s of text.slice(p.start, p.end).split(/(?<=\.) /)) {
			sentences.push({ start: at, end: at + s.length });
			at += s.length + 1;
		}
	}
	const questions = Array.from({ length: QUESTIONS }, (_, i) => {
		const s = sentences[i];
		const quote = text.slice(s.start, s.end);
		return {
			id: `q${i + 1}`,
			kind: 'tfn',
			skill: 'numbers',
			difficulty: 1,
			stem: 'True, false or not stated?',
			explanation: `The story gives the count for ward ${i + 1}.`,
			evidence: [{ quote, start: s.start, end: s.end }],
			hints: [],
			statement: `Officials in ward ${i + 1} counted ${101 + i} boxes of ballots.`,
			answer: 'true',
			feedback: { false: 'Read the ward’s sentence again.', 'not-stated': 'The story gives this count.' }
		};
	});
	return {
		schemaVersion: 2,
		slug: 'ward-counts-bench',
		title: 'Ward counts finish after a long night',
		summary: 'A long generated story for the studio benchmark.',
		story: {
			text,
			publisher: 'Bench Herald',
			published: '1 March 2026, 09:00',
			publishedISO: '2026-03-01T09:00:00+00:00',
			headline,
			standfirst,
			dateline: { start: paragraphs[0].start, end: paragraphs[0].start },
			paragraphs,
			sentences
		},
		facts: { events: [], relations: [], figures: [], sources: [], attributions: [], wording: [], timeWords: [] },
		questions
	};
}

if (!process.argv.includes('--no-build')) {
	console.log('Building…');
	execSync('npx vite build', { stdio: ['ignore', 'ignore', 'inherit'] });
}
const port = await freePort();
const server = await startServer({ buildDir: 'build', port, env: { DATABASE_PATH: join(tmpdir(), `sourced-bench-studio-${port}-${Date.now()}.db`) } });
const base = `http://127.0.0.1:${port}`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
try {
	const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
	const context = await browser.newContext({ baseURL: base });
	const headers = { origin: base, accept: 'text/html' };
	const setUp = await context.request.post('/signup', {
		form: { intent: 'setup', name: 'Bench Teacher', email: 'bench@school.example', password: 'a long enough bench password' },
		headers,
		maxRedirects: 0
	});
	if (setUp.status() !== 303) throw new Error(`Could not set up the first account (${setUp.status()}).`);
	const module = longModule();
	const json = JSON.stringify(module);
	const started = await context.request.post('/teacher/studio/new?/start', {
		multipart: { source: 'json', file: { name: 'bench.json', mimeType: 'application/json', buffer: Buffer.from(json) } },
		headers,
		maxRedirects: 0
	});
	const location = started.headers()['location'];
	if (started.status() !== 303 || !location) throw new Error(`The module was not started (${started.status()}).`);
	const words = module.story.text.split(/\s+/).length;
	console.log(`Module: ${words.toLocaleString('en')} words, ${module.questions.length} questions, ${(json.length / 1024).toFixed(0)} kB of JSON.`);

	const firstByte = [];
	const ready = [];
	for (let i = 0; i < RUNS; i++) {
		const page = await context.newPage();
		await page.goto(location, { waitUntil: 'load' });
		await page.waitForFunction(() => performance.getEntriesByName('studio:ready').length > 0, null, { timeout: 30_000 });
		const t = await page.evaluate(() => ({
			ttfb: performance.getEntriesByType('navigation')[0].responseStart,
			ready: performance.getEntriesByName('studio:ready')[0].startTime
		}));
		firstByte.push(t.ttfb);
		ready.push(t.ready);
		await page.close();
	}
	await browser.close();
	const ms = (x) => `${Math.round(x)} ms`;
	console.log(`First byte of the editor page: median ${ms(median(firstByte))}, worst ${ms(Math.max(...firstByte))}`);
	console.log(`Editor on screen and working:  median ${ms(median(ready))}, worst ${ms(Math.max(...ready))} (budget 1,000 ms)`);
} finally {
	await stopServer(server);
}
