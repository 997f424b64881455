import type { Db } from '../database/open-database';

/** The register's `setting` table: one JSON value per key. Each caller reads its value back through its own schema. */
export class SettingTable {
  private readonly statements;

  constructor(db: Db) {
    this.statements = {
      get: db.prepare<[string], string>('SELECT value_json FROM setting WHERE key = ?').pluck(),
      set: db.prepare<[string, string]>(
        'INSERT INTO setting (key, value_json) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json',
      ),
    };
  }

  /** The stored JSON text, or null when the key has never been written. */
  get(key: string): string | null {
    return this.statements.get.get(key) ?? null;
  }

  set(key: string, valueJson: string): void {
    this.statements.set.run(key, valueJson);
  }
}
