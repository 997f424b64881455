import type { VerifyResult } from '../../../shared/audit';
import type { Db } from '../database/open-database';
import { checkAttachmentContents } from '../attachments/attachment-check';
import { compareLegacyRecords } from './legacy-record-check';
import type { CurrentRow } from './row-compare';
import { compareRows, currentRowDigests } from './row-compare';
import type { Problem, TrailExpectations, TrailWalk } from './trail-walk';
import { namer, walkTrail } from './trail-walk';

/**
 * A verify proves the register against its trail: every entry's hash, link and format, that no
 * values were erased, and every row of the register against what the trail says it holds.
 *
 * Over a file nobody writes (a fresh backup) it can run split across two threads, so that each
 * part reads the file once: the chain half walks the trail (`verifyChainHalf`) while the rows half
 * digests the register's rows (`readRowDigests`); the walk's expectations then go to the rows
 * half, which checks the rows against them (`verifyRowsHalf`), and `joinVerifyParts` gives what
 * the whole verify gives.
 */

/** The whole register against its trail. */
export function verifyRegister(db: Db): VerifyResult {
  return runToEnd(verifyRegisterSteps(db));
}

/**
 * The same, a slice at a time: each `next()` does a bounded amount of work. Run it on a
 * connection of its own inside one read transaction, and it checks one consistent snapshot
 * while the app goes on writing.
 */
export function* verifyRegisterSteps(db: Db): Generator<void, VerifyResult> {
  const hasRows = trailListsRows(db);
  const walk = yield* walkTrail(db, hasRows);
  if (walk.firstBadEntry !== null) return chainResult(walk);
  const rows = hasRows ? yield* currentRowDigests(db) : null;
  return joinVerifyParts(chainResult(walk), yield* checkRows(db, rows, walk.expectations));
}

/** The chain half: the trail's own findings, and what it vouches for (null once the chain is broken: nothing after it is judged). */
export function verifyChainHalf(db: Db): { result: VerifyResult; expectations: TrailExpectations | null } {
  const walk = runToEnd(walkTrail(db, trailListsRows(db)));
  return { result: chainResult(walk), expectations: walk.firstBadEntry === null ? walk.expectations : null };
}

/** The rows half's first part, needing nothing from the trail: every covered row's digest (null on a file whose trail lists no rows). */
export function readRowDigests(db: Db): CurrentRow[] | null {
  return trailListsRows(db) ? runToEnd(currentRowDigests(db)) : null;
}

/** The rows half's findings, from the rows' digests and the chain half's expectations (none when the chain is broken). */
export function verifyRowsHalf(db: Db, rows: readonly CurrentRow[] | null, expectations: TrailExpectations | null): VerifyResult {
  if (expectations === null) return result([], 0, null, null, 0);
  return runToEnd(checkRows(db, rows, expectations));
}

/**
 * The chain's and the rows' findings as one result, the same as the whole verify gives: a broken
 * chain ends the verify there, so the rows' findings are dropped.
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

function* checkRows(db: Db, rows: readonly CurrentRow[] | null, expectations: TrailExpectations): Generator<void, VerifyResult> {
  const problems: Problem[] = [];
  let rowsChecked = 0;
  if (rows !== null && expectations.recordsRows) {
    rowsChecked = yield* compareRows(db, rows, expectations, problems);
    // Every stored file against the size and SHA-256 its (trail-checked) row holds.
    yield* checkAttachmentContents(db, problems);
  } else if (rows === null) {
    compareLegacyRecords(db, expectations, problems, namer(expectations.references));
  }
  return result(problems, 0, null, null, rowsChecked);
}

function chainResult(walk: TrailWalk): VerifyResult {
  return result(walk.problems, walk.entriesChecked, walk.headHash, walk.firstBadEntry, 0);
}

function result(problems: Problem[], entriesChecked: number, headHash: string | null, firstBadEntry: VerifyResult['firstBadEntry'], rowsChecked: number): VerifyResult {
  return {
    intact: problems.length === 0,
    entriesChecked,
    headHash,
    firstBadEntry,
    recordsNotMatchingTrail: problems
      .filter((problem) => problem.column !== undefined)
      .map((problem) => ({ reference: problem.reference ?? '', field: problem.column ?? '' })),
    problems: problems.map(({ kind, reference, message }) => ({ kind, reference, message })),
    rowsChecked,
  };
}

/** Whether the file's trail can list the rows each entry sealed (schema 5 on). */
function trailListsRows(db: Db): boolean {
  return db.prepare<[], number>("SELECT count(*) FROM pragma_table_info('audit_entry') WHERE name = 'rows_json'").pluck().get() === 1;
}

function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
