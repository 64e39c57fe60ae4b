/**
 * What a learner's device remembers: the quiz in progress (the machine's persisted snapshot), keyed by
 * module for self-study and by attempt for an assignment (`attempt:<id>`), and the last and best scores,
 * keyed by module. Saved progress from another version of a module's content is not resumed as it is:
 * its questions may have changed under it (self-study carries over what still fits, `carry.ts`). A practice round (the missed questions again) is
 * kept apart: 100% on five retried questions says nothing about the whole quiz, so it never becomes the
 * library's last or best score.
 */

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const quizKey = (key: string) => `sourced:quiz:${key}`;
const scoresKey = (slug: string) => `sourced:scores:${slug}`;
const practiceKey = (slug: string) => `sourced:practice:${slug}`;

export type SavedQuiz = { version: string; snapshot: unknown; savedAt: number };

export type Resume =
	| { kind: 'none' }
	| { kind: 'resume'; snapshot: unknown }
	/** Progress was saved against other content (`version`): kept until the quiz saves its own. */
	| { kind: 'stale'; version: string; snapshot: unknown };

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

export function loadQuiz(store: Store, key: string, version: string): Resume {
	const saved = read<SavedQuiz>(store, quizKey(key));
	if (saved === null || typeof saved !== 'object' || !('snapshot' in saved)) return { kind: 'none' };
	if (saved.version !== version) return { kind: 'stale', version: String(saved.version), snapshot: saved.snapshot };
	return { kind: 'resume', snapshot: saved.snapshot };
}

export function saveQuiz(store: Store, key: string, version: string, snapshot: unknown, now = Date.now()): boolean {
	return write(store, quizKey(key), { version, snapshot, savedAt: now } satisfies SavedQuiz);
}

export function clearQuiz(store: Store, key: string): void {
	try {
		store.removeItem(quizKey(key));
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

/** The last practice round's score, or null. */
export function loadPractice(store: Store, slug: string): ScoreRecord | null {
	const practice = read<ScoreRecord>(store, practiceKey(slug));
	return practice && typeof practice.score === 'number' && typeof practice.at === 'number' ? practice : null;
}

/** Records a practice round's score (0 to 1) on its own; the last and best scores stay as they are. */
export function recordPractice(store: Store, slug: string, score: number, at = Date.now()): ScoreRecord {
	const practice = { score, at };
	write(store, practiceKey(slug), practice);
	return practice;
}

/** This device's localStorage when it works; else a store in memory, so the quiz goes on and only resuming is lost. */
export function deviceStore(): Store {
	try {
		const probe = '__sourced__';
		localStorage.setItem(probe, probe);
		localStorage.removeItem(probe);
		return localStorage;
	} catch {
		const memory = new Map<string, string>();
		return {
			getItem: (k) => memory.get(k) ?? null,
			setItem: (k, v) => void memory.set(k, v),
			removeItem: (k) => void memory.delete(k)
		};
	}
}
