import { RegisterSession } from '../../../../electron/services/register-session';
import { changePassphrase } from '../../../../electron/services/security/passphrase-change';

/** Child process for the kill test: unlocks with the old passphrase, then changes it. */
const path = process.env['REGISTER_PATH'] ?? '';
const oldPassphrase = process.env['OLD_PASSPHRASE'] ?? '';
const newPassphrase = process.env['NEW_PASSPHRASE'] ?? '';

const session = new RegisterSession(path, { kind: 'passphrase' });
await session.unlock(oldPassphrase);
process.stdout.write('ready\n');
// stdout to a pipe is synchronous on Linux: a printed step has been reached before the next begins.
changePassphrase(session, oldPassphrase, newPassphrase, (step) => process.stdout.write(`step ${step}\n`));
process.stdout.write('done\n');
session.close();
