/**
 * Small typed checks for untrusted input, from a form (`FormData`) or a parsed JSON body alike. Each
 * field names what is wrong in words a person can act on, so the message can be shown beside the field.
 *
 *   const result = validate({ title: text({ label: 'Title', min: 1, max: 120 }) }, await request.formData());
 *   if (!result.ok) return fail(400, { errors: result.errors });
 */

/** A form's data, or a JSON object. */
export type Input = FormData | Record<string, unknown>;

export type FieldResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** Reads and checks one named field of the input. */
export type Field<T> = (input: Input, name: string) => FieldResult<T>;

export type Schema = Record<string, Field<unknown>>;

export type Valid<S extends Schema> = { [K in keyof S]: S[K] extends Field<infer T> ? T : never };

export type Result<T> = { ok: true; value: T } | { ok: false; errors: Record<string, string> };

/** Checks every field of the schema; the errors name every field that is wrong, not just the first. */
export function validate<S extends Schema>(schema: S, input: Input): Result<Valid<S>> {
	const { value, errors } = checkFields(schema, input);
	return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value: value as Valid<S> };
}

/**
 * Like `validate`, but returns the sound fields beside the errors, for rules that tie several fields
 * together and can still be checked when an unrelated field is wrong.
 */
export function checkFields<S extends Schema>(schema: S, input: Input): { value: Partial<Valid<S>>; errors: Record<string, string> } {
	const value: Record<string, unknown> = {};
	const errors: Record<string, string> = {};
	for (const [name, field] of Object.entries(schema)) {
		const result = field(input, name);
		if (result.ok) value[name] = result.value;
		else errors[name] = result.error;
	}
	return { value: value as Partial<Valid<S>>, errors };
}

function isFormData(input: Input): input is FormData {
	return typeof FormData !== 'undefined' && input instanceof FormData;
}

/** The field's single value; a missing field is `undefined`. */
function one(input: Input, name: string): unknown {
	if (isFormData(input)) return input.get(name) ?? undefined;
	return Object.hasOwn(input, name) ? input[name] : undefined;
}

/** The field's values: every entry of a repeated form field, or a JSON array. */
function many(input: Input, name: string): unknown[] | null {
	if (isFormData(input)) return input.getAll(name);
	const value = one(input, name);
	if (value === undefined || value === null) return [];
	return Array.isArray(value) ? value : null;
}

const ok = <T>(value: T): FieldResult<T> => ({ ok: true, value });
const wrong = (error: string): FieldResult<never> => ({ ok: false, error });
const count = (n: number) => n.toLocaleString('en-GB');

