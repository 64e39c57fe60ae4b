import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/**
 * The tables, as Kysely sees them. One schema serves SQLite and PostgreSQL, so it keeps to what both
 * store alike: times are milliseconds since the epoch (bigint, read back as numbers), flags are 0/1
 * integers, lists and records are JSON text.
 */
export interface Database {
	teachers: TeachersTable;
	sessions: SessionsTable;
	auth_failures: AuthFailuresTable;
	invitations: InvitationsTable;
	assignments: AssignmentsTable;
	attempts: AttemptsTable;
	answers: AnswersTable;
	hints: HintsTable;
	audit_events: AuditEventsTable;
	classes: ClassesTable;
	students: StudentsTable;
	student_sessions: StudentSessionsTable;
	throttle_events: ThrottleEventsTable;
	modules: ModulesTable;
	module_versions: ModuleVersionsTable;
	settings: SettingsTable;
}

export interface TeachersTable {
	id: string;
	/** Lower-cased and trimmed. */
	email: string;
	name: string;
	/** `scrypt$N$r$p$salt$hash`, base64 parts. */
	password_hash: string;
	created_at: number;
	role: Generated<TeacherRole>;
	status: Generated<TeacherStatus>;
	/** 1 for the instance's first account, null for every other: unique, so only one account founds it. */
	founder: number | null;
}

/** An administrator decides who may teach here; a teacher assigns modules and reads results. */
export type TeacherRole = 'admin' | 'teacher';
/** `pending` while an access request waits for an administrator; only `active` accounts sign in. */
export type TeacherStatus = 'active' | 'pending' | 'disabled';

/** An administrator's invitation to one email: single use, expiring; the link's token is stored hashed. */
export interface InvitationsTable {
	/** SHA-256 of the token in the invitation link, hex. */
	id: string;
	/** Normalised; the invitation opens an account for this email only. */
	email: string;
	created_by: string;
	created_at: number;
	expires_at: number;
	used_at: number | null;
	used_by: string | null;
}

export interface SessionsTable {
	/** SHA-256 of the session token, hex: the token itself is only ever in the teacher's cookie. */
	id: string;
	teacher_id: string;
	expires_at: number;
	created_at: number;
}

/** Failed sign-ins, for rate limiting: one row per failure, keyed by account and by address. */
export interface AuthFailuresTable {
	id: Generated<number>;
	key: string;
	at: number;
}

export type FeedbackRule = 'each' | 'submit' | 'close';

export interface AssignmentsTable {
	id: string;
	teacher_id: string;
	/** The join code: short, without look-alike characters. Unique. */
	code: string;
	title: string;
	module_slug: string;
	/**
	 * The module's short content version (`StoryModule.version`) when the assignment was made. Superseded
	 * by `module_version_id` and read by nothing; still written because it is NOT NULL.
	 */
	module_version: string;
	/** JSON: Skill[]. */
	skills: string;
	question_count: number;
	/** 0/1: draw the question order per attempt. */
	shuffle: number;
	feedback: FeedbackRule;
	attempts_allowed: number;
	opens_at: number | null;
	closes_at: number | null;
	time_limit_minutes: number | null;
	/** Set when the teacher closes it early. */
	closed_at: number | null;
	created_at: number;
	updated_at: number;
	/** The class it is given to: its roster students sign in; null for anonymous join by code and name. */
	class_id: ColumnType<string | null, string | null | undefined, string | null>;
	/** When a submitted attempt's keys are released: after each attempt, after the last, after close. */
	review: ColumnType<ReviewRule, ReviewRule | undefined, ReviewRule>;
	/** 0/1: show each attempt the options of its questions in an order of its own (default 1). */
	shuffle_options: ColumnType<number, number | undefined, number>;
	/** The module version it is pinned to (its questions, keys and explanations). */
	module_version_id: ColumnType<string | null, string | null | undefined, string | null>;
}

export type ReviewRule = 'attempt' | 'last' | 'close';

