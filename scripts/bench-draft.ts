/**
 * bench:draft — scores the drafter on the gold corpus: the development and held-out sets separately.
 * Usage: npm run bench:draft [-- --json] [--set dev|heldout] [--corpus DIR] [--errors] [--bad-input]
 * --bad-input times the drafter on the issue's bad inputs instead (empty, 1 MB, the longest story it reads,
 * no full stop, only quotes, another script) and prints what a caller gets back.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { draftModule, MAX_STORY_CHARS } from '../src/lib/drafting/draft';
import { extract } from '../src/lib/drafting/extract';
import { addTally, emptyTally, prf, scoreStory, type StoryScore, type Tally } from '../src/lib/drafting/score';
import { CORPUS_SETS, readCorpus, storyWords, type CorpusSet } from './corpus';

const args = process.argv.slice(2);
const json = args.includes('--json');
const showErrors = args.includes('--errors');
const corpus = args.includes('--corpus') ? args[args.indexOf('--corpus') + 1]! : 'corpus';
const sets: readonly string[] = args.includes('--set') ? [args[args.indexOf('--set') + 1]!] : CORPUS_SETS;

const KINDS = ['quotes', 'speakers', 'forms', 'figures', 'times', 'dates', 'pairs'] as const;

type SetResult = {
	stories: number;
	words: number;
	scores: Record<(typeof KINDS)[number], { precision: number; recall: number; f1: number; tp: number; predicted: number; gold: number }>;
	draftsPerStory: number;
	minDrafts: number;
	minPerSkill: number;
	candidatesPassing: number;
	modulesPassing: number;
	/** Processor time (one thread), the figure the budget is about; wall time depends on what else runs. */
	msPer1000Words: number;
	wallMsPer1000Words: number;
	errors: Record<string, number>;
	examples: Record<string, string[]>;
};

function runSet(set: string): SetResult | undefined {
	if (!existsSync(join(corpus, set))) return undefined;
	const stories = readCorpus(set as CorpusSet, corpus);
	const totals = Object.fromEntries(KINDS.map((k) => [k, emptyTally()])) as Record<(typeof KINDS)[number], Tally>;
	let words = 0;
	let ms = 0;
	let cpu = 0;
	let drafts = 0;
	let minDrafts = Infinity;
	let minPerSkill = Infinity;
	let candidates = 0;
	let kept = 0;
	let modulesPassing = 0;
	const errors: Record<string, number> = {};
	const examples: Record<string, string[]> = {};
	for (const { name, story: text, gold } of stories) {
		const t0 = performance.now();
		const c0 = process.cpuUsage();
		const result = draftModule(text, { published: gold.published, slug: name });
		const used = process.cpuUsage(c0);
		cpu += (used.user + used.system) / 1000;
		ms += performance.now() - t0;
		words += storyWords(text);
		if (result.module) {
			const n = result.module.questions.length;
			drafts += n;
			minDrafts = Math.min(minDrafts, n);
			const perSkill = ['sequence', 'numbers', 'sources'].map((s) => result.module!.questions.filter((q) => q.skill === s).length);
			minPerSkill = Math.min(minPerSkill, ...perSkill);
			candidates += result.stats.candidates;
			kept += result.stats.kept;
			if (result.problems.length === 0) modulesPassing++;
		} else minDrafts = 0;
		const x = result.extraction ?? extract(text, { published: gold.published });
		const score: StoryScore = scoreStory(x, gold);
		for (const k of KINDS) totals[k] = addTally(totals[k], score[k]);
		for (const e of score.errors) {
			errors[e.kind] = (errors[e.kind] ?? 0) + 1;
			(examples[e.kind] ??= []).push(`${name}: ${e.detail}`);
		}
	}
	const scores = Object.fromEntries(KINDS.map((k) => [k, { ...prf(totals[k]), tp: totals[k].tp, predicted: totals[k].predicted, gold: totals[k].gold }])) as SetResult['scores'];
	return {
		stories: stories.length,
		words,
		scores,
		draftsPerStory: stories.length ? drafts / stories.length : 0,
		minDrafts: stories.length ? minDrafts : 0,
		minPerSkill: stories.length ? minPerSkill : 0,
		candidatesPassing: candidates ? kept / candidates : 1,
		modulesPassing: stories.length ? modulesPassing / stories.length : 1,
		msPer1000Words: words ? (cpu / words) * 1000 : 0,
		wallMsPer1000Words: words ? (ms / words) * 1000 : 0,
		errors,
		examples
	};
}

