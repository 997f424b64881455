import { fileKeySource } from '../../../../electron/preview/file-key-source';
import { RegisterSession } from '../../../../electron/services/register-session';
import { changeUnlockMode } from '../../../../electron/services/security/unlock-mode-change';

/** Child process for the kill test: opens with the key store's record file, then moves to a passphrase alone. */
const path = process.env['REGISTER_PATH'] ?? '';
const keyPath = process.env['KEY_PATH'] ?? '';
const newPassphrase = process.env['NEW_PASSPHRASE'] ?? '';

const session = new RegisterSession(path, fileKeySource(keyPath));
await session.status();
process.stdout.write('ready\n');
// stdout to a pipe is synchronous on Linux: a printed step has been reached before the next begins.
await changeUnlockMode(session, { mode: 'passphrase', next: newPassphrase }, (step) => process.stdout.write(`step ${step}\n`));
process.stdout.write('done\n');
session.close();
