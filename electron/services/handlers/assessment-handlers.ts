import type { assessmentOperations } from '../../../shared/contract/assessment-operations';
import type { FeatureHandlers, HandlerDeps } from './handler-deps';

export function assessmentHandlers({ session }: HandlerDeps): FeatureHandlers<typeof assessmentOperations> {
  const assessments = async () => (await session.services()).assessments;
  return {
    'assessment:advise': async ({ answers }) => (await assessments()).advise(answers),
    'assessment:save': async ({ incidentId, answers, decision }) => (await assessments()).save(incidentId, answers, decision),
    'assessment:list': async ({ incidentId }) => (await assessments()).history(incidentId),
  };
}
