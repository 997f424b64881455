import type { AuditEntry, VerifyResult } from '../../../shared/audit';
import type { Db } from '../database/open-database';
import type { ChainedFields } from './audit-hash';
import { GENESIS_HASH, entryHash, sha256 } from './audit-hash';
import type { SealedRow } from './row-digest';
import { TouchedRows } from './trail-capture';

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
  payload_hash: string;
  prev_hash: string;
  hash: string;
  /** Absent before schema version 5. */
  rows_json?: string | null;
}

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
      head: db.prepare<[], { id: number; hash: string }>('SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1'),
      forIncident: db.prepare<[number], AuditRow>('SELECT * FROM audit_entry WHERE incident_id = ? ORDER BY id'),
      all: db.prepare<[], AuditRow>('SELECT * FROM audit_entry ORDER BY id'),
      redact: db.prepare<[number]>('UPDATE audit_entry SET payload_json = NULL WHERE incident_id = ? AND payload_json IS NOT NULL'),
    };
  }

  append(entry: NewAuditEntry, extraRows: readonly SealedRow[] = []): void {
    if (!this.db.inTransaction) throw new Error('Audit entries must be written in the same transaction as the change');
    // Prepared on first use: a read-only check of an older file has neither the column nor the capture table.
    this.writing ??= {
      insert: this.db.prepare(
        `INSERT INTO audit_entry (id, at, actor, incident_id, reference, action, field, payload_json, payload_hash, prev_hash, hash, rows_json)
         VALUES (@id, @at, @actor, @incidentId, @reference, @action, @field, @payloadJson, @payloadHash, @prevHash, @hash, @rowsJson)`,
      ),
      touched: new TouchedRows(this.db),
    };
    const head = this.statements.head.get();
    const payloadJson = JSON.stringify({ old: entry.oldValue ?? null, new: entry.newValue ?? null });
    const fields: ChainedFields = {
      id: (head?.id ?? 0) + 1,
      at: entry.at.toISOString(),
      actor: entry.actor,
      incidentId: entry.incidentId,
      reference: entry.reference,
      action: entry.action,
      field: entry.field,
      payloadHash: sha256(payloadJson),
      prevHash: head?.hash ?? GENESIS_HASH,
      rowsJson: JSON.stringify([...extraRows, ...this.writing.touched.take()]),
    };
    this.writing.insert.run({ ...fields, payloadJson, hash: entryHash(fields) });
  }

  forIncident(incidentId: number): AuditEntry[] {
    return this.statements.forIncident.all(incidentId).map(toAuditEntry);
  }

  /** Erases the old and new values of a removed record's entries; the chain still verifies. */
  redactIncident(incidentId: number): void {
    this.statements.redact.run(incidentId);
  }

  headHash(): string | null {
    return this.statements.head.get()?.hash ?? null;
  }

  /** Re-walks the whole chain from the start and names the first entry that no longer matches. */
  verify(): VerifyResult {
    let prevHash = GENESIS_HASH;
    let expectedId = 1;
    let checked = 0;
    for (const row of this.statements.all.iterate()) {
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
      prevHash = row.hash;
      expectedId = row.id + 1;
      checked += 1;
    }
    return { intact: true, entriesChecked: checked, headHash: checked > 0 ? prevHash : null, firstBadEntry: null, recordsNotMatchingTrail: [] };
  }
}

/** What is wrong with one entry of the chain, or null when it follows on from the one before. */
export function chainProblem(row: AuditRow, prevHash: string, expectedId: number): string | null {
  if (row.id !== expectedId) return `Entry ${expectedId} is missing`;
  if (row.prev_hash !== prevHash) return 'It does not follow on from the entry before it';
  if (row.payload_json !== null && sha256(row.payload_json) !== row.payload_hash) {
    return 'The values it records have been changed';
  }
  const recomputed = entryHash({
    id: row.id,
    at: row.at,
    actor: row.actor,
    incidentId: row.incident_id,
    reference: row.reference,
    action: row.action,
    field: row.field,
    payloadHash: row.payload_hash,
    prevHash: row.prev_hash,
    rowsJson: row.rows_json ?? null,
  });
  if (recomputed !== row.hash) return 'Its time, author, record, field or the rows it vouches for have been changed';
  return null;
}

function toAuditEntry(row: AuditRow): AuditEntry {
  const payload = row.payload_json === null ? null : (JSON.parse(row.payload_json) as { old: unknown; new: unknown });
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
