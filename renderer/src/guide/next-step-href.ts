import type { NextStepTarget } from '../../../shared/next-step';
import { routeHref } from '../common/use-route';

/** The screen a Next-step button opens; record steps opened from the card come back to it. */
export function nextStepHref(id: number, target: NextStepTarget): string {
  switch (target.screen) {
    case 'edit-incident':
      return routeHref({ screen: 'edit-incident', id, step: target.step, guided: true });
    case 'assess-incident':
      return routeHref({ screen: 'assess-incident', id });
    case 'ico-companion':
      return routeHref({ screen: 'ico-companion', id });
    case 'letter':
      return routeHref({ screen: 'document', id, document: 'letter' });
    case 'incident':
      return routeHref({ screen: 'incident', id });
  }
}
