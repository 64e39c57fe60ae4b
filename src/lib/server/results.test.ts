import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attemptsWithAnswers, openAttempt, saveAnswer, startAttempt, submitAttempt, takeHint } from './attempts';
import type { Db } from './db';
import { freshDatabase, testEngines } from './db/testing';
import { findModule, modules } from './modules';
import { seedBuiltIns } from './modules/store';
import {
	itemAnalysis,
	questionsTable,
	readItemQuery,
	sortItems,
	studentRows,
	studentsTable,
	type ResultAttempt
} from './results';

const module = findModule('nato-russia-missions-2021')!;
const assignment = { skills: ['sequence', 'numbers'] as ('sequence' | 'numbers')[] };
const T0 = Date.UTC(2026, 10, 27, 9, 0);
const IDS = ['seq-lead', 'seq-order-response', 'num-eight', 'seq-tfn-response', 'num-match'];
const order = module.questions.find((q) => q.id === 'seq-order-response')!;
const RIGHT_ORDER = ['nato-cuts-mission', 'russia-decides', 'lavrov-announces'];
const match = module.questions.find((q) => q.id === 'num-match')!;
if (match.kind !== 'matching' || order.kind !== 'ordering') throw new Error('the module changed');

type Answers = ResultAttempt['answers'];
const ans = (response: unknown, correct: boolean, score = correct ? 1 : 0, hintsUsed = 0) =>
	({ response, correct, score, hintsUsed, savedAt: T0 }) as Answers[string];

function attempt(id: string, answers: Answers, extra: Partial<ResultAttempt> = {}): ResultAttempt {
	return { id, displayName: id, startedAt: T0, submittedAt: null, score: null, questionIds: IDS, answers, hints: {}, ...extra };
}

const wrongOrder = ['russia-decides', 'nato-cuts-mission', 'lavrov-announces'];
const swapped = { ...match.answer, twenty: match.answer.ten!, ten: match.answer.twenty! };
const attempts: ResultAttempt[] = [
	attempt(
		'Ada',
		{
			'seq-lead': ans({ kind: 'single', option: 'reply' }, true, 0.75, 1),
			'seq-order-response': ans({ kind: 'ordering', order: RIGHT_ORDER }, true),
			'num-eight': ans({ kind: 'numeric', text: '8' }, true),
			'seq-tfn-response': ans({ kind: 'tfn', choice: 'true' }, true),
			'num-match': ans({ kind: 'matching', pairs: match.answer }, true)
		},
		{ submittedAt: T0 + 125_400, score: 0.95, hints: { 'seq-lead': 1, 'num-eight': 2 } }
	),
	attempt(
		'Bob',
		{
			'seq-lead': ans({ kind: 'single', option: 'cut' }, false),
			'seq-order-response': ans({ kind: 'ordering', order: wrongOrder }, false),
			'num-eight': ans({ kind: 'numeric', text: '  Ten ' }, false),
			'seq-tfn-response': ans({ kind: 'tfn', choice: 'false' }, false),
			'num-match': ans({ kind: 'matching', pairs: swapped }, false, 0.5)
		},
		{ submittedAt: T0 + 60_000, score: 0.1 }
	),
	attempt('Cy', {
		'seq-lead': ans({ kind: 'single', option: 'cut' }, false),
		'seq-order-response': ans({ kind: 'ordering', order: wrongOrder }, false),
		'num-eight': ans({ kind: 'numeric', text: 'ten' }, false)
	}),
	attempt('Dee', {}),
	// A response that cannot be read is counted as answered, but as nothing chosen.
	attempt('Eve', { 'seq-lead': ans('garbage', false) }, { questionIds: ['seq-lead'] })
];

