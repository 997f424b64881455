import type { Incident } from '../incident';

/**
 * Which documents a record offers. The ICO report draft and the letter to the people affected
 * are a controller's, for a breach: a near miss compromised no personal data, and a processor
 * tells its controller (with the notice to the controller), who decides on the ICO and the people.
 */
export type IncidentDocumentKind = 'ico-report' | 'letter' | 'controller-notice';

export function documentRefusal(incident: Pick<Incident, 'kind' | 'role' | 'reference'>, kind: IncidentDocumentKind): string | null {
  if (incident.kind === 'near_miss') {
    return `${incident.reference} is a near miss: no personal data was compromised, so there is nothing to report or tell. Turn it into a breach first if it was one.`;
  }
  if (kind === 'controller-notice') {
    return incident.role === 'processor' ? null : `${incident.reference} is recorded with us as controller: a notice to the controller is for a processor.`;
  }
  if (incident.role === 'processor') {
    return `${incident.reference} is recorded with us as processor: the controller reports to the ICO and tells the people. Send the notice to the controller instead.`;
  }
  return null;
}

export function documentOffered(incident: Pick<Incident, 'kind' | 'role' | 'reference'>, kind: IncidentDocumentKind): boolean {
  return documentRefusal(incident, kind) === null;
}
