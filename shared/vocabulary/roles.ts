import type { IncidentDocumentKind } from '../documents/document-offer';
import type { IncidentKind, IncidentRole } from '../incident-role';

export const INCIDENT_KIND_LABELS: Record<IncidentKind, string> = {
  breach: 'Breach',
  near_miss: 'Near miss',
};

export const INCIDENT_KIND_PLURAL: Record<IncidentKind, string> = {
  breach: 'breaches',
  near_miss: 'near misses',
};

export const INCIDENT_KIND_PLURAL_TITLE: Record<IncidentKind, string> = {
  breach: 'Breaches',
  near_miss: 'Near misses',
};

export const INCIDENT_ROLE_LABELS: Record<IncidentRole, string> = {
  controller: 'We are the controller (the data is ours)',
  processor: 'We are the processor (the data is a client’s, and we handle it for them)',
};

export const INCIDENT_ROLE_SHORT: Record<IncidentRole, string> = {
  controller: 'Controller',
  processor: 'Processor',
};

export const INCIDENT_DOCUMENT_TITLES: Record<IncidentDocumentKind, string> = {
  'ico-report': 'ICO report draft',
  letter: 'Letter to the people affected',
  'controller-notice': 'Notice to the controller',
};
