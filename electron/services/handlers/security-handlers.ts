import type { ChosenPath } from '../../../shared/contract/security-operations';
import type { securityOperations } from '../../../shared/contract/security-operations';
import type { SecurityService } from '../security/security-service';
import type { FeatureHandlers, HandlerDeps } from './handler-deps';

/** Folder and file pickers: OS dialogs in the desktop app; absent in the browser preview. */
export interface PathChooser {
  folder(): Promise<ChosenPath>;
  file(): Promise<ChosenPath>;
}

export function securityHandlers(
  { session }: HandlerDeps,
  choosePath: PathChooser | undefined,
  security: SecurityService,
): FeatureHandlers<typeof securityOperations> {
  return {
    'session:lock': async ({ reason }) => session.lock(reason ?? 'on_request'),
    'session:unlock-key-store': async () => session.unlockWithKeyStore(),
    'security:status': () => security.status(),
    'security:update': (settings) => security.update(settings),
    'security:recovery-key': () => security.recoveryKey(),
    'security:change-passphrase': ({ current, next }) => security.changePassphrase(current, next),
    'security:set-unlock-mode': (change) => security.setUnlockMode(change),
    'security:set-recovery-passphrase': ({ passphrase, current }) => security.setRecoveryPassphrase(passphrase, current),
    'backup:choose-folder': async () => (choosePath ? choosePath.folder() : { status: 'unsupported' }),
    'backup:choose-file': async () => (choosePath ? choosePath.file() : { status: 'unsupported' }),
    'backup:create': ({ folder }) => security.createBackup(folder),
    'backup:progress': async () => security.backupProgress(),
    'backup:cancel': async () => ({ cancelled: security.cancelBackup() }),
    'backup:check': (secret) => security.checkBackup(secret),
    'backup:restore': (request) => security.restore(request),
    'backup:replaced-list': () => security.replacedCopies(),
    'backup:replaced-delete': ({ fileName }) => security.deleteReplacedCopy(fileName),
  };
}
