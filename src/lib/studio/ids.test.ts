import { describe, expect, it } from 'vitest';
import { idFromLabel, moveItem, uniqueId } from './ids';

describe('idFromLabel', () => {
	it('makes lowercase words joined by hyphens', () => {
		expect(idFromLabel('NATO cuts the Russian mission!', [])).toBe('nato-cuts-the-russian-mission');
	});

	it('drops apostrophes and accents rather than splitting on them', () => {
		expect(idFromLabel('Lavrov’s café remark', [])).toBe('lavrovs-cafe-remark');
	});

	it('keeps ids short, cutting at a word', () => {
		const id = idFromLabel('The council votes to close the bridge over the river after the storm', []);
		expect(id).toBe('the-council-votes-to-close-the');
		expect(id.length).toBeLessThanOrEqual(32);
	});

	it('never returns an id already taken, nor an empty one', () => {
		expect(idFromLabel('Vote', ['vote', 'vote-2'])).toBe('vote-3');
		expect(idFromLabel('“ — ”', [], 'event')).toBe('event');
		expect(uniqueId('q1', ['q1'])).toBe('q1-2');
	});
});

describe('moveItem', () => {
	it('moves an item up or down in place and returns where it went', () => {
		const list = ['a', 'b', 'c'];
		expect(moveItem(list, 2, -1)).toBe(1);
		expect(list).toEqual(['a', 'c', 'b']);
		expect(moveItem(list, 0, 1)).toBe(1);
		expect(list).toEqual(['c', 'a', 'b']);
	});

	it('leaves the list alone at either end', () => {
		const list = ['a', 'b'];
		expect(moveItem(list, 0, -1)).toBe(0);
		expect(moveItem(list, 1, 1)).toBe(1);
		expect(list).toEqual(['a', 'b']);
	});
});
