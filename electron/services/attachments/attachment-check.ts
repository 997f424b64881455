import { createHash } from 'node:crypto';
import type { RegisterProblem } from '../../../shared/audit';
import type { Db } from '../database/open-database';

/** How many chunks are read between hand-backs, so a step-wise verify keeps its caller's event loop ticking. */
const STEP_CHUNKS = 64;

/**
 * Every stored file's bytes against the size and SHA-256 its attachment row holds (the row itself
 * is checked against the trail with the other covered tables, so together they check the file
 * against what the trail recorded when it was added).
 */
export function* checkAttachmentContents(db: Db, problems: RegisterProblem[]): Generator<void, number> {
  const hasTable = db.prepare<[], number>("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'attachment'").pluck().get() === 1;
  if (!hasTable) return 0;
  const rows = db
    .prepare<[], { id: number; content_id: number; name: string; size: number; sha256: string; reference: string | null }>(
      'SELECT a.id, a.content_id, a.name, a.size, a.sha256, i.reference FROM attachment a LEFT JOIN incident i ON i.id = a.incident_id ORDER BY a.id',
    )
    .all();
  const chunks = db.prepare<[number], { chunk_index: number; bytes: Buffer }>('SELECT chunk_index, bytes FROM attachment_chunk WHERE content_id = ? ORDER BY chunk_index');
  let read = 0;
  for (const row of rows) {
    const hash = createHash('sha256');
    let size = 0;
    let expectedIndex = 0;
    let gap = false;
    for (const chunk of chunks.iterate(row.content_id)) {
      if (chunk.chunk_index !== expectedIndex) gap = true;
      expectedIndex = chunk.chunk_index + 1;
      hash.update(chunk.bytes);
      size += chunk.bytes.length;
      read += 1;
      if (read % STEP_CHUNKS === 0) yield;
    }
    const what = `${row.reference ?? 'A breach'}: the attached file “${row.name}” (no. ${row.id})`;
    if (size === 0) {
      problems.push({ kind: 'missing', reference: row.reference, message: `${what} is missing: its content is no longer in the register.` });
    } else if (gap || size !== row.size || hash.digest('hex') !== row.sha256) {
      problems.push({
        kind: 'changed',
        reference: row.reference,
        message: `${what} no longer matches the fingerprint recorded when it was added (${gap ? 'a part of it is missing' : size !== row.size ? `${size} bytes instead of ${row.size}` : 'its SHA-256 differs'}): it has been changed outside Breachlog.`,
      });
    }
  }
  return rows.length;
}
