/** A date and time in the learner's own time zone, e.g. "12 May 2026 at 17:00". */
export function closeDate(at: number): string {
	return new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(at));
}

/** A countdown: "4:05", or "1:02:03" from an hour up. */
export function clockText(ms: number): string {
	const total = Math.max(0, Math.ceil(ms / 1000));
	const h = Math.floor(total / 3600);
	const m = Math.floor((total % 3600) / 60);
	const s = String(total % 60).padStart(2, '0');
	return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
