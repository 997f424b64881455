import Database from 'better-sqlite3-multiple-ciphers';
import { rmSync } from 'node:fs';
import { buildRegisterListSql } from '../electron/services/register/register-list-query';
import type { Case } from './workload';
import { Timings, timeMs } from './measure';

/**
 * The raw-SQLite floor: what SQLite itself does on this machine with the same data and the same
 * kind of work, measured in the same run as the app so the ratio survives a noisy machine. It is a
 * plain copy of the plain register with statistics (ANALYZE), opened with better-sqlite3 and default
 * settings but the app's WAL and synchronous=FULL; a page is one prepared SELECT of the page's rows
 * (no count, no service, no validation), and a save is one UPDATE of the stored record and its
 * updated time in one transaction (no trail, no search index, no checks).
 */

const SUMMARY_COLUMNS = 'i.id, i.reference, i.title, i.status, i.cause, i.breach_types, i.aware_at, i.reported_at, i.report_decision, i.updated_at';

export interface FloorFigures {
  list: Timings;
  search: Timings;
  save: Timings;
  pagesPerSave: number[];
}

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

export function runFloor(floorPath: string, cases: { list: Case[]; search: Case[] }, saves: { id: number; json: string }[], now: Date): FloorFigures {
  const db = new Database(floorPath, { fileMustExist: true });
  try {
    db.pragma('journal_mode=WAL');
    db.pragma('synchronous=FULL');
    const prepared = new Map<string, Database.Statement>();
    const page = (query: Case['query']) => {
      const sql = buildRegisterListSql(query, now);
      const text = `SELECT ${SUMMARY_COLUMNS} FROM incident i ${sql.ftsJoin} ${sql.where} ORDER BY ${sql.orderBy} LIMIT @limit OFFSET @offset`;
      let statement = prepared.get(text);
      if (!statement) {
        statement = db.prepare(text);
        prepared.set(text, statement);
      }
      return statement.all({ ...sql.params, limit: query.limit, offset: query.offset });
    };
    const figures: FloorFigures = { list: new Timings(), search: new Timings(), save: new Timings(), pagesPerSave: [] };
    // Warm-up with the first tenth, as the app's run warms up.
    for (const c of [...cases.list.slice(0, 40), ...cases.search.slice(0, 30)]) page(c.query);
    for (const c of cases.list) figures.list.add(c.kind, timeMs(() => page(c.query)));
    for (const c of cases.search) figures.search.add(c.kind, timeMs(() => page(c.query)));
    const updateRecord = db.prepare('UPDATE incident_record SET record_json = ? WHERE incident_id = ?');
    const touch = db.prepare('UPDATE incident SET updated_at = ? WHERE id = ?');
    const save = db.transaction((id: number, json: string) => {
      updateRecord.run(json, id);
      touch.run(now.toISOString(), id);
    });
    for (const { id, json } of saves) figures.save.add('save', timeMs(() => save(id, json)));
    for (const { id, json } of saves.slice(0, 50)) figures.pagesPerSave.push(pagesWrittenBy(db, () => save(id, `${json} `)));
    return figures;
  } finally {
    db.close();
  }
}

/** How many pages (WAL frames) one call writes: the WAL is emptied first, then its frames counted. */
export function pagesWrittenBy(db: Database.Database, fn: () => unknown): number {
  db.pragma('wal_checkpoint(TRUNCATE)');
  fn();
  const [row] = db.pragma('wal_checkpoint(PASSIVE)') as { log: number }[];
  return row?.log ?? Number.NaN;
}
