// Measures the module JSON: the built-in's exported size (bytes, gzip) and how long it takes to parse and
// check, and the same for a generated 3,000-word story with 60 questions. npm run bench:content [-- --runs N]
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { checkModule } from '../src/lib/content/load';
import { parseModuleJson, parseModuleJsonText, serializeModule } from '../src/lib/content/module-json';
import { layoutStory } from '../src/lib/content/story';
import type { Evidence, ModuleJson, QuestionJson, Span } from '../src/lib/content/types';
import { builtinModuleFiles } from '../src/lib/server/modules/sources';
import { versionHash } from '../src/lib/server/modules/hash';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 30;

/** Median and 95th percentile of `runs` timings of `f`, in milliseconds, after three warm-up runs. */
function time(f: () => unknown): { median: number; p95: number } {
	for (let i = 0; i < 3; i++) f();
	const times: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		const t0 = performance.now();
		f();
		times.push(performance.now() - t0);
	}
	times.sort((a, b) => a - b);
	return { median: times[Math.floor(times.length / 2)]!, p95: times[Math.min(times.length - 1, Math.ceil(times.length * 0.95) - 1)]! };
}

const ms = (t: { median: number; p95: number }) => `${t.median.toFixed(1)} ms (p95 ${t.p95.toFixed(1)})`;
const kb = (n: number) => `${n.toLocaleString('en-GB')} B (${(n / 1024).toFixed(1)} kB)`;

function report(label: string, text: string) {
	const bytes = Buffer.byteLength(text, 'utf8');
	const gzip = gzipSync(text, { level: 9 }).length;
	const parsed = parseModuleJsonText(text);
	if (!parsed.module) throw new Error(`${label} does not load:\n${parsed.problems.map((p) => `${p.path}: ${p.message}`).join('\n')}`);
	const m = parsed.module;
	const json = JSON.parse(text);
	const words = m.story.text.split(/\s+/).filter(Boolean).length;
	console.log(`${label}: ${words.toLocaleString('en-GB')} words, ${m.questions.length} questions`);
	console.log(`  exported JSON          ${kb(bytes)}, gzip ${kb(gzip)}`);
	console.log(`  JSON.parse             ${ms(time(() => JSON.parse(text)))}`);
	console.log(`  parse + schema + check ${ms(time(() => parseModuleJsonText(text)))}   (the studio's and the import's full check)`);
	console.log(`  content rules only     ${ms(time(() => checkModule(json)))}`);
	console.log(`  serialise + hash       ${ms(time(() => versionHash(serializeModule(m))))}`);
}

// ---------------------------------------------------------------------------------------------------
// A generated story: our own plain sentences, each made unique by a number, laid out like a news story.
// ---------------------------------------------------------------------------------------------------

const SUBJECTS = ['The council', 'The harbour board', 'A spokesperson for the port', 'The school governors', 'The regional office', 'The ferry company'];
const VERBS = ['reviewed', 'approved', 'questioned', 'published', 'delayed', 'funded'];
const OBJECTS = ['the plan for the north quay', 'the budget for road repairs', 'a survey of the old bridge', 'the timetable for the winter crossings', 'a report on flooding', 'the contract for street lighting'];
const TAILS = ['at the meeting in the town hall', 'after a long debate among members', 'in a letter to residents of the valley', 'before the vote at the end of the session'];

function generatedModule(words: number, questions: number): ModuleJson {
	const sentences: string[] = [];
	for (let i = 0, count = 0; count < words; i++) {
		const s = `${SUBJECTS[i % 6]} ${VERBS[(i * 5) % 6]} ${OBJECTS[(i * 7) % 6]} number ${i + 1} ${TAILS[(i * 3) % 4]}.`;
		sentences.push(s);
		count += s.split(' ').length;
	}
	const paragraphs: string[] = [];
	for (let i = 0; i < sentences.length; i += 8) paragraphs.push(sentences.slice(i, i + 8).join(' '));
	const dateline = 'RIVERTON, March 3. /Wire/.';
	const text = ['Harbour board approves the north quay plan', 'Members backed the plan after months of study', `${dateline} ${paragraphs[0]}`, ...paragraphs.slice(1)].join('\n\n');
	const layout = layoutStory(text, dateline);
	const sentence = (i: number): Evidence => {
		const s: Span = layout.sentences[i % layout.sentences.length]!;
		return { quote: text.slice(s.start, s.end), start: s.start, end: s.end };
	};
	const events = [0, 1, 2, 3].map((i) => ({ id: `e${i + 1}`, label: `Step ${i + 1} of the plan`, cite: sentence(i * 10), status: 'past' as const }));
	const relations = [0, 1, 2].map((i) => ({ before: `e${i + 1}`, after: `e${i + 2}`, cite: sentence(i * 10 + 10), reason: 'The story tells them in this order and says so.' }));
	const base = (i: number) => ({
		id: `q${i + 1}`,
		skill: (['sequence', 'numbers', 'sources'] as const)[i % 3]!,
		difficulty: ((i % 3) + 1) as 1 | 2 | 3,
		stem: `Question ${i + 1}: what does the story say about item ${i + 1}?`,
		explanation: 'The sentence cited says so in as many words.',
		evidence: [sentence(i * 3)],
		hints: ['Look at the paragraph that names the number.']
	});
	const options = [
		{ id: 'a', text: 'The council' },
		{ id: 'b', text: 'The harbour board', feedback: 'Read who acted in that sentence.' },
		{ id: 'c', text: 'Nobody', feedback: 'The sentence names who acted.' }
	];
	const qs: QuestionJson[] = [];
	for (let i = 0; i < questions; i++) {
		switch (i % 6) {
			case 0:
				qs.push({ ...base(i), kind: 'single', options, answer: 'a' });
				break;
			case 1:
				qs.push({ ...base(i), kind: 'multiple', options, answer: ['a', 'b'] });
				break;
			case 2:
				qs.push({ ...base(i), kind: 'tfn', statement: `Item ${i + 1} was approved.`, answer: 'true', feedback: { false: 'The story says it was.', 'not-stated': 'The story states it.' } });
				break;
			case 3:
				qs.push({ ...base(i), kind: 'evidence', claim: `Item ${i + 1} was discussed.`, wrongFeedback: 'Pick the sentence that names it.', answer: base(i).evidence });
				break;
			case 4:
				qs.push({ ...base(i), kind: 'numeric', answer: { type: 'integer', value: i + 1 }, wrongFeedback: 'Find the number in the sentence.', format: 'a whole number' });
				break;
			default:
				qs.push({ ...base(i), kind: 'ordering', items: ['e3', 'e1', 'e4', 'e2'], answer: ['e1', 'e2', 'e3', 'e4'], wrongFeedback: 'Follow the order the story gives.' });
		}
	}
	return {
		schemaVersion: 2,
		slug: 'generated-story',
		title: 'A generated story',
		summary: 'A long story generated for timing the checks.',
		story: { ...layout, publisher: 'Wire', published: '3 Mar 2025, 09:00', publishedISO: '2025-03-03T09:00:00Z' },
		facts: { events, relations, figures: [], sources: [], attributions: [], wording: [], timeWords: [] },
		questions: qs
	};
}

console.log(`Module JSON: sizes, and timings over ${RUNS} runs (median, p95) on Node ${process.version}\n`);
for (const { file, text } of builtinModuleFiles) report(file, text);
console.log('');
const generated = parseModuleJson(generatedModule(3000, 60));
if (!generated.module) throw new Error(generated.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
report('generated 3,000-word story with 60 questions', serializeModule(generated.module));
