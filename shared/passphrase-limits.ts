/** A passphrase's length limits, apart from the session's schemas so the unlock screen needs no schema library. */
export const PASSPHRASE_MIN = 10;
export const PASSPHRASE_MAX = 1024;
