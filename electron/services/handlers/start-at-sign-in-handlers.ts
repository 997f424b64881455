import { dirname } from 'node:path';
import type { startAtSignInOperations } from '../../../shared/contract/start-at-sign-in-operations';
import { readStartChoice, writeStartChoice } from '../clock/reminder-start-choice';
import type { FeatureHandlers, HandlerDeps } from './handler-deps';

/** The choice sits beside the register; changing it needs the register open, like any setting. */
export function startAtSignInHandlers({ session }: HandlerDeps): FeatureHandlers<typeof startAtSignInOperations> {
  const dataDir = dirname(session.databasePath);
  return {
    'startup:get-choice': async () => ({ choice: readStartChoice(dataDir) }),
    'startup:set-choice': async ({ choice }) => {
      await session.services();
      writeStartChoice(dataDir, choice);
      return { choice: readStartChoice(dataDir) };
    },
  };
}
