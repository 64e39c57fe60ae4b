import { SKILLS, type Skill } from '$lib/content/types';
import type { Assignment } from '$lib/server/assignments';

/**
 * The assignment form's fields as text, the way the form holds them: what the server fills in, and what
 * it sends back beside the errors when the form is refused.
 */
export type FormValues = {
	title: string;
	module: string;
	skills: string[];
	questionCount: string;
	shuffle: boolean;
	shuffleOptions: boolean;
	feedback: string;
	attemptsAllowed: string;
	/** `datetime-local` text, in `timeZone`. */
	opens: string;
	closes: string;
	timeLimit: string;
	/** The IANA zone the times are written in; empty when they are UTC and the browser has not yet said. */
	timeZone: string;
	/** A class id, or `ANYONE_VALUE` for the anonymous, low-stakes join. */
	class: string;
	review: string;
};

/** The form's value for "anyone with the code" (the same as the server's `ANYONE`). */
export const ANYONE_VALUE = 'anyone';

export type ClassChoice = { id: string; name: string; students: number };

/** A module the assignment form offers: `version` is the version an assignment of it uses. */
export type ModuleChoice = { slug: string; title: string; version: number; perSkill: Record<Skill, number> };

export const DEFAULT_QUESTIONS = 10;

export function blankValues(module: ModuleChoice | undefined, classId: string = ANYONE_VALUE): FormValues {
	const available = module ? SKILLS.reduce((n, s) => n + module.perSkill[s], 0) : DEFAULT_QUESTIONS;
	return {
		title: '',
		module: module?.slug ?? '',
		skills: [...SKILLS],
		questionCount: String(Math.min(DEFAULT_QUESTIONS, available)),
		shuffle: true,
		shuffleOptions: true,
		feedback: 'submit',
		attemptsAllowed: '1',
		opens: '',
		closes: '',
		timeLimit: '',
		timeZone: '',
		class: classId,
		review: 'attempt'
	};
}

/** UTC wall-clock text for a `datetime-local` input; the browser moves it into the teacher's zone. */
function utcLocal(ms: number | null): string {
	return ms === null ? '' : new Date(ms).toISOString().slice(0, 16);
}

export function assignmentValues(a: Assignment): FormValues {
	return {
		title: a.title,
		module: a.moduleSlug,
		skills: [...a.skills],
		questionCount: String(a.questionCount),
		shuffle: a.shuffle,
		shuffleOptions: a.shuffleOptions !== false,
		feedback: a.feedback,
		attemptsAllowed: String(a.attemptsAllowed),
		opens: utcLocal(a.opensAt),
		closes: utcLocal(a.closesAt),
		timeLimit: a.timeLimitMinutes === null ? '' : String(a.timeLimitMinutes),
		timeZone: '',
		class: a.classId ?? ANYONE_VALUE,
		review: a.review
	};
}

/**
 * What the teacher sent, to show again beside the errors. Cut to a sane size: a 100 kB title is not
 * sent back whole (its length is in the error message).
 */
export function submittedValues(data: FormData): FormValues {
	const str = (name: string, max = 100) => {
		const v = data.get(name);
		return typeof v === 'string' ? v.slice(0, max) : '';
	};
	return {
		title: str('title', 500),
		module: str('module'),
		skills: data
			.getAll('skills')
			.filter((s): s is string => typeof s === 'string')
			.filter((s) => (SKILLS as readonly string[]).includes(s)),
		questionCount: str('questionCount'),
		shuffle: data.has('shuffle'),
		shuffleOptions: data.has('shuffleOptions'),
		feedback: str('feedback'),
		attemptsAllowed: str('attemptsAllowed'),
		opens: str('opens'),
		closes: str('closes'),
		timeLimit: str('timeLimit'),
		timeZone: str('timeZone'),
		class: str('class') || ANYONE_VALUE,
		review: str('review')
	};
}
