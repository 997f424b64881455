import type { Contract } from '../../../shared/contract/index';
import { assessmentHandlers } from './assessment-handlers';
import type { FeatureHandlers, HandlerDeps } from './handler-deps';
import { clockHandlers } from './clock-handlers';
import { documentHandlers } from './document-handlers';
import { incidentHandlers } from './incident-handlers';
import type { PathChooser } from './security-handlers';
import { securityHandlers } from './security-handlers';
import { sessionHandlers } from './session-handlers';
import { startAtSignInHandlers } from './start-at-sign-in-handlers';
import { SecurityService } from '../security/security-service';

export type Handlers = FeatureHandlers<Contract>;
export type { HandlerDeps } from './handler-deps';

/** One handler per contract operation, feature by feature. */
export function createHandlers(deps: Omit<HandlerDeps, 'clock'> & { clock?: () => Date; choosePath?: PathChooser }): Handlers {
  const full: HandlerDeps = { ...deps, clock: deps.clock ?? (() => new Date()) };
  const security = new SecurityService(full.session, full.clock, deps.choosePath !== undefined);
  return {
    ...sessionHandlers(full),
    ...incidentHandlers(full, security),
    ...clockHandlers(full),
    ...assessmentHandlers(full),
    ...securityHandlers(full, deps.choosePath, security),
    ...documentHandlers(full),
    ...startAtSignInHandlers(full),
  };
}
