/**
 * CSV as RFC 4180 writes it: CRLF between records, a field quoted when it holds a comma, a quote, CR or
 * LF, and quotes inside doubled. Text that a spreadsheet would run as a formula (it starts with `=`, `+`,
 * `-`, `@`, a tab or CR) gets a leading `'`, as OWASP's "CSV injection" advice says: student names reach
 * these files. Pure: no I/O, usable anywhere.
 */

/** A byte-order mark: spreadsheet programs read the file as UTF-8 only when it starts with one. */
export const BOM = '\uFEFF';

export type Cell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** The cell as text, with a formula-looking string defused. Numbers are written as they are. */
export function neutralise(value: Cell): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One field, quoted when RFC 4180 needs it. */
export function field(value: Cell): string {
	const text = neutralise(value);
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole file: the BOM, then one CRLF-terminated line per row. */
export function toCsv(rows: readonly (readonly Cell[])[]): string {
	return BOM + rows.map((row) => row.map(field).join(',') + '\r\n').join('');
}

/**
 * Reads RFC 4180 text back into rows of strings (a leading BOM is skipped). Lenient about a last line
 * without its CRLF and about bare LF line ends; a quote inside an unquoted field is kept as text.
 */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	let i = text.startsWith(BOM) ? 1 : 0;
	let started = false;
	for (; i < text.length; i++) {
		const c = text[i]!;
		started = true;
		if (quoted) {
			if (c === '"') {
				if (text[i + 1] === '"') {
					cell += '"';
					i++;
				} else quoted = false;
			} else cell += c;
		} else if (c === '"' && cell === '') quoted = true;
		else if (c === ',') {
			row.push(cell);
			cell = '';
		} else if (c === '\r' || c === '\n') {
			if (c === '\r' && text[i + 1] === '\n') i++;
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
			started = false;
		} else cell += c;
	}
	if (started) {
		row.push(cell);
		rows.push(row);
	}
	return rows;
}

/**
 * A file name made from a title: letters, digits and hyphens only, so it is safe in a
 * `content-disposition` header and on every file system.
 */
export function safeFileName(title: string, fallback = 'assignment'): string {
	const name = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^A-Za-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '')
		.toLowerCase();
	return name || fallback;
}
