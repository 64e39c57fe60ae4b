import { SKILL_LABELS } from '$lib/content/labels';
import { SKILLS, TFN_CHOICES, type Evidence, type Question, type Skill, type StoryModule } from '$lib/content/types';
import { readResponse, totalPoints, type Response } from '$lib/grading';
import { normaliseText } from '$lib/grading/text';
import { questionLabel, questionNumbers } from '$lib/content/numbering';
import { exact, wallClock } from '$lib/format';
import type { Assignment } from './assignments';
import type { AttemptWithAnswers } from './attempts';

/**
 * The teacher's results for one assignment: a row per student and an analysis per question and per
 * skill. Pure: it reads the module and the attempts (as `attemptsWithAnswers` in `attempts.ts` returns them)
 * and does no I/O, so it is tested with hand-made attempts. Every string it returns is plain text;
 * student input (names, typed numbers) must be shown with `{…}`, never as markup.
 */

/** The attempt fields the results read. */
export type ResultAttempt = Pick<
	AttemptWithAnswers,
	'id' | 'displayName' | 'startedAt' | 'submittedAt' | 'score' | 'questionIds' | 'answers' | 'hints'
>;

/** Joined: started, nothing answered yet. */
export type StudentStatus = 'joined' | 'in-progress' | 'submitted';

export const STUDENT_STATUS_LABELS: Record<StudentStatus, string> = {
	joined: 'Joined',
	'in-progress': 'In progress',
	submitted: 'Submitted'
};

export type StudentRow = {
	id: string;
	displayName: string;
	status: StudentStatus;
	startedAt: number;
	submittedAt: number | null;
	/** 0..1 once submitted, of all the attempt's questions (unanswered count 0): the grade. */
	score: number | null;
	/** The points earned so far (1 per question at most), and the points possible (one per question). */
	points: number;
	/**
	 * 0..1 per skill of the assignment, of answered: the mean credit of the attempt's answers to that skill's
	 * questions; null when it answered none. The class average by skill uses the same base.
	 */
	skills: Record<Skill, number | null>;
	/** Milliseconds from start to submission, once submitted. */
	timeTakenMs: number | null;
	/** Hints taken over the whole attempt. */
	hints: number;
	answered: number;
	questions: number;
	/** The credit (0..1) of each question the attempt answered, by question id. */
	scores: Record<string, number>;
};

const TFN_LABELS: Record<string, string> = { true: 'True', false: 'False', 'not-stated': 'Not stated' };

/** One row per attempt, in the order given (oldest first from `attemptsWithAnswers`). */
export function studentRows(module: StoryModule, assignment: Pick<Assignment, 'skills'>, attempts: readonly ResultAttempt[]): StudentRow[] {
	const skillOf = new Map(module.questions.map((q) => [q.id, q.skill]));
	return attempts.map((t) => {
		const answered = Object.keys(t.answers).filter((id) => t.questionIds.includes(id)).length;
		const status: StudentStatus = t.submittedAt !== null ? 'submitted' : answered > 0 ? 'in-progress' : 'joined';
		const skills = {} as Record<Skill, number | null>;
		for (const skill of SKILLS) {
			const ids = assignment.skills.includes(skill) ? t.questionIds.filter((id) => skillOf.get(id) === skill && t.answers[id]) : [];
			skills[skill] = ids.length === 0 ? null : totalPoints(ids.map((id) => t.answers[id]!.score)) / ids.length;
		}
		return {
			id: t.id,
			displayName: t.displayName,
			status,
			startedAt: t.startedAt,
			submittedAt: t.submittedAt,
			score: t.submittedAt === null ? null : t.score,
			points: totalPoints(t.questionIds.map((id) => t.answers[id]?.score ?? 0)),
			skills,
			timeTakenMs: t.submittedAt === null ? null : Math.max(0, t.submittedAt - t.startedAt),
			hints: Object.values(t.hints).reduce((sum, n) => sum + n, 0),
			answered,
			questions: t.questionIds.length,
			scores: Object.fromEntries(t.questionIds.flatMap((id) => (t.answers[id] ? [[id, t.answers[id]!.score]] : [])))
		};
	});
}

