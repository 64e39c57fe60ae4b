import { sql, type ColumnDefinitionBuilder, type Kysely, type Migration } from 'kysely';

export type Engine = 'sqlite' | 'postgres';

/**
 * Every migration, in order, written once for both engines (the engine only picks how an
 * auto-numbered key is spelled). Kysely records which have run in its own table; a server applies the
 * missing ones when it starts. Never edit a migration that has shipped: add the next one.
 */
export function migrations(engine: Engine): Record<string, Migration> {
	const serial = (c: ColumnDefinitionBuilder) =>
		engine === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey().generatedByDefaultAsIdentity();
	return {
		'0001_initial': {
			async up(db: Kysely<unknown>) {
				await db.schema
					.createTable('teachers')
					.addColumn('id', 'text', (c) => c.primaryKey())
					.addColumn('email', 'text', (c) => c.notNull().unique())
					.addColumn('name', 'text', (c) => c.notNull())
					.addColumn('password_hash', 'text', (c) => c.notNull())
					.addColumn('created_at', 'bigint', (c) => c.notNull())
					.execute();

				await db.schema
					.createTable('sessions')
					.addColumn('id', 'text', (c) => c.primaryKey())
					.addColumn('teacher_id', 'text', (c) => c.notNull().references('teachers.id').onDelete('cascade'))
					.addColumn('expires_at', 'bigint', (c) => c.notNull())
					.addColumn('created_at', 'bigint', (c) => c.notNull())
					.execute();
				await db.schema.createIndex('sessions_teacher').on('sessions').column('teacher_id').execute();

				await db.schema
					.createTable('auth_failures')
					.addColumn('id', 'integer', serial)
					.addColumn('key', 'text', (c) => c.notNull())
					.addColumn('at', 'bigint', (c) => c.notNull())
					.execute();
				await db.schema.createIndex('auth_failures_key_at').on('auth_failures').columns(['key', 'at']).execute();

				await db.schema
					.createTable('assignments')
					.addColumn('id', 'text', (c) => c.primaryKey())
					.addColumn('teacher_id', 'text', (c) => c.notNull().references('teachers.id').onDelete('cascade'))
					.addColumn('code', 'text', (c) => c.notNull().unique())
					.addColumn('title', 'text', (c) => c.notNull())
					.addColumn('module_slug', 'text', (c) => c.notNull())
					.addColumn('module_version', 'text', (c) => c.notNull())
					.addColumn('skills', 'text', (c) => c.notNull())
					.addColumn('question_count', 'integer', (c) => c.notNull())
					.addColumn('shuffle', 'integer', (c) => c.notNull())
					.addColumn('feedback', 'text', (c) => c.notNull())
					.addColumn('attempts_allowed', 'integer', (c) => c.notNull())
					.addColumn('opens_at', 'bigint')
					.addColumn('closes_at', 'bigint')
					.addColumn('time_limit_minutes', 'integer')
					.addColumn('closed_at', 'bigint')
					.addColumn('created_at', 'bigint', (c) => c.notNull())
					.addColumn('updated_at', 'bigint', (c) => c.notNull())
					.execute();
				await db.schema.createIndex('assignments_teacher').on('assignments').column('teacher_id').execute();

				await db.schema
					.createTable('attempts')
					.addColumn('id', 'text', (c) => c.primaryKey())
					.addColumn('assignment_id', 'text', (c) => c.notNull().references('assignments.id').onDelete('cascade'))
					.addColumn('token_hash', 'text', (c) => c.notNull().unique())
					.addColumn('device_id', 'text', (c) => c.notNull())
					.addColumn('display_name', 'text', (c) => c.notNull())
					.addColumn('question_ids', 'text', (c) => c.notNull())
					.addColumn('started_at', 'bigint', (c) => c.notNull())
					.addColumn('deadline_at', 'bigint')
					.addColumn('submitted_at', 'bigint')
					.addColumn('score', 'real')
					.execute();
				await db.schema.createIndex('attempts_assignment_device').on('attempts').columns(['assignment_id', 'device_id']).execute();

				await db.schema
					.createTable('answers')
					.addColumn('attempt_id', 'text', (c) => c.notNull().references('attempts.id').onDelete('cascade'))
					.addColumn('question_id', 'text', (c) => c.notNull())
					.addColumn('response', 'text', (c) => c.notNull())
					.addColumn('hints_used', 'integer', (c) => c.notNull())
					.addColumn('score', 'real', (c) => c.notNull())
					.addColumn('correct', 'integer', (c) => c.notNull())
					.addColumn('seq', 'integer', (c) => c.notNull())
					.addColumn('saved_at', 'bigint', (c) => c.notNull())
					.addPrimaryKeyConstraint('answers_pk', ['attempt_id', 'question_id'])
					.execute();

				await db.schema
					.createTable('hints')
					.addColumn('attempt_id', 'text', (c) => c.notNull().references('attempts.id').onDelete('cascade'))
					.addColumn('question_id', 'text', (c) => c.notNull())
					.addColumn('taken', 'integer', (c) => c.notNull())
					.addPrimaryKeyConstraint('hints_pk', ['attempt_id', 'question_id'])
					.execute();

				await db.schema
					.createTable('audit_events')
					.addColumn('id', 'integer', serial)
					.addColumn('attempt_id', 'text', (c) => c.notNull().references('attempts.id').onDelete('cascade'))
					.addColumn('at', 'bigint', (c) => c.notNull())
					.addColumn('kind', 'text', (c) => c.notNull())
					.addColumn('detail', 'text', (c) => c.notNull())
					.execute();
				await db.schema.createIndex('audit_events_attempt').on('audit_events').columns(['attempt_id', 'at']).execute();
			},
			async down(db: Kysely<unknown>) {
				for (const table of ['audit_events', 'hints', 'answers', 'attempts', 'assignments', 'auth_failures', 'sessions', 'teachers']) {
					await db.schema.dropTable(table).ifExists().execute();
				}
			}
		},
		'0002_accounts': {
			async up(db: Kysely<unknown>) {
				// A role, a status (active, pending while an access request waits, disabled), and `founder`,
				// which only the instance's first account holds: its unique index makes two simultaneous
				// first sign-ups unable to both become the administrator, on either engine.
				await db.schema.alterTable('teachers').addColumn('role', 'text', (c) => c.notNull().defaultTo('teacher')).execute();
				await db.schema.alterTable('teachers').addColumn('status', 'text', (c) => c.notNull().defaultTo('active')).execute();
				await db.schema.alterTable('teachers').addColumn('founder', 'integer').execute();
				await db.schema.createIndex('teachers_founder').unique().on('teachers').column('founder').execute();
				// An instance that already has teachers: its earliest account becomes its administrator.
				await sql`update teachers set role = 'admin', founder = 1
					where id = (select id from teachers order by created_at, id limit 1)`.execute(db);

				await db.schema
					.createTable('invitations')
					.addColumn('id', 'text', (c) => c.primaryKey())
					.addColumn('email', 'text', (c) => c.notNull())
					.addColumn('created_by', 'text', (c) => c.notNull().references('teachers.id').onDelete('cascade'))
					.addColumn('created_at', 'bigint', (c) => c.notNull())
					.addColumn('expires_at', 'bigint', (c) => c.notNull())
					.addColumn('used_at', 'bigint')
					.addColumn('used_by', 'text', (c) => c.references('teachers.id').onDelete('set null'))
					.execute();
			},
			async down(db: Kysely<unknown>) {
				await db.schema.dropTable('invitations').ifExists().execute();
				await db.schema.dropIndex('teachers_founder').ifExists().execute();
				for (const column of ['founder', 'status', 'role']) await db.schema.alterTable('teachers').dropColumn(column).execute();
			}
		},
		'0003_classes': {
			async up(db: Kysely<unknown>) {
				await db.schema
					.createTable('classes')
					.addColumn('id', 'text', (c) => c.primaryKey())
					.addColumn('teacher_id', 'text', (c) => c.notNull().references('teachers.id').onDelete('cascade'))
					.addColumn('name', 'text', (c) => c.notNull())
					.addColumn('code', 'text', (c) => c.notNull().unique())
					.addColumn('created_at', 'bigint', (c) => c.notNull())
					.execute();
				await db.schema.createIndex('classes_teacher').on('classes').column('teacher_id').execute();

				await db.schema
					.createTable('students')
					.addColumn('id', 'text', (c) => c.primaryKey())
					.addColumn('class_id', 'text', (c) => c.notNull().references('classes.id').onDelete('cascade'))
					.addColumn('name', 'text', (c) => c.notNull())
					.addColumn('code_hash', 'text')
					.addColumn('code_issued_at', 'bigint')
					.addColumn('created_at', 'bigint', (c) => c.notNull())
					.execute();
				await db.schema.createIndex('students_class_code').on('students').columns(['class_id', 'code_hash']).unique().execute();

				await db.schema
					.createTable('student_sessions')
					.addColumn('id', 'text', (c) => c.primaryKey())
					.addColumn('student_id', 'text', (c) => c.notNull().references('students.id').onDelete('cascade'))
					.addColumn('expires_at', 'bigint', (c) => c.notNull())
					.addColumn('created_at', 'bigint', (c) => c.notNull())
					.execute();
				await db.schema.createIndex('student_sessions_student').on('student_sessions').column('student_id').execute();

				await db.schema
					.createTable('throttle_events')
					.addColumn('id', 'integer', serial)
					.addColumn('key', 'text', (c) => c.notNull())
					.addColumn('at', 'bigint', (c) => c.notNull())
					.execute();
				await db.schema.createIndex('throttle_events_key_at').on('throttle_events').columns(['key', 'at']).execute();

				// One column per statement: SQLite's ALTER TABLE adds one at a time.
				await db.schema
					.alterTable('assignments')
					.addColumn('class_id', 'text', (c) => c.references('classes.id').onDelete('cascade'))
					.execute();
				await db.schema.alterTable('assignments').addColumn('review', 'text', (c) => c.notNull().defaultTo('attempt')).execute();
				await db.schema
					.alterTable('attempts')
					.addColumn('student_id', 'text', (c) => c.references('students.id').onDelete('set null'))
					.execute();
				await db.schema.createIndex('attempts_assignment_student').on('attempts').columns(['assignment_id', 'student_id']).execute();
			},
			async down(db: Kysely<unknown>) {
				await db.schema.dropIndex('attempts_assignment_student').ifExists().execute();
				await db.schema.alterTable('attempts').dropColumn('student_id').execute();
				await db.schema.alterTable('assignments').dropColumn('review').execute();
				await db.schema.alterTable('assignments').dropColumn('class_id').execute();
				for (const table of ['throttle_events', 'student_sessions', 'students', 'classes']) {
					await db.schema.dropTable(table).ifExists().execute();
				}
			}
		},
		'0004_attempt_options': {
			async up(db: Kysely<unknown>) {
				// Options shown in an order of each student's own, unless the teacher turns it off.
				await db.schema
					.alterTable('assignments')
					.addColumn('shuffle_options', 'integer', (c) => c.notNull().defaultTo(1))
					.execute();
				// JSON: each question's shown order of option ids; null for the order the module gives.
				await db.schema.alterTable('attempts').addColumn('option_order', 'text').execute();
			},
			async down(db: Kysely<unknown>) {
				await db.schema.alterTable('attempts').dropColumn('option_order').execute();
				await db.schema.alterTable('assignments').dropColumn('shuffle_options').execute();
			}
		},
		'0005_modules': {
			async up(db: Kysely<unknown>) {
				// A module: its slug (its address), its owner (null for the instance's own: the built-ins and
				// modules imported without an owner), who may see it, and the draft its owner edits. The
				// draft is JSON text as last saved (it may have problems: only publishing needs none), with a
				// revision number that every save must name, so two tabs never overwrite each other.
				await db.schema
					.createTable('modules')
					.addColumn('id', 'text', (c) => c.primaryKey())
					.addColumn('slug', 'text', (c) => c.notNull().unique())
					.addColumn('owner_id', 'text', (c) => c.references('teachers.id'))
					.addColumn('visibility', 'text', (c) => c.notNull().defaultTo('private'))
					.addColumn('title', 'text', (c) => c.notNull())
					.addColumn('draft', 'text', (c) => c.notNull())
					.addColumn('draft_revision', 'integer', (c) => c.notNull())
					.addColumn('published_revision', 'integer')
					.addColumn('created_at', 'bigint', (c) => c.notNull())
					.addColumn('updated_at', 'bigint', (c) => c.notNull())
					.execute();
				await db.schema.createIndex('modules_owner').on('modules').column('owner_id').execute();

				// A published version: immutable, numbered 1, 2 … per module, its canonical JSON and its hash.
				await db.schema
					.createTable('module_versions')
					.addColumn('id', 'text', (c) => c.primaryKey())
					.addColumn('module_id', 'text', (c) => c.notNull().references('modules.id'))
					.addColumn('number', 'integer', (c) => c.notNull())
					.addColumn('hash', 'text', (c) => c.notNull())
					.addColumn('title', 'text', (c) => c.notNull())
					.addColumn('content', 'text', (c) => c.notNull())
					.addColumn('published_at', 'bigint', (c) => c.notNull())
					.addColumn('published_by', 'text', (c) => c.references('teachers.id'))
					.execute();
				await db.schema.createIndex('module_versions_number').unique().on('module_versions').columns(['module_id', 'number']).execute();

				// The instance's settings an administrator changes, by key (e.g. whether teachers may make
				// modules public); a key that is absent has its default.
				await db.schema
					.createTable('settings')
					.addColumn('key', 'text', (c) => c.primaryKey())
					.addColumn('value', 'text', (c) => c.notNull())
					.addColumn('updated_at', 'bigint', (c) => c.notNull())
					.addColumn('updated_by', 'text', (c) => c.references('teachers.id'))
					.execute();

				// The version an assignment is pinned to, and the version each attempt answered. Rows made
				// before modules were stored are pinned at start-up, when the built-ins are seeded.
				await db.schema.alterTable('assignments').addColumn('module_version_id', 'text', (c) => c.references('module_versions.id')).execute();
				await db.schema.alterTable('attempts').addColumn('module_version_id', 'text', (c) => c.references('module_versions.id')).execute();
				await db.schema.createIndex('assignments_module_version').on('assignments').column('module_version_id').execute();
			},
			async down(db: Kysely<unknown>) {
				await db.schema.dropIndex('assignments_module_version').ifExists().execute();
				await db.schema.alterTable('attempts').dropColumn('module_version_id').execute();
				await db.schema.alterTable('assignments').dropColumn('module_version_id').execute();
				for (const table of ['settings', 'module_versions', 'modules']) await db.schema.dropTable(table).ifExists().execute();
			}
		}
	};
}
