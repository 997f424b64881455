import type { Db } from '../database/open-database';
import type { SealedRow } from './row-digest';
import { sealRow } from './row-digest';
import { COVERED_BY_NAME, COVERED_TABLES } from './covered-tables';

/**
 * Notes every covered row a transaction inserts, updates or deletes, so the next audit entry
 * seals it and no service can forget one. The triggers are TEMP: made afresh on each connection
 * and kept in memory, so nothing written in the file can switch them off. (Verify does not rely on
 * them: a row changed behind their back simply no longer matches its trail.)
 */
export function installTrailCapture(db: Db): void {
  const statements = ['CREATE TEMP TABLE IF NOT EXISTS trail_touched (tbl TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY (tbl, key)) WITHOUT ROWID'];
  for (const table of COVERED_TABLES) {
    // Not INSERT OR IGNORE: an outer statement's conflict clause (an upsert's) would override it.
    const note = (row: 'NEW' | 'OLD') =>
      `INSERT INTO temp.trail_touched (tbl, key) SELECT '${table.name}', ${table.keySql(row)} WHERE NOT EXISTS (SELECT 1 FROM temp.trail_touched WHERE tbl = '${table.name}' AND key = ${table.keySql(row)});`;
    const when = (row: 'NEW' | 'OLD') => (table.whenSql ? ` WHEN ${table.whenSql(row)}` : '');
    const whenEither = table.whenSql ? ` WHEN ${table.whenSql('OLD')} OR ${table.whenSql('NEW')}` : '';
    const updateOf = table.updateOf ? ` OF ${table.updateOf.join(', ')}` : '';
    statements.push(
      `CREATE TEMP TRIGGER IF NOT EXISTS trail_${table.name}_insert AFTER INSERT ON main.${table.name}${when('NEW')} BEGIN ${note('NEW')} END`,
      `CREATE TEMP TRIGGER IF NOT EXISTS trail_${table.name}_update AFTER UPDATE${updateOf} ON main.${table.name}${whenEither} BEGIN ${note('OLD')} ${note('NEW')} END`,
      `CREATE TEMP TRIGGER IF NOT EXISTS trail_${table.name}_delete AFTER DELETE ON main.${table.name}${when('OLD')} BEGIN ${note('OLD')} END`,
    );
  }
  for (const sql of statements) db.exec(sql);
}

/** The rows touched since the last entry, as they are now (null digest when deleted), and forgets them. */
export class TouchedRows {
  private readonly statements;
  private readonly selectOne = new Map<string, ReturnType<Db['prepare']>>();


  constructor(private readonly db: Db) {
    this.statements = {
      touched: db.prepare<[], { tbl: string; key: string }>('SELECT tbl, key FROM temp.trail_touched ORDER BY tbl, key'),
      clear: db.prepare('DELETE FROM temp.trail_touched'),
    };
  }

  take(): SealedRow[] {
    const touched = this.statements.touched.all();
    if (touched.length === 0) return [];
    this.statements.clear.run();
    return touched.map(({ tbl, key }) => {
      const table = COVERED_BY_NAME.get(tbl);
      if (!table) throw new Error(`Unknown covered table ${tbl}`);
      let statement = this.selectOne.get(tbl);
      if (!statement) {
        statement = this.db.prepare(table.selectOne);
        this.selectOne.set(tbl, statement);
      }
      return sealRow(table, key, statement.get(table.keyParams(key)) as Record<string, unknown> | undefined);
    });
  }
}
