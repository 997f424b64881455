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
