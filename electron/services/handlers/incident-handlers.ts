import type { incidentOperations } from '../../../shared/contract/incident-operations';
import { incidentSummaryContent } from '../../../shared/documents/incident-summary';
import { incidentSummaryPdf } from '../documents/incident-summary-pdf';
import type { FeatureHandlers, HandlerDeps } from './handler-deps';

/** 'register:verify' is answered in handlers/index.ts, which adds the fingerprint checks to the trail's. */
export function incidentHandlers(
  { session, saveFile, resourcesDir, clock }: HandlerDeps,
  security: { removeFromReplacedCopies(reference: string): Promise<unknown>; refuseWhileBackingUp(): void },
): Omit<FeatureHandlers<typeof incidentOperations>, 'register:verify'> {
  const register = async () => (await session.services()).register;
  return {
    'incident:create': async (fields) => (await register()).create(fields),
    'incident:update': async ({ id, changes }) => (await register()).update(id, changes),
    'incident:get': async ({ id }) => (await register()).get(id),
    'incident:list': async (query) => (await register()).list(query),
    'incident:timeline': async ({ id }) => (await register()).timeline(id),
    'incident:remove-expired': async ({ id, confirmReference }) => {
      security.refuseWhileBackingUp();
      const removed = (await register()).removeExpired(id, confirmReference);
      // Registers kept aside by a restore that still hold the breach go too.
      await security.removeFromReplacedCopies(removed.reference);
      return removed;
    },
    'register:unlock-check': async () => {
      await session.services();
      return session.unlockCheck();
    },
    'register:years': async () => (await register()).years(),
    'settings:get': async () => (await register()).settings(),
    'settings:update': async (settings) => (await register()).updateSettings(settings),
    'draft:save': async ({ key, values }) => (await register()).saveDraft(key, values),
    'draft:get': async ({ key }) => (await register()).draft(key),
    'draft:clear': async ({ key }) => {
      (await register()).clearDraft(key);
      return {};
    },
    'report:summary-pdf': async ({ id }) => {
      const open = await register();
      const incident = open.get(id);
      const content = incidentSummaryContent(incident, clock(), open.settings().timeZone);
      const pdf = await incidentSummaryPdf(content, resourcesDir, 'Breachlog');
      return saveFile(content.fileName, pdf);
    },
  };
}
