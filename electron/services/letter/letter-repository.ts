import type { LetterFields } from '../../../shared/documents/letter-fields';
import { letterFieldsSchema } from '../../../shared/documents/letter-fields';
import type { LetterVersionInfo } from '../../../shared/letter';
import type { Db } from '../database/open-database';

interface VersionRow {
  version: number;
  fields_json: string;
  saved_at: string;
  saved_by: string;
}

function readFields(row: VersionRow): LetterFields | null {
  try {
    const parsed = letterFieldsSchema.safeParse(JSON.parse(row.fields_json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The saved versions of each breach's letter. */
export class LetterRepository {
  private readonly statements;

  constructor(db: Db) {
    this.statements = {
      insert: db.prepare<[number, number, string, string, string]>(
        'INSERT INTO letter_version (incident_id, version, fields_json, saved_at, saved_by) VALUES (?, ?, ?, ?, ?)',
      ),
      versions: db.prepare<[number], VersionRow>('SELECT version, fields_json, saved_at, saved_by FROM letter_version WHERE incident_id = ? ORDER BY version DESC'),
      latest: db.prepare<[number], VersionRow>('SELECT version, fields_json, saved_at, saved_by FROM letter_version WHERE incident_id = ? ORDER BY version DESC LIMIT 1'),
      one: db.prepare<[number, number], VersionRow>('SELECT version, fields_json, saved_at, saved_by FROM letter_version WHERE incident_id = ? AND version = ?'),
    };
  }

  /** The newest saved words, or null; a row that no longer reads as a letter counts as none (verify reports it). */
  latest(incidentId: number): LetterFields | null {
    const row = this.statements.latest.get(incidentId);
    return row ? readFields(row) : null;
  }

  /** One saved version, or null when there is no such version (or it no longer reads as a letter). */
  version(incidentId: number, version: number): { info: LetterVersionInfo; fields: LetterFields } | null {
    const row = this.statements.one.get(incidentId, version);
    const fields = row ? readFields(row) : null;
    return row && fields ? { info: { version: row.version, savedAt: row.saved_at, savedBy: row.saved_by }, fields } : null;
  }

  versions(incidentId: number): LetterVersionInfo[] {
    return this.statements.versions.all(incidentId).map((row) => ({ version: row.version, savedAt: row.saved_at, savedBy: row.saved_by }));
  }

  insert(incidentId: number, fields: LetterFields, savedAt: Date, savedBy: string): number {
    const version = (this.statements.latest.get(incidentId)?.version ?? 0) + 1;
    this.statements.insert.run(incidentId, version, JSON.stringify(fields), savedAt.toISOString(), savedBy);
    return version;
  }
}
