import type { attachmentOperations } from '../../../shared/contract/attachment-operations';
import type { FeatureHandlers, HandlerDeps } from './handler-deps';

/** `backups`: a removal rewrites the file to dispose of the content, so it waits for no backup (security-service.ts). */
export function attachmentHandlers({ session }: HandlerDeps, backups: { refuseWhileBackingUp(): void }): FeatureHandlers<typeof attachmentOperations> {
  const attachments = async () => (await session.services()).attachments;
  return {
    'attachment:list': async ({ incidentId }) => (await attachments()).list(incidentId),
    'attachment:space': async () => (await attachments()).space(),
    'attachment:upload-start': async (input) => (await attachments()).start(input),
    'attachment:upload-chunk': async (input) => (await attachments()).chunk(input),
    'attachment:upload-finish': async ({ uploadId }) => (await attachments()).finish(uploadId),
    'attachment:upload-cancel': async ({ uploadId }) => {
      (await attachments()).cancel(uploadId);
      return {};
    },
    'attachment:read-chunk': async ({ id, index }) => (await attachments()).readChunk(id, index),
    'attachment:remove': async ({ id, reason }) => {
      backups.refuseWhileBackingUp();
      (await attachments()).remove(id, reason);
      return {};
    },
  };
}
