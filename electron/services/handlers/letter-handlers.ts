import type { letterOperations } from '../../../shared/contract/letter-operations';
import type { FeatureHandlers, HandlerDeps } from './handler-deps';

export function letterHandlers({ session }: HandlerDeps): FeatureHandlers<typeof letterOperations> {
  const letters = async () => (await session.services()).letters;
  return {
    'letter:get': async ({ incidentId }) => (await letters()).get(incidentId),
    'letter:save': async (input) => (await letters()).save(input),
    'letter:version': async (input) => (await letters()).version(input),
    'letter:restore': async (input) => (await letters()).restore(input),
  };
}
