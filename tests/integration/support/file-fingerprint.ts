import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Hash and mtime of every file in a folder, to prove an operation changed nothing on disk. */
export function folderFingerprint(dir: string): Record<string, { sha256: string; mtimeMs: number }> {
  const result: Record<string, { sha256: string; mtimeMs: number }> = {};
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    result[name] = {
      sha256: createHash('sha256').update(readFileSync(path)).digest('hex'),
      mtimeMs: statSync(path).mtimeMs,
    };
  }
  return result;
}
