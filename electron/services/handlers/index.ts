import type { Contract } from '../../../shared/contract/index';
import { assessmentHandlers } from './assessment-handlers';
import type { FeatureHandlers, HandlerDeps } from './handler-deps';
import { incidentHandlers } from './incident-handlers';
import { sessionHandlers } from './session-handlers';

export type Handlers = FeatureHandlers<Contract>;
export type { HandlerDeps } from './handler-deps';

/** One handler per contract operation, feature by feature. */
export function createHandlers(deps: Omit<HandlerDeps, 'clock'> & { clock?: () => Date }): Handlers {
  const full: HandlerDeps = { ...deps, clock: deps.clock ?? (() => new Date()) };
  return {
    ...sessionHandlers(full),
    ...incidentHandlers(full),
    ...assessmentHandlers(full),
  };
}
