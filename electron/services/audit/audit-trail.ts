import type { AuditEntry, VerifyResult } from '../../../shared/audit';
import type { Db } from '../database/open-database';
import type { ChainedFields } from './audit-hash';
import { COMPACT_FORMAT, GENESIS_HASH, entryHash, hashBytes, hashHex } from './audit-hash';
import type { SealedRow } from './row-digest';
import { TouchedRows } from './trail-capture';
import { encodeRows } from './trail-rows';
import { scanTrail } from './trail-scan';
import { keptAsText, packJson, storedDigest, unpackJson } from '../database/packed-json';

export interface NewAuditEntry {
  at: Date;
  actor: string;
  incidentId: number | null;
  reference: string | null;
  action: string;
  field: string | null;
  oldValue: unknown;
  newValue: unknown;
}

export interface AuditRow {
  id: number;
  at: string;
  actor: string;
  incident_id: number | null;
  reference: string | null;
  action: string;
  field: string | null;
  payload_json: string | null;
  /** The values deflated (packed-json.ts), payload_json then null; absent before schema 16. */
  payload_packed?: Buffer | null;
  /** 32 bytes since schema 11 (hex text in a file not yet upgraded; see hashHex). */
  payload_hash: Buffer | string;
  /** Null when it is the hash of the entry before, as on every compact entry. */
  prev_hash: Buffer | string | null;
  hash: Buffer | string;
  /** Absent before schema version 5. */
  rows_json?: string | null;
  /** COMPACT_FORMAT on entries written since schema 11; null on older ones, absent before schema 11. */
  format?: number | null;
}

/** Fields whose changes SQL reads straight from the trail (the dashboard's time to contain), so kept as text. */
const FIELDS_READ_IN_SQL: ReadonlySet<string> = new Set(['status']);

/**
 * The append-only, hash-chained record of every change. `append` must run inside the
 * transaction that makes the change, so a change and its entry land together or not at all;
 * it seals every covered row the transaction has touched so far (see trail-capture.ts).
 */
export class AuditTrail {
  private readonly statements;
  private writing: { insert: ReturnType<Db['prepare']>; touched: TouchedRows } | null = null;

  constructor(private readonly db: Db) {
    this.statements = {
      head: db.prepare<[], { id: number; hash: Buffer | string }>('SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1'),
      // Before ids were kept unique (see IncidentRepository.insert), a breach created after the newest
      // one was removed took its id: its history starts after that removal, not with the other breach's.
      forIncident: db.prepare<{ id: number }, AuditRow>(
        `SELECT * FROM audit_entry WHERE incident_id = @id AND id > coalesce((
           SELECT max(removal.id) FROM audit_entry removal
           WHERE removal.incident_id = @id AND removal.action = 'removed_after_retention'
             AND removal.id < (SELECT max(id) FROM audit_entry WHERE incident_id = @id AND action = 'created')
         ), 0)
         ORDER BY id`,
      ),
      redact: db.prepare<[number]>(
        'UPDATE audit_entry SET payload_json = NULL, payload_packed = NULL WHERE incident_id = ? AND (payload_json IS NOT NULL OR payload_packed IS NOT NULL)',
      ),
    };
  }

