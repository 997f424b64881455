import { fileKeySource } from '../../../../electron/preview/file-key-source';
import { RegisterSession } from '../../../../electron/services/register-session';
import { unlockModeSchema } from '../../../../shared/contract/security-operations';
import { changeUnlockMode } from '../../../../electron/services/security/unlock-mode-change';

/** Child process for the kill test: opens with the key store's record file, then changes how the register is unlocked. */
const path = process.env['REGISTER_PATH'] ?? '';
const keyPath = process.env['KEY_PATH'] ?? '';
const mode = unlockModeSchema.parse(process.env['TARGET_MODE']);
const current = process.env['CURRENT_PASSPHRASE'] || undefined;
const next = process.env['NEW_PASSPHRASE'] || undefined;

const session = new RegisterSession(path, fileKeySource(keyPath));
if ((await session.status()).state !== 'open' && current) await session.unlock(current);
process.stdout.write('ready\n');
// stdout to a pipe is synchronous on Linux: a printed step has been reached before the next begins.
await changeUnlockMode(session, { mode, current, next }, (step) => process.stdout.write(`step ${step}\n`));
process.stdout.write('done\n');
session.close();