export interface AttemptsTable {
	id: string;
	assignment_id: string;
	/** SHA-256 of the attempt token, hex: the token is only in the student's cookie and link. */
	token_hash: string;
	/** The device that started it (a random id in a cookie), to count attempts per device. */
	device_id: string;
	display_name: string;
	/** JSON: the question ids in the order drawn for this attempt. */
	question_ids: string;
	started_at: number;
	/** Started + the time limit, when the assignment has one. */
	deadline_at: number | null;
	submitted_at: number | null;
	/** 0..1, set on submission. */
	score: number | null;
	/** The roster student whose attempt it is; null for an anonymous join (or a student since removed). */
	student_id: ColumnType<string | null, string | null | undefined, string | null>;
	/** JSON `OptionOrder`: each question's options (or matching prompts) in the order shown; null: the module's order. */
	option_order: ColumnType<string | null, string | null | undefined, string | null>;
	/** The module version this attempt answered: its grading never uses other content. */
	module_version_id: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface AnswersTable {
	attempt_id: string;
	question_id: string;
	/** JSON: the learner's Response. */
	response: string;
	hints_used: number;
	score: number;
	/** 0/1 */
	correct: number;
	/** The client's counter for this question: a save older than the stored one changes nothing. */
	seq: number;
	saved_at: number;
}

export interface HintsTable {
	attempt_id: string;
	question_id: string;
	taken: number;
}

export type AuditKind = 'attempt-started' | 'answer-saved' | 'answer-refused' | 'hint-taken' | 'submitted';

export interface AuditEventsTable {
	id: Generated<number>;
	attempt_id: string;
	at: number;
	kind: AuditKind;
	/** JSON with the details: question id, response, hint index … */
	detail: string;
}

/** A teacher's class: its code is what its students type with their personal code. */
export interface ClassesTable {
	id: string;
	teacher_id: string;
	name: string;
	/** Six characters of the join-code alphabet. Unique. */
	code: string;
	created_at: number;
}

/** A student on a class roster. */
export interface StudentsTable {
	id: string;
	class_id: string;
	name: string;
	/** scrypt of the personal code, salted with the class id (so a sign-in is one lookup); null until a card is issued. */
	code_hash: string | null;
	/** When the current card (code) was issued. */
	code_issued_at: number | null;
	created_at: number;
}

export interface StudentSessionsTable {
	/** SHA-256 of the session token, hex. */
	id: string;
	student_id: string;
	expires_at: number;
	created_at: number;
}

/** Counted events for throttles (failed student sign-ins, anonymous joins): one row each, by key. */
export interface ThrottleEventsTable {
	id: Generated<number>;
	key: string;
	at: number;
}

/** Who may see a module: its owner only, every teacher here, or also anyone in the self-study library. */
export type ModuleVisibility = 'private' | 'teachers' | 'public';

/** A module: its address, owner, visibility and the draft its owner edits. */
export interface ModulesTable {
	id: string;
	/** Unique; the module's address (`/modules/<slug>`). Fixed once the module is made. */
	slug: string;
	/** The teacher who made it; null for the instance's own (built-ins, imports without an owner). */
	owner_id: string | null;
	visibility: ModuleVisibility;
	/** The draft's title, for lists. */
	title: string;
	/** JSON text of the draft, as last saved (it may have problems). */
	draft: string;
	/** Raised by every save; a save must name the revision it edited. */
	draft_revision: number;
	/** The draft revision last published; null before the first. */
	published_revision: number | null;
	created_at: number;
	updated_at: number;
}

/** A published version of a module: never changed once written. */
export interface ModuleVersionsTable {
	id: string;
	module_id: string;
	/** 1, 2 … within the module. */
	number: number;
	/** SHA-256 hex of `content`. */
	hash: string;
	title: string;
	/** The canonical JSON text (`serializeModule`). */
	content: string;
	published_at: number;
	/** Null for the built-ins and imports. */
	published_by: string | null;
}

/** The instance's settings, by key; an absent key has its default. */
export interface SettingsTable {
	key: string;
	value: string;
	updated_at: number;
	updated_by: string | null;
}

export type Teacher = Selectable<TeachersTable>;
export type NewTeacher = Insertable<TeachersTable>;
export type Invitation = Selectable<InvitationsTable>;
export type Assignment = Selectable<AssignmentsTable>;
export type NewAssignment = Insertable<AssignmentsTable>;
export type AssignmentUpdate = Updateable<AssignmentsTable>;
export type Attempt = Selectable<AttemptsTable>;
export type NewAttempt = Insertable<AttemptsTable>;
export type Class = Selectable<ClassesTable>;
export type Student = Selectable<StudentsTable>;
export type Answer = Selectable<AnswersTable>;
export type AuditEvent = Selectable<AuditEventsTable>;
export type ModuleRow = Selectable<ModulesTable>;
export type ModuleVersionRow = Selectable<ModuleVersionsTable>;
