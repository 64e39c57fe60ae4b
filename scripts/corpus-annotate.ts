/**
 * `npm run corpus:annotate [-- files.json…]`: recomputes the offsets of every annotation of the gold corpus
 * (all of it when no file is named) from each span's `text` and `occurrence`, and rewrites the JSON.
 * Stops with the span's path when a text is missing from its story or occurs more often than it says.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CORPUS_DIR, CORPUS_SETS, fillOffsets, readCorpus, storyWords } from './corpus';

const named = process.argv.slice(2).filter((a) => a.endsWith('.json'));
const files = named.length
	? named
	: CORPUS_SETS.flatMap((set) => readCorpus(set).map((s) => join(CORPUS_DIR, set, `${s.name}.json`)));

let failed = false;
const totals = new Map<string, { stories: number; words: number; quotes: number; figures: number; times: number; pairs: number }>();
for (const file of files) {
	const story = readFileSync(file.replace(/\.json$/, '.txt'), 'utf8');
	try {
		const filled = fillOffsets(story, JSON.parse(readFileSync(file, 'utf8')));
		writeFileSync(file, JSON.stringify(filled, null, '\t') + '\n');
		const set = basename(dirname(file));
		const t = totals.get(set) ?? { stories: 0, words: 0, quotes: 0, figures: 0, times: 0, pairs: 0 };
		t.stories += 1;
		t.words += storyWords(story);
		t.quotes += filled.quotes.length;
		t.figures += filled.figures.length;
		t.times += filled.times.length;
		t.pairs += filled.orderedPairs.length;
		totals.set(set, t);
		console.log(`${file}: ${filled.quotes.length} quotes, ${filled.figures.length} figures, ${filled.times.length} times, ${filled.orderedPairs.length} pairs`);
	} catch (e) {
		failed = true;
		console.error(`${file}: ${e instanceof Error ? e.message : e}`);
	}
}
for (const [set, t] of totals) {
	console.log(`${set}: ${t.stories} stories, ${t.words} words, ${t.quotes} quotes, ${t.figures} figures, ${t.times} times, ${t.pairs} pairs`);
}
process.exit(failed ? 1 : 0);
