import { join } from 'node:path';
import { backupWorkerFromSource } from '../../../electron/services/backup/backup-worker-script';

/** The backup's thread from source (through tsx), as the tests compose the services. */
export const SOURCE_BACKUP_WORKER = backupWorkerFromSource(join(import.meta.dirname, '..', '..', '..', 'electron', 'services', 'backup'));
