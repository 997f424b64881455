import type { clockOperations } from '../../../shared/contract/clock-operations';
import { icoDeadline } from '../../../shared/deadline';
import type { FeatureHandlers, HandlerDeps } from './handler-deps';

export function clockHandlers({ session }: HandlerDeps): FeatureHandlers<typeof clockOperations> {
  const open = () => session.services();
  return {
    'submission:record': async (input) => (await open()).clock.recordSubmission(input),
    'submission:list': async ({ incidentId }) => (await open()).clock.submissions(incidentId),
    'telling:record': async (input) => (await open()).clock.recordTelling(input),
    'telling:list': async ({ incidentId }) => (await open()).clock.tellings(incidentId),
    'incident:correct-awareness': async ({ id, awareAt, reason }) => (await open()).register.update(id, { awareAt }, reason),
    'clock:running': async () => (await open()).clock.runningClocks(),
    'reminder:unseen': async () => (await open()).reminders.unseen((awareAt) => icoDeadline(new Date(awareAt)).toISOString()),
    'reminder:dismiss': async ({ incidentId }) => {
      (await open()).reminders.markSeen(incidentId);
      return {};
    },
  };
}
