import type { AssessmentVersion } from '../../../shared/assessment-record';
import { recordBasisOf } from '../../../shared/assessment-record';
import { assessBreach } from '../../../shared/assessment';
import type { IncidentDocumentInput } from '../../../shared/documents/incident-document-input';
import type { Incident, IncidentFields } from '../../../shared/incident';
import { EMPTY_INCIDENT_FIELDS } from '../../../shared/incident';
import { EMPTY_ORGANISATION } from '../../../shared/organisation';
import type { Submission } from '../../../shared/submission';
import { QUIET } from '../assessment/answers-builder';

/** An incident as the register would hand it to a document; not a test file. */
export function incident(fields: Partial<IncidentFields> = {}, extra: Partial<Incident> = {}): Incident {
  return {
    ...EMPTY_INCIDENT_FIELDS,
    title: 'Laptop left on a train',
    ...fields,
    id: 7,
    reference: 'BR-2026-0007',
    createdAt: '2026-11-20T09:00:00.000Z',
    updatedAt: '2026-11-20T09:00:00.000Z',
    reportedAt: null,
    reportDecision: null,
    ...extra,
  };
}

export function input(over: Partial<IncidentDocumentInput> = {}): IncidentDocumentInput {
  return {
    incident: incident(),
    organisation: EMPTY_ORGANISATION,
    assessment: null,
    assessmentOutOfDate: null,
    submissions: [],
    tellings: [],
    now: new Date('2026-11-23T16:05:00.000Z'),
    timeZone: 'Europe/London',
    ...over,
  };
}

export function assessment(over: Partial<AssessmentVersion> = {}): AssessmentVersion {
  const advice = assessBreach(QUIET);
  return {
    id: 1,
    incidentId: 7,
    version: 1,
    createdAt: '2026-11-21T10:00:00.000Z',
    actor: 'Zoë Ødegård',
    answers: QUIET,
    advice,
    decision: { reportToIco: advice.reportToIco, tellPeople: advice.tellPeople, tellPeopleException: advice.tellPeopleException, followsAdvice: true, justification: '' },
    fromRecord: recordBasisOf(EMPTY_INCIDENT_FIELDS),
    ...over,
  };
}

export function submission(over: Partial<Submission> = {}): Submission {
  return {
    id: 1,
    incidentId: 7,
    kind: 'initial',
    submittedAt: '2026-11-22T10:00:00.000Z',
    channel: 'online_form',
    whatWasSent: 'What we knew.',
    icoCaseReference: 'IC-1',
    lateReason: '',
    late: false,
    recordedAt: '2026-11-22T10:05:00.000Z',
    recordedBy: 'Zoë Ødegård',
    ...over,
  };
}
