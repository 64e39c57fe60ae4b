// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
		}
		interface Locals {
			/** The signed-in teacher, from the session cookie; null for students and visitors. */
			teacher: import('$lib/server/auth/session').SessionTeacher | null;
			/** The roster student signed in with class code and personal code; null otherwise. */
			student?: import('$lib/server/classes').SessionStudent | null;
		}
	}
}

export {};
