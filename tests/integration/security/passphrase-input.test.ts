import Database from 'better-sqlite3-multiple-ciphers';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/services/database/open-database';
import { runMigrations } from '../../../electron/services/database/migrate';
import { AppError } from '../../../electron/services/errors';
import { RegisterSession } from '../../../electron/services/register-session';
import { makeTempDir } from '../support/temp-dir';
import { makeTestRegister } from '../support/test-register';
import type { TestRegister } from './support/security-helpers';
import { addIncidents, expectError, expectOk, incidentTitles, inspectFile } from './support/security-helpers';

/**
 * Passphrases as people type them: é as one character (NFC) or as e plus an accent (NFD) is the
 * same passphrase; a control character is refused before any file exists; and a register keyed
 * before passphrases were normalised (with the form as typed) still opens.
 */
const COMPOSED = 'Café crème à Zürich, s’il vous plaît'.normalize('NFC');
const DECOMPOSED = COMPOSED.normalize('NFD');
/** Neither NFC nor NFD: the first é composed, the rest decomposed (text pasted from two places). */
const MIXED = `Caf\u00e9 cre\u0300me a\u0300 Zu\u0308rich, s’il vous plai\u0302t`;

const CONTROL = [
  ['a NUL', 'correct horse\0battery staple'],
  ['a tab', 'correct horse\tbattery staple'],
  ['a line break', 'correct horse battery staple\n'],
  ['a DEL', 'correct horse\u007fbattery staple'],
  ['a C1 control', 'correct horse\u0085battery staple'],
  ['half a surrogate pair', 'correct horse battery \ud83dstaple'],
] as const;

describe('passphrases as typed', () => {
  let register: TestRegister;
  afterEach(() => register.cleanup());

  const firstRun = () => {
    register = makeTestRegister({ keySource: { kind: 'passphrase' } });
    return register;
  };

  it.each(CONTROL)('refuses %s in a first passphrase before any file is made, and nothing else unlocks later', async (_label, passphrase) => {
    firstRun();
    const refused = expectError(await register.dispatch('session:unlock', { passphrase }));
    expect(refused.code).toBe('invalid_input');
    expect(refused.message).toMatch(/control characters/);
    // Only the data folder's lock, taken at start before anything else (see data-folder.ts).
    expect(readdirSync(register.dir).filter((name) => !name.startsWith('breachlog-folder.db'))).toEqual([]);
    // The bug this guards against: an empty file left behind then opened with any passphrase.
    expect(expectOk(await register.dispatch('session:status', {}))).toEqual({ state: 'needs_new_passphrase' });
    expectOk(await register.dispatch('session:unlock', { passphrase: 'the real first passphrase' }));
    register.reopen();
    expect(expectError(await register.dispatch('session:unlock', { passphrase: 'anything else at all' })).code).toBe('wrong_key');
    expect(expectOk(await register.dispatch('session:unlock', { passphrase: 'the real first passphrase' }))).toMatchObject({ state: 'open' });
  });

  it('refuses a NUL at the service too (not only at the contract), before creating the file', async () => {
    firstRun();
    await expect(register.session.unlock('correct horse\0battery staple')).rejects.toMatchObject({ code: 'invalid_input' });
    expect(() => openDatabase(register.databasePath, { kind: 'passphrase', passphrase: 'x\0y long enough' }, { create: true })).toThrow(AppError);
    expect(existsSync(register.databasePath)).toBe(false);
  });

  it('refuses control characters in every other passphrase field, changing nothing', async () => {
    firstRun();
    expectOk(await register.dispatch('session:unlock', { passphrase: COMPOSED }));
    await register.signIn();
    await addIncidents(register, 1, 'kept');
    const payloads: [string, Record<string, unknown>][] = [
      ['security:change-passphrase', { current: COMPOSED, next: 'new\0passphrase here' }],
      ['security:change-passphrase', { current: `${COMPOSED}\0`, next: 'a new passphrase here' }],
      ['security:set-unlock-mode', { mode: 'passphrase', current: COMPOSED, next: 'new\u0007passphrase here' }],
      ['security:set-recovery-passphrase', { passphrase: 'recovery\npassphrase', current: COMPOSED }],
      ['backup:restore', { file: join(register.dir, 'none.db'), passphrase: 'x\0' }],
    ];
    for (const [name, payload] of payloads) {
      const refused = expectError(await register.dispatch(name, payload));
      expect([name, refused.code]).toEqual([name, 'invalid_input']);
    }
    register.reopen();
    expectOk(await register.dispatch('session:unlock', { passphrase: COMPOSED }));
    expect(await incidentTitles(register)).toEqual(['kept 0']);
  });

  it('opens a register made with the composed form when the decomposed form is typed, and the other way round', async () => {
    firstRun();
    expectOk(await register.dispatch('session:unlock', { passphrase: DECOMPOSED }));
    await register.signIn();
    await addIncidents(register, 1, 'made with NFD');
    // The file itself is keyed with the NFC form.
    expect(inspectFile(register.databasePath, { kind: 'passphrase', passphrase: COMPOSED }).titles).toEqual(['made with NFD 0']);
    expect(rawOpens(register.databasePath, COMPOSED)).toBe(true);
    expect(rawOpens(register.databasePath, DECOMPOSED)).toBe(false);
    for (const typed of [COMPOSED, DECOMPOSED, MIXED]) {
      register.reopen();
      expect(expectOk(await register.dispatch('session:unlock', { passphrase: typed }))).toMatchObject({ state: 'open' });
    }
  });

  it('changes the passphrase when the current one is typed in the other form; the new one is keyed NFC', async () => {
    firstRun();
    expectOk(await register.dispatch('session:unlock', { passphrase: COMPOSED }));
    await register.signIn();
    const next = 'Łódź, naïve façade'.normalize('NFD');
    expectOk(await register.dispatch('security:change-passphrase', { current: DECOMPOSED, next }));
    expect(rawOpens(register.databasePath, next.normalize('NFC'))).toBe(true);
    register.reopen();
    expect(expectError(await register.dispatch('session:unlock', { passphrase: COMPOSED })).code).toBe('wrong_key');
    expectOk(await register.dispatch('session:unlock', { passphrase: next.normalize('NFC') }));
    // The same passphrase in another form is the same passphrase, so it is not a change.
    const same = expectError(await register.dispatch('security:change-passphrase', { current: next, next: next.normalize('NFC') }));
    expect(same.message).toMatch(/same as the current one/);
  });
});

