import type { RegisterProblem, VerifyResult } from '../../../shared/audit';
import { formatUkDateTime } from '../../../shared/uk-time';
import type { Db } from '../database/open-database';
import { COMPACT_FORMAT, GENESIS_HASH, hashHex } from './audit-hash';
import type { AuditRow } from './audit-trail';
import { chainProblem } from './audit-trail';
import { COVERED_TABLES } from './covered-tables';
import { checkAttachmentContents } from '../attachments/attachment-check';
import { changedColumnsSince, rowDigest } from './row-digest';
import { readRows } from './trail-rows';
import { scanTrail } from './trail-scan';

/** How often (in rows read) the step-wise verify hands control back, so a caller can keep its event loop ticking. */
const STEP_ROWS = 2_000;

interface Expected {
  digest: string | null;
  /** The entry that last sealed the row (its column digests are read from there when needed). */
  entryId: number;
  firstSealedAt: string;
  incidentId: number | null;
  reference: string | null;
}

/**
 * What a verify proves. 'whole': everything. 'chain': every entry's hash and link, its format and
 * that no values were erased. 'rows': every row of the register against what the trail says it
 * holds. Over a file nobody writes (a fresh backup), the two halves run on two threads and
 * `joinVerifyParts` gives what 'whole' would.
 */
export type VerifyPart = 'whole' | VerifyHalf;
export type VerifyHalf = 'chain' | 'rows';

