import type { sessionOperations } from '../../../shared/contract/session-operations';
import type { FeatureHandlers, HandlerDeps } from './handler-deps';

export function sessionHandlers({ session }: HandlerDeps): FeatureHandlers<typeof sessionOperations> {
  return {
    'session:status': async () => session.status(),
    'session:unlock': async ({ passphrase }) => session.unlock(passphrase),
    'session:set-user': async ({ name }) => session.setUser(name),
  };
}
