import { passwordProblem } from './password';
import { emailProblem, nameProblem, normaliseEmail } from './teachers';

/** Problems with what was typed, by field; only fields with a problem are present. */
export type AccountFieldErrors = { name?: string; email?: string; password?: string };

/** A new account's details as posted, checked. The password is never sent back to the page. */
export type AccountForm = { name: string; email: string; password: string; errors: AccountFieldErrors; ok: boolean };

/**
 * Reads and checks the name, email and password of a form that opens an account (first account,
 * access request, invitation). `email: false` skips the email, which an invitation fixes.
 */
export function readAccountForm(form: FormData, { email: withEmail = true } = {}): AccountForm {
	const field = (key: string) => {
		const value = form.get(key);
		return typeof value === 'string' ? value : '';
	};
	const name = field('name').trim();
	const email = withEmail ? normaliseEmail(field('email')) : '';
	const password = field('password');
	const errors: AccountFieldErrors = {};
	const nameError = nameProblem(name);
	const emailError = withEmail ? emailProblem(email) : null;
	const passwordError = passwordProblem(password);
	if (nameError) errors.name = nameError;
	if (emailError) errors.email = emailError;
	if (passwordError) errors.password = passwordError;
	return { name, email, password, errors, ok: !nameError && !emailError && !passwordError };
}