/** The whole register against its trail (or one half of that, see VerifyPart). */
export function verifyRegister(db: Db, part: VerifyPart = 'whole'): VerifyResult {
  const steps = verifyRegisterSteps(db, part);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same, a slice at a time: each `next()` does a bounded amount of work. Run it on a
 * connection of its own inside one read transaction, and it checks one consistent snapshot
 * while the app goes on writing.
 */
export function* verifyRegisterSteps(db: Db, part: VerifyPart = 'whole'): Generator<void, VerifyResult> {
  const proveChain = part !== 'rows';
  const proveRows = part !== 'chain';
  const hasRows = db.prepare<[], number>("SELECT count(*) FROM pragma_table_info('audit_entry') WHERE name = 'rows_json'").pluck().get() === 1;
  const problems: Problem[] = [];
  const references = new Map<number, string>();
  const createdAt = new Map<number, string>();
  const removedBy = new Map<number, number>();
  const erased: { id: number; incidentId: number | null }[] = [];
  const expected = new Map<string, Expected>();
  const legacyFields = new Map<number, Record<string, unknown>>();
  let prevHash = GENESIS_HASH;
  let expectedId = 1;
  let checked = 0;
  let firstBadEntry: VerifyResult['firstBadEntry'] = null;
  let recordsRows = false;
  let compact = false;

  for (const row of scanTrail(db, { chain: proveChain, legacyValues: proveRows && !hasRows })) {
    if (proveChain) {
      const problem = chainProblem(row, prevHash, expectedId);
      if (problem) {
        firstBadEntry = { id: row.id, at: row.at, problem };
        problems.push({ kind: 'chain', reference: row.reference, message: `Audit entry ${row.id}: ${problem}.` });
        break;
      }
      prevHash = hashHex(row.hash);
      expectedId = row.id + 1;
    }
    checked += 1;
    if (row.incident_id !== null) {
      if (row.reference !== null) references.set(row.incident_id, row.reference);
      if (row.action === 'created' && !createdAt.has(row.incident_id)) createdAt.set(row.incident_id, row.at);
      if (row.action === 'removed_after_retention') removedBy.set(row.incident_id, row.id);
    }
    if (proveChain && row.payload_json === null && row.payload_packed == null) erased.push({ id: row.id, incidentId: row.incident_id });
    if (row.format === COMPACT_FORMAT) compact = true;
    else if (compact && proveChain) {
      problems.push({
        kind: 'chain',
        reference: row.reference,
        message: `Audit entry ${row.id} is in an older format than the entries before it, although every entry after the upgrade is compact: it was not written by Breachlog.`,
      });
    }
    const rowsJson = row.rows_json ?? null;
    const sealedRows = readRows(rowsJson, row.format);
    if (proveChain && rowsJson !== null && sealedRows === null) {
      problems.push({ kind: 'chain', reference: row.reference, message: `Audit entry ${row.id}: the list of rows it vouches for cannot be read.` });
    }
    if (rowsJson === null) {
      if (recordsRows && proveChain) {
        problems.push({
          kind: 'chain',
          reference: row.reference,
          message: `Audit entry ${row.id} does not say which rows it changed, although every entry after the upgrade does: it was not written by Breachlog.`,
        });
      }
      if (!hasRows && proveRows) replayLegacyField(row, legacyFields);
    } else {
      recordsRows = true;
      for (const sealed of proveRows ? (sealedRows ?? []) : []) {
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

  const name = (incidentId: number | null, fallback: string | null) =>
    (incidentId !== null ? references.get(incidentId) : undefined) ?? fallback ?? (incidentId !== null ? `Incident ${incidentId}` : null);

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

  const rowsChecked = { count: 0 };
  if (proveRows && firstBadEntry === null && hasRows && recordsRows) {
    yield* compareRows(db, expected, problems, name, createdAt, rowsChecked);
    // Every stored file against the size and SHA-256 its (trail-checked) row holds.
    yield* checkAttachmentContents(db, problems);
  } else if (proveRows && firstBadEntry === null && !hasRows) {
    compareLegacyRecords(db, legacyFields, removedBy, problems, name);
  }

  const recordsNotMatchingTrail = problems
    .filter((problem) => problem.column !== undefined)
    .map((problem) => ({ reference: problem.reference ?? '', field: problem.column ?? '' }));
  return {
    intact: problems.length === 0,
    entriesChecked: checked,
    headHash: proveChain && firstBadEntry === null && checked > 0 ? prevHash : null,
    firstBadEntry,
    recordsNotMatchingTrail,
    problems: problems.map(({ kind, reference, message }) => ({ kind, reference, message })),
    rowsChecked: rowsChecked.count,
  };
}

/** A problem, with the column it names (for the older `recordsNotMatchingTrail` list). */
type Problem = RegisterProblem & { column?: string };

type Namer = (incidentId: number | null, fallback: string | null) => string | null;

function* compareRows(
  db: Db,
  expected: Map<string, Expected>,
  problems: Problem[],
  name: Namer,
  createdAt: Map<number, string>,
  rowsChecked: { count: number },
): Generator<void, void> {
  const hasFormat = db.prepare<[], number>("SELECT count(*) FROM pragma_table_info('audit_entry') WHERE name = 'format'").pluck().get() === 1;
  const sealedIn = db.prepare<[number], { rows_json: string | null; format: number | null }>(
    `SELECT rows_json, ${hasFormat ? 'format' : 'NULL AS format'} FROM audit_entry WHERE id = ?`,
  );
  const seen = new Set<string>();
  const tablesHeld = new Set(db.prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all());
  for (const table of COVERED_TABLES) {
    // A backup from an older schema is checked before it is upgraded: a table it never had holds no rows.
    if (!tablesHeld.has(table.name)) continue;
    for (const row of db.prepare<[], Record<string, unknown>>(table.selectAll).iterate()) {
      const key = String(row['trail_key']);
      const id = rowKey(table.name, key);
      seen.add(id);
      rowsChecked.count += 1;
      if (rowsChecked.count % STEP_ROWS === 0) yield;
      const facts = table.facts(row);
      const owner = table.owner(row);
      const reference = table.name === 'incident' ? String(row['reference']) : name(owner, null);
      const what = describe(table.name, table.noun, key, reference);
      const trail = expected.get(id);
      if (!trail) {
        problems.push({
          kind: 'not_on_trail',
          reference,
          column: table.name === 'incident' ? '(the whole record: it has no audit trail)' : undefined,
          message: `${what} is not on the audit trail: it was added outside Breachlog.`,
        });
        continue;
      }
      if (trail.digest === null) {
        problems.push({ kind: 'not_on_trail', reference, message: `${what} is in the register, but its trail shows it was deleted.` });
        continue;
      }
      if (rowDigest(table.name, key, facts) === trail.digest) continue;
      const entry = sealedIn.get(trail.entryId);
      const sealed = readRows(entry?.rows_json, entry?.format)?.find((item) => item.t === table.name && item.k === key);
      const columns = changedColumnsSince(sealed, table.name, key, facts, table.optionalColumns);
      if (columns.length === 0) {
        problems.push({ kind: 'changed', reference, message: `${what} has been changed outside Breachlog: it no longer matches its trail.` });
      }
      for (const column of columns) {
        problems.push({
          kind: 'changed',
          reference,
          column,
          message: `${what}: “${column}” has been changed outside Breachlog: it no longer matches its trail.`,
        });
      }
    }
  }
  for (const [id, trail] of expected) {
    if (trail.digest === null || seen.has(id)) continue;
    const [tableName, key] = splitKey(id);
    const table = COVERED_TABLES.find((candidate) => candidate.name === tableName);
    const reference = tableName === 'incident' ? name(Number(key), trail.reference) : name(trail.incidentId, trail.reference);
    const since = tableName === 'incident' ? (createdAt.get(Number(key)) ?? trail.firstSealedAt) : trail.firstSealedAt;
    const what = describe(tableName, table?.noun ?? tableName, key, reference);
    problems.push({
      kind: 'missing',
      reference,
      column: tableName === 'incident' ? '(the whole record: it is missing)' : undefined,
      message: `${what} is missing: its trail shows it was recorded on ${formatUkDateTime(since)} and never removed.`,
    });
  }
}

/** A row in words: "BR-2026-0004", "BR-2026-0004: a report to the ICO (no. 3)", "The setting “register”". */
function describe(table: string, noun: string, key: string, reference: string | null): string {
  if (table === 'incident') return reference ?? `Breach ${key}`;
  if (table === 'setting') return `The setting “${key}”`;
  if (table === 'reference_counter') return `The reference counter for ${key}`;
  if (table === 'incident_record') return `${reference ?? `Breach ${key}`}: ${noun}`;
  return `${reference ?? 'A breach'}: ${noun} (no. ${key})`;
}

function rowKey(table: string, key: string): string {
  return `${table}\u0000${key}`;
}

function splitKey(id: string): [string, string] {
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

function compareLegacyRecords(
  db: Db,
  fields: Map<number, Record<string, unknown>>,
  removedBy: Map<number, number>,
  problems: Problem[],
  name: Namer,
): void {
  // Registers made before the record moved to its own table keep it in `incident` itself.
  const recordInIncident = db.prepare<[], number>("SELECT count(*) FROM pragma_table_info('incident') WHERE name = 'record_json'").pluck().get() === 1;
  const rows = db.prepare<[], { id: number; reference: string; record_json: string }>(
    recordInIncident
      ? 'SELECT id, reference, record_json FROM incident ORDER BY id'
      : 'SELECT i.id, i.reference, r.record_json FROM incident i JOIN incident_record r ON r.incident_id = i.id ORDER BY i.id',
  );
  for (const row of rows.iterate()) {
    if (removedBy.has(row.id)) continue;
    const trail = fields.get(row.id);
    const reference = row.reference;
    if (!trail) {
      problems.push({
        kind: 'not_on_trail',
        reference,
        column: '(the whole record: it has no audit trail)',
        message: `${reference} is not on the audit trail: it was added outside Breachlog.`,
      });
      continue;
    }
    let record: Record<string, unknown>;
    try {
      record = JSON.parse(row.record_json) as Record<string, unknown>;
    } catch {
      problems.push({ kind: 'changed', reference, message: `${reference}: its full record can no longer be read.` });
      continue;
    }
    for (const [field, value] of Object.entries(trail)) {
      if (JSON.stringify(record[field] ?? null) !== JSON.stringify(value ?? null)) {
        problems.push({ kind: 'changed', reference, column: field, message: `${name(row.id, reference)}: “${field}” has been changed outside Breachlog.` });
      }
    }
  }
}

/**
 * The 'chain' and 'rows' halves of one file's verify as one result, the same as 'whole' gives:
 * a broken chain ends the verify there, as it does in 'whole', so the rows' findings are dropped.
 */
export function joinVerifyParts(chain: VerifyResult, rows: VerifyResult): VerifyResult {
  if (chain.firstBadEntry !== null) return chain;
  const problems = [...(chain.problems ?? []), ...(rows.problems ?? [])];
  return {
    ...chain,
    intact: problems.length === 0,
    recordsNotMatchingTrail: [...chain.recordsNotMatchingTrail, ...rows.recordsNotMatchingTrail],
    problems,
    rowsChecked: rows.rowsChecked,
  };
}
