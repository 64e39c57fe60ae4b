import { dictionary } from '@zxcvbn-ts/language-common';

/**
 * Commonly used passwords: the `passwords-common` list of zxcvbn-ts (@zxcvbn-ts/language-common, MIT),
 * 49,233 passwords ranked by how often they appear in leaked password sets, all lower case. Built into
 * a set on first use.
 */
let common: Set<string> | null = null;

export function commonPasswords(): ReadonlySet<string> {
	common ??= new Set(dictionary['passwords-common'] as string[]);
	return common;
}

/** The shortest piece the text is made of, repeated: `abcabcabc` → `abc`; the text itself when none. */
export function repeatedUnit(text: string): string {
	const chars = [...text];
	for (let size = 1; size <= chars.length / 2; size++) {
		if (chars.length % size !== 0) continue;
		const unit = chars.slice(0, size).join('');
		if (unit.repeat(chars.length / size) === text) return unit;
	}
	return text;
}

/**
 * True when the password is on the list, or is a short pattern or a listed password repeated, ignoring
 * case, spaces, and digits or symbols stuck on either end: `Password2024!`, `iloveyou 123`,
 * `dragon dragon` and `abcabcabcabc` are refused, as people really type the list's entries.
 */
export function isCommonPassword(password: string): boolean {
	const list = commonPasswords();
	const lower = password.normalize('NFKC').toLowerCase();
	const squeezed = lower.replace(/\s+/g, '');
	const core = squeezed.replace(/^[\d\W_]+|[\d\W_]+$/gu, '');
	if (list.has(lower) || list.has(squeezed) || (core.length >= 4 && list.has(core))) return true;
	const unit = repeatedUnit(squeezed);
	return unit !== squeezed && ([...unit].length <= 4 || list.has(unit) || list.has(repeatedUnit(core)));
}
