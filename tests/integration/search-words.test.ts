import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runMigrations } from '../../electron/services/database/migrate';
import { toFtsMatch } from '../../electron/services/register/register-list-query';
import type { RegisterPage } from '../../shared/register-query';
import { makeTestRegister } from './support/test-register';

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

describe('what is typed in the search box and what the index holds', () => {
  it('asks the index only for single words, for every letter or digit in Unicode', () => {
    const db = new Database(':memory:');
    try {
      runMigrations(db);
      const query = db.prepare('SELECT count(*) FROM incident_search WHERE incident_search MATCH ?').pluck();
      const refused: string[] = [];
      let asked = 0;
      for (let codePoint = 0; codePoint <= 0x10ffff; codePoint++) {
        if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue;
        const character = String.fromCodePoint(codePoint);
        if (!LETTER_OR_DIGIT.test(character)) continue;
        const match = toFtsMatch(`q${character}q`);
        if (match === null) continue;
        asked++;
        try {
          query.get(match);
        } catch (error) {
          refused.push(`U+${codePoint.toString(16).toUpperCase()}: ${(error as Error).message}`);
        }
      }
      // Every letter and digit of the current Unicode, far more than the few the tokenizer reads differently.
      expect(asked).toBeGreaterThan(100_000);
      expect(refused).toEqual([]);
    } finally {
      db.close();
    }
  });
});

describe('searching words the tokenizer splits', () => {
  let register: ReturnType<typeof makeTestRegister>;
  beforeEach(async () => {
    register = makeTestRegister();
    await register.signIn();
  });
  afterEach(() => register.cleanup());

  it('finds a record by a word holding a character SQLite reads as a break (New Tai Lue ᦰ)', async () => {
    const created = await register.dispatch('incident:create', { title: 'Letter to ᦃᦰᦓ sent twice' });
    expect(created.ok).toBe(true);
    const titles = async (search: string) => {
      const result = await register.dispatch('incident:list', { search });
      if (!result.ok) throw new Error(result.error.message);
      return (result.value as RegisterPage).items.map((item) => item.title);
    };
    expect(await titles('ᦃᦰᦓ')).toEqual(['Letter to ᦃᦰᦓ sent twice']);
    expect(await titles('ᦃᦰ')).toEqual(['Letter to ᦃᦰᦓ sent twice']);
    expect(await titles('twice ᦃᦰᦓ')).toEqual(['Letter to ᦃᦰᦓ sent twice']);
  });
});
