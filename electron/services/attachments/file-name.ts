import { ATTACHMENT_LIMITS } from '../../../shared/attachment';

/** Windows refuses these as file names, with any extension (CON, nul.txt, COM1.pdf…). */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

/**
 * A file's name as it will be shown: display text only, never a path. Control characters go,
 * a path keeps only its last part, and a long name is shortened. Says what it changed.
 */
export function displayName(raw: string): { name: string; note: string | null } {
  const notes: string[] = [];
  // eslint-disable-next-line no-control-regex
  let name = raw.normalize('NFC').replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, '');
  if (name !== raw.normalize('NFC')) notes.push('control characters were removed');
  if (/[\\/]/.test(name)) {
    const last = name.split(/[\\/]/).filter((part) => part.trim() !== '').at(-1) ?? '';
    name = last;
    notes.push('only the last part of a path is kept');
  }
  name = name.trim();
  if (name === '' || name === '.' || name === '..') {
    name = 'unnamed file';
    notes.push('it had no usable name');
  }
  if (name.length > ATTACHMENT_LIMITS.nameChars) {
    const dot = name.lastIndexOf('.');
    const extension = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
    name = `${name.slice(0, ATTACHMENT_LIMITS.nameChars - extension.length - 1)}…${extension}`;
    notes.push(`it was shortened to ${ATTACHMENT_LIMITS.nameChars} characters`);
  }
  return { name, note: notes.length > 0 ? `The file’s name is shown as “${name}”: ${notes.join(', ')}.` : null };
}

/**
 * The name offered when a copy is saved: the shown name made safe as a file name on Windows and
 * macOS (no reserved names, no characters they refuse, no trailing dot or space).
 */
export function copyFileName(shown: string): string {
  let name = shown.replace(/[<>:"/\\|?*]/g, '_').replace(/[. ]+$/, '');
  if (name === '') name = 'attachment';
  if (WINDOWS_RESERVED.test(name)) name = `_${name}`;
  return name;
}

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}
