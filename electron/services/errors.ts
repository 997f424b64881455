import type { ErrorCode, FieldIssue } from '../../shared/result';

/** An expected failure with a message fit to show the person using the app. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** How SQLite (SQLITE_FULL) and Node (ENOSPC, or EDQUOT for a quota) report a full disk. */
const DISK_FULL_CODES = new Set(['SQLITE_FULL', 'ENOSPC', 'EDQUOT']);

/**
 * A full disk in plain words. SQLite rolls the refused transaction back, so what was saved before
 * is untouched and the same request succeeds once there is space. Anything else passes through.
 */
export function explainDiskFull(error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (error instanceof AppError || typeof code !== 'string' || !DISK_FULL_CODES.has(code)) return error;
  return new AppError('disk_full', 'The disk is full, so this could not be saved. Everything saved before is safe: free some space on the disk, then try again.');
}
