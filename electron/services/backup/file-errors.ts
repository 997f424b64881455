import { AppError } from '../errors';

/**
 * Plain messages for the ways a folder can refuse a file (a full USB stick, a read-only share,
 * an unplugged drive). Anything else passes through unchanged.
 */
export function explainFileError(error: unknown, folder: string): unknown {
  if (error instanceof AppError) return error;
  const code = String((error as { code?: unknown }).code ?? '');
  if (code === 'ENOSPC' || code === 'SQLITE_FULL' || code === 'EDQUOT') {
    return new AppError('invalid_input', `There is not enough free space in ${folder}. Free some space or choose another folder; the register has not been changed.`);
  }
  if (['EACCES', 'EPERM', 'EROFS', 'SQLITE_CANTOPEN', 'SQLITE_READONLY'].includes(code) || code.startsWith('SQLITE_IOERR')) {
    return new AppError('invalid_input', `Breachlog cannot write to ${folder} (it may be read-only or disconnected). Choose another folder; the register has not been changed.`);
  }
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new AppError('not_found', `The folder ${folder} is not there (is the USB stick or network drive connected?).`);
  }
  return error;
}
