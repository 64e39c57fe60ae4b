import { afterAll, describe, expect, it } from 'vitest';
import { runScript, scratchFiles } from './cli-testing';

const scratch = scratchFiles('sourced-draft-cli');
const { file } = scratch;

/** Runs `npm run content:draft -- args` as a person would, and what they see. */
const draft = (...args: string[]) => runScript('content-draft.ts', ['--', ...args]);

describe('content:draft on bad input', () => {
	afterAll(() => {
		scratch.removeAll();
	});
	it('says how to call it, and that a file cannot be read', { timeout: 120_000 }, async () => {
		const none = await draft();
		expect(none.code).toBe(2);
		expect(none.stderr).toMatch(/^Usage: npm run content:draft/m);
		const missing = await draft(scratch.path('no-such-file.txt'));
		expect(missing.code).toBe(2);
		expect(missing.stderr).toMatch(/Cannot read .*no-such-file\.txt/);
	});
	it('refuses an empty file and a megabyte of text with a clear message, printing no module', { timeout: 120_000 }, async () => {
		const empty = await draft(file('empty.txt', ''));
		expect(empty).toMatchObject({ code: 1, stdout: '' });
		expect(empty.stderr).toMatch(/The story is empty/);
		const big = await draft(file('big.txt', 'word '.repeat(210_000)));
		expect(big).toMatchObject({ code: 1, stdout: '' });
		expect(big.stderr).toMatch(/1050 thousand characters long; the drafter reads stories up to 100 thousand/);
	});
	it('drafts from a saved page with scripts, and no script text reaches the module', { timeout: 120_000 }, async () => {
		const page = file(
			'page.html',
			`<!doctype html><html><head><title>Ferry cut</title><meta property="article:published_time" content="2025-09-10T14:30:00Z"><script>var secret = "do not read me";</script></head>
			<body><nav>Home | News</nav><article><h1>Island ferry service cut</h1><p>Operator blames a shortage of parts; residents say the cut will strand workers.</p>
			<p>PORTHAVEN, Sept. 10 (Coastline News) – The ferry will run 8 sailings a day instead of 12 from Monday, its operator said on Wednesday.</p>
			<script>document.write("injected text")</script>
			<p>"We cannot sail boats we do not trust," said Helen Marsh, the chief executive. About 1,900 people live on the island, and 350 of them commute each weekday.</p></article></body></html>`
		);
		const r = await draft(page, '--json');
		expect(r.code).toBe(0);
		expect(r.stdout).not.toMatch(/do not read me|injected text|Home \| News/);
		const module = JSON.parse(r.stdout) as { questions: unknown[] };
		expect(module.questions.length).toBeGreaterThan(0);
	});
	it('refuses a published time that is not a date', { timeout: 120_000 }, async () => {
		const r = await draft(file('story.txt', '2 Jan 2025, 10:00\n\nRain\n\nMore rain\n\nIt rained on Monday.\n'), '--published', 'soon');
		expect(r).toMatchObject({ code: 1, stdout: '' });
		expect(r.stderr).toMatch(/--published: "soon" is not an ISO date-time/);
	});
});