describe('studentRows', () => {
	const rows = studentRows(module, assignment, attempts);

	it('tells joined, in progress and submitted apart', () => {
		expect(rows.map((r) => r.status)).toEqual(['submitted', 'submitted', 'in-progress', 'joined', 'in-progress']);
	});

	it('gives the score, per-skill scores, time taken and hints', () => {
		const ada = rows[0]!;
		expect(ada.score).toBe(0.95);
		expect(ada.skills.sequence).toBeCloseTo((0.75 + 1 + 1) / 3);
		expect(ada.skills.numbers).toBe(1);
		expect(ada.skills.sources).toBeNull();
		expect(ada.timeTakenMs).toBe(125_400);
		expect(ada.hints).toBe(3);
		expect(ada.points).toBeCloseTo(4.75);
		// No score or time before submitting; skills are of answered, so Cy's unanswered num-match is not a 0.
		const cy = rows[2]!;
		expect(cy.score).toBeNull();
		expect(cy.timeTakenMs).toBeNull();
		expect(cy.skills.numbers).toBe(0);
		expect(cy.answered).toBe(3);
		expect(cy.questions).toBe(5);
		const eve = rows[4]!;
		expect(eve.skills.sequence).toBe(0);
		expect(eve.skills.numbers).toBeNull();
	});

	it('gives a student who has only joined no figures at all, rather than 0%', () => {
		const dee = rows[3]!;
		expect([dee.score, dee.skills.sequence, dee.skills.numbers, dee.points]).toEqual([null, null, null, 0]);
	});

	it('builds per-student and class figures on the same base: the answers given', () => {
		const { skills } = itemAnalysis(module, assignment, attempts);
		for (const skill of ['sequence', 'numbers'] as const) {
			// The class average is the answers-weighted mean of the students' figures.
			const weighted = rows.reduce((sum, r) => {
				const n = IDS.filter((id) => r.scores[id] !== undefined && module.questions.find((q) => q.id === id)!.skill === skill).length;
				return sum + (r.skills[skill] ?? 0) * n;
			}, 0);
			const average = skills.find((x) => x.skill === skill)!;
			expect(weighted / average.answers).toBeCloseTo(average.average!);
		}
	});
});

