import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-dir';
import { runChild } from './support/ts-child';

/**
 * Must be true 1: no plain copy of an attached file anywhere on disk. A child adds files full of a
 * canary (one cancelled half-way, one removed), reads one back and makes a backup; the canary must
 * then be in none of the register, its WAL and shared-memory files, the backup, the child's temp
 * folder or any file written in the system temp folder meanwhile.
 */
describe('attachments leave no plaintext at rest', () => {
  let dir: ReturnType<typeof makeTempDir>;

  beforeEach(() => {
    dir = makeTempDir('breachlog-attach-canary-');
  });
  afterEach(() => dir.remove());

  it('finds the canary in no file of the data folder, the backup or the temp folders', { timeout: 180_000 }, async () => {
    const canary = Buffer.from(`ATTACH-CANARY-${randomBytes(8).toString('hex')}`);
    const paths = { register: join(dir.path, 'register.db'), temp: join(dir.path, 'tmp'), backups: join(dir.path, 'backups') };
    mkdirSync(paths.temp);
    mkdirSync(paths.backups);
    const startedAt = Date.now();
    const child = await runChild('attachment-canary-child.ts', {
      REGISTER_PATH: paths.register,
      REGISTER_KEY_HEX: randomBytes(32).toString('hex'),
      CANARY: canary.toString('hex'),
      BACKUP_FOLDER: paths.backups,
      TMPDIR: paths.temp,
      SQLITE_TMPDIR: paths.temp,
    });
    await child.waitForLine((line) => line === 'done', 120_000);
    const walWhileOpen = existsSync(`${paths.register}-wal`);
    await child.kill();
    expect(child.stderr()).toBe('');
    expect(walWhileOpen).toBe(true);

    const files = [...filesUnder(dir.path), ...recentFilesIn(tmpdir(), startedAt)].filter((file) => existsSync(file));
    expect(files.some((file) => file.startsWith(paths.backups) && file.endsWith('.db'))).toBe(true);
    expect(files.filter((file) => readFileSync(file).includes(canary))).toEqual([]);
    expect(child.lines.join('\n')).not.toContain(canary.toString());

    // Control: the same search finds the canary in a plain copy of such a file.
    const control = join(dir.path, 'control-copy.bin');
    writeFileSync(control, Buffer.concat([randomBytes(10), canary, randomBytes(10)]));
    expect(filesUnder(dir.path).filter((file) => readFileSync(file).includes(canary))).toEqual([control]);
    console.log(`[attachment canary] searched ${files.length} files`);
  });
});

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Files in the system temp folder (and one level down) written since the test began, up to 64 MB each. */
function recentFilesIn(folder: string, since: number): string[] {
  const result: string[] = [];
  const visit = (at: string, depth: number) => {
    let entries;
    try {
      entries = readdirSync(at, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(at, entry.name);
      try {
        if (entry.isDirectory() && depth > 0) visit(path, depth - 1);
        else if (entry.isFile()) {
          const stat = statSync(path);
          if (stat.mtimeMs >= since && stat.size < 64 * 1024 * 1024) result.push(path);
        }
      } catch {
        // Another process's file vanished or is unreadable: not ours.
      }
    }
  };
  visit(folder, 1);
  return result;
}
