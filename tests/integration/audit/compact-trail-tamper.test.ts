import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMPACT_FORMAT, GENESIS_HASH, hashBytes, hashHex } from '../../../electron/services/audit/audit-hash';
import type { AuditRow } from '../../../electron/services/audit/audit-trail';
import { recomputedHash } from '../../../electron/services/audit/audit-trail';
import { decodeRows, encodeRows } from '../../../electron/services/audit/trail-rows';
import type { Db } from '../../../electron/services/database/open-database';
import { unlockConnection } from '../../../electron/services/database/open-database';
import type { VerifyResult } from '../../../shared/audit';
import { makeTestRegister } from '../support/test-register';
import type { Scenario, TestRegister } from './trail-scenario';
import { buildScenario, messages, tamper, verify } from './trail-scenario';
import { editTrailValues } from '../support/stored-json';

/**
 * The compact trail (schema 11): hashes kept as 32 bytes, the link to the entry before implied,
 * the rows' digests packed. Someone with the key edits those bytes; verify must still catch it.
 */
describe('tampering with the compact trail', () => {
  let register: TestRegister;
  let scenario: Scenario;

  beforeEach(async () => {
    register = makeTestRegister();
    scenario = await buildScenario(register);
  });
  afterEach(() => register.cleanup());

  const expectNamed = (result: VerifyResult, ...patterns: RegExp[]) => {
    expect(result.intact).toBe(false);
    for (const pattern of patterns) expect(messages(result)).toMatch(pattern);
  };

  /** Opens the file with only the key, the append-only guards dropped. */
  const withKey = (change: (db: Db) => void) => {
    register.session.close();
    const db = new Database(register.databasePath, { fileMustExist: true });
    try {
      unlockConnection(db, { kind: 'raw', bytes: register.keyBytes });
      db.exec('DROP TRIGGER IF EXISTS audit_entry_no_update; DROP TRIGGER IF EXISTS audit_entry_no_delete;');
      change(db);
    } finally {
      db.close();
    }
    register.reopen();
  };

  /** The entry that sealed incident 1's record most recently. */
  const recordSeal = (db: Db) =>
    db
      .prepare<[], AuditRow>(`SELECT * FROM audit_entry WHERE rows_json LIKE '%"incident_record","${scenario.reported.id}"%' ORDER BY id DESC LIMIT 1`)
      .get() as AuditRow;

  it('writes every entry compact: 32-byte hashes, the link implied, packed digests', () => {
    withKey((db) => {
      const rows = db.prepare<[], AuditRow>('SELECT * FROM audit_entry').all();
      expect(rows.length).toBeGreaterThan(10);
      for (const row of rows) {
        expect(row.format).toBe(COMPACT_FORMAT);
        expect([Buffer.isBuffer(row.hash) && row.hash.length, Buffer.isBuffer(row.payload_hash) && row.payload_hash.length, row.prev_hash]).toEqual([32, 32, null]);
      }
      const sealed = decodeRows(recordSeal(db).rows_json ?? '', COMPACT_FORMAT).find((item) => item.t === 'incident_record');
      expect(sealed).toMatchObject({ k: String(scenario.reported.id), d: expect.stringMatching(/^[0-9a-f]{64}$/), p: expect.any(String) });
      // Nothing looks entries up by hash, so no index keeps a second copy of them.
      expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE tbl_name = 'audit_entry' AND type = 'index'").pluck().get()).toBe(1);
    });
  });

  it('names an entry whose stored hash bytes were edited', async () => {
    tamper(register, 'DROP TRIGGER audit_entry_no_update; UPDATE audit_entry SET hash = randomblob(32) WHERE id = 3;');
    const result = await verify(register);
    expectNamed(result, /Audit entry 3: Its time, author, record, field or the rows it vouches for have been changed/);
    expect(result.firstBadEntry).toMatchObject({ id: 3 });
  });

  it('names the next entry when an entry is rehashed after an edit (the implied link covers the hash before)', async () => {
    withKey((db) => {
      const row = db.prepare<[], AuditRow>('SELECT * FROM audit_entry WHERE id = 4').get() as AuditRow;
      const before = hashHex(db.prepare('SELECT hash FROM audit_entry WHERE id = 3').pluck().get());
      const edited = { ...row, actor: 'Someone else' };
      db.prepare('UPDATE audit_entry SET actor = ?, hash = ? WHERE id = 4').run(edited.actor, hashBytes(recomputedHash(edited, before)));
    });
    const result = await verify(register);
    expectNamed(result, /Audit entry 5: Its time, author, record, field or the rows it vouches for have been changed/);
  });

  it('names an entry whose packed row digest was edited', async () => {
    let id = 0;
    withKey((db) => {
      const entry = recordSeal(db);
      id = entry.id;
      const rows = decodeRows(entry.rows_json ?? '', COMPACT_FORMAT).map((item) =>
        item.t === 'incident_record' ? { ...item, d: (item.d ?? '').replace(/^./, (digit) => (digit === '0' ? '1' : '0')) } : item,
      );
      db.prepare('UPDATE audit_entry SET rows_json = ? WHERE id = ?').run(encodeRows(rows), entry.id);
    });
    const result = await verify(register);
    expectNamed(result, new RegExp(`Audit entry ${id}: Its time, author, record, field or the rows it vouches for have been changed`));
  });

  it('names an entry whose packed column digests were edited, and a payload edited in place', async () => {
    let sealedAt = 0;
    withKey((db) => {
      const entry = recordSeal(db);
      sealedAt = entry.id;
      const rows = decodeRows(entry.rows_json ?? '', COMPACT_FORMAT).map((item) => (item.p ? { ...item, p: `AAAA${item.p.slice(4)}` } : item));
      db.prepare('UPDATE audit_entry SET rows_json = ? WHERE id = ?').run(encodeRows(rows), entry.id);
    });
    expectNamed(await verify(register), new RegExp(`Audit entry ${sealedAt}: Its time`));
    withKey((db) => {
      expect(editTrailValues(db, "field = 'title'", (json) => json.replace('emailed', 'posted'))).toBeGreaterThan(0);
    });
    expectNamed(await verify(register), /The values it records have been changed/);
  });

  it('names a removed entry in the middle of the trail', async () => {
    tamper(register, 'DROP TRIGGER audit_entry_no_delete; DELETE FROM audit_entry WHERE id = 5;');
    const result = await verify(register);
    expectNamed(result, /Audit entry 6: Entry 5 is missing/);
  });

  it('names an entry passed off as the older format, and a list of rows that cannot be read though it was rehashed', async () => {
    tamper(register, 'DROP TRIGGER audit_entry_no_update; UPDATE audit_entry SET format = NULL WHERE id = (SELECT max(id) FROM audit_entry);');
    expectNamed(await verify(register), /Its time, author, record, field or the rows it vouches for have been changed/);

    // Rechained from the start, so the chain holds: the older format after compact entries, and rows that are not a list, are named.
    withKey((db) => {
      const rows = db.prepare<[], AuditRow>('SELECT * FROM audit_entry ORDER BY id').all();
      let prevHash = GENESIS_HASH;
      const update = db.prepare('UPDATE audit_entry SET rows_json = ?, format = ?, hash = ? WHERE id = ?');
      for (const row of rows) {
        const changed = row.id === 4 ? { ...row, rows_json: 'not a list' } : row.id === rows.length ? { ...row, format: null } : row;
        prevHash = recomputedHash(changed, prevHash);
        update.run(changed.rows_json, changed.format, hashBytes(prevHash), row.id);
      }
    });
    expectNamed(
      await verify(register),
      /Audit entry 4: the list of rows it vouches for cannot be read/,
      /Audit entry \d+ is in an older format than the entries before it/,
    );
  });
});
