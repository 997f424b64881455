import type { Db } from '../database/open-database';

/** Half-filled forms, kept in the encrypted register rather than the browser's own storage. */
export class DraftRepository {
  private readonly statements;

  constructor(db: Db) {
    this.statements = {
      save: db.prepare<[string, string, string]>(
        `INSERT INTO draft (key, values_json, saved_at) VALUES (?, ?, ?)
         ON CONFLICT (key) DO UPDATE SET values_json = excluded.values_json, saved_at = excluded.saved_at`,
      ),
      get: db.prepare<[string], string>('SELECT values_json FROM draft WHERE key = ?').pluck(),
      clear: db.prepare<[string]>('DELETE FROM draft WHERE key = ?'),
      // Keys are `screen:id` or `screen:id:part`: match the id as a whole, so 1 never takes 12's drafts.
      clearForIncident: db.prepare<[string, string]>('DELETE FROM draft WHERE key GLOB ? OR key GLOB ?'),
    };
  }

  save(key: string, values: Record<string, unknown>, now: Date): void {
    this.statements.save.run(key, JSON.stringify(values), now.toISOString());
  }

  get(key: string): Record<string, unknown> | null {
    const json = this.statements.get.get(key);
    return json ? (JSON.parse(json) as Record<string, unknown>) : null;
  }

  clear(key: string): void {
    this.statements.clear.run(key);
  }

  clearForIncident(id: number): void {
    this.statements.clearForIncident.run(`*:${id}`, `*:${id}:*`);
  }
}
