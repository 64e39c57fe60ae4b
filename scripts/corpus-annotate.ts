/**
 * `npm run corpus:annotate [-- files.json…]`: recomputes the offsets of every annotation of the gold corpus
 * (all of it when no file is named) from each span's `text` and `occurrence`, and rewrites the JSON.
 * Stops with the span's path when a text is missing from its story or occurs more often than it says.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR, CORPUS_SETS, fillOffsets, readCorpus } from './corpus';

const named = process.argv.slice(2).filter((a) => a.endsWith('.json'));
const files = named.length
	? named
	: CORPUS_SETS.flatMap((set) => readCorpus(set).map((s) => join(CORPUS_DIR, set, `${s.name}.json`)));

let failed = false;
for (const file of files) {
	const story = readFileSync(file.replace(/\.json$/, '.txt'), 'utf8');
	try {
		const filled = fillOffsets(story, JSON.parse(readFileSync(file, 'utf8')));
		writeFileSync(file, JSON.stringify(filled, null, '\t') + '\n');
		console.log(`${file}: ${filled.quotes.length} quotes, ${filled.figures.length} figures, ${filled.times.length} times, ${filled.orderedPairs.length} pairs`);
	} catch (e) {
		failed = true;
		console.error(`${file}: ${e instanceof Error ? e.message : e}`);
	}
}
process.exit(failed ? 1 : 0);
