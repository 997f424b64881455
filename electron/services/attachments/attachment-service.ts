import { createHash } from 'node:crypto';
import type { Attachment, AttachmentKind, AttachmentSpace } from '../../../shared/attachment';
import { ATTACHMENT_LIMITS, formatBytes } from '../../../shared/attachment';
import type { AuditTrail } from '../audit/audit-trail';
import type { Db } from '../database/open-database';
import { AppError } from '../errors';
import type { IncidentRepository } from '../register/incident-repository';
import { AttachmentStore } from './attachment-store';
import type { UploadRow } from './attachment-store';
import { SNIFF_BYTES, contentMismatch, detectMediaType } from './content-type';
import { displayName } from './file-name';

const NOTHING_KEPT = 'Nothing was kept.';

/**
 * Files kept with a breach, inside the encrypted register. A file arrives in pieces (start,
 * chunks in order, finish) and becomes an attachment only at the finish, in one transaction with
 * its audit entry (size and SHA-256); until then it is an upload that a stopped process leaves
 * behind and the next opening clears, so no half-stored file is ever shown or kept.
 */
export class AttachmentService {
  private readonly store: AttachmentStore;

  constructor(
    private readonly db: Db,
    private readonly incidents: Pick<IncidentRepository, 'findById'>,
    private readonly audit: AuditTrail,
    private readonly clock: () => Date,
    private readonly actor: () => string,
  ) {
    this.store = new AttachmentStore(db);
    // Uploads cut off by a stopped process (kill -9, a crash, a power cut) are not evidence.
    if (this.db.transaction(() => this.store.clearUnfinished())() > 0) this.clearFreedSpace();
  }

  list(incidentId: number): Attachment[] {
    this.incident(incidentId);
    return this.store.forIncident(incidentId);
  }

  space(): AttachmentSpace {
    const used = this.store.used();
    return { usedBytes: used.stored, files: used.files, perFileBytes: ATTACHMENT_LIMITS.perFileBytes, totalBytes: ATTACHMENT_LIMITS.totalBytes };
  }

  start(input: { incidentId: number; name: string; size: number; kind: AttachmentKind; description: string }) {
    // Every file is added by someone named.
    this.actor();
    this.incident(input.incidentId);
    const { name, note } = displayName(input.name);
    if (input.size === 0) {
      throw new AppError('invalid_input', `“${name}” is empty (0 bytes): there is nothing in it to keep. ${NOTHING_KEPT}`, [{ path: 'size', message: 'The file is empty' }]);
    }
    if (input.size > ATTACHMENT_LIMITS.perFileBytes) {
      throw new AppError(
        'invalid_input',
        `“${name}” is ${formatBytes(input.size)}; a file can be at most ${formatBytes(ATTACHMENT_LIMITS.perFileBytes)}. ${NOTHING_KEPT} Keep a smaller copy (a PDF of the pages that matter, a cropped screenshot).`,
        [{ path: 'size', message: `At most ${formatBytes(ATTACHMENT_LIMITS.perFileBytes)}` }],
      );
    }
    const used = this.store.used();
    if (used.stored + used.pending + input.size > ATTACHMENT_LIMITS.totalBytes) {
      throw new AppError(
        'invalid_input',
        `The register’s files would then take more than ${formatBytes(ATTACHMENT_LIMITS.totalBytes)} (${formatBytes(used.stored)} are used now), so “${name}” (${formatBytes(input.size)}) cannot be added. ${NOTHING_KEPT}`,
        [{ path: 'size', message: `At most ${formatBytes(ATTACHMENT_LIMITS.totalBytes)} in all` }],
      );
    }
    const uploadId = this.store.startUpload(input.incidentId, input.size, name, input.kind, input.description, this.clock());
    return { uploadId, chunkBytes: ATTACHMENT_LIMITS.chunkBytes, name, nameNote: note };
  }

  chunk(input: { uploadId: number; index: number; data: string }): { received: number } {
    const upload = this.upload(input.uploadId);
    const bytes = Buffer.from(input.data, 'base64');
    const failure = chunkProblem(upload, input.index, bytes.length);
    if (failure) {
      this.discard(upload.id);
      throw new AppError('invalid_input', `“${upload.name}” could not be added: ${failure}. ${NOTHING_KEPT} Try again.`);
    }
    this.db.transaction(() => this.store.addChunk(upload.id, input.index, bytes))();
    return { received: upload.received_size + bytes.length };
  }

