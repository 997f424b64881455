import Database from 'better-sqlite3-multiple-ciphers';
import { rmSync } from 'node:fs';
import { buildRegisterListSql } from '../electron/services/register/register-list-query';
import type { Case } from './workload';

/**
 * The raw-SQLite floor: what SQLite itself does on this machine with the same data and the same
 * kind of work, measured in the same run as the app so the ratio survives a noisy machine. It is a
 * plain copy of the plain register with statistics (ANALYZE), opened with better-sqlite3 and default
 * settings but the app's WAL and synchronous=FULL; a page is one prepared SELECT of the page's rows
 * (no count, no service, no validation), and a save is one UPDATE of the stored record and its
 * updated time in one transaction (no trail, no search index, no checks).
 */

const SUMMARY_COLUMNS = 'i.id, i.reference, i.title, i.status, i.cause, i.breach_types, i.aware_at, i.reported_at, i.report_decision, i.updated_at';

export function makeFloor(plainPath: string, floorPath: string): void {
  rmSync(floorPath, { force: true });
  const source = new Database(plainPath, { readonly: true, fileMustExist: true });
  try {
    source.prepare('VACUUM INTO ?').run(floorPath);
  } finally {
    source.close();
  }
  const floor = new Database(floorPath);
  try {
    floor.exec('ANALYZE');
  } finally {
    floor.close();
  }
}

export interface Floor {
  page(query: Case['query']): unknown;
  save(id: number, json: string): void;
  close(): void;
  db: Database.Database;
}

/**
 * Opens the floor. The benchmark times each floor call right after the app's call for the same
 * case, so both see the same load on a shared machine.
 */
export function openFloor(floorPath: string, now: Date): Floor {
  const db = new Database(floorPath, { fileMustExist: true });
  db.pragma('journal_mode=WAL');
  db.pragma('synchronous=FULL');
  const prepared = new Map<string, Database.Statement>();
  const updateRecord = db.prepare('UPDATE incident_record SET record_json = ?, record_packed = NULL WHERE incident_id = ?');
  const touch = db.prepare('UPDATE incident SET updated_at = ? WHERE id = ?');
  const save = db.transaction((id: number, json: string) => {
    updateRecord.run(json, id);
    touch.run(now.toISOString(), id);
  });
  return {
    db,
    page: (query) => {
      const sql = buildRegisterListSql(query, now);
      const text = `SELECT ${SUMMARY_COLUMNS} FROM incident i ${sql.pageIndex} ${sql.ftsJoin} ${sql.where} ORDER BY ${sql.orderBy} LIMIT @limit OFFSET @offset`;
      let statement = prepared.get(text);
      if (!statement) {
        statement = db.prepare(text);
        prepared.set(text, statement);
      }
      return statement.all({ ...sql.params, limit: query.limit, offset: query.offset });
    },
    save: (id, json) => save(id, json),
    close: () => db.close(),
  };
}

export function floorPagesPerSave(floor: Floor, saves: { id: number; json: string }[]): number[] {
  return saves.slice(0, 50).map(({ id, json }) => pagesWrittenBy(floor.db, () => floor.save(id, `${json} `)));
}

/** How many pages (WAL frames) one call writes: the WAL is emptied first, then its frames counted. */
export function pagesWrittenBy(db: Database.Database, fn: () => unknown): number {
  db.pragma('wal_checkpoint(TRUNCATE)');
  fn();
  const [row] = db.pragma('wal_checkpoint(PASSIVE)') as { log: number }[];
  return row?.log ?? Number.NaN;
}
