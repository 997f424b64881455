import { memoryKeySource } from '../../../../electron/preview/file-key-source';
import { RegisterSession } from '../../../../electron/services/register-session';
import { ensureRegisterFile } from '../../support/new-register-file';
import { EMPTY_INCIDENT_FIELDS } from '../../../../shared/incident';

/**
 * Child process for the crash test: the real RegisterService writing a stream of changes, and
 * printing each one only after the service has returned (i.e. after the commit), so every printed
 * line is an acknowledged change that must survive a SIGKILL.
 */
const path = process.env['REGISTER_PATH'] ?? '';
const key = Buffer.from(process.env['REGISTER_KEY_HEX'] ?? '', 'hex');
const run = process.env['RUN'] ?? '0';

ensureRegisterFile(path, key);
const session = new RegisterSession(path, memoryKeySource(key), () => new Date('2026-11-25T09:00:00.000Z'));
await session.setUser('Crash Test');
const { register } = await session.services();
process.stdout.write('ready\n');
for (let i = 0; ; i += 1) {
  const incident = register.create({ ...EMPTY_INCIDENT_FIELDS, title: `run ${run} change ${i}`, awareAt: '2026-11-24T10:00:00.000Z' });
  process.stdout.write(`created ${incident.id} ${incident.title}\n`);
  const updated = register.update(incident.id, { whatHappened: `updated in run ${run} step ${i}` });
  process.stdout.write(`updated ${updated.id} ${updated.whatHappened}\n`);
}
