import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runMigrations } from '../../electron/services/database/migrate';
import { toFtsMatch } from '../../electron/services/register/register-list-query';
import type { RegisterPage } from '../../shared/register-query';
import { FULL_INCIDENT } from './support/full-incident';
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

describe('searching the register', () => {
  let register: ReturnType<typeof makeTestRegister>;
  beforeEach(async () => {
    register = makeTestRegister();
    await register.signIn();
  });
  afterEach(() => register.cleanup());

  const create = async (fields: object) => {
    const result = await register.dispatch('incident:create', fields);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as { id: number; reference: string };
  };
  const titles = async (search: string) => {
    const result = await register.dispatch('incident:list', { search });
    if (!result.ok) throw new Error(result.error.message);
    return (result.value as RegisterPage).items.map((item) => item.title);
  };
  const waiting = async () => (await register.session.services()).db.prepare('SELECT count(*) FROM search_pending').pluck().get();

  describe('words the tokenizer splits', () => {
    it('finds a record by a word holding a character SQLite reads as a break (New Tai Lue ᦰ)', async () => {
      await create({ title: 'Letter to ᦃᦰᦓ sent twice' });
      expect(await titles('ᦃᦰᦓ')).toEqual(['Letter to ᦃᦰᦓ sent twice']);
      expect(await titles('ᦃᦰ')).toEqual(['Letter to ᦃᦰᦓ sent twice']);
      expect(await titles('twice ᦃᦰᦓ')).toEqual(['Letter to ᦃᦰᦓ sent twice']);
    });
  });

  describe('the search index takes saved text in batches', () => {
    it('answers a search straight after a save with the saved words, and not the replaced ones', async () => {
      const { id } = await create({ title: 'Rota emailed to a supplier', whatHappened: 'The staff rota went to the florist.' });
      expect(await register.dispatch('incident:update', { id, changes: { whatHappened: 'The staff rota went to the caterer.' } })).toMatchObject({ ok: true });
      expect(await waiting()).toBe(1);
      expect(await titles('caterer')).toEqual(['Rota emailed to a supplier']);
      expect(await titles('florist')).toEqual([]);
      expect(await waiting()).toBe(0);
    });

    it('keeps the note of a save across a restart that came before any search', async () => {
      const { id } = await create({ title: 'Timesheets left on the train' });
      await register.dispatch('incident:update', { id, changes: { containment: 'British Transport Police returned the folder.' } });
      register.reopen();
      await register.signIn();
      expect(await titles('transport police')).toEqual(['Timesheets left on the train']);
    });

    it('takes them without a search once a batch has built up, and leaves no note of a removed breach', async () => {
      const { id } = await create({ title: 'Door code written on the whiteboard' });
      for (let save = 1; save <= 63; save += 1) {
        await register.dispatch('incident:update', { id, changes: { containment: `Wiped, check number ${save}.` } });
      }
      // One incident saved 63 times is one note.
      expect(await waiting()).toBe(1);
      for (let n = 0; n < 63; n += 1) {
        const other = await create({ title: `Other breach ${n}` });
        await register.dispatch('incident:update', { id: other.id, changes: { containment: 'Contained.' } });
      }
      expect(await waiting()).toBe(0);
      expect(await titles('whiteboard wiped 63')).toEqual(['Door code written on the whiteboard']);

      const removed = await create({
        ...FULL_INCIDENT,
        title: 'Alarm code on a sticky note',
        status: 'closed' as const,
        actions: FULL_INCIDENT.actions.map((a) => ({ ...a, done: true })),
      });
      expect(await register.dispatch('incident:update', { id: removed.id, changes: { containment: 'Code changed and the note shredded.' } })).toMatchObject({ ok: true });
      expect(await waiting()).toBe(1);
      register.clock.now = new Date('2040-01-01T09:00:00.000Z');
      expect(await register.dispatch('incident:remove-expired', { id: removed.id, confirmReference: removed.reference })).toMatchObject({ ok: true });
      expect(await waiting()).toBe(0);
      expect(await titles('sticky')).toEqual([]);
      expect(await titles('shredded')).toEqual([]);
    });
  });
});