function isBlank(value: unknown): boolean {
	return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** Text, trimmed, with a length in characters from `min` to `max`. A missing field reads as empty. */
export function text(options: { label: string; min?: number; max: number; required?: string }): Field<string> {
	const { label, min = 0, max } = options;
	return (input, name) => {
		const raw = one(input, name) ?? '';
		if (typeof raw !== 'string') return wrong(`${label} must be text.`);
		const value = raw.trim();
		if (value.length === 0 && min > 0) return wrong(options.required ?? `Enter a ${label.toLowerCase()}.`);
		if (value.length > max) {
			return wrong(`${label} must be ${count(max)} characters or fewer; this one has ${count(value.length)}.`);
		}
		if (value.length < min) return wrong(`${label} must be at least ${count(min)} characters.`);
		return ok(value);
	};
}

/** A whole number from `min` to `max`, written as digits in a form or as a JSON number. */
export function integer(options: { label: string; min: number; max: number; required?: string }): Field<number> {
	const { label, min, max } = options;
	const range = `${label} must be a whole number from ${count(min)} to ${count(max)}.`;
	return (input, name) => {
		const raw = one(input, name);
		if (isBlank(raw)) return wrong(options.required ?? `Enter the ${label.toLowerCase()}.`);
		let value: number;
		if (typeof raw === 'number') value = raw;
		else if (typeof raw === 'string' && /^[+-]?\d{1,15}$/.test(raw.trim())) value = Number(raw.trim());
		else return wrong(range);
		if (!Number.isSafeInteger(value) || value < min || value > max) return wrong(range);
		return ok(value);
	};
}

/** One of a fixed list of values. */
export function oneOf<const T extends string>(options: { label: string; values: readonly T[]; required?: string }): Field<T> {
	const { label, values } = options;
	return (input, name) => {
		const raw = one(input, name);
		if (isBlank(raw)) return wrong(options.required ?? `Choose the ${label.toLowerCase()}.`);
		const value = values.find((v) => v === raw);
		return value === undefined ? wrong(`${label} must be one of the choices offered.`) : ok(value);
	};
}

/**
 * Some of a fixed list of values (checkboxes sharing a name, or a JSON array), each at most once, in the
 * list's order.
 */
export function someOf<const T extends string>(options: {
	label: string;
	values: readonly T[];
	min?: number;
	required?: string;
}): Field<T[]> {
	const { label, values, min = 0 } = options;
	return (input, name) => {
		const raw = many(input, name);
		if (raw === null) return wrong(`${label} must be a list of choices.`);
		if (raw.length > values.length * 4) return wrong(`${label} has more choices than there are.`);
		if (raw.some((r) => !values.includes(r as T))) return wrong(`${label} has a choice that is not on the list.`);
		const chosen = values.filter((v) => raw.includes(v));
		if (chosen.length < min) {
			const some = min === 1 ? 'one' : String(min);
			return wrong(options.required ?? `Choose at least ${some} of the ${label.toLowerCase()}.`);
		}
		return ok(chosen);
	};
}

/**
 * A checkbox: ticked when the field is present (a form sends "on", or the box's value), unticked when
 * it is missing. JSON may say true or false.
 */
export function checkbox(options: { label: string }): Field<boolean> {
	return (input, name) => {
		const raw = one(input, name);
		if (raw === undefined || raw === null || raw === false || raw === '') return ok(false);
		if (raw === true) return ok(true);
		if (typeof raw === 'string' && raw.length <= 16 && ['on', 'true', 'yes', '1'].includes(raw.toLowerCase())) return ok(true);
		if (typeof raw === 'string' && raw.length <= 16 && ['off', 'false', 'no', '0'].includes(raw.toLowerCase())) return ok(false);
		return wrong(`${options.label} must be ticked or not.`);
	};
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?$/;

/**
 * A date and time as a `datetime-local` input sends it ("2026-11-27T14:30"), read as wall-clock time
 * in `timeZone` (an IANA name such as "Europe/Berlin"; "UTC" when the browser did not say), returned as
 * milliseconds since the epoch.
 */
export function datetimeLocal(options: { label: string; timeZone: string; required?: string }): Field<number> {
	const { label, timeZone } = options;
	return (input, name) => {
		const raw = one(input, name);
		if (isBlank(raw)) return wrong(options.required ?? `Enter the ${label.toLowerCase()} date and time.`);
		const ms = typeof raw === 'string' ? localToEpoch(raw.trim(), timeZone) : null;
		return ms === null ? wrong(`${label} must be a date and time, such as 2026-11-27 14:30.`) : ok(ms);
	};
}

/** Makes a field optional: a missing or blank value reads as null instead of an error. */
export function optional<T>(field: Field<T>): Field<T | null> {
	return (input, name) => (isBlank(one(input, name)) ? ok(null) : field(input, name));
}

// ---------------------------------------------------------------------------------------------------
// Time zones
// ---------------------------------------------------------------------------------------------------

/** True for a time zone name this server knows ("UTC", "Europe/Berlin"). */
export function isTimeZone(name: string): boolean {
	if (name.length === 0 || name.length > 64 || !/^[A-Za-z0-9_+\-/]+$/.test(name)) return false;
	try {
		new Intl.DateTimeFormat('en', { timeZone: name });
		return true;
	} catch {
		return false;
	}
}

/** How far the zone's wall clock is ahead of UTC at the instant `ms`, in milliseconds. */
function offsetAt(ms: number, timeZone: string): number {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone,
		hourCycle: 'h23',
		year: 'numeric',
		month: 'numeric',
		day: 'numeric',
		hour: 'numeric',
		minute: 'numeric',
		second: 'numeric'
	}).formatToParts(new Date(ms));
	const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
	const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
	return wall - Math.floor(ms / 1000) * 1000;
}

/**
 * The instant a wall-clock time names in a time zone, or null when the text is not a real date and time
 * (30 February, 25:00) or the zone is unknown. The zone's offset is taken at that date, not today, so
 * a time after a daylight-saving change is read right.
 */
export function localToEpoch(text: string, timeZone: string): number | null {
	const m = LOCAL.exec(text);
	if (!m || !isTimeZone(timeZone)) return null;
	const [year, month, day, hour, minute] = m.slice(1, 6).map(Number) as [number, number, number, number, number];
	const second = m[6] ? Number(m[6]) : 0;
	if (year < 2000 || year > 2200) return null;
	const wall = Date.UTC(year, month - 1, day, hour, minute, second);
	const d = new Date(wall);
	// Date.UTC rolls 30 February over into March; a date that does not come back as written is not real.
	if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day || d.getUTCHours() !== hour || d.getUTCMinutes() !== minute) {
		return null;
	}
	// The offset at the guessed instant, then again at the corrected one, settles on the right side of a
	// daylight-saving change.
	const guess = wall - offsetAt(wall, timeZone);
	return wall - offsetAt(guess, timeZone);
}
