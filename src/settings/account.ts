// The one rule for a reader's account name, shared by the generators (server side) and the
// browser's account field: what Unix login names allow, so it goes into any config file unescaped.
// No imports: the browser script bundles this file.

/** A letter or "_" first, then letters, digits, "_", "." or "-"; 32 characters at most. */
export const ACCOUNT_NAME = /^[a-z_][a-z0-9_.-]{0,31}$/i;

/** Where the browser keeps the reader's account name (localStorage): the account form writes it, the report form reads it. */
export const ACCOUNT_STORAGE_KEY = 'kit-mail-account';

/** True when `name` is a login name we can put into any config file without escaping. */
export function isValidAccount(name: string): boolean {
	return ACCOUNT_NAME.test(name);
}
