import { existsSync, statSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VerifyResult } from '../../../shared/audit';
import type { Incident } from '../../../shared/incident';
import type { Db } from '../../../electron/services/database/open-database';
import { openDatabase } from '../../../electron/services/database/open-database';
import { FULL_INCIDENT } from '../support/full-incident';
import { makeTestRegister } from '../support/test-register';
import { unpackJson } from '../../../electron/services/database/packed-json';
import type { TestRegister } from './support/security-helpers';
import { expectOk, incidentTitles } from './support/security-helpers';

// Lower-case ASCII, so the full-text index stores it as typed. The index drops the letters a word
// shares with the word before it, so the search looks for the canary's tail, not its start.
const CANARY = 'zqcanary5e1f0c9a';
const CANARY_TAIL = CANARY.slice(2);
const CLOSED = { ...FULL_INCIDENT, status: 'closed' as const, actions: FULL_INCIDENT.actions.map((a) => ({ ...a, done: true })) };

/**
 * Secure disposal after the retention period: the file is encrypted, so searching its bytes proves
 * nothing. What does: no freed page left in the file (freelist_count 0, which only VACUUM gives),
 * and no row of any table (the full-text index's own tables included) holding the removed text.
 */
describe('secure disposal of a record removed after retention', () => {
  let register: TestRegister;
  let gone: Incident;
  const rawKey = () => ({ kind: 'raw' as const, bytes: register.keyBytes });
  const db = async () => (await register.session.services()).db;

  beforeEach(async () => {
    register = makeTestRegister();
    await register.signIn();
    for (const title of ['Kept: lost USB stick', 'Kept: letter to the wrong house']) {
      expectOk(await register.dispatch('incident:create', { ...CLOSED, title }));
    }
    gone = expectOk(await register.dispatch('incident:create', { ...CLOSED, title: `Removed ${CANARY}` })) as Incident;
    // An edit re-indexes the record, and a draft holds it too: both are places the text could linger.
    const changes = { whatHappened: `${CANARY} `.repeat(500), lessonsLearned: `Ask ${CANARY} first.` };
    expectOk(await register.dispatch('incident:update', { id: gone.id, changes }));
    expectOk(await register.dispatch('draft:save', { key: `incident:${gone.id}:what`, values: { containment: CANARY } }));
    expectOk(await register.dispatch('incident:create', { ...CLOSED, title: 'Kept: opened after the removed one' }));
    // Another incident's draft whose id starts with the removed one's digits: it must survive.
    expectOk(await register.dispatch('draft:save', { key: `incident:${gone.id}1:what`, values: { containment: 'kept draft' } }));
  });
  afterEach(() => register.cleanup());

  it('leaves no freed page, no WAL and no row holding the removed text; the rest verifies', async () => {
    (await db()).pragma('wal_checkpoint(TRUNCATE)');
    const before = { pages: pragmaNumber(await db(), 'page_count'), bytes: statSync(register.databasePath).size };
    // The scan can see the text while the record exists, so its finding nothing afterwards means something.
    expect(tablesHolding(await db(), CANARY_TAIL)).toEqual(
      expect.arrayContaining(['incident', 'incident_record', 'incident_search_data', 'audit_entry', 'draft']),
    );

    register.clock.now = new Date('2033-01-01T09:00:00.000Z');
    expect(expectOk(await register.dispatch('incident:remove-expired', { id: gone.id, confirmReference: gone.reference }))).toEqual({
      reference: gone.reference,
    });

    expect(pragmaNumber(await db(), 'freelist_count')).toBe(0);
    expect(pragmaNumber(await db(), 'page_count')).toBeLessThan(before.pages);
    expect(statSync(register.databasePath).size).toBeLessThan(before.bytes);
    expect(existsSync(`${register.databasePath}-wal`) ? statSync(`${register.databasePath}-wal`).size : 0).toBe(0);

    expect(expectOk(await register.dispatch('draft:get', { key: `incident:${gone.id}1:what` }))).toMatchObject({ containment: 'kept draft' });
    const verify = expectOk(await register.dispatch('register:verify', {})) as VerifyResult;
    expect(verify).toMatchObject({ intact: true, firstBadEntry: null, recordsNotMatchingTrail: [] });
    expect(await incidentTitles(register)).toEqual([
      'Kept: lost USB stick',
      'Kept: letter to the wrong house',
      'Kept: opened after the removed one',
    ]);

    // A fresh connection with the key, as anyone holding the file and key would read it.
    register.session.close();
    const file = openDatabase(register.databasePath, rawKey(), { create: false });
    try {
      expect(tablesHolding(file, CANARY_TAIL)).toEqual([]);
      expect(pragmaNumber(file, 'freelist_count')).toBe(0);
      expect(file.pragma('integrity_check', { simple: true })).toBe('ok');
      const tombstone = file.prepare('SELECT action, reference, payload_json FROM audit_entry ORDER BY id DESC LIMIT 1').get();
      expect(tombstone).toMatchObject({ action: 'removed_after_retention', reference: gone.reference });
    } finally {
      file.close();
    }
  });
});

function pragmaNumber(db: Db, name: string): number {
  return Number(db.pragma(name, { simple: true }));
}

/**
 * Every table with a row holding `needle`, in any column, text or blob (the index stores its words
 * in blobs), packed JSON (the trail's values, the records) read inflated as well.
 */
function tablesHolding(db: Db, needle: string): string[] {
  const bytes = Buffer.from(needle);
  const holds = (value: unknown) => {
    if (!Buffer.isBuffer(value)) return Buffer.from(String(value)).includes(bytes);
    return value.includes(bytes) || (inflated(value)?.includes(needle) ?? false);
  };
  const tables = db.prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
  return tables.filter((table) =>
    db
      .prepare(`SELECT * FROM "${table}"`)
      .raw()
      .all()
      .some((row) => (row as unknown[]).some(holds)),
  );
}

/** A blob's packed JSON, or null when it is not packed JSON. */
function inflated(blob: Buffer): string | null {
  try {
    return unpackJson(null, blob);
  } catch {
    return null;
  }
}
