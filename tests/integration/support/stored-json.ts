import { packJson, unpackJson } from '../../../electron/services/database/packed-json';
import type { Db } from '../../../electron/services/database/open-database';

/**
 * Rewrites the recorded values of the trail entries matching `where`, as someone holding the key
 * could: read each (inflating a packed one), edit its JSON text, and store it back the way the app
 * stores values. The hashes are left as they were; re-chain afterwards to hide the edit. Answers
 * how many entries changed. Drop the append-only trigger first.
 */
export function editTrailValues(db: Db, where: string, edit: (json: string) => string): number {
  const rows = db
    .prepare<[], { id: number; payload_json: string | null; payload_packed: Buffer | null }>(
      `SELECT id, payload_json, payload_packed FROM audit_entry WHERE ${where}`,
    )
    .all();
  const update = db.prepare('UPDATE audit_entry SET payload_json = ?, payload_packed = ? WHERE id = ?');
  let changed = 0;
  for (const row of rows) {
    const json = unpackJson(row.payload_json, row.payload_packed);
    if (json === null || edit(json) === json) continue;
    const stored = packJson(edit(json));
    update.run(stored.text, stored.packed, row.id);
    changed += 1;
  }
  return changed;
}

/**
 * A record's JSON text in SQL, whichever way it is kept; write an edit back with
 * `record_json = <edited>, record_packed = NULL`. On connections opened by openDatabase (and by tamper).
 */
export const RECORD_TEXT = 'unpacked_json(record_json, record_packed)';

/** The recorded values of every entry, as JSON text (null where erased). */
export function trailValues(db: Db, where = '1'): (string | null)[] {
  return db
    .prepare<[], { payload_json: string | null; payload_packed: Buffer | null }>(`SELECT payload_json, payload_packed FROM audit_entry WHERE ${where} ORDER BY id`)
    .all()
    .map((row) => unpackJson(row.payload_json, row.payload_packed));
}
