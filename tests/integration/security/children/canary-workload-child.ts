import { memoryKeySource } from '../../../../electron/preview/file-key-source';
import { writeBackup } from '../../../../electron/services/backup/write-backup';
import { RegisterSession } from '../../../../electron/services/register-session';
import { ensureRegisterFile } from '../../support/new-register-file';
import { EMPTY_INCIDENT_FIELDS } from '../../../../shared/incident';

/**
 * Child process for the plaintext-at-rest test: records canary strings through the real services,
 * runs a large sort, makes a backup, then waits (database open, WAL in place) to be killed.
 * With CONTROL_TEMP_STORE=FILE it deliberately undoes the temp_store protection, so the test can
 * prove its detector finds plaintext where there is some.
 */
const path = process.env['REGISTER_PATH'] ?? '';
const key = Buffer.from(process.env['REGISTER_KEY_HEX'] ?? '', 'hex');
const canary = process.env['CANARY'] ?? '';
const folder = process.env['BACKUP_FOLDER'] ?? '';

ensureRegisterFile(path, key);
const session = new RegisterSession(path, memoryKeySource(key), () => new Date('2026-11-25T09:00:00.000Z'));
await session.setUser('Canary Test');
const { register } = await session.services();
const { db, key: registerKey } = session.unlocked() ?? { db: null, key: null };
if (!db || !registerKey) throw new Error('not open');

for (let i = 0; i < 20; i += 1) {
  const incident = register.create({ ...EMPTY_INCIDENT_FIELDS, title: `${canary} title ${i}`, whatHappened: `${canary} body ${i}` });
  register.update(incident.id, { containment: `${canary} containment ${i}` });
}
register.list({ search: canary, status: null, year: null, cause: null, breachType: null, reported: null, deadline: null, kind: null, sort: 'aware_desc', offset: 0, limit: 50 });
register.saveDraft('new-incident', { title: `${canary} draft` });

if (process.env['CONTROL_TEMP_STORE'] === 'FILE') db.pragma('temp_store=FILE');
// A small page cache makes the sorter spill, as a big register would.
db.pragma('cache_size=-256');
process.stdout.write('sorting\n');
let rows = 0;
const sort = db.prepare<[string]>(
  `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300000)
   SELECT i, ? || '-' || i || '-' || hex(randomblob(24)) AS v FROM n ORDER BY v`,
);
for (const row of sort.iterate(canary)) if (row) rows += 1;
process.stdout.write(`sorted ${rows}\n`);

writeBackup(db, registerKey, folder, new Date());
process.stdout.write('done\n');
setInterval(() => {}, 60_000);
