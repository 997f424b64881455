import { z } from 'zod';
import { instantSchema, isEarlier } from './instant';

/**
 * What kind of event a record is, and in whose role the organisation holds the data.
 *
 * - A **near miss** is a security incident that did not compromise personal data (an email
 *   stopped before it was sent). It has no clock and no report; it is kept in the register so
 *   trends can be reviewed, apart from breaches in every count and document (domain.md §5a).
 * - A **processor** (payroll bureau, IT provider) that finds a breach in a client's data tells
 *   that controller without undue delay (Art. 33(2)); the controller decides on the ICO.
 * - A **controller told by a processor** becomes aware when it is told, so its clock starts then.
 */

export const INCIDENT_KINDS = ['breach', 'near_miss'] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

export const INCIDENT_ROLES = ['controller', 'processor'] as const;
export type IncidentRole = (typeof INCIDENT_ROLES)[number];

export const PARTY_NAME_MAX = 200;
export const PARTY_CONTACT_MAX = 500;
export const KIND_REASON_MAX = 2_000;

const partyText = (max: number, what: string) => z.string().trim().max(max, `Keep ${what} under ${max} characters`);

/** The record's fields for kind and role; the defaults are what every older record means. */
export const incidentRoleShape = {
  kind: z.enum(INCIDENT_KINDS),
  role: z.enum(INCIDENT_ROLES),
  /** As processor: the controller whose data it is, and how to reach them. */
  controllerName: partyText(PARTY_NAME_MAX, 'the controller’s name'),
  controllerContact: partyText(PARTY_CONTACT_MAX, 'the controller’s contact details'),
  /** As processor: when the controller was told (Art. 33(2)). */
  controllerToldAt: instantSchema.nullable(),
  /** As controller: the processor that told us, if one did. */
  processorName: partyText(PARTY_NAME_MAX, 'the processor’s name'),
  /** As controller: when the processor told us; awareness (and the clock) starts here. */
  processorToldAt: instantSchema.nullable(),
};

export interface IncidentRoleFields {
  kind: IncidentKind;
  role: IncidentRole;
  controllerName: string;
  controllerContact: string;
  controllerToldAt: string | null;
  processorName: string;
  processorToldAt: string | null;
}

export const EMPTY_ROLE_FIELDS: IncidentRoleFields = {
  kind: 'breach',
  role: 'controller',
  controllerName: '',
  controllerContact: '',
  controllerToldAt: null,
  processorName: '',
  processorToldAt: null,
};

interface Issue {
  path: string;
  message: string;
}

/** Rules across the role fields and the clock's start. */
export function roleRuleIssues(fields: IncidentRoleFields & { awareAt: string | null; discoveredAt: string | null }): Issue[] {
  const issues: Issue[] = [];
  if (fields.role === 'processor') {
    if (fields.controllerToldAt !== null && fields.controllerName === '') {
      issues.push({ path: 'controllerName', message: 'Name the controller you told' });
    }
    if (fields.controllerToldAt && fields.discoveredAt && isEarlier(fields.controllerToldAt, fields.discoveredAt)) {
      issues.push({ path: 'controllerToldAt', message: 'You cannot have told the controller before the breach was discovered' });
    }
    if (fields.processorName !== '' || fields.processorToldAt !== null) {
      issues.push({ path: 'processorToldAt', message: 'As processor, record the controller you tell, not a processor that told you' });
    }
  } else {
    if (fields.controllerName !== '' || fields.controllerContact !== '' || fields.controllerToldAt !== null) {
      issues.push({ path: 'controllerName', message: 'Only a processor records a controller to tell: choose “We are the processor” first' });
    }
    if (fields.processorToldAt !== null && fields.processorName === '') {
      issues.push({ path: 'processorName', message: 'Name the processor that told you' });
    }
    // Art. 33(2): a controller told by its processor becomes aware when told, not later.
    if (fields.processorToldAt && fields.awareAt && isEarlier(fields.processorToldAt, fields.awareAt)) {
      issues.push({
        path: 'awareAt',
        message: 'You were told by the processor before this time: you became aware when you were told, so the clock starts then',
      });
    }
  }
  return issues;
}
