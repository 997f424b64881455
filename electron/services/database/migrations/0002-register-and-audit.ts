import { createHash } from 'node:crypto';
import type { Migration } from '../migration';

/*
 * Frozen history: this migration imports no live code. What it needs of the audit trail, the
 * record's fields and the search index is copied below exactly as it was when version 2 shipped,
 * so a later change to the live code can never change what upgrading an old register does.
 */

type Db = Parameters<NonNullable<Migration['after']>>[0];

/** The record's fields in their order at version 2, with their empty values. */
const EMPTY_FIELDS_V2: Record<string, unknown> = {
  title: '',
  whatHappened: '',
  howDiscovered: '',
  discoveredBy: '',
  occurred: { kind: 'not_known' },
  discoveredAt: null,
  awareAt: null,
  awarenessNote: '',
  cause: 'not_yet_known',
  causeDetail: '',
  breachTypes: [],
  cyberIncident: 'not_yet_known',
  dataCategories: [],
  dataCategoriesOther: '',
  peopleCount: { kind: 'not_known' },
  recordsCount: { kind: 'not_known' },
  peopleCategories: [],
  peopleCategoriesOther: '',
  organisationsInvolved: '',
  likelyConsequences: '',
  containment: '',
  actions: [],
  lessonsLearned: '',
  preventionSteps: '',
  status: 'open',
};
const FIELD_NAMES_V2 = Object.keys(EMPTY_FIELDS_V2);
/** The free-text fields the search body was made of, in order. */
const SEARCHED_FIELDS_V2 = [
  'whatHappened',
  'howDiscovered',
  'discoveredBy',
  'awarenessNote',
  'causeDetail',
  'dataCategoriesOther',
  'peopleCategoriesOther',
  'organisationsInvolved',
  'likelyConsequences',
  'containment',
  'actions',
  'lessonsLearned',
  'preventionSteps',
];
/** Letters SQLite's tokenizer does not fold by itself. */
const FOLDED_LETTERS_V2: Record<string, string> = { ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ð: 'd', ħ: 'h', ı: 'i', þ: 'th' };

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/[łøæœßđðħıþ]/g, (letter) => FOLDED_LETTERS_V2[letter] ?? letter);
}

function searchableBody(fields: Record<string, unknown>): string {
  return SEARCHED_FIELDS_V2.flatMap((field) => {
    const value = fields[field];
    if (field === 'actions') return (value as { description: string; owner: string }[]).map((action) => `${action.description} ${action.owner}`);
    return [value as string];
  })
    .filter((text) => text !== '')
    .join('\n');
}

/** A version-1 record as the record schema read it back then: the text fields trimmed. */
function readRecord(json: string): Record<string, unknown> {
  const record = JSON.parse(json) as Record<string, unknown>;
  const fields: Record<string, unknown> = {};
  for (const name of FIELD_NAMES_V2) {
    const value = record[name];
    fields[name] = typeof value === 'string' && name !== 'discoveredAt' && name !== 'awareAt' ? value.trim() : value;
  }
  return fields;
}

/** An audit entry in the trail's first format (no list of rows). */
function appender(db: Db) {
  const head = db.prepare<[], { id: number; hash: string }>('SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1');
  const insert = db.prepare(
    `INSERT INTO audit_entry (id, at, actor, incident_id, reference, action, field, payload_json, payload_hash, prev_hash, hash)
     VALUES (@id, @at, @actor, @incidentId, @reference, @action, @field, @payloadJson, @payloadHash, @prevHash, @hash)`,
  );
  return (entry: { at: Date; actor: string; incidentId: number; reference: string; action: string; field: string | null; oldValue: unknown; newValue: unknown }) => {
    const last = head.get();
    const payloadJson = JSON.stringify({ old: entry.oldValue ?? null, new: entry.newValue ?? null });
    const fields = {
      id: (last?.id ?? 0) + 1,
      at: entry.at.toISOString(),
      actor: entry.actor,
      incidentId: entry.incidentId,
      reference: entry.reference,
      action: entry.action,
      field: entry.field,
      payloadHash: sha256(payloadJson),
      prevHash: last?.hash ?? '0'.repeat(64),
    };
    const hash = sha256(
      JSON.stringify([fields.id, fields.at, fields.actor, fields.incidentId, fields.reference, fields.action, fields.field, fields.payloadHash, fields.prevHash]),
    );
    insert.run({ ...fields, payloadJson, hash });
  };
}

/** Records made before the audit trail existed get their "created" entries (so every record has a trail) and a search entry. */
function auditExistingIncidents(db: Db): void {
  const append = appender(db);
  const rows = db.prepare<[], { id: number; reference: string; record_json: string; created_at: string }>(
    'SELECT i.id, i.reference, r.record_json, i.created_at FROM incident i JOIN incident_record r ON r.incident_id = i.id ORDER BY i.id',
  );
  const index = db.prepare<[number, string, string, string]>('INSERT INTO incident_search (rowid, reference, title, body) VALUES (?, ?, ?, ?)');
  for (const row of rows.all()) {
    const fields = readRecord(row.record_json);
    index.run(row.id, row.reference, fold(fields['title'] as string), fold(searchableBody(fields)));
    const entry = { at: new Date(row.created_at), actor: 'Breachlog (upgrade)', incidentId: row.id, reference: row.reference };
    append({ ...entry, action: 'created', field: null, oldValue: null, newValue: null });
    for (const field of FIELD_NAMES_V2) {
      if (JSON.stringify(EMPTY_FIELDS_V2[field]) === JSON.stringify(fields[field])) continue;
      append({ ...entry, action: 'changed', field, oldValue: EMPTY_FIELDS_V2[field], newValue: fields[field] });
    }
  }
}

