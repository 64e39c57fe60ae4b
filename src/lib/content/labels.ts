import type { Skill } from './types';

export const SKILL_LABELS: Record<Skill, string> = {
	sequence: 'Sequence',
	numbers: 'Numbers',
	sources: 'Sources'
};

export const SKILL_DESCRIPTIONS: Record<Skill, string> = {
	sequence: 'what happened when, as against the order the story tells it',
	numbers: 'counts, dates, deadlines and the arithmetic that ties them',
	sources: 'who said what, and how'
};
