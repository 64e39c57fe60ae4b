import { describe, expect, it } from 'vitest';
import { clearQuiz, loadPractice, loadQuiz, loadScores, recordPractice, recordScore, saveQuiz } from './progress';

class MemoryStore {
	items = new Map<string, string>();
	full = false;
	getItem(key: string) {
		return this.items.get(key) ?? null;
	}
	setItem(key: string, value: string) {
		if (this.full) throw new DOMException('quota', 'QuotaExceededError');
		this.items.set(key, value);
	}
	removeItem(key: string) {
		this.items.delete(key);
	}
}

describe('saved quiz progress', () => {
	it('resumes a snapshot saved against the same content version', () => {
		const store = new MemoryStore();
		saveQuiz(store, 'story', 'v1', { value: { quiz: 'answering' }, context: { index: 3 } });
		expect(loadQuiz(store, 'story', 'v1')).toEqual({
			kind: 'resume',
			snapshot: { value: { quiz: 'answering' }, context: { index: 3 } }
		});
	});

	it('hands progress from another version over as stale, with its version, and keeps it until the quiz saves its own', () => {
		const store = new MemoryStore();
		saveQuiz(store, 'story', 'v1', { context: { index: 2 } });
		const stale = { kind: 'stale', version: 'v1', snapshot: { context: { index: 2 } } };
		expect(loadQuiz(store, 'story', 'v2')).toEqual(stale);
		// Read again (a second tab, a reload before the quiz started): still there to carry over.
		expect(loadQuiz(store, 'story', 'v2')).toEqual(stale);
		saveQuiz(store, 'story', 'v2', { context: { index: 0 } });
		expect(loadQuiz(store, 'story', 'v2')).toMatchObject({ kind: 'resume' });
	});

	it('treats unreadable storage as nothing saved, never a crash', () => {
		const store = new MemoryStore();
		store.items.set('sourced:quiz:story', '{not json');
		expect(loadQuiz(store, 'story', 'v1')).toEqual({ kind: 'none' });
		store.items.set('sourced:quiz:story', '42');
		expect(loadQuiz(store, 'story', 'v1')).toEqual({ kind: 'none' });
	});

	it('says so when storage is full instead of throwing', () => {
		const store = new MemoryStore();
		store.full = true;
		expect(saveQuiz(store, 'story', 'v1', {})).toBe(false);
	});

	it('"start over" clears it', () => {
		const store = new MemoryStore();
		saveQuiz(store, 'story', 'v1', {});
		clearQuiz(store, 'story');
		expect(loadQuiz(store, 'story', 'v1')).toEqual({ kind: 'none' });
	});
});

describe('scores on this device', () => {
	it('keeps the last score and the best one', () => {
		const store = new MemoryStore();
		expect(loadScores(store, 'story')).toBeNull();
		recordScore(store, 'story', 0.5, 1);
		recordScore(store, 'story', 0.9, 2);
		expect(recordScore(store, 'story', 0.7, 3)).toEqual({ last: { score: 0.7, at: 3 }, best: { score: 0.9, at: 2 } });
		expect(loadScores(store, 'story')).toEqual({ last: { score: 0.7, at: 3 }, best: { score: 0.9, at: 2 } });
	});

	it('keeps a practice round apart from the last and best scores', () => {
		const store = new MemoryStore();
		recordScore(store, 'story', 0.4, 1);
		expect(loadPractice(store, 'story')).toBeNull();
		recordPractice(store, 'story', 1, 2);
		expect(loadScores(store, 'story')).toEqual({ last: { score: 0.4, at: 1 }, best: { score: 0.4, at: 1 } });
		expect(loadPractice(store, 'story')).toEqual({ score: 1, at: 2 });
	});
});
