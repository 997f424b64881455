import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { KeySource } from '../services/key-source';
import { fileKeySource } from './file-key-source';
import { AppError } from '../services/errors';
import { ALREADY_OPEN_MESSAGE, DataFolderInUse } from '../services/security/data-folder';
import { startPreviewApp } from './preview-app';

/** Exit code when another process already has the data folder (EX_TEMPFAIL: try again later). */
const FOLDER_IN_USE_EXIT_CODE = 75;

/**
 * `npm run start:browser [-- --data-dir DIR] [--port N] [--passphrase]`
 * Serves the app on 127.0.0.1 for development. With --passphrase the page asks for one
 * (as the desktop app does where no OS key store exists); otherwise a development key file
 * is kept in the data folder.
 */
const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string', default: '.preview-data' },
    port: { type: 'string', default: '0' },
    passphrase: { type: 'boolean', default: false },
    /** Seconds to wait for another process to close the data folder, instead of stopping at once. */
    wait: { type: 'string', default: '0' },
  },
});

const repoRoot = resolve(import.meta.dirname, '..', '..');
const dataDir = resolve(values['data-dir']);
await mkdir(dataDir, { recursive: true });
const keyPath = join(dataDir, 'preview-development.key');
const keySource: KeySource = values.passphrase ? { kind: 'passphrase' } : fileKeySource(keyPath);

const waitSeconds = Number(values.wait);
const start = (waitForFolderMs: number) => startPreviewApp({ dataDir, keySource, repoRoot, port: Number(values.port), waitForFolderMs });
let app: Awaited<ReturnType<typeof startPreviewApp>>;
try {
  try {
    app = await start(0);
  } catch (error) {
    if (!(error instanceof DataFolderInUse && waitSeconds > 0)) throw error;
    console.log(`${ALREADY_OPEN_MESSAGE}: waiting up to ${waitSeconds} s for it to close…`);
    app = await start(waitSeconds * 1000);
  }
} catch (error) {
  // Said plainly (already open elsewhere, or a read-only folder), with no stack trace.
  if (!(error instanceof DataFolderInUse || error instanceof AppError)) throw error;
  console.error(error.message);
  process.exit(error instanceof DataFolderInUse ? FOLDER_IN_USE_EXIT_CODE : 1);
}
console.log(`Breachlog browser preview (development only) — data in ${dataDir}`);
if (!values.passphrase) console.log(`Development key kept in plain text at ${keyPath}: use test data only.`);
console.log(`Open: ${app.url}`);
console.log('Press Ctrl+C to stop.');

const stop = async () => {
  await app.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
