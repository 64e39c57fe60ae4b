import type { Visibility } from './studio.server';

/** Who can see a module, as the studio says it. */
export const VISIBILITY_LABELS: Record<Visibility, string> = {
	private: 'Only you',
	teachers: 'Teachers on this site',
	public: 'Everyone (self-study library)'
};