// ---------------------------------------------------------------------------------------------------
// Item analysis
// ---------------------------------------------------------------------------------------------------

/** How often one option (or true / false / not stated) was chosen. */
export type OptionCount = { id: string; text: string; count: number; key: boolean };
/** A wrong answer in words, and how many gave it. */
export type WrongCount = { answer: string; count: number };
export type PromptMisses = { prompt: string; wrong: WrongCount[] };

export type ItemStats = {
	id: string;
	/** The question's number in the module (`numbering.ts`): the same on every page and export. */
	number: number;
	/** "Q7 · seq-lead". */
	label: string;
	skill: Skill;
	kind: Question['kind'];
	stem: string;
	/** The statement to judge or the claim to support, where the stem needs it. */
	prompt: string | null;
	answered: number;
	/** Answers with full credit. */
	correct: number;
	/** correct / answered ("fully correct"); null when no one has answered. */
	shareCorrect: number | null;
	/** The mean credit (0..1) of the answers given, partial credit included; null when no one has answered. */
	meanScore: number | null;
	/** Single, multiple, true-false-not-stated: every option with its count; the key is marked. */
	options?: OptionCount[];
	/** Ordering: the commonest wrong orders (event labels), top 3. Numeric: the commonest wrong texts, normalised, top 3. Evidence: the commonest wrong passages. */
	wrong?: WrongCount[];
	/** Matching: the wrong choices made for each prompt, commonest first. */
	matches?: PromptMisses[];
	/** The commonest wrong answer in one line, for the export; null when no one was wrong. */
	mostCommonWrong: string | null;
	/** The story's words that answer it: the question's first evidence quote. */
	passage: string | null;
};

export type SkillAverage = {
	skill: Skill;
	/** The mean credit (0..1) of every answer given to the skill's questions; null when none. */
	average: number | null;
	answers: number;
};

export type ItemAnalysis = { questions: ItemStats[]; skills: SkillAverage[] };

export const ITEM_SORTS = ['correct', 'order'] as const;
export type ItemSort = (typeof ITEM_SORTS)[number];

const TOP = 3;

function top(counts: Map<string, number>, n = TOP): WrongCount[] {
	return [...counts]
		.map(([answer, count]) => ({ answer, count }))
		.sort((a, b) => b.count - a.count || a.answer.localeCompare(b.answer))
		.slice(0, n);
}

function bump(counts: Map<string, number>, key: string) {
	counts.set(key, (counts.get(key) ?? 0) + 1);
}

function eventLabel(module: StoryModule, id: string): string {
	return module.events.find((e) => e.id === id)?.label ?? id.slice(0, 40);
}

