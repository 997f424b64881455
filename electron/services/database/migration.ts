import type Database from 'better-sqlite3-multiple-ciphers';

/** One schema step. Shipped migrations are never edited: add a new one instead. */
export interface Migration {
  version: number;
  description: string;
  sql: string;
  /** Work SQL can't do (hashing), run in the same transaction after `sql`. */
  after?: (db: Database.Database) => void;
}
