import { writeBackup } from '../../../../electron/services/backup/write-backup';
import { openDatabase } from '../../../../electron/services/database/open-database';

/** Child process for the killed-backup test: writes one backup of a large register. */
const path = process.env['REGISTER_PATH'] ?? '';
const key = { kind: 'raw' as const, bytes: Buffer.from(process.env['REGISTER_KEY_HEX'] ?? '', 'hex') };
const folder = process.env['BACKUP_FOLDER'] ?? '';

const db = openDatabase(path, key, { create: false });
process.stdout.write('ready\n');
const result = writeBackup(db, key, folder, new Date());
process.stdout.write(`done ${result.fileName}\n`);
db.close();
