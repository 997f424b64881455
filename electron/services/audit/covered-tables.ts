import { unpackJson } from '../database/packed-json';

/**
 * The tables whose every row is a fact the trail vouches for, and how each row is keyed and read.
 * Everything else is working state, not evidence: drafts (half-typed forms), the full-text index
 * (rebuilt from the records), the last user's name (offered on the next start), whether a fired
 * reminder's banner was dismissed, and whether the organisation question was postponed.
 */
export interface CoveredTable {
  name: string;
  /** The row's key as SQL over NEW or OLD, as the capture triggers write it. */
  keySql: (row: 'NEW' | 'OLD') => string;
  /** Only rows matching this (over NEW or OLD) are facts. */
  whenSql?: (row: 'NEW' | 'OLD') => string;
  /** Only changes to these columns are captured (the rest is working state). */
  updateOf?: readonly string[];
  /** Every row with its key as `trail_key`. */
  selectAll: string;
  /** One row by key; `keyParams` turns the key into the statement's parameters. */
  selectOne: string;
  keyParams: (key: string) => unknown[];
  /** Every row of one incident (its key as `trail_key`); absent for register-wide tables. */
  selectByOwner?: string;
  /** The row's facts, one value per named column (a JSON column is opened into its fields). */
  facts: (row: Record<string, unknown>) => Record<string, unknown>;
  /** The incident the row belongs to, if any. */
  owner: (row: Record<string, unknown>) => number | null;
  /** What the row is, in words, for verify's messages. */
  noun: string;
  /** Columns left out of the facts at their usual value (see INCIDENT_COLUMN_DEFAULTS). */
  optionalColumns?: readonly string[];
}

/** The setting keys that are facts; `last-user` is only the name offered on the next start. */
export const FACT_SETTING_KEYS = ['register', 'organisation', 'security'] as const;
/** Fields of a setting's value that are working state, not facts. */
const SETTING_STATE_FIELDS: Record<string, readonly string[]> = { organisation: ['prompt'] };

const byId = (table: string, noun: string, owner: (row: Record<string, unknown>) => number | null): CoveredTable => ({
  name: table,
  keySql: (row) => `CAST(${row}.id AS TEXT)`,
  selectAll: `SELECT CAST(id AS TEXT) AS trail_key, * FROM ${table}`,
  selectOne: `SELECT CAST(id AS TEXT) AS trail_key, * FROM ${table} WHERE id = ?`,
  keyParams: (key) => [Number(key)],
  selectByOwner: `SELECT CAST(id AS TEXT) AS trail_key, * FROM ${table} WHERE ${table === 'incident' ? 'id' : 'incident_id'} = ?`,
  facts: withoutKey,
  owner,
  noun,
});

const ownIncident = (row: Record<string, unknown>) => row['incident_id'] as number;

