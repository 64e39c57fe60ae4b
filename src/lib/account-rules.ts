/** Passwords shorter than this are refused for a new account. */
export const PASSWORD_MIN = 12;
/** Passwords longer than this are refused for a new account. */
export const PASSWORD_MAX = 200;
/** How the new-password field describes what it accepts. */
export const PASSWORD_HINT = `${PASSWORD_MIN} to ${PASSWORD_MAX} characters, not a commonly used password. A few unrelated words make a strong one.`;
