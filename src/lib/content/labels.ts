import type { AttributionForm, Skill, SourceKind, WordingKind } from './types';

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

/** The form of a source's words, whoever the source is. */
export const ATTRIBUTION_FORM_LABELS: Record<AttributionForm, string> = {
	'direct-quote': 'Direct quote',
	'partial-quote': 'Partial quote',
	paraphrase: 'Paraphrase',
	mention: 'Mention only',
	declined: 'Declined to comment',
	'reporter-voice': "Reporter's voice"
};

/** Who stands behind the words, whatever their form. */
export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
	'named-person': 'Named person',
	'named-institution': 'Named institution',
	'anonymous-person': 'Anonymous person',
	'no-source': 'No source'
};

/** The reporter's words that shift how a claim reads. */
export const WORDING_KIND_LABELS: Record<WordingKind, string> = {
	distancing: 'Distancing word',
	endorsing: 'Endorsing verb',
	loaded: 'Loaded word',
	insertion: "Editor's insertion"
};
