import type { Grade, GradeResult } from './types';

export function refuse(error: string): GradeResult {
	return { ok: false, error };
}

export function graded(grade: Grade): GradeResult {
	return { ok: true, grade };
}