describe('itemAnalysis', () => {
	const { questions, skills } = itemAnalysis(module, assignment, attempts);
	const q = (id: string) => questions.find((x) => x.id === id)!;

	it('covers the questions drawn, in module order', () => {
		expect(questions.map((x) => x.id)).toEqual(['seq-lead', 'seq-order-response', 'seq-tfn-response', 'num-eight', 'num-match']);
	});

	it('counts answered and correct, with the share of those who answered', () => {
		expect(q('seq-lead')).toMatchObject({ answered: 4, correct: 1, shareCorrect: 0.25, meanScore: 0.75 / 4 });
		expect(q('seq-tfn-response')).toMatchObject({ answered: 2, correct: 1, shareCorrect: 0.5, meanScore: 0.5 });
	});

	it('shows partial credit as the mean score beside the share fully correct', () => {
		// Bob's matching earned half: no one else was wrong, so it is 50% fully correct but 75% on average.
		expect(q('num-match')).toMatchObject({ answered: 2, correct: 1, shareCorrect: 0.5, meanScore: 0.75 });
	});

	it('counts each option chosen and marks the key', () => {
		expect(q('seq-lead').options!.map((o) => [o.id, o.count, o.key])).toEqual([
			['reply', 1, true],
			['cut', 2, false],
			['lavrov', 0, false],
			['stoltenberg', 0, false]
		]);
		const lead = module.questions[0]!;
		expect(q('seq-lead').mostCommonWrong).toBe(lead.kind === 'single' ? lead.options[1]!.text : 'not single');
		expect(q('seq-tfn-response').options!.map((o) => [o.text, o.count, o.key])).toEqual([
			['True', 1, true],
			['False', 1, false],
			['Not stated', 0, false]
		]);
	});

	it('lists the commonest wrong orders with event labels', () => {
		const labels = wrongOrder.map((id) => module.events.find((e) => e.id === id)!.label).join(' → ');
		expect(q('seq-order-response').wrong).toEqual([{ answer: labels, count: 2 }]);
	});

	it('lists the commonest wrong numbers as normalised text', () => {
		expect(q('num-eight').wrong).toEqual([{ answer: 'ten', count: 2 }]);
		expect(q('num-eight').mostCommonWrong).toBe('ten');
	});

	it('lists wrong matches per prompt', () => {
		const text = (id: string) => match.choices.find((c) => c.id === id)!.text;
		const twenty = match.prompts.find((p) => p.id === 'twenty')!.text;
		const byPrompt = Object.fromEntries(q('num-match').matches!.map((m) => [m.prompt, m.wrong]));
		expect(byPrompt[twenty]).toEqual([{ answer: text(match.answer.ten!), count: 1 }]);
		expect(q('num-match').matches!.filter((m) => m.wrong.length > 0)).toHaveLength(2);
	});

	it('gives the passage that answers each question', () => {
		expect(q('seq-lead').passage).toBe(module.questions[0]!.evidence[0]!.quote);
		expect(module.story.text).toContain(q('num-eight').passage!);
	});

	it('averages the credit per skill', () => {
		// sequence: Ada .75, 1, 1; Bob 0, 0, 0; Cy 0, 0; Eve 0 → 2.75 / 9
		expect(skills.map((s) => s.skill)).toEqual(['sequence', 'numbers']);
		expect(skills[0]!.average).toBeCloseTo(2.75 / 9);
		expect(skills[0]!.answers).toBe(9);
		// numbers: Ada 1, 1; Bob 0, .5; Cy 0
		expect(skills[1]!.average).toBeCloseTo(2.5 / 5);
	});

	it('is empty with no attempts', () => {
		expect(itemAnalysis(module, assignment, [])).toEqual({
			questions: [],
			skills: [
				{ skill: 'sequence', average: null, answers: 0 },
				{ skill: 'numbers', average: null, answers: 0 }
			]
		});
	});

	it('sorts hardest first by default and filters by skill', () => {
		expect(sortItems(questions, 'correct', null).map((x) => x.id)).toEqual([
			'seq-lead',
			'seq-order-response',
			'num-eight',
			'seq-tfn-response',
			'num-match'
		]);
		expect(sortItems(questions, 'order', 'numbers').map((x) => x.id)).toEqual(['num-eight', 'num-match']);
	});
});

describe('readItemQuery', () => {
	it('falls back to hardest first over all skills', () => {
		expect(readItemQuery(new URLSearchParams('sort=bogus&skill=sources'), ['sequence'])).toEqual({ sort: 'correct', skill: null });
		expect(readItemQuery(new URLSearchParams('sort=order&skill=sequence'), ['sequence'])).toEqual({ sort: 'order', skill: 'sequence' });
	});
});

describe('tables for export', () => {
	const items = itemAnalysis(module, assignment, attempts).questions;
	const n = (id: string) => module.questions.findIndex((q) => q.id === id) + 1;
	const labels = ['seq-lead', 'seq-order-response', 'seq-tfn-response', 'num-eight', 'num-match'].map((id) => `Q${n(id)} · ${id}`);

	it('writes one row per student with local times, percentages, seconds and each question’s points', () => {
		const table = studentsTable(studentRows(module, assignment, attempts), assignment.skills, items, 'Europe/Berlin', 2);
		expect(table[0]).toEqual([
			'Name',
			'Status',
			'Started (Europe/Berlin)',
			'Submitted (Europe/Berlin)',
			'Score % (of all questions)',
			'Points',
			'Out of',
			'Sequence % (of answered)',
			'Numbers % (of answered)',
			'Time taken (s)',
			'Hints',
			'Module version',
			...labels
		]);
		// Exact values: 2.75 / 3 is 91.6667%, where the page shows 92%.
		expect(table[1]).toEqual(['Ada', 'Submitted', '2026-11-27 10:00:00', '2026-11-27 10:02:05', 95, 4.75, 5, 91.6667, 100, 125, 3, 2, 0.75, 1, 1, 1, 1]);
		expect(table[2]!.slice(12)).toEqual([0, 0, 0, 0, 0.5]);
		expect(table[4]).toEqual(['Dee', 'Joined', '2026-11-27 10:00:00', '', '', 0, 5, '', '', '', 0, 2, '', '', '', '', '']);
	});

	it('writes one row per question in question order, numbered as in the module', () => {
		const table = questionsTable(sortItems(items, 'correct', null), 2);
		expect(table.map((r) => r[0])).toEqual(['Question', ...labels]);
		expect(table[4]).toEqual([
			labels[3],
			n('num-eight'),
			'num-eight',
			'numbers',
			'numeric',
			module.questions.find((x) => x.id === 'num-eight')!.stem,
			3,
			33.3333,
			1,
			33.3333,
			'ten',
			2
		]);
	});
});