if (args.includes('--bad-input')) {
	const head = '2 Jan 2025, 10:00\n\nHeadline\n\nStandfirst\n\n';
	const fill = (run: string) => head + run.repeat(Math.floor((MAX_STORY_CHARS - head.length - 10) / run.length));
	let figures = '';
	for (let i = 0; figures.length < MAX_STORY_CHARS - 300; i++) figures += `${i % 8 === 7 ? '\n\n' : ''}Boat B${i} carried ${i + 40} people and ${(i % 50) + 2} tonnes of grain, the port said. `;
	const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
	let dated = '';
	for (let i = 0; dated.length < MAX_STORY_CHARS - 300; i++) dated += `${i % 6 === 5 ? '\n\n' : ''}On ${days[i % 7]} ${(i % 28) + 1} March the ${['council', 'union', 'court', 'port'][i % 4]} met at ${(i % 12) + 1} pm, and the clerk said it had adjourned. `;
	const cases: [string, string][] = [
		['empty', ''],
		['1 MB of text', 'word '.repeat(210_000)],
		['longest story read, full of figures', head + figures.slice(0, MAX_STORY_CHARS - head.length - 10)],
		['longest story read, full of dated events', head + dated.slice(0, MAX_STORY_CHARS - head.length - 10)],
		['one paragraph with no full stop', fill('the river rose 12 centimetres and "the man said" it would fall soon, ')],
		['only quotes, in one paragraph', fill('"We won," she said. ')],
		['Chinese text', fill('北京的学校周一关闭了。家长们很生气！')]
	];
	for (const [name, text] of cases) {
		const c0 = process.cpuUsage();
		const r = draftModule(text);
		const used = process.cpuUsage(c0);
		const outcome = r.module ? `${r.module.questions.length} questions, ${r.problems.length} problems` : `no module: ${r.messages.join(' / ')}`;
		console.log(`${name.padEnd(38)} ${String(text.length).padStart(9)} chars ${((used.user + used.system) / 1000).toFixed(0).padStart(7)} ms processor time; ${outcome}`);
	}
	process.exit(0);
}
// One warm-up run, so the timing is the steady state of a running server rather than the first call's compilation.
draftModule('1 Jan 2025, 10:00\n\nWarm-up headline\n\nA standfirst\n\nLONDON (Wire) – "It rained on Monday," said Ann Lee. Prices rose from 2 to 5 per cent.');
const results: Record<string, SetResult> = {};
for (const set of sets) {
	const r = runSet(set);
	if (r) results[set] = r;
}
if (json) {
	const out = Object.fromEntries(Object.entries(results).map(([k, v]) => [k, { ...v, examples: undefined }]));
	console.log(JSON.stringify(out, null, 2));
} else {
	const f = (n: number) => n.toFixed(2);
	for (const [set, r] of Object.entries(results)) {
		console.log(`\n${set}: ${r.stories} stories, ${r.words} words`);
		console.log('                 P     R     F1   (tp/predicted/gold)');
		for (const k of KINDS) {
			const s = r.scores[k];
			console.log(`  ${k.padEnd(10)}  ${f(s.precision)}  ${f(s.recall)}  ${f(s.f1)}   (${s.tp}/${s.predicted}/${s.gold})`);
		}
		console.log(`  drafts per story ${r.draftsPerStory.toFixed(1)} (fewest ${r.minDrafts}, fewest in one skill ${r.minPerSkill})`);
		console.log(`  draft modules passing content checks ${(r.modulesPassing * 100).toFixed(0)}%; candidate questions kept ${(r.candidatesPassing * 100).toFixed(0)}%`);
		console.log(`  ${r.msPer1000Words.toFixed(0)} ms of processor time per 1,000 words (extraction and drafting, one thread; ${r.wallMsPer1000Words.toFixed(0)} ms wall clock)`);
		const rules = [...new Set(Object.keys(r.errors).filter((k) => k.startsWith('pair ') && k.includes('(')).map((k) => k.slice(k.indexOf('(') + 1, -1)))];
		console.log(`  ordered pairs right by rule: ${rules.map((rule) => `${rule} ${r.errors[`pair right (${rule})`] ?? 0}/${(r.errors[`pair right (${rule})`] ?? 0) + (r.errors[`pair wrong or unannotated (${rule})`] ?? 0)}`).join(', ')}`);
		const common = Object.entries(r.errors).filter(([k]) => !k.startsWith('pair right')).sort((a, b) => b[1] - a[1]);
		console.log(`  errors: ${common.map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`);
		if (showErrors) for (const [k] of common) for (const e of r.examples[k]!) console.log(`    [${k}] ${e}`);
	}
	if (Object.keys(results).length === 0) console.log(`No corpus found under ${corpus}/dev or ${corpus}/heldout.`);
}
