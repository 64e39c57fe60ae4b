/** Trims, collapses inner whitespace and lower-cases, so typed answers compare as a reader would. */
export function normaliseText(text: string): string {
	return text
		.normalize('NFKC')
		.replace(/[\u2010-\u2015\u2212]/g, '-')
		.trim()
		.replace(/\s+/g, ' ')
		.toLowerCase();
}

/** Quotes untrusted text inside a message, cut short so a 10 kB input cannot flood the page. */
export function quoteForMessage(text: string, max = 40): string {
	const tidy = text
		.slice(0, max * 4)
		.normalize('NFKC')
		.trim()
		.replace(/\s+/g, ' ');
	return `"${tidy.length > max ? tidy.slice(0, max - 1) + '…' : tidy}"`;
}
