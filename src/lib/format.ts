/**
 * How the app writes shares, points and durations, the same on every page. Pages show whole numbers a
 * 14-year-old reads at a glance ("68%", "8 of 12 points"); the CSV exports keep the exact values (`exact`).
 */

/**
 * A share from 0 to 1 as a whole percentage: 0.667 → "67%". Rounded to the nearest, except that only a
 * full score reads "100%" and only no credit at all reads "0%": 0.996 is "99%", 0.004 is "1%".
 */
export function percent(share: number): string {
	return `${wholePercent(share)}%`;
}

function wholePercent(share: number): number {
	const n = Math.round(share * 100);
	if (n >= 100 && share < 1) return 99;
	if (n <= 0 && share > 0) return 1;
	return n;
}

/**
 * Points earned out of the points possible, in whole points: "8 of 12 points"; "about 8 of 12 points"
 * when partial credit left a fraction (8.125 of 12), since "8.13 out of 12" means little to a learner.
 */
export function points(score: number, max: number): string {
	const whole = Math.round(score);
	const shown = whole === max && score < max ? max - 1 : whole === 0 && score > 0 ? 1 : whole;
	const about = Math.abs(score - whole) > 1e-9 ? 'about ' : '';
	return `${about}${shown} of ${max} point${max === 1 ? '' : 's'}`;
}

/** A value for an export: exact to four decimal places, without the float noise (2.3333333333333335 → 2.3333). */
export function exact(n: number): number {
	return Math.round(n * 10_000) / 10_000;
}

/**
 * An instant as the wall clock of a time zone reads it, in the form spreadsheets take as a date and time:
 * "2026-11-27 10:02:05". The zone must be a valid IANA name (check it first with `isTimeZone`).
 */
export function wallClock(ms: number, timeZone: string): string {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit'
	}).formatToParts(new Date(ms));
	const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
	return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}:${get('second')}`;
}

/** A time span in words a learner or teacher reads at a glance: "45 s", "3 min 5 s", "1 h 20 min". */
export function duration(ms: number): string {
	const s = Math.max(0, Math.round(ms / 1000));
	const h = Math.floor(s / 3600);
	const m = Math.floor((s % 3600) / 60);
	if (h > 0) return `${h} h ${m} min`;
	return m > 0 ? `${m} min ${s % 60} s` : `${s} s`;
}
