import { randomInt } from 'node:crypto';

/**
 * The characters a join code is drawn from: capitals and digits without the pairs that are misread when
 * a code is read off a projector or typed on a phone (0/O, 1/I/L, 2/Z, 5/S, 8/B).
 */
export const CODE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY3467';
export const CODE_LENGTH = 6;

const VALID = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`);

/** A fresh join code from a cryptographic source: 24^6, about 191 million codes. */
export function generateCode(): string {
	let code = '';
	for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
	return code;
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
