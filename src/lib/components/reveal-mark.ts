/**
 * Brings the first highlighted passage inside `root` into view (at once when the reader asked for reduced
 * motion) and gives it focus, so a screen reader reads on from it: the quiz's and the studio's "Show in
 * story". False when nothing is highlighted there.
 */
export function revealFirstMark(root: ParentNode | null): boolean {
	const mark = root?.querySelector<HTMLElement>('mark');
	if (!mark) return false;
	const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true;
	mark.scrollIntoView?.({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
	mark.focus({ preventScroll: true });
	return true;
}
