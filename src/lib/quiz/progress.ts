/**
 * What a learner's device remembers: the quiz in progress (the machine's persisted snapshot) and the
 * last and best scores, keyed by module. Saved progress from another version of a module's content is
 * not resumed: its questions may have changed under it.
 */

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const quizKey = (slug: string) => `sourced:quiz:${slug}`;
const scoresKey = (slug: string) => `sourced:scores:${slug}`;

export type SavedQuiz = { version: string; snapshot: unknown; savedAt: number };

export type Resume =
	| { kind: 'none' }
	| { kind: 'resume'; snapshot: unknown }
	/** Progress was saved against other content; it has been cleared. */
	| { kind: 'stale' };

function read<T>(store: Store, key: string): T | null {
	try {
		const raw = store.getItem(key);
		return raw === null ? null : (JSON.parse(raw) as T);
	} catch {
		return null;
	}
}

function write(store: Store, key: string, value: unknown): boolean {
	try {
		store.setItem(key, JSON.stringify(value));
		return true;
	} catch {
		// Storage full or blocked (private mode): the quiz goes on; only resuming is lost.
		return false;
	}
}

export function loadQuiz(store: Store, slug: string, version: string): Resume {
	const saved = read<SavedQuiz>(store, quizKey(slug));
	if (saved === null || typeof saved !== 'object' || !('snapshot' in saved)) return { kind: 'none' };
	if (saved.version !== version) {
		store.removeItem(quizKey(slug));
		return { kind: 'stale' };
	}
	return { kind: 'resume', snapshot: saved.snapshot };
}

export function saveQuiz(store: Store, slug: string, version: string, snapshot: unknown, now = Date.now()): boolean {
	return write(store, quizKey(slug), { version, snapshot, savedAt: now } satisfies SavedQuiz);
}

export function clearQuiz(store: Store, slug: string): void {
	try {
		store.removeItem(quizKey(slug));
	} catch {
		// Nothing to clear when storage is blocked.
	}
}

export type ScoreRecord = { score: number; at: number };
export type Scores = { last: ScoreRecord; best: ScoreRecord };

export function loadScores(store: Store, slug: string): Scores | null {
	const scores = read<Scores>(store, scoresKey(slug));
	return scores && typeof scores.last?.score === 'number' && typeof scores.best?.score === 'number' ? scores : null;
}

/** Records a finished round's score (0 to 1) as the last, and as the best when it beats it. */
export function recordScore(store: Store, slug: string, score: number, at = Date.now()): Scores {
	const previous = loadScores(store, slug);
	const last = { score, at };
	const best = previous && previous.best.score >= score ? previous.best : last;
	const scores = { last, best };
	write(store, scoresKey(slug), scores);
	return scores;
}