  append(entry: NewAuditEntry, extraRows: readonly SealedRow[] = []): void {
    if (!this.db.inTransaction) throw new Error('Audit entries must be written in the same transaction as the change');
    // Prepared on first use: a read-only check of an older file has neither the column nor the capture table.
    this.writing ??= {
      insert: this.db.prepare(
        `INSERT INTO audit_entry (id, at, actor, incident_id, reference, action, field, payload_json, payload_packed, payload_hash, hash, rows_json, format)
         VALUES (@id, @at, @actor, @incidentId, @reference, @action, @field, @payloadJson, @payloadPacked, @payloadHash, @hash, @rowsJson, ${COMPACT_FORMAT})`,
      ),
      touched: new TouchedRows(this.db),
    };
    const head = this.statements.head.get();
    const json = JSON.stringify({ old: entry.oldValue ?? null, new: entry.newValue ?? null });
    const payload = entry.field !== null && FIELDS_READ_IN_SQL.has(entry.field) ? keptAsText(json) : packJson(json);
    const fields: ChainedFields = {
      id: (head?.id ?? 0) + 1,
      at: entry.at.toISOString(),
      actor: entry.actor,
      incidentId: entry.incidentId,
      reference: entry.reference,
      action: entry.action,
      field: entry.field,
      payloadHash: payload.digest,
      prevHash: head ? hashHex(head.hash) : GENESIS_HASH,
      rowsJson: encodeRows([...extraRows, ...this.writing.touched.take()]),
      format: COMPACT_FORMAT,
    };
    // The link to the entry before is implied (its hash is the one before in the table); hashes are kept as their bytes.
    this.writing.insert.run({
      id: fields.id,
      at: fields.at,
      actor: fields.actor,
      incidentId: fields.incidentId,
      reference: fields.reference,
      action: fields.action,
      field: fields.field,
      rowsJson: fields.rowsJson,
      payloadJson: payload.text,
      payloadPacked: payload.packed,
      payloadHash: hashBytes(fields.payloadHash),
      hash: hashBytes(entryHash(fields)),
    });
  }

  forIncident(incidentId: number): AuditEntry[] {
    return this.statements.forIncident.all({ id: incidentId }).map(toAuditEntry);
  }

  /** Erases the old and new values of a removed record's entries; the chain still verifies. */
  redactIncident(incidentId: number): void {
    this.statements.redact.run(incidentId);
  }

  headHash(): string | null {
    const head = this.statements.head.get();
    return head ? hashHex(head.hash) : null;
  }

  /** Re-walks the whole chain from the start and names the first entry that no longer matches. */
  verify(): VerifyResult {
    let prevHash = GENESIS_HASH;
    let expectedId = 1;
    let checked = 0;
    for (const row of scanTrail(this.db, { chain: true, legacyValues: false })) {
      const problem = chainProblem(row, prevHash, expectedId);
      if (problem) {
        return {
          intact: false,
          entriesChecked: checked,
          headHash: null,
          firstBadEntry: { id: row.id, at: row.at, problem },
          recordsNotMatchingTrail: [],
        };
      }
      prevHash = hashHex(row.hash);
      expectedId = row.id + 1;
      checked += 1;
    }
    return { intact: true, entriesChecked: checked, headHash: checked > 0 ? prevHash : null, firstBadEntry: null, recordsNotMatchingTrail: [] };
  }
}

/** What is wrong with one entry of the chain, or null when it follows on from the one before. */
export function chainProblem(row: AuditRow, prevHash: string, expectedId: number): string | null {
  if (row.id !== expectedId) return `Entry ${expectedId} is missing`;
  if (row.prev_hash !== null && hashHex(row.prev_hash) !== prevHash) return 'It does not follow on from the entry before it';
  const stored = { text: row.payload_json, packed: row.payload_packed ?? null };
  if (stored.text !== null && stored.packed !== null) return 'The values it records have been changed';
  const digest = storedDigest(stored);
  if (digest !== null && digest !== hashHex(row.payload_hash)) return 'The values it records have been changed';
  if (recomputedHash(row, prevHash) !== hashHex(row.hash)) return 'Its time, author, record, field or the rows it vouches for have been changed';
  return null;
}

/** The entry's hash recomputed from what it stores, given the hash of the entry before (used where its own link is implied). */
export function recomputedHash(row: AuditRow, prevHash: string): string {
  return entryHash({
    id: row.id,
    at: row.at,
    actor: row.actor,
    incidentId: row.incident_id,
    reference: row.reference,
    action: row.action,
    field: row.field,
    payloadHash: hashHex(row.payload_hash),
    prevHash: row.prev_hash === null ? prevHash : hashHex(row.prev_hash),
    rowsJson: row.rows_json ?? null,
    format: row.format ?? null,
  });
}

function toAuditEntry(row: AuditRow): AuditEntry {
  const json = unpackJson(row.payload_json, row.payload_packed);
  const payload = json === null ? null : (JSON.parse(json) as { old: unknown; new: unknown });
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    incidentId: row.incident_id,
    reference: row.reference,
    action: row.action,
    field: row.field,
    oldValue: payload?.old ?? null,
    newValue: payload?.new ?? null,
    redacted: payload === null,
  };
}