describe('registers keyed before passphrases were normalised', () => {
  const dir = makeTempDir();
  afterAll(() => dir.remove());

  it.each([
    ['decomposed', DECOMPOSED, [DECOMPOSED, COMPOSED]],
    ['composed', COMPOSED, [COMPOSED, DECOMPOSED]],
    ['mixed', MIXED, [MIXED]],
  ] as const)('a register keyed with the %s form as typed opens with it', async (label, keyedWith, opensWith) => {
    const path = join(dir.path, `legacy-${label}.db`);
    makeLegacyRegister(path, keyedWith);
    for (const typed of opensWith) {
      const session = new RegisterSession(path, { kind: 'passphrase' });
      try {
        expect(await session.unlock(typed)).toMatchObject({ state: 'open' });
      } finally {
        session.close();
      }
    }
    const session = new RegisterSession(path, { kind: 'passphrase' });
    await expect(session.unlock('not the passphrase at all')).rejects.toMatchObject({ code: 'wrong_key' });
    session.close();
  });
});

/** A register made as the earlier code made it: keyed with the passphrase exactly as typed. */
function makeLegacyRegister(path: string, typed: string): void {
  const db = new Database(path);
  db.pragma(`cipher='sqlcipher'`);
  db.pragma('legacy=4');
  db.pragma(`key='${typed.replaceAll("'", "''")}'`);
  db.pragma('journal_mode=WAL');
  runMigrations(db);
  db.close();
}

/** Whether exactly this string (no other form) keys the file. */
function rawOpens(path: string, passphrase: string): boolean {
  const db = new Database(path, { fileMustExist: true });
  try {
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    db.pragma(`key='${passphrase.replaceAll("'", "''")}'`);
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return true;
  } catch {
    return false;
  } finally {
    db.close();
  }
}
