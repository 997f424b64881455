/** The one shape every operation answers with across the process boundary. */

export const ERROR_CODES = [
  'invalid_input',
  'unknown_operation',
  'not_found',
  'needs_passphrase',
  'wrong_key',
  'database_damaged',
  'database_newer',
  /** The disk (or quota) is full: nothing was saved, and the same request works once there is space. */
  'disk_full',
  'cancelled',
  'unauthorised',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem with one field, so a form can show it next to that field. */
export interface FieldIssue {
  path: string;
  message: string;
}

export interface AppErrorShape {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: ErrorCode, message: string, issues?: FieldIssue[]): Result<T> {
  return issues ? { ok: false, error: { code, message, issues } } : { ok: false, error: { code, message } };
}
