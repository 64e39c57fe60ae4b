import { randomInt } from 'node:crypto';

/**
 * The characters a join code is drawn from: capitals and digits without the pairs that are misread when
 * a code is read off a projector or typed on a phone (0/O, 1/I/L, 2/Z, 5/S, 8/B).
 */
export const CODE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY3467';
export const CODE_LENGTH = 6;

const VALID = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`);

/** `length` characters of the alphabet from a cryptographic source. */
export function randomCode(length: number): string {
	let code = '';
	for (let i = 0; i < length; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
	return code;
}

/** A fresh join code: 24^6, about 191 million codes. */
export function generateCode(): string {
	return randomCode(CODE_LENGTH);
}

/** A code as a person may type it ("k7p-4qx", "K7P 4QX") in the form it is stored. */
export function normaliseCode(input: string): string {
	// Longer input cannot be a code; cutting it first keeps the work bounded.
	return input.slice(0, 64).replace(/[\s-]+/g, '').toUpperCase();
}

/** True for a stored-form code: six characters from the alphabet. */
export function isValidCode(code: string): boolean {
	return VALID.test(code);
}

/** The format in words, with an example drawn from the alphabet, for every message about a code. */
export const CODE_FORMAT = 'A join code has 6 characters, letters and digits, such as K7QX3M.';

/**
 * What is wrong with a code as typed, before any lookup: nothing typed, the wrong length, a character
 * that is not a letter or digit (an emoji, a dot), or one that no code uses; null when it has the format.
 */
export function codeProblem(input: string): string | null {
	const code = normaliseCode(input);
	if (code === '') return `Enter the code your teacher gave you. ${CODE_FORMAT}`;
	const characters = [...code];
	if (characters.some((c) => !/^[A-Z0-9]$/.test(c))) return `Use letters and digits only. ${CODE_FORMAT}`;
	if (characters.length !== CODE_LENGTH) {
		return `That has ${characters.length} character${characters.length === 1 ? '' : 's'}. ${CODE_FORMAT}`;
	}
	if (!isValidCode(code)) {
		return `Join codes never use 0, O, 1, I, L, 2, Z, 5, S, 8 or B, so one of those is misread. ${CODE_FORMAT}`;
	}
	return null;
}
