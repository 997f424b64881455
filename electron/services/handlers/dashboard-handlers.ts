import type { dashboardOperations } from '../../../shared/contract/dashboard-operations';
import type { FeatureHandlers, HandlerDeps } from './handler-deps';

export function dashboardHandlers({ session }: HandlerDeps): FeatureHandlers<typeof dashboardOperations> {
  return {
    'dashboard:summary': async ({ period }) => (await session.services()).dashboard.view(period),
  };
}
