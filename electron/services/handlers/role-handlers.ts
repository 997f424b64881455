import type { roleOperations } from '../../../shared/contract/role-operations';
import { isEarlier } from '../../../shared/instant';
import { formatUkDateTime } from '../../../shared/uk-time';
import { AppError } from '../errors';
import type { FeatureHandlers, HandlerDeps } from './handler-deps';

/** Near misses and the processor and controller roles. */
export function roleHandlers({ session }: HandlerDeps): FeatureHandlers<typeof roleOperations> {
  const register = async () => (await session.services()).register;
  return {
    'incident:change-kind': async ({ id, kind, reason }) => (await register()).update(id, { kind }, undefined, reason),
    'incident:told-by-processor': async ({ id, processorName, toldAt }) => {
      const open = await register();
      const incident = open.get(id);
      if (incident.role === 'processor') {
        throw new AppError('invalid_input', 'This record says you are the processor: a processor tells its controller, it is not told.', [
          { path: 'processorName', message: 'Change “Our role” to controller first' },
        ]);
      }
      const changes = { processorName, processorToldAt: toldAt };
      // Told before the recorded awareness: awareness was the telling, so the clock moves back to it.
      if (incident.awareAt === null) return open.update(id, { ...changes, awareAt: toldAt });
      if (isEarlier(toldAt, incident.awareAt)) {
        const reason = `${processorName} (the processor) told us on ${formatUkDateTime(toldAt, open.settings().timeZone)}: a controller becomes aware when its processor tells it (Art. 33(2)).`;
        return open.update(id, { ...changes, awareAt: toldAt }, reason);
      }
      return open.update(id, changes);
    },
  };
}
