import { getContext, setContext } from 'svelte';
import type { Evidence } from '$lib/content/types';

/**
 * The passages highlighted in the editor's story view and whose they are: an item's "Show in story" sets
 * them, the story view marks them and moves to the first, and clearing them returns to the item.
 */
export class StoryHighlight {
	passages = $state.raw<readonly Evidence[]>([]);
	/** What cites them, as the buttons name it: "question seq-3". */
	owner = $state('');
	/** Counts the requests, so showing the same item again moves to it again. */
	requests = $state(0);
	/** The control that asked, for the way back. */
	#from: HTMLElement | null = null;

	show(owner: string, passages: readonly Evidence[], from: HTMLElement | null = null): void {
		this.passages = passages.filter((p) => p.quote && p.end > p.start);
		this.owner = owner;
		this.#from = from;
		this.requests++;
	}

	/** Clears the highlight; `back` returns the focus to the control that asked. */
	clear(back = false): void {
		const from = this.#from;
		this.passages = [];
		this.owner = '';
		this.#from = null;
		if (back && from?.isConnected) {
			from.scrollIntoView?.({ block: 'center' });
			from.focus();
		}
	}
}

const KEY = Symbol('story-highlight');

/** The context that gives parts rendered on their own (in tests) a highlight to share. */
export const highlightContext = (highlight: StoryHighlight) => new Map([[KEY, highlight]]);

/** Gives the editor's parts one highlight to share (the editor page calls this). */
export function setStoryHighlight(highlight = new StoryHighlight()): StoryHighlight {
	return setContext(KEY, highlight);
}

/** The editor's highlight, or undefined where a part is used on its own. */
export function getStoryHighlight(): StoryHighlight | undefined {
	return getContext<StoryHighlight | undefined>(KEY);
}
