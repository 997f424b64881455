import { memoryKeySource } from '../../../../electron/preview/file-key-source';
import { writeBackup } from '../../../../electron/services/backup/write-backup';
import { RegisterSession } from '../../../../electron/services/register-session';
import { EMPTY_INCIDENT_FIELDS } from '../../../../shared/incident';
import { ensureRegisterFile } from '../../support/new-register-file';

/**
 * Child process for the attachments' plaintext-at-rest test: adds files full of a canary through
 * the real AttachmentService (one cancelled half-way, one removed), reads them back, makes a
 * backup, then waits (database open, WAL in place) to be killed.
 */
const path = process.env['REGISTER_PATH'] ?? '';
const key = Buffer.from(process.env['REGISTER_KEY_HEX'] ?? '', 'hex');
const canary = Buffer.from(process.env['CANARY'] ?? '', 'hex');
const folder = process.env['BACKUP_FOLDER'] ?? '';

ensureRegisterFile(path, key);
const session = new RegisterSession(path, memoryKeySource(key), () => new Date('2026-11-25T09:00:00.000Z'));
await session.setUser('Canary Test');
const { register, attachments } = await session.services();
const { db, key: registerKey } = session.unlocked() ?? { db: null, key: null };
if (!db || !registerKey) throw new Error('not open');
const incident = register.create({ ...EMPTY_INCIDENT_FIELDS, title: 'Canary evidence' });

/** A file of about 1 MB with the canary every 1,000 bytes, so it crosses every chunk boundary. */
const file = Buffer.alloc(1_000_000);
for (let at = 0; at + canary.length <= file.length; at += 1000) canary.copy(file, at);

function add(name: string, stopAfter = Infinity) {
  const { uploadId, chunkBytes } = attachments.start({ incidentId: incident.id, name, size: file.length, kind: 'other', description: '' });
  for (let index = 0; index * chunkBytes < file.length; index += 1) {
    if (index >= stopAfter) {
      attachments.cancel(uploadId);
      return null;
    }
    attachments.chunk({ uploadId, index, data: file.subarray(index * chunkBytes, (index + 1) * chunkBytes).toString('base64') });
  }
  return attachments.finish(uploadId);
}

const kept = add('kept.bin');
const removed = add('removed.bin');
add('cancelled.bin', 2);
if (!kept || !removed) throw new Error('not added');
for (let index = 0; ; index += 1) if (attachments.readChunk(kept.id, index).last) break;
attachments.remove(removed.id, 'Canary test removal');
writeBackup(db, registerKey, folder, new Date());
process.stdout.write('done\n');
setInterval(() => {}, 60_000);
