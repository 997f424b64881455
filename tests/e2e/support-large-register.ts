import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { REGISTER_FILE_NAME } from '../../electron/preview/preview-app';
import { builtBackupWorker } from '../../electron/services/backup/backup-worker-script';
import { createDispatch } from '../../electron/services/dispatch';
import { downloadSaver } from '../../electron/services/file-saver';
import { createHandlers } from '../../electron/services/handlers/index';
import { RegisterSession } from '../../electron/services/register-session';
import { DataFolder } from '../../electron/services/security/data-folder';
import { ATTACHMENT_LIMITS } from '../../shared/attachment';
import type { AppUnderTest } from './fixtures';
import { REPO_ROOT } from './fixtures';

/**
 * A register big enough that a backup takes a few seconds here, so a test can watch its progress
 * and cancel it: one breach with `files` files of 20 MB of random bytes (random, so nothing about
 * them is easier to copy than real evidence), added through the app's own attachment service while
 * the app is stopped. Each file's finish goes through the dispatcher, as the app's own upload does,
 * so its audit entry and the kept fingerprint are written as usual. Answers the app's new address.
 */
export async function withLargeFiles(app: AppUnderTest, files: number, title = 'Mailbox exported to the wrong client'): Promise<string> {
  await app.stop();
  const folder = DataFolder.acquire(app.dataDir);
  const session = new RegisterSession(join(app.dataDir, REGISTER_FILE_NAME), app.keySource, () => new Date(), folder);
  try {
    const dispatch = createDispatch(
      createHandlers({ session, saveFile: downloadSaver, resourcesDir: join(REPO_ROOT, 'resources'), backupWorker: builtBackupWorker(join(REPO_ROOT, 'out', 'main')) }),
    );
    const ok = <T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
      if (!result.ok) throw new Error(result.error.message);
      return result.value;
    };
    ok(await dispatch('session:set-user', { name: 'Zoë Ødegård' }));
    const incident = ok(await dispatch('incident:create', { title, awareAt: '2026-11-24T10:40:00.000Z' })) as { id: number };
    const open = await session.services();
    const { db } = session.unlocked() ?? { db: null };
    if (!db) throw new Error('The register did not open');
    const size = 20 * 1024 * 1024;
    for (let file = 1; file <= files; file += 1) {
      const { uploadId } = open.attachments.start({ incidentId: incident.id, name: `mailbox-export-part-${file}.zip`, size, kind: 'other', description: 'Export sent in error' });
      // The pieces of one file in one transaction: the same rows as 80 separate requests, written once.
      db.transaction(() => {
        for (let index = 0; index * ATTACHMENT_LIMITS.chunkBytes < size; index += 1) {
          open.attachments.chunk({ uploadId, index, data: randomBytes(ATTACHMENT_LIMITS.chunkBytes).toString('base64') });
        }
      })();
      ok(await dispatch('attachment:upload-finish', { uploadId }));
    }
  } finally {
    session.close();
    folder.release();
  }
  return app.start();
}
