import { createHash, randomBytes } from 'node:crypto';
import { memoryKeySource } from '../../../../electron/preview/file-key-source';
import { RegisterSession } from '../../../../electron/services/register-session';
import { ATTACHMENT_LIMITS } from '../../../../shared/attachment';
import { EMPTY_INCIDENT_FIELDS } from '../../../../shared/incident';
import { ensureRegisterFile } from '../../support/new-register-file';

/**
 * Child process for the attachment kill test: the real AttachmentService adding files of about
 * 1.5 MB piece by piece, printing "added <id> <sha256>" only after a file is finished (committed),
 * and "piece" after every chunk, so the parent can kill it in the middle of an upload.
 */
const path = process.env['REGISTER_PATH'] ?? '';
const key = Buffer.from(process.env['REGISTER_KEY_HEX'] ?? '', 'hex');

ensureRegisterFile(path, key);
const session = new RegisterSession(path, memoryKeySource(key), () => new Date('2026-11-25T09:00:00.000Z'));
await session.setUser('Kill Test');
const { register, attachments } = await session.services();
const incident = register.create({ ...EMPTY_INCIDENT_FIELDS, title: 'Evidence under kill -9', awareAt: '2026-11-24T10:00:00.000Z' });
process.stdout.write('ready\n');
for (let i = 0; ; i += 1) {
  const bytes = randomBytes(1_500_000 + i);
  const { uploadId, chunkBytes } = attachments.start({ incidentId: incident.id, name: `evidence-${i}.bin`, size: bytes.length, kind: 'other', description: '' });
  for (let index = 0; index * chunkBytes < bytes.length; index += 1) {
    attachments.chunk({ uploadId, index, data: bytes.subarray(index * chunkBytes, (index + 1) * chunkBytes).toString('base64') });
    process.stdout.write('piece\n');
    // Let the parent's kill land between pieces as well as inside them.
    await new Promise((resolve) => setImmediate(resolve));
  }
  const added = attachments.finish(uploadId);
  process.stdout.write(`added ${added.id} ${createHash('sha256').update(bytes).digest('hex')} ${ATTACHMENT_LIMITS.chunkBytes}\n`);
}
