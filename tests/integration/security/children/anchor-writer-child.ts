import { fileKeySource } from '../../../../electron/preview/file-key-source';
import { createDispatch } from '../../../../electron/services/dispatch';
import { downloadSaver } from '../../../../electron/services/file-saver';
import { createHandlers } from '../../../../electron/services/handlers/index';
import { RegisterSession } from '../../../../electron/services/register-session';
import { SOURCE_BACKUP_WORKER } from '../../support/backup-worker';

/**
 * Child process for the fingerprint crash test: the real operations (through the dispatcher, so
 * the fingerprint is kept after each) writing changes in a loop until it is killed, on the real
 * clock, so that each operation's entries carry their own instant as in the app.
 */
const session = new RegisterSession(process.env['REGISTER_PATH'] ?? '', fileKeySource(process.env['KEY_PATH'] ?? ''));
const dispatch = createDispatch(createHandlers({ session, saveFile: downloadSaver, resourcesDir: '', backupWorker: SOURCE_BACKUP_WORKER }));
const must = async (name: string, input: unknown) => {
  const result = await dispatch(name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value as { id: number };
};
await must('session:set-user', { name: 'Crash Test' });
process.stdout.write('ready\n');
for (let i = 0; ; i += 1) {
  const incident = await must('incident:create', { title: `change ${i}`, awareAt: '2026-11-24T10:00:00.000Z' });
  await must('incident:update', { id: incident.id, changes: { whatHappened: `updated ${i}` } });
}
