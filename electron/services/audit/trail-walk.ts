import type { RegisterProblem, VerifyResult } from '../../../shared/audit';
import type { Db } from '../database/open-database';
import { COMPACT_FORMAT, GENESIS_HASH, hashHex } from './audit-hash';
import type { AuditRow } from './audit-trail';
import { chainProblem } from './audit-trail';
import { readRowsAsStored } from './trail-rows';
import { scanTrail } from './trail-scan';

/** How often (in entries read) the walk hands control back, so a caller can keep its event loop ticking. */
export const STEP_ROWS = 2_000;

/** A problem, with the column it names (for the older `recordsNotMatchingTrail` list). */
export type Problem = RegisterProblem & { column?: string };

/** What the trail last said of one row. */
export interface Expected {
  /** As the seal stored it (see sameDigest); null once the row was deleted. */
  digest: string | null;
  /** The entry that last sealed the row (its column digests are read from there when needed). */
  entryId: number;
  firstSealedAt: string;
  incidentId: number | null;
  reference: string | null;
}

/**
 * What the trail vouches for, for checking the register's rows against it. Plain data (maps of
 * plain objects): when the rows are checked on another thread, this is what crosses to it.
 */
export interface TrailExpectations {
  /** Whether any entry lists the rows it sealed (every entry since schema 5). */
  recordsRows: boolean;
  /** Each sealed row by `rowKey`, as the last entry to seal it left it. */
  expected: Map<string, Expected>;
  /** Each incident's reference, as the trail last gave it. */
  references: Map<number, string>;
  /** When each incident's trail says it was created. */
  createdAt: Map<number, string>;
  /** The entry that removed each incident after its retention period. */
  removedBy: Map<number, number>;
  /** Before schema 5: the record's fields as the trail's "changed" entries leave them. */
  legacyFields: Map<number, Record<string, unknown>>;
}

/** The whole trail walked once: the chain's own findings, and what it vouches for. */
export interface TrailWalk {
  problems: Problem[];
  entriesChecked: number;
  headHash: string | null;
  firstBadEntry: VerifyResult['firstBadEntry'];
  expectations: TrailExpectations;
}

/**
 * Walks every entry in order: proves its hash, link and format (stopping at the first entry that
 * does not follow on), finds values erased without a removal, and gathers what the entries say
 * each row holds. `hasRows`: whether the file's trail can list rows at all (schema 5 on).
 */
export function* walkTrail(db: Db, hasRows: boolean): Generator<void, TrailWalk> {
  const problems: Problem[] = [];
  const expectations: TrailExpectations = {
    recordsRows: false,
    expected: new Map(),
    references: new Map(),
    createdAt: new Map(),
    removedBy: new Map(),
    legacyFields: new Map(),
  };
  const { expected, references, createdAt, removedBy } = expectations;
  const erased: { id: number; incidentId: number | null }[] = [];
  let prevHash = GENESIS_HASH;
  let expectedId = 1;
  let checked = 0;
  let firstBadEntry: VerifyResult['firstBadEntry'] = null;
  let compact = false;

  for (const row of scanTrail(db, { chain: true, legacyValues: !hasRows })) {
    const problem = chainProblem(row, prevHash, expectedId);
    if (problem) {
      firstBadEntry = { id: row.id, at: row.at, problem };
      problems.push({ kind: 'chain', reference: row.reference, message: `Audit entry ${row.id}: ${problem}.` });
      break;
    }
    prevHash = hashHex(row.hash);
    expectedId = row.id + 1;
    checked += 1;
    if (row.incident_id !== null) {
      if (row.reference !== null) references.set(row.incident_id, row.reference);
      if (row.action === 'created' && !createdAt.has(row.incident_id)) createdAt.set(row.incident_id, row.at);
      if (row.action === 'removed_after_retention') removedBy.set(row.incident_id, row.id);
    }
    if (row.payload_json === null && row.payload_packed == null) erased.push({ id: row.id, incidentId: row.incident_id });
    if (row.format === COMPACT_FORMAT) compact = true;
    else if (compact) {
      problems.push({
        kind: 'chain',
        reference: row.reference,
        message: `Audit entry ${row.id} is in an older format than the entries before it, although every entry after the upgrade is compact: it was not written by Breachlog.`,
      });
    }
    const rowsJson = row.rows_json ?? null;
    const sealedRows = readRowsAsStored(rowsJson, row.format);
    if (rowsJson !== null && sealedRows === null) {
      problems.push({ kind: 'chain', reference: row.reference, message: `Audit entry ${row.id}: the list of rows it vouches for cannot be read.` });
    }
    if (rowsJson === null) {
      if (expectations.recordsRows) {
        problems.push({
          kind: 'chain',
          reference: row.reference,
          message: `Audit entry ${row.id} does not say which rows it changed, although every entry after the upgrade does: it was not written by Breachlog.`,
        });
      }
      if (!hasRows) replayLegacyField(row, expectations.legacyFields);
    } else {
      expectations.recordsRows = true;
      for (const sealed of sealedRows ?? []) {
        const key = rowKey(sealed.t, sealed.k);
        const before = expected.get(key);
        if (sealed.r !== undefined && sealed.i !== undefined) references.set(sealed.i, sealed.r);
        expected.set(key, {
          digest: sealed.d,
          entryId: row.id,
          firstSealedAt: before && before.digest !== null ? before.firstSealedAt : row.at,
          incidentId: sealed.i ?? before?.incidentId ?? null,
          reference: row.reference,
        });
      }
    }
    if (checked % STEP_ROWS === 0) yield;
  }

  const name = namer(references);
  for (const entry of erased) {
    const removal = entry.incidentId === null ? undefined : removedBy.get(entry.incidentId);
    if (removal === undefined || removal < entry.id) {
      const reference = name(entry.incidentId, null);
      problems.push({
        kind: 'erased_values',
        reference,
        message: `${reference ?? 'A register-wide entry'}: the values of audit entry ${entry.id} have been erased, but ${reference ? 'the breach was never removed after its retention period' : 'such entries are never erased'}.`,
      });
    }
  }
  return { problems, entriesChecked: checked, headHash: firstBadEntry === null && checked > 0 ? prevHash : null, firstBadEntry, expectations };
}

/** Names an incident by its reference on the trail, else by `fallback`, else by its id. */
export type Namer = (incidentId: number | null, fallback: string | null) => string | null;

export function namer(references: ReadonlyMap<number, string>): Namer {
  return (incidentId, fallback) =>
    (incidentId !== null ? references.get(incidentId) : undefined) ?? fallback ?? (incidentId !== null ? `Incident ${incidentId}` : null);
}

export function rowKey(table: string, key: string): string {
  return `${table}\u0000${key}`;
}

export function splitKey(id: string): [string, string] {
  const at = id.indexOf('\u0000');
  return [id.slice(0, at), id.slice(at + 1)];
}

/** Before version 5 the trail vouched only for the record's fields, through its "changed" entries. */
function replayLegacyField(row: AuditRow, fields: Map<number, Record<string, unknown>>): void {
  if (row.incident_id === null || row.action !== 'changed' || row.field === null || row.payload_json === null) return;
  const record = fields.get(row.incident_id) ?? {};
  record[row.field] = (JSON.parse(row.payload_json) as { new: unknown }).new;
  fields.set(row.incident_id, record);
}
