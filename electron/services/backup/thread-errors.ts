import type { DatabaseKey } from '../database/database-key';
import { AppError } from '../errors';

/**
 * What crosses between a backup's threads: an error as plain data (a thread can post only what
 * structured clone keeps), turned back into what it was on the other side, and a key whose Buffer
 * arrives as a plain Uint8Array.
 */
export interface SentError {
  message: string;
  code?: string;
  name: string;
}

export function errorToSend(error: unknown): SentError {
  const e = error as { message?: string; code?: string; name?: string };
  return { message: e.message ?? String(error), code: e.code, name: e.name ?? 'Error' };
}

/** An AppError comes back as one, with its plain words; anything else as an Error with its code. */
export function errorFromThread({ message, code, name }: SentError): Error {
  return name === 'AppError' ? new AppError(code as never, message) : Object.assign(new Error(message), { code, name });
}

export function keyFromThread(key: DatabaseKey): DatabaseKey {
  return key.kind === 'raw' ? { kind: 'raw', bytes: Buffer.from(key.bytes) } : key;
}