describe.each(testEngines)('results from stored attempts on %s', (engine) => {
	let db: Db;
	let drop: () => Promise<void>;

	beforeAll(async () => {
		({ db, drop } = await freshDatabase(engine));
		await db.insertInto('teachers').values({ id: 't1', email: 't@school.test', name: 'T', password_hash: 'x', created_at: T0 }).execute();
		await db
			.insertInto('assignments')
			.values({
				id: 'a1',
				teacher_id: 't1',
				code: 'CAAAAA',
				title: 'Week 3',
				module_slug: module.slug,
				module_version: module.version,
				skills: JSON.stringify(['sequence']),
				question_count: 2,
				shuffle: 0,
				feedback: 'submit',
				attempts_allowed: 1,
				opens_at: null,
				closes_at: null,
				time_limit_minutes: null,
				closed_at: null,
				created_at: T0 - 60_000,
				updated_at: T0 - 60_000
			})
			.execute();
		// Made as before modules were stored: seeding pins it to the built-in's version.
		await seedBuiltIns(db, modules, T0);
	});
	afterAll(() => drop());

	async function start(device: string, name: string, now: number) {
		const started = await startAttempt(db, { assignmentId: 'a1', deviceId: device, displayName: name, now });
		if (!started.ok) throw new Error(started.message);
		return (await openAttempt(db, started.attempt.id, started.token))!;
	}

	it('reads what students saved, hinted and submitted', async () => {
		const ada = await start('d1', 'Ada', T0);
		const bo = await start('d2', 'Bo, "the =SUM"', T0 + 1);
		await start('d3', 'Cy', T0 + 2);
		await takeHint(db, ada, 'seq-lead', { index: 0 }, T0 + 1_000);
		await saveAnswer(db, ada, 'seq-lead', { response: { kind: 'single', option: 'reply' }, seq: 1, hintsUsed: 1 }, T0 + 2_000);
		await saveAnswer(db, bo, 'seq-lead', { response: { kind: 'single', option: 'cut' }, seq: 1 }, T0 + 3_000);
		await submitAttempt(db, (await openAttemptAgain(ada))!, T0 + 90_000);

		const attempts = await attemptsWithAnswers(db, 'a1');
		const rows = studentRows(module, { skills: ['sequence'] }, attempts);
		expect(rows.map((r) => [r.displayName, r.status, r.hints, r.timeTakenMs])).toEqual([
			['Ada', 'submitted', 1, 90_000],
			['Bo, "the =SUM"', 'in-progress', 0, null],
			['Cy', 'joined', 0, null]
		]);
		const { questions } = itemAnalysis(module, { skills: ['sequence'] }, attempts);
		expect(questions.find((q) => q.id === 'seq-lead')).toMatchObject({ answered: 2, correct: 1, shareCorrect: 0.5 });
		expect(questions.find((q) => q.id === 'seq-lead')!.options!.map((o) => o.count)).toEqual([1, 1, 0, 0]);
	});

	/** The attempt as a later request sees it, as the route would open it. */
	async function openAttemptAgain(open: Awaited<ReturnType<typeof start>>) {
		const row = await db.selectFrom('attempts').selectAll().where('id', '=', open.attempt.id).executeTakeFirstOrThrow();
		return { ...open, attempt: row };
	}
});