export const COVERED_TABLES: readonly CoveredTable[] = [
  { ...byId('incident', 'the breach', (row) => row['id'] as number), facts: incidentFacts, optionalColumns: ['kind', 'role', 'controller_told_at'] },
  {
    name: 'incident_record',
    keySql: (row) => `CAST(${row}.incident_id AS TEXT)`,
    selectAll: 'SELECT CAST(incident_id AS TEXT) AS trail_key, * FROM incident_record',
    selectOne: 'SELECT CAST(incident_id AS TEXT) AS trail_key, * FROM incident_record WHERE incident_id = ?',
    keyParams: (key) => [Number(key)],
    selectByOwner: 'SELECT CAST(incident_id AS TEXT) AS trail_key, * FROM incident_record WHERE incident_id = ?',
    facts: recordFacts,
    owner: ownIncident,
    noun: 'its full record',
  },
  byId('assessment', 'an assessment version', ownIncident),
  byId('ico_submission', 'a report to the ICO', ownIncident),
  byId('people_told', 'a record of telling the people affected', ownIncident),
  // A kept file's facts (its size and SHA-256 among them); its bytes are checked against them (attachments/attachment-check.ts).
  byId('attachment', 'an attachment', ownIncident),
  byId('letter_version', 'a version of the letter to the people affected', ownIncident),
  {
    name: 'reminder_fired',
    keySql: (row) => `json_array(${row}.incident_id, ${row}.aware_at, ${row}.hours_left)`,
    updateOf: ['incident_id', 'aware_at', 'hours_left', 'fired_at', 'missed'],
    selectAll: 'SELECT json_array(incident_id, aware_at, hours_left) AS trail_key, * FROM reminder_fired',
    selectOne:
      'SELECT json_array(incident_id, aware_at, hours_left) AS trail_key, * FROM reminder_fired WHERE incident_id = ? AND aware_at = ? AND hours_left = ?',
    keyParams: (key) => JSON.parse(key) as unknown[],
    selectByOwner: 'SELECT json_array(incident_id, aware_at, hours_left) AS trail_key, * FROM reminder_fired WHERE incident_id = ?',
    // Whether its banner was dismissed is working state.
    facts: (row) => without(row, ['trail_key', 'seen']),
    owner: ownIncident,
    noun: 'a fired deadline reminder',
  },
  {
    name: 'setting',
    keySql: (row) => `${row}.key`,
    whenSql: (row) => `${row}.key IN (${FACT_SETTING_KEYS.map((key) => `'${key}'`).join(', ')})`,
    selectAll: `SELECT key AS trail_key, * FROM setting WHERE key IN (${FACT_SETTING_KEYS.map((key) => `'${key}'`).join(', ')})`,
    selectOne: 'SELECT key AS trail_key, * FROM setting WHERE key = ?',
    keyParams: (key) => [key],
    facts: (row) => ({ key: row['key'], ...openJson(row['value_json'], 'value_json', SETTING_STATE_FIELDS[row['key'] as string] ?? []) }),
    owner: () => null,
    noun: 'a setting',
  },
  {
    name: 'reference_counter',
    keySql: (row) => `CAST(${row}.year AS TEXT)`,
    selectAll: 'SELECT CAST(year AS TEXT) AS trail_key, * FROM reference_counter',
    selectOne: 'SELECT CAST(year AS TEXT) AS trail_key, * FROM reference_counter WHERE year = ?',
    keyParams: (key) => [Number(key)],
    facts: withoutKey,
    owner: () => null,
    noun: 'the reference counter',
  },
];

export const COVERED_BY_NAME: ReadonlyMap<string, CoveredTable> = new Map(COVERED_TABLES.map((table) => [table.name, table]));

/**
 * Migration 0006 added the kind, role and controller-told columns. Rows sealed before then were
 * sealed without them, so a column still at what every older row means is left out of the facts;
 * any other value is a fact, and changing it either way breaks the row's match with its trail.
 */
const INCIDENT_COLUMN_DEFAULTS: Record<string, unknown> = { kind: 'breach', role: 'controller', controller_told_at: null };

function incidentFacts(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(withoutKey(row)).filter(([name, value]) => !(name in INCIDENT_COLUMN_DEFAULTS) || value !== INCIDENT_COLUMN_DEFAULTS[name]),
  );
}

function withoutKey(row: Record<string, unknown>): Record<string, unknown> {
  return without(row, ['trail_key']);
}

function without(row: Record<string, unknown>, names: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([name]) => !names.includes(name)));
}

/** The record's fields, one fact each, whichever way it is kept (packed since schema 17). */
function recordFacts(row: Record<string, unknown>): Record<string, unknown> {
  const packed = row['record_packed'];
  if (packed == null) return { incident_id: row['incident_id'], ...openJson(row['record_json'], 'record_json', []) };
  let text: string | null;
  try {
    text = unpackJson(null, packed as Uint8Array);
  } catch {
    // Bytes that do not inflate: compared as they are, so they never match a seal of real fields.
    return { incident_id: row['incident_id'], record_packed: Buffer.from(packed as Uint8Array).toString('hex') };
  }
  return { incident_id: row['incident_id'], ...openJson(text, 'record_packed', []) };
}

/** A JSON object column as one fact per field; anything else (unreadable text) as the column itself. */
function openJson(text: unknown, column: string, skip: readonly string[]): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(String(text));
  } catch {
    return { [column]: text };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { [column]: text };
  return Object.fromEntries(Object.entries(value).filter(([field]) => !skip.includes(field)).map(([field, fieldValue]) => [field, JSON.stringify(fieldValue)]));
}
