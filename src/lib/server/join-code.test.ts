import { describe, expect, it } from 'vitest';
import { CODE_ALPHABET, CODE_FORMAT, CODE_LENGTH, codeProblem, generateCode, isValidCode, normaliseCode } from './join-code';

describe('join codes', () => {
	it('leave out every character that is misread for another', () => {
		for (const c of '0O1IL2Z5S8B') expect(CODE_ALPHABET).not.toContain(c);
		expect(new Set(CODE_ALPHABET).size).toBe(CODE_ALPHABET.length);
		expect(CODE_ALPHABET).toMatch(/^[A-Z0-9]+$/);
	});

	it('are six characters from the alphabet, and vary', () => {
		const codes = Array.from({ length: 500 }, generateCode);
		for (const code of codes) {
			expect(code).toHaveLength(CODE_LENGTH);
			expect([...code].every((c) => CODE_ALPHABET.includes(c))).toBe(true);
			expect(isValidCode(code)).toBe(true);
		}
		expect(new Set(codes).size).toBeGreaterThan(495);
		// Over 3,000 characters every one of the 24 should turn up.
		expect(new Set(codes.join('')).size).toBe(CODE_ALPHABET.length);
	});

	it('are read as people type them: any case, with spaces or hyphens', () => {
		expect(normaliseCode('k7p-4qx')).toBe('K7P4QX');
		expect(normaliseCode(' K7P 4QX ')).toBe('K7P4QX');
		expect(normaliseCode('k7p\t4q-x')).toBe('K7P4QX');
		expect(isValidCode(normaliseCode('k7p-4qx'))).toBe(true);
	});

	it('refuse look-alikes, wrong lengths and other characters', () => {
		for (const bad of ['', 'K7P4Q', 'K7P4QXA', 'K7P4Q0', 'K7P4QO', 'K7P4QS', 'K7P4QB', 'k7p4qx', 'K7P 4QX', 'K7P4Q!', 'K7P4QÄ']) {
			expect(isValidCode(bad), bad).toBe(false);
		}
		expect(isValidCode(normaliseCode('x'.repeat(100_000)))).toBe(false);
		expect(normaliseCode('a'.repeat(100_000)).length).toBeLessThanOrEqual(64);
	});

	it('name the format when what was typed cannot be a code, before any lookup', () => {
		expect(isValidCode('K7QX3M')).toBe(true);
		expect(CODE_FORMAT).toContain('K7QX3M');
		expect(codeProblem('')).toBe(`Enter the code your teacher gave you. ${CODE_FORMAT}`);
		expect(codeProblem('  - ')).toBe(`Enter the code your teacher gave you. ${CODE_FORMAT}`);
		expect(codeProblem('K7Q')).toBe(`That has 3 characters. ${CODE_FORMAT}`);
		expect(codeProblem('K7QX3MM')).toBe(`That has 7 characters. ${CODE_FORMAT}`);
		expect(codeProblem('K7QX😀M')).toBe(`Use letters and digits only. ${CODE_FORMAT}`);
		expect(codeProblem('😀😀😀😀😀😀')).toBe(`Use letters and digits only. ${CODE_FORMAT}`);
		expect(codeProblem('K7QX30')).toMatch(/^Join codes never use 0, O/);
		expect(codeProblem('k7q-x3m')).toBeNull();
	});
});
