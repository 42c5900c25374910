/** Where the signed-in account changes its own password (a custom route, outside any resource). */
export const CHANGE_PASSWORD_PATH = '/my-password';