function cut(text: string, max = 200): string {
	return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * Per question of the assignment's skills that some attempt drew: who answered, the share correct and
 * what the wrong answers were; and per skill, the class average. Responses that cannot be read count as
 * answered (and as the stored grade says) but add no option or wrong-answer counts.
 */
export function itemAnalysis(
	module: StoryModule,
	assignment: Pick<Assignment, 'skills'>,
	attempts: readonly ResultAttempt[]
): ItemAnalysis {
	const drawn = new Set(attempts.flatMap((t) => t.questionIds));
	const questions: ItemStats[] = [];
	const numbers = questionNumbers(module);
	module.questions.forEach((q) => {
		if (!drawn.has(q.id) || !assignment.skills.includes(q.skill)) return;
		const answers = attempts.flatMap((t) => (t.questionIds.includes(q.id) && t.answers[q.id] ? [t.answers[q.id]!] : []));
		const all: Response[] = [];
		const wrong: Response[] = [];
		for (const a of answers) {
			const read = readResponse(q.kind, a.response);
			if (!read.ok) continue;
			all.push(read.response);
			if (!a.correct) wrong.push(read.response);
		}
		const correct = answers.filter((a) => a.correct).length;
		const stats: ItemStats = {
			id: q.id,
			number: numbers.get(q.id)!,
			label: questionLabel(numbers.get(q.id)!, q.id),
			skill: q.skill,
			kind: q.kind,
			stem: q.stem,
			prompt: q.kind === 'tfn' ? q.statement : q.kind === 'evidence' ? q.claim : null,
			answered: answers.length,
			correct,
			shareCorrect: answers.length === 0 ? null : correct / answers.length,
			meanScore: answers.length === 0 ? null : totalPoints(answers.map((a) => a.score)) / answers.length,
			mostCommonWrong: null,
			passage: q.evidence[0]?.quote ?? null
		};
		Object.assign(stats, wrongAnswers(module, q, all, wrong));
		questions.push(stats);
	});

	const skills = SKILLS.filter((s) => assignment.skills.includes(s)).map((skill): SkillAverage => {
		const scores = attempts.flatMap((t) =>
			t.questionIds.flatMap((id) => {
				const a = t.answers[id];
				return a && module.questions.find((q) => q.id === id)?.skill === skill ? [a.score] : [];
			})
		);
		return {
			skill,
			average: scores.length === 0 ? null : totalPoints(scores) / scores.length,
			answers: scores.length
		};
	});
	return { questions, skills };
}

/** The per-kind counts: `all` is every readable response, `wrong` the readable ones graded wrong. */
function wrongAnswers(
	module: StoryModule,
	q: Question<Evidence>,
	all: Response[],
	wrong: Response[]
): Pick<ItemStats, 'options' | 'wrong' | 'matches' | 'mostCommonWrong'> {
	switch (q.kind) {
		case 'single':
		case 'multiple':
		case 'tfn': {
			const choices =
				q.kind === 'tfn'
					? TFN_CHOICES.map((id) => ({ id, text: TFN_LABELS[id]!, key: id === q.answer }))
					: q.options.map((o) => ({
							id: o.id,
							text: o.text,
							key: q.kind === 'single' ? o.id === q.answer : q.answer.includes(o.id)
						}));
			const chosen = (r: Response): string[] =>
				r.kind === 'single' ? [r.option] : r.kind === 'tfn' ? [r.choice] : r.kind === 'multiple' ? [...new Set(r.options)] : [];
			const options = choices.map((c) => ({ ...c, count: all.filter((r) => chosen(r).includes(c.id)).length }));
			const textOf = (id: string) => choices.find((c) => c.id === id)?.text ?? id.slice(0, 40);
			const sets = new Map<string, number>();
			for (const r of wrong) bump(sets, chosen(r).length === 0 ? 'Nothing chosen' : chosen(r).map(textOf).join('; '));
			return { options, mostCommonWrong: top(sets, 1)[0]?.answer ?? null };
		}
		case 'ordering': {
			// The arrows give the order; numbers inside a ranked list would read "1. 1. …".
			const orders = new Map<string, number>();
			for (const r of wrong) if (r.kind === 'ordering') bump(orders, r.order.map((id) => eventLabel(module, id)).join(' → '));
			const list = top(orders);
			return { wrong: list, mostCommonWrong: list[0]?.answer ?? null };
		}
		case 'numeric': {
			const texts = new Map<string, number>();
			for (const r of wrong) if (r.kind === 'numeric') bump(texts, cut(normaliseText(r.text), 80));
			const list = top(texts);
			return { wrong: list, mostCommonWrong: list[0]?.answer ?? null };
		}
		case 'evidence': {
			const passages = new Map<string, number>();
			const text = module.story.text;
			for (const r of wrong) {
				if (r.kind === 'evidence' && r.end <= text.length) bump(passages, cut(text.slice(r.start, r.end)));
			}
			const list = top(passages);
			return { wrong: list, mostCommonWrong: list[0]?.answer ?? null };
		}
		case 'matching': {
			const pairs = new Map<string, number>();
			const matches = q.prompts.map((p) => {
				const counts = new Map<string, number>();
				for (const r of wrong) {
					if (r.kind !== 'matching') continue;
					const choice = r.pairs[p.id];
					if (choice === undefined || choice === q.answer[p.id]) continue;
					const text = q.choices.find((c) => c.id === choice)?.text ?? choice.slice(0, 40);
					bump(counts, text);
					bump(pairs, `${p.text} → ${text}`);
				}
				return { prompt: p.text, wrong: top(counts, q.choices.length) };
			});
			return { matches, mostCommonWrong: top(pairs, 1)[0]?.answer ?? null };
		}
	}
}

/**
 * The questions a teacher asked for: of one skill (or all), hardest first (the lowest mean score, then the
 * lowest share fully correct, the unanswered last, ties in question order) or in question order.
 */
export function sortItems(items: readonly ItemStats[], sort: ItemSort, skill: Skill | null): ItemStats[] {
	const chosen = items.filter((i) => skill === null || i.skill === skill);
	if (sort === 'order') return chosen.sort((a, b) => a.number - b.number);
	return chosen.sort(
		(a, b) => (a.meanScore ?? 2) - (b.meanScore ?? 2) || (a.shareCorrect ?? 2) - (b.shareCorrect ?? 2) || a.number - b.number
	);
}

/** Reads `?sort=` and `?skill=` from the address; anything else falls back to the defaults. */
export function readItemQuery(params: URLSearchParams, skills: readonly Skill[]): { sort: ItemSort; skill: Skill | null } {
	const sort = params.get('sort');
	const skill = params.get('skill');
	return {
		sort: (ITEM_SORTS as readonly string[]).includes(sort ?? '') ? (sort as ItemSort) : 'correct',
		skill: skills.includes(skill as Skill) ? (skill as Skill) : null
	};
}

// ---------------------------------------------------------------------------------------------------
// Exports
// ---------------------------------------------------------------------------------------------------

/** Exact percentages: the pages round, the exports do not. */
const pct = (share: number | null) => (share === null ? '' : exact(share * 100));

/**
 * The rows of `students.csv`, headings first: one column per question the class drew, headed by its
 * label ("Q7 · seq-lead") in question order, holding the points earned (0 to 1, exact); empty when unanswered.
 * Times are wall-clock times in `timeZone` (a valid IANA name), named in their headings. `version` is the
 * number of the module version the attempts answered.
 */
export function studentsTable(
	rows: readonly StudentRow[],
	skills: readonly Skill[],
	items: readonly ItemStats[],
	timeZone: string,
	version: number
): (string | number)[][] {
	const chosen = SKILLS.filter((s) => skills.includes(s));
	const questions = byNumber(items);
	const time = (ms: number | null) => (ms === null ? '' : wallClock(ms, timeZone));
	return [
		[
			'Name',
			'Status',
			`Started (${timeZone})`,
			`Submitted (${timeZone})`,
			'Score % (of all questions)',
			'Points',
			'Out of',
			...chosen.map((s) => `${SKILL_LABELS[s]} % (of answered)`),
			'Time taken (s)',
			'Hints',
			'Module version',
			...questions.map((q) => q.label)
		],
		...rows.map((r) => [
			r.displayName,
			STUDENT_STATUS_LABELS[r.status],
			time(r.startedAt),
			time(r.submittedAt),
			pct(r.score),
			exact(r.points),
			r.questions,
			...chosen.map((s) => pct(r.skills[s])),
			r.timeTakenMs === null ? '' : Math.round(r.timeTakenMs / 1000),
			r.hints,
			version,
			...questions.map((q) => (r.scores[q.id] === undefined ? '' : exact(r.scores[q.id]!)))
		])
	];
}

const byNumber = (items: readonly ItemStats[]) => [...items].sort((a, b) => a.number - b.number);

/** The rows of `questions.csv`, headings first, in question order; `version` is the module version's number. */
export function questionsTable(items: readonly ItemStats[], version: number): (string | number)[][] {
	return [
		[
			'Question',
			'Number',
			'Id',
			'Skill',
			'Kind',
			'Stem',
			'Answered',
			'Mean score % (of answered)',
			'Fully correct',
			'Fully correct % (of answered)',
			'Most common wrong answer',
			'Module version'
		],
		...byNumber(items).map((i) => [
			i.label,
			i.number,
			i.id,
			i.skill,
			i.kind,
			i.stem,
			i.answered,
			pct(i.meanScore),
			i.correct,
			pct(i.shareCorrect),
			i.mostCommonWrong ?? '',
			version
		])
	];
}