/**
 * The full breach record, its full-text index, the append-only audit trail, drafts and
 * settings. The whole record is kept as JSON (read back through the shared schema); the
 * columns beside it exist for filtering and sorting the register.
 */
export const migration0002: Migration = {
  version: 2,
  description: 'Full incident record, audit trail, drafts, settings, full-text search',
  sql: `
    DROP INDEX incident_by_aware_at;
    ALTER TABLE incident RENAME TO incident_v1;

    CREATE TABLE incident (
      id INTEGER PRIMARY KEY,
      reference TEXT NOT NULL UNIQUE,
      title TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('open', 'contained', 'closed')),
      cause TEXT NOT NULL,
      breach_types INTEGER NOT NULL DEFAULT 0,
      aware_at TEXT,
      year INTEGER NOT NULL,
      reported_at TEXT,
      report_decision TEXT CHECK (report_decision IN ('required', 'not_required')),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      closed_at TEXT
    ) STRICT;

    -- The full record lives apart from the columns the register filters on, so scanning or
    -- counting incidents reads a few bytes a row, not every record's text.
    CREATE TABLE incident_record (
      incident_id INTEGER PRIMARY KEY REFERENCES incident (id) ON DELETE CASCADE,
      record_json TEXT NOT NULL
    ) STRICT;

    INSERT INTO incident (id, reference, title, status, cause, breach_types, aware_at, year, created_at, updated_at)
      SELECT id, reference, title, 'open', 'not_yet_known', 0, aware_at, CAST(substr(coalesce(aware_at, created_at), 1, 4) AS INTEGER),
        created_at, updated_at
      FROM incident_v1;
    INSERT INTO incident_record (incident_id, record_json)
      SELECT id,
        json_object(
          'title', title, 'whatHappened', description, 'howDiscovered', '', 'discoveredBy', '',
          'occurred', CASE WHEN occurred_at IS NULL THEN json_object('kind', 'not_known') ELSE json_object('kind', 'at', 'at', occurred_at) END,
          'discoveredAt', NULL, 'awareAt', aware_at, 'awarenessNote', '', 'cause', 'not_yet_known', 'causeDetail', '',
          'breachTypes', json_array(), 'cyberIncident', 'not_yet_known', 'dataCategories', json_array(), 'dataCategoriesOther', '',
          'peopleCount', json_object('kind', 'not_known'), 'recordsCount', json_object('kind', 'not_known'),
          'peopleCategories', json_array(), 'peopleCategoriesOther', '', 'organisationsInvolved', '', 'likelyConsequences', '',
          'containment', '', 'actions', json_array(), 'lessonsLearned', '', 'preventionSteps', '', 'status', 'open')
      FROM incident_v1;
    DROP TABLE incident_v1;

    -- The register's common views: newest first, optionally by status, year or cause.
    CREATE INDEX incident_by_aware ON incident (aware_at DESC, id DESC);
    CREATE INDEX incident_by_status_aware ON incident (status, aware_at DESC, id DESC);
    CREATE INDEX incident_by_year_aware ON incident (year, aware_at DESC, id DESC);
    CREATE INDEX incident_by_cause_aware ON incident (cause, aware_at DESC, id DESC);
    CREATE INDEX incident_by_updated ON incident (updated_at DESC, id DESC);

    -- Prefix indexes make search-as-you-type ("pay", "payr…") as quick as whole words.
    CREATE VIRTUAL TABLE incident_search USING fts5 (
      reference, title, body,
      tokenize = 'unicode61 remove_diacritics 2',
      prefix = '1 2 3'
    );

    -- Append-only: each entry's hash covers the one before it. The payload (old and new
    -- values) is hashed separately so it can be erased with its record after the retention
    -- period without breaking the chain.
    CREATE TABLE audit_entry (
      id INTEGER PRIMARY KEY,
      at TEXT NOT NULL,
      actor TEXT NOT NULL,
      incident_id INTEGER,
      reference TEXT,
      action TEXT NOT NULL,
      field TEXT,
      payload_json TEXT,
      payload_hash TEXT NOT NULL,
      prev_hash TEXT NOT NULL,
      hash TEXT NOT NULL UNIQUE
    ) STRICT;
    CREATE INDEX audit_by_incident ON audit_entry (incident_id, id);

    CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
    BEGIN SELECT RAISE(ABORT, 'The audit trail is append-only'); END;

    -- The only change allowed: erasing a payload (retention), nothing else.
    CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
    WHEN NOT (
      NEW.payload_json IS NULL AND OLD.payload_json IS NOT NULL
      AND NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.actor = OLD.actor
      AND NEW.incident_id IS OLD.incident_id AND NEW.reference IS OLD.reference
      AND NEW.action = OLD.action AND NEW.field IS OLD.field
      AND NEW.payload_hash = OLD.payload_hash AND NEW.prev_hash = OLD.prev_hash AND NEW.hash = OLD.hash
    )
    BEGIN SELECT RAISE(ABORT, 'The audit trail is append-only'); END;

    CREATE TABLE draft (
      key TEXT PRIMARY KEY,
      values_json TEXT NOT NULL,
      saved_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE setting (
      key TEXT PRIMARY KEY,
      value_json TEXT NOT NULL
    ) STRICT;
  `,
  after: auditExistingIncidents,
};
