import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { scanTrail } from '../../../electron/services/audit/trail-scan';

/** A bare trail table as schema 11 and later keep it (hashes as bytes), filled by SQL so it can be long. */
function trailOf(entries: number): Database.Database {
  const db = new Database(':memory:');
  db.exec(`CREATE TABLE audit_entry (
    id INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, incident_id INTEGER, reference TEXT, action TEXT NOT NULL, field TEXT,
    payload_json TEXT, payload_hash BLOB NOT NULL, prev_hash BLOB, hash BLOB NOT NULL, rows_json TEXT, format INTEGER, payload_packed BLOB)`);
  db.prepare(
    `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
     INSERT INTO audit_entry (id, at, actor, action, payload_json, payload_hash, hash, rows_json, format)
     SELECT i, 'at ' || i, 'Sam', 'changed', '{}', randomblob(32), randomblob(32), '[]', 2 FROM n`,
  ).run(entries);
  return db;
}

describe('reading the whole trail for a verify', () => {
  let db: Database.Database | null = null;
  afterEach(() => db?.close());

  it('gives every entry once, in order, across the chunks it reads them in, with its hashes as the hex text the chain hashes', () => {
    db = trailOf(4_501);
    // A gap in the ids (an entry deleted outside Breachlog) right at a chunk's edge: what follows is still read.
    db.prepare('DELETE FROM audit_entry WHERE id IN (2000, 2001)').run();
    const rows = [...scanTrail(db, { chain: true, legacyValues: false })];
    const expectedIds = db.prepare<[], number>('SELECT id FROM audit_entry ORDER BY id').pluck().all();
    expect(rows.map((row) => row.id)).toEqual(expectedIds);
    expect(rows).toHaveLength(4_499);
    const stored = db.prepare<[], Buffer>('SELECT hash FROM audit_entry WHERE id = 4501').pluck().get();
    expect(rows.at(-1)?.hash).toBe(stored?.toString('hex'));
    expect(rows[0]?.prev_hash).toBeNull();
  });

  it('reads neither values nor hashes for the rows’ half', () => {
    db = trailOf(3);
    const [first] = [...scanTrail(db, { chain: false, legacyValues: false })];
    expect(first).toMatchObject({ id: 1, at: 'at 1', rows_json: '[]', format: 2 });
    expect(first).not.toHaveProperty('hash');
    expect(first).not.toHaveProperty('payload_json');
  });

  it('keeps a hash an older file holds as text as it is', () => {
    db = trailOf(1);
    db.prepare("UPDATE audit_entry SET hash = 'ab12' WHERE id = 1").run();
    expect([...scanTrail(db, { chain: true, legacyValues: false })][0]?.hash).toBe('ab12');
  });
});
