/** How the app writes shares and durations, the same on every page. */

/** A share from 0 to 1 as a whole percentage: 0.667 → "67%". */
export function percent(share: number): string {
	return `${Math.round(share * 100)}%`;
}

/** A time span in words a learner or teacher reads at a glance: "45 s", "3 min 5 s", "1 h 20 min". */
export function duration(ms: number): string {
	const s = Math.max(0, Math.round(ms / 1000));
	const h = Math.floor(s / 3600);
	const m = Math.floor((s % 3600) / 60);
	if (h > 0) return `${h} h ${m} min`;
	return m > 0 ? `${m} min ${s % 60} s` : `${s} s`;
}
