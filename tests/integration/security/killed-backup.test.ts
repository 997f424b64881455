import { copyFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-dir';
import { makeTestRegister } from '../support/test-register';
import { registerChecksum } from './support/register-checksum';
import type { TestRegister } from './support/security-helpers';
import { addIncidents, expectError, checkAndRestore } from './support/security-helpers';
import { runChild, sleep } from './support/ts-child';

/**
 * A backup killed part-way (the app closed, the PC switched off) leaves only its hidden
 * `.partial` file, never a file with a finished backup's name; restore refuses the partial file,
 * and the register is untouched.
 */
describe('a backup killed part-way', () => {
  let register: TestRegister;
  let folder: ReturnType<typeof makeTempDir>;

  beforeEach(async () => {
    register = makeTestRegister();
    folder = makeTempDir('breachlog-backups-');
    await register.signIn();
    await addIncidents(register, 2, 'kept');
    // Bulk (about 60 MB) so that writing the copy takes long enough to be interrupted.
    const { db } = await register.session.services();
    db.exec(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000)
             INSERT INTO draft (key, values_json, saved_at) SELECT 'bulk-' || i, hex(randomblob(10000)), 'x' FROM n`);
    register.session.close();
  });
  afterEach(() => {
    register.cleanup();
    folder.remove();
  });

  it('leaves no finished-looking file, and restore refuses what it left', { timeout: 300_000 }, async () => {
    let partial: string | null = null;
    for (let attempt = 0; attempt < 5 && partial === null; attempt += 1) {
      const child = await runChild('backup-child.ts', {
        REGISTER_PATH: register.databasePath,
        REGISTER_KEY_HEX: register.keyBytes.toString('hex'),
        BACKUP_FOLDER: folder.path,
      });
      await child.waitForLine((line) => line === 'ready');
      // Kill as soon as the copy has started to grow, plus a random moment more.
      const grown = await waitFor(() => readdirSync(folder.path).find((name) => name.endsWith('.partial') && statSync(join(folder.path, name)).size > 0));
      await sleep(Math.random() * 50);
      await child.kill();
      const names = readdirSync(folder.path);
      // A killed VACUUM INTO leaves the partial file and, beside it, its rollback journal.
      if (grown && names.every((name) => name.startsWith('.') && name.includes('.partial'))) partial = join(folder.path, grown);
      else for (const name of names) rmSync(join(folder.path, name), { force: true });
    }
    expect(partial, 'a kill landed while the backup was being written').not.toBeNull();
    expect(readdirSync(folder.path).filter((name) => name.endsWith('.db'))).toEqual([]);

    const before = registerChecksum((await register.session.services()).db);
    const error = expectError(await checkAndRestore(register.dispatch, { file: partial ?? '' }));
    expect(error).toMatchObject({ code: 'database_damaged', message: expect.stringMatching(/unfinished/) });
    // Renamed to look finished, it is still refused: by its content, not its name.
    const renamed = join(folder.path, 'looks-finished.db');
    copyFileSync(partial ?? '', renamed);
    const byContent = expectError(await checkAndRestore(register.dispatch, { file: renamed }));
    expect(byContent).toMatchObject({ code: 'database_damaged', message: expect.stringMatching(/incomplete|damaged|truncated/) });
    rmSync(renamed);
    expect(registerChecksum((await register.session.services()).db)).toBe(before);

    // The next backup clears the leftovers and succeeds.
    const made = await register.dispatch('backup:create', { folder: folder.path });
    expect(made.ok).toBe(true);
    expect(readdirSync(folder.path).filter((name) => name.includes('.partial'))).toEqual([]);
  });
});

async function waitFor<T>(probe: () => T | undefined, timeoutMs = 20_000): Promise<T | undefined> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const value = probe();
    if (value !== undefined) return value;
    await sleep(1);
  }
  return undefined;
}
