import type { Migration } from '../migration';

/**
 * Evidence kept with a breach. A file's bytes live in `attachment_chunk`, in pieces, so a large
 * file never has to be held whole; `attachment_content` is the file being stored (while it is
 * still arriving, or once complete) and `attachment` the fact shown and vouched for by the
 * trail (its size and SHA-256 among them). Removing a breach removes its files with it; removing
 * a content row removes its chunks and its attachment.
 */
export const migration0006: Migration = {
  version: 6,
  description: 'Attachments: files kept with a breach, in chunks inside the register',
  sql: `
    CREATE TABLE attachment_content (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      incident_id INTEGER NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
      state TEXT NOT NULL CHECK (state IN ('uploading', 'stored')),
      declared_size INTEGER NOT NULL CHECK (declared_size > 0),
      received_size INTEGER NOT NULL DEFAULT 0,
      next_index INTEGER NOT NULL DEFAULT 0,
      name TEXT NOT NULL,
      kind TEXT NOT NULL,
      description TEXT NOT NULL,
      started_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX attachment_content_incident ON attachment_content (incident_id);

    CREATE TABLE attachment_chunk (
      content_id INTEGER NOT NULL REFERENCES attachment_content (id) ON DELETE CASCADE,
      chunk_index INTEGER NOT NULL,
      bytes BLOB NOT NULL,
      PRIMARY KEY (content_id, chunk_index)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE attachment (
      id INTEGER PRIMARY KEY,
      incident_id INTEGER NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
      content_id INTEGER NOT NULL UNIQUE REFERENCES attachment_content (id) ON DELETE CASCADE,
      kind TEXT NOT NULL,
      description TEXT NOT NULL,
      name TEXT NOT NULL,
      media_type TEXT NOT NULL,
      size INTEGER NOT NULL,
      sha256 TEXT NOT NULL,
      added_at TEXT NOT NULL,
      added_by TEXT NOT NULL
    ) STRICT;
    CREATE INDEX attachment_incident ON attachment (incident_id);
  `,
};
