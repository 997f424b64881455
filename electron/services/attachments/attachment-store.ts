import type { Attachment, AttachmentKind, MediaType } from '../../../shared/attachment';
import type { Db } from '../database/open-database';

export interface AttachmentRow {
  id: number;
  incident_id: number;
  content_id: number;
  kind: string;
  description: string;
  name: string;
  media_type: string;
  size: number;
  sha256: string;
  added_at: string;
  added_by: string;
}

export interface UploadRow {
  id: number;
  incident_id: number;
  state: 'uploading' | 'stored';
  declared_size: number;
  received_size: number;
  next_index: number;
  name: string;
  kind: string;
  description: string;
  started_at: string;
}

/** The attachment tables' statements; the rules are in attachment-service.ts. */
export class AttachmentStore {
  private readonly statements;

  constructor(db: Db) {
    this.statements = {
      forIncident: db.prepare<[number], AttachmentRow>('SELECT * FROM attachment WHERE incident_id = ? ORDER BY added_at, id'),
      byId: db.prepare<[number], AttachmentRow>('SELECT * FROM attachment WHERE id = ?'),
      upload: db.prepare<[number], UploadRow>("SELECT * FROM attachment_content WHERE id = ? AND state = 'uploading'"),
      startUpload: db.prepare<[number, number, string, string, string, string], { id: number }>(
        `INSERT INTO attachment_content (incident_id, state, declared_size, name, kind, description, started_at)
         VALUES (?, 'uploading', ?, ?, ?, ?, ?) RETURNING id`,
      ),
      addChunk: db.prepare<[number, number, Buffer]>('INSERT INTO attachment_chunk (content_id, chunk_index, bytes) VALUES (?, ?, ?)'),
      advance: db.prepare<[number, number]>('UPDATE attachment_content SET received_size = received_size + ?, next_index = next_index + 1 WHERE id = ?'),
      markStored: db.prepare<[number]>("UPDATE attachment_content SET state = 'stored' WHERE id = ?"),
      insert: db.prepare(
        `INSERT INTO attachment (incident_id, content_id, kind, description, name, media_type, size, sha256, added_at, added_by)
         VALUES (@incidentId, @contentId, @kind, @description, @name, @mediaType, @size, @sha256, @addedAt, @addedBy) RETURNING *`,
      ),
      deleteContent: db.prepare<[number]>('DELETE FROM attachment_content WHERE id = ?'),
      unfinished: db.prepare<[], number>("SELECT count(*) FROM attachment_content WHERE state = 'uploading'").pluck(),
      deleteUnfinished: db.prepare("DELETE FROM attachment_content WHERE state = 'uploading'"),
      // A stored content row without its attachment cannot be made by the app; cleared like an unfinished upload.
      deleteOrphans: db.prepare('DELETE FROM attachment_content WHERE id NOT IN (SELECT content_id FROM attachment) AND state = \'stored\''),
      chunk: db.prepare<[number, number], { bytes: Buffer; more: number }>(
        `SELECT bytes, EXISTS (SELECT 1 FROM attachment_chunk n WHERE n.content_id = c.content_id AND n.chunk_index = c.chunk_index + 1) AS more
         FROM attachment_chunk c WHERE content_id = ? AND chunk_index = ?`,
      ),
      chunks: db.prepare<[number], { bytes: Buffer }>('SELECT bytes FROM attachment_chunk WHERE content_id = ? ORDER BY chunk_index'),
      firstChunk: db.prepare<[number], Buffer>('SELECT bytes FROM attachment_chunk WHERE content_id = ? AND chunk_index = 0').pluck(),
      used: db.prepare<[], { stored: number; files: number; pending: number }>(
        `SELECT (SELECT coalesce(sum(size), 0) FROM attachment) AS stored, (SELECT count(*) FROM attachment) AS files,
                (SELECT coalesce(sum(declared_size), 0) FROM attachment_content WHERE state = 'uploading') AS pending`,
      ),
    };
  }

  forIncident(incidentId: number): Attachment[] {
    return this.statements.forIncident.all(incidentId).map(toAttachment);
  }

  row(id: number): AttachmentRow | null {
    return this.statements.byId.get(id) ?? null;
  }

  upload(id: number): UploadRow | null {
    return this.statements.upload.get(id) ?? null;
  }

  startUpload(incidentId: number, size: number, name: string, kind: AttachmentKind, description: string, at: Date): number {
    return (this.statements.startUpload.get(incidentId, size, name, kind, description, at.toISOString()) as { id: number }).id;
  }

  addChunk(uploadId: number, index: number, bytes: Buffer): void {
    this.statements.addChunk.run(uploadId, index, bytes);
    this.statements.advance.run(bytes.length, uploadId);
  }

  store(upload: UploadRow, mediaType: MediaType, sha256: string, at: Date, actor: string): Attachment {
    this.statements.markStored.run(upload.id);
    const row = this.statements.insert.get({
      incidentId: upload.incident_id,
      contentId: upload.id,
      kind: upload.kind,
      description: upload.description,
      name: upload.name,
      mediaType,
      size: upload.received_size,
      sha256,
      addedAt: at.toISOString(),
      addedBy: actor,
    }) as AttachmentRow;
    return toAttachment(row);
  }

  /** Deletes a file's content row; its chunks and its attachment go with it (ON DELETE CASCADE). */
  deleteContent(contentId: number): void {
    this.statements.deleteContent.run(contentId);
  }

  /** Uploads a stopped process left behind, and any content without its attachment. */
  clearUnfinished(): number {
    const count = this.statements.unfinished.get() ?? 0;
    this.statements.deleteUnfinished.run();
    return count + this.statements.deleteOrphans.run().changes;
  }

  chunk(contentId: number, index: number): { bytes: Buffer; last: boolean } | null {
    const row = this.statements.chunk.get(contentId, index);
    return row ? { bytes: row.bytes, last: row.more === 0 } : null;
  }

  /** The file's bytes, one chunk at a time. */
  *chunks(contentId: number): Generator<Buffer> {
    for (const { bytes } of this.statements.chunks.iterate(contentId)) yield bytes;
  }

  firstChunk(contentId: number): Buffer | null {
    return this.statements.firstChunk.get(contentId) ?? null;
  }

  used(): { stored: number; files: number; pending: number } {
    return this.statements.used.get() as { stored: number; files: number; pending: number };
  }
}

export function toAttachment(row: AttachmentRow): Attachment {
  return {
    id: row.id,
    incidentId: row.incident_id,
    kind: row.kind as AttachmentKind,
    description: row.description,
    name: row.name,
    mediaType: row.media_type as MediaType,
    size: row.size,
    sha256: row.sha256,
    addedAt: row.added_at,
    addedBy: row.added_by,
  };
}