  finish(uploadId: number): Attachment {
    const upload = this.upload(uploadId);
    const refusal = this.completeness(upload);
    if (refusal) {
      this.discard(upload.id);
      throw new AppError('invalid_input', refusal);
    }
    const head = (this.store.firstChunk(upload.id) ?? Buffer.alloc(0)).subarray(0, SNIFF_BYTES);
    const mediaType = detectMediaType(head);
    const mismatch = contentMismatch(upload.name, mediaType);
    if (mismatch) {
      this.discard(upload.id);
      throw new AppError('invalid_input', mismatch);
    }
    const hash = createHash('sha256');
    for (const piece of this.store.chunks(upload.id)) hash.update(piece);
    const sha256 = hash.digest('hex');
    const actor = this.actor();
    const now = this.clock();
    const incident = this.incident(upload.incident_id);
    return this.db.transaction(() => {
      const attachment = this.store.store(upload, mediaType, sha256, now, actor);
      this.audit.append({
        at: now,
        actor,
        incidentId: incident.id,
        reference: incident.reference,
        action: 'attachment_added',
        field: null,
        oldValue: null,
        newValue: { id: attachment.id, name: attachment.name, kind: attachment.kind, description: attachment.description, mediaType, size: attachment.size, sha256 },
      });
      return attachment;
    })();
  }

  /** Stops an upload (the person cancelled, or the file could not be read to the end): every piece goes. */
  cancel(uploadId: number): void {
    if (this.store.upload(uploadId)) this.discard(uploadId);
  }

  /** One piece of a stored file, for showing it or saving a copy. */
  readChunk(id: number, index: number): { data: string; last: boolean } {
    const row = this.row(id);
    const piece = this.store.chunk(row.content_id, index);
    if (!piece) throw new AppError('not_found', `“${row.name}” has no part ${index + 1}.`);
    return { data: piece.bytes.toString('base64'), last: piece.last };
  }

  /** Removes one file, with the reason on the trail; its chunks are deleted and the freed space cleared. */
  remove(id: number, reason: string): void {
    const row = this.row(id);
    const incident = this.incident(row.incident_id);
    const actor = this.actor();
    const now = this.clock();
    this.db.transaction(() => {
      this.store.deleteContent(row.content_id);
      this.audit.append({
        at: now,
        actor,
        incidentId: incident.id,
        reference: incident.reference,
        action: 'attachment_removed',
        field: null,
        oldValue: { id: row.id, name: row.name, kind: row.kind, size: row.size, sha256: row.sha256 },
        newValue: { reason },
      });
    })();
    this.clearFreedSpace(true);
  }

  private completeness(upload: UploadRow): string | null {
    if (upload.received_size === upload.declared_size) return null;
    return `“${upload.name}” could not be read to the end (${formatBytes(upload.received_size)} of ${formatBytes(upload.declared_size)} arrived): it may have been moved, changed or deleted while it was being added. ${NOTHING_KEPT}`;
  }

  private discard(uploadId: number): void {
    this.db.transaction(() => this.store.deleteContent(uploadId))();
    this.clearFreedSpace();
  }

  /**
   * secure_delete has zeroed the freed pages in the database; copy them out of the write-ahead log
   * too, and (after a removal) rebuild the file so no freed page is left, as a record's removal does.
   */
  private clearFreedSpace(rebuild = false): void {
    try {
      this.db.pragma('wal_checkpoint(TRUNCATE)');
      if (rebuild) {
        this.db.exec('VACUUM');
        this.db.pragma('wal_checkpoint(TRUNCATE)');
      }
    } catch {
      if (rebuild) {
        throw new AppError(
          'internal',
          'The file has been removed, but the space it took in the register file could not be cleared (is the disk full?). Free some space: it is cleared the next time something is removed.',
        );
      }
    }
  }

  private upload(uploadId: number): UploadRow {
    const upload = this.store.upload(uploadId);
    if (!upload) {
      throw new AppError('not_found', 'That file is no longer being added (it was finished, cancelled, or Breachlog was restarted). Add it again.');
    }
    return upload;
  }

  private row(id: number) {
    const row = this.store.row(id);
    if (!row) throw new AppError('not_found', 'That attachment is not in the register (it may have been removed).');
    return row;
  }

  private incident(id: number) {
    const incident = this.incidents.findById(id);
    if (!incident) throw new AppError('not_found', 'That breach is not in the register.');
    return incident;
  }
}

/** Pieces come in order, each full size but the last, and never more than the size announced. */
function chunkProblem(upload: UploadRow, index: number, length: number): string | null {
  if (index !== upload.next_index) return `part ${index + 1} arrived when part ${upload.next_index + 1} was expected`;
  if (length > ATTACHMENT_LIMITS.chunkBytes) return 'a part was larger than allowed';
  const after = upload.received_size + length;
  if (after > upload.declared_size) return `it is larger than the ${formatBytes(upload.declared_size)} announced (it changed while being read)`;
  if (length < ATTACHMENT_LIMITS.chunkBytes && after !== upload.declared_size) return 'it could not be read to the end (it may have been moved, changed or deleted while it was being added)';
  return null;
}
