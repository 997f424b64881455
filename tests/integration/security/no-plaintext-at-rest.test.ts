import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-dir';
import { canSampleFds, startFdSampler } from './support/proc-fd-sampler';
import { runChild } from './support/ts-child';

/**
 * Issue 7, "no plaintext at rest": canary strings are recorded through the real services, a large
 * sort runs, a backup is made; the canary must then be in none of the database, its WAL and
 * shared-memory files, the backups, the process's output, or any temporary file — including
 * SQLite's unlinked temp files, read through /proc while the child holds them open.
 */
describe('no plaintext at rest', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let paths: { register: string; temp: string; backups: string };
  const key = randomBytes(32).toString('hex');

  beforeEach(() => {
    dir = makeTempDir('breachlog-canary-');
    paths = { register: join(dir.path, 'register.db'), temp: join(dir.path, 'tmp'), backups: join(dir.path, 'backups') };
    mkdirSync(paths.temp);
    mkdirSync(paths.backups);
  });
  afterEach(() => dir.remove());

  async function runWorkload(canary: string, control: boolean) {
    const startedAt = Date.now();
    const child = await runChild('canary-workload-child.ts', {
      REGISTER_PATH: paths.register,
      REGISTER_KEY_HEX: key,
      CANARY: canary,
      BACKUP_FOLDER: paths.backups,
      // Every temp folder the child could use points into one folder the test searches.
      TMPDIR: paths.temp,
      SQLITE_TMPDIR: paths.temp,
      ...(control ? { CONTROL_TEMP_STORE: 'FILE' } : {}),
    });
    await child.waitForLine((line) => line === 'sorting', 60_000);
    const sampler = canSampleFds && child.process.pid ? startFdSampler(child.process.pid, Buffer.from(canary), (t) => t.startsWith(paths.temp)) : null;
    await child.waitForLine((line) => line === 'done', 120_000);
    const openTempFiles = (await sampler?.stop()) ?? { seen: [], hits: [] };
    const walWhileOpen = existsSync(`${paths.register}-wal`);
    await child.kill();
    return { child, openTempFiles, walWhileOpen, startedAt };
  }

  it('finds the canary nowhere on disk or in the output, after a workload with a large sort and a backup', { timeout: 300_000 }, async () => {
    const canary = `CANARY-${randomBytes(8).toString('hex')}`;
    const { child, openTempFiles, walWhileOpen, startedAt } = await runWorkload(canary, false);
    expect(child.lines).toContain('sorted 300000');
    expect(walWhileOpen).toBe(true);

    const files = [
      paths.register,
      `${paths.register}-wal`,
      `${paths.register}-shm`,
      ...filesUnder(paths.backups),
      ...filesUnder(paths.temp),
      ...recentFilesIn(tmpdir(), startedAt),
    ].filter((file) => existsSync(file));
    // The backup and its fingerprint file (searched for the canary like everything else).
    expect(files.filter((file) => file.startsWith(paths.backups)).map((file) => file.endsWith('.fingerprint')).sort()).toEqual([false, true]);
    const found = files.filter((file) => readFileSync(file).includes(Buffer.from(canary)));
    expect(found).toEqual([]);
    expect(child.lines.join('\n') + child.stderr()).not.toContain(canary);
    expect(openTempFiles.hits).toEqual([]);
    console.log(`[canary test] searched ${files.length} files; ${openTempFiles.seen.length} temp files held open by SQLite during the sort`);
  });

  it.runIf(canSampleFds)('control: with SQLite temp files on disk (temp_store=FILE), the same search does find the canary', { timeout: 300_000 }, async () => {
    const canary = `CANARY-${randomBytes(8).toString('hex')}`;
    const { openTempFiles } = await runWorkload(canary, true);
    expect(openTempFiles.seen.length).toBeGreaterThan(0);
    expect(openTempFiles.hits.length).toBeGreaterThan(0);
  });
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Files in the system temp folder (and one level down) written since the test began, up to 64 MB each. */
function recentFilesIn(dir: string, since: number): string[] {
  const result: string[] = [];
  const visit = (folder: string, depth: number) => {
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(folder, entry.name);
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
  visit(dir, 1);
  return result;
}
