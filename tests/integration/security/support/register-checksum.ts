import { createHash } from 'node:crypto';
import type { Db } from '../../../../electron/services/database/open-database';

/**
 * A digest of every row of every table (including the full-text index's own tables and the
 * settings), to prove that a refused request changed nothing at all.
 */
export function registerChecksum(db: Db): string {
  const hash = createHash('sha256');
  const tables = db
    .prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all();
  for (const table of tables) {
    const rows = db
      .prepare(`SELECT * FROM "${table}"`)
      .raw()
      .all()
      .map((row) => JSON.stringify(row, (_key, value: unknown) => (Buffer.isBuffer(value) ? value.toString('hex') : value)))
      .sort();
    hash.update(`${table}\n${rows.join('\n')}\n`);
  }
  hash.update(String(db.pragma('user_version', { simple: true })));
  return hash.digest('hex');
}
