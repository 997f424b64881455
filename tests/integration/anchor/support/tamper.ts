import { COMPACT_FORMAT, GENESIS_HASH, hashBytes } from '../../../../electron/services/audit/audit-hash';
import { storedDigest } from '../../../../electron/services/database/packed-json';
import { COVERED_TABLES } from '../../../../electron/services/audit/covered-tables';
import type { AuditRow } from '../../../../electron/services/audit/audit-trail';
import { recomputedHash } from '../../../../electron/services/audit/audit-trail';
import { encodeRows, decodeRows } from '../../../../electron/services/audit/trail-rows';
import type { SealedRow } from '../../../../electron/services/audit/row-digest';
import { sealRow } from '../../../../electron/services/audit/row-digest';
import type { Db } from '../../../../electron/services/database/open-database';
import { openDatabase } from '../../../../electron/services/database/open-database';
import type { AnchoredVerifyResult } from '../../../../shared/register-fingerprint';
import type { makeTestRegister } from '../../support/test-register';

export type TestRegister = ReturnType<typeof makeTestRegister>;

/** Opens the file with only the database key, as an insider holding the recovery key would, and drops the guards. */
export function withOnlyTheKey(register: TestRegister, change: (db: Db) => void): void {
  register.session.close();
  const db = openDatabase(register.databasePath, { kind: 'raw', bytes: register.keyBytes }, { create: false });
  try {
    db.exec('DROP TRIGGER IF EXISTS audit_entry_no_update; DROP TRIGGER IF EXISTS audit_entry_no_delete;');
    change(db);
  } finally {
    db.close();
  }
  register.reopen();
}


/** Every covered row's seal as it is now, by table and key. */
function sealEveryRow(db: Db): Map<string, SealedRow> {
  const seals = new Map<string, SealedRow>();
  for (const table of COVERED_TABLES) {
    for (const row of db.prepare<[], Record<string, unknown>>(table.selectAll).all()) {
      const key = String(row['trail_key']);
      seals.set(JSON.stringify([table.name, key]), sealRow(table, key, row));
    }
  }
  return seals;
}

/**
 * Makes `change` to the rows, then does what the app would have done had it made it: every trail
 * entry that sealed a changed row as it was gets the row's new seal instead (digest and column
 * digests from the app's own code), so the rows match their trail. Re-chain afterwards. Only the
 * row's last state is resealed; earlier states of it in the trail stay as they were sealed.
 */
export function changeRowsAndReseal(db: Db, change: (db: Db) => void): void {
  const before = sealEveryRow(db);
  change(db);
  const after = sealEveryRow(db);
  const resealed = new Map<string, SealedRow>();
  for (const [id, old] of before) {
    const now = after.get(id);
    if (now?.d !== old.d) resealed.set(id, now ?? { t: old.t, k: old.k, d: null });
  }
  const entries = db
    .prepare<[], { id: number; rows_json: string; format: number | null }>('SELECT id, rows_json, format FROM audit_entry WHERE rows_json IS NOT NULL ORDER BY id')
    .all();
  const update = db.prepare('UPDATE audit_entry SET rows_json = ? WHERE id = ?');
  for (const entry of entries) {
    let touched = false;
    const rows = decodeRows(entry.rows_json, entry.format).map((sealed) => {
      const id = JSON.stringify([sealed.t, sealed.k]);
      const replacement = resealed.get(id);
      if (!replacement || sealed.d !== before.get(id)?.d) return sealed;
      touched = true;
      return replacement;
    });
    if (touched) update.run(entry.format === COMPACT_FORMAT ? encodeRows(rows) : JSON.stringify(rows), entry.id);
  }
}

/** Recomputes every payload hash, link and entry hash (over the rows as they now read) from the first entry on: a chain that verifies on its own. */
export function rechain(db: Db): void {
  const rows = db.prepare<[], AuditRow>('SELECT * FROM audit_entry ORDER BY id').all();
  const update = db.prepare('UPDATE audit_entry SET payload_hash = ?, prev_hash = ?, hash = ? WHERE id = ?');
  let prevHash = GENESIS_HASH;
  db.transaction(() => {
    for (const row of rows) {
      const digest = storedDigest({ text: row.payload_json, packed: row.payload_packed ?? null });
      const payloadHash = digest === null ? row.payload_hash : hashBytes(digest);
      // The link is left implied, as the app writes it.
      const hash = recomputedHash({ ...row, payload_hash: payloadHash, prev_hash: null }, prevHash);
      update.run(payloadHash, null, hashBytes(hash), row.id);
      prevHash = hash;
    }
  })();
}

export async function verify(register: TestRegister, fingerprint?: string): Promise<AnchoredVerifyResult> {
  const result = await register.dispatch('register:verify', fingerprint === undefined ? {} : { fingerprint });
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as AnchoredVerifyResult;
}

/** A fingerprint as a person would copy it from a printout: the short form printed on every page. */
export function printout(result: AnchoredVerifyResult): string {
  if (!result.fingerprint) throw new Error('no fingerprint');
  const hex = result.fingerprint.hash.slice(0, 16).match(/.{4}/g)?.join(' ') ?? '';
  return `entry ${result.fingerprint.entry.toLocaleString('en-GB')}, ${hex}`;
}
