import { icoDeadline } from '../../../shared/deadline';
import { CLOCK_TOLERANCE_MS } from '../../../shared/incident';
import { isEarlier } from '../../../shared/instant';
import type { Incident } from '../../../shared/incident';
import type { IncidentSummary } from '../../../shared/register-query';
import type { Submission, SubmissionInput, Telling, TellingInput } from '../../../shared/submission';
import type { AuditTrail } from '../audit/audit-trail';
import type { Db } from '../database/open-database';
import { AppError } from '../errors';
import type { IncidentRepository } from '../register/incident-repository';
import type { RegisterService } from '../register/register-service';
import type { SubmissionRepository } from './submission-repository';

/** Reports to the ICO belong to a breach held as controller (see shared/clock-running.ts). */
function refuseWithoutIcoClock(incident: Incident): void {
  if (incident.kind === 'near_miss') {
    throw new AppError('invalid_input', `${incident.reference} is a near miss: no personal data was compromised, so nothing is reported to the ICO. Turn it into a breach first if it was one.`);
  }
  if (incident.role === 'processor') {
    throw new AppError('invalid_input', `${incident.reference} is recorded with us as processor: tell the controller, who decides whether to report to the ICO (Art. 33(2)).`);
  }
}

/**
 * The Art. 33 clock's records: reports to the ICO (the first one stops the clock; a late one
 * needs its reasons) and the Art. 34 duty to tell the people affected.
 */
export class ClockService {
  constructor(
    private readonly db: Db,
    private readonly register: RegisterService,
    private readonly incidents: IncidentRepository,
    private readonly submissionsStore: SubmissionRepository,
    private readonly audit: AuditTrail,
    private readonly clock: () => Date,
    private readonly actor: () => string,
  ) {}

  recordSubmission(input: SubmissionInput): Submission[] {
    const now = this.clock();
    const actor = this.actor();
    return this.db.transaction(() => {
      const incident = this.register.get(input.incidentId);
      refuseWithoutIcoClock(incident);
      if (!incident.awareAt) {
        throw new AppError('invalid_input', 'Record when your organisation became aware before recording a report.', [
          { path: 'submittedAt', message: 'Record the time of awareness first' },
        ]);
      }
      if (Date.parse(input.submittedAt) > now.getTime() + CLOCK_TOLERANCE_MS) {
        throw new AppError('invalid_input', 'That time is in the future.', [{ path: 'submittedAt', message: 'This time is in the future' }]);
      }
      if (isEarlier(input.submittedAt, incident.awareAt)) {
        throw new AppError('invalid_input', 'A report cannot come before you became aware.', [
          { path: 'submittedAt', message: 'This is before your organisation became aware of the breach' },
        ]);
      }
      const late = Date.parse(input.submittedAt) > icoDeadline(new Date(incident.awareAt)).getTime();
      const firstReport = incident.reportedAt === null || isEarlier(input.submittedAt, incident.reportedAt);
      if (late && firstReport && input.lateReason === '') {
        throw new AppError('invalid_input', 'This report is after the 72-hour deadline, so the ICO needs the reasons for the delay.', [
          { path: 'lateReason', message: 'Give the reasons for reporting after 72 hours (Art. 33(1))' },
        ]);
      }
      this.submissionsStore.insertSubmission(input, late, now, actor);
      if (firstReport) this.incidents.setReportedAt(incident.id, input.submittedAt);
      this.audit.append({
        at: now,
        actor,
        incidentId: incident.id,
        reference: incident.reference,
        action: 'reported',
        field: null,
        oldValue: null,
        newValue: { kind: input.kind, submittedAt: input.submittedAt, icoCaseReference: input.icoCaseReference, late },
      });
      return this.submissionsStore.submissions(incident.id);
    })();
  }

  submissions(incidentId: number): Submission[] {
    this.register.get(incidentId);
    return this.submissionsStore.submissions(incidentId);
  }

  recordTelling(input: TellingInput): Telling[] {
    const now = this.clock();
    const actor = this.actor();
    return this.db.transaction(() => {
      const incident = this.register.get(input.incidentId);
      if (incident.kind === 'near_miss') {
        throw new AppError('invalid_input', `${incident.reference} is a near miss: no personal data was compromised, so there is no one to tell.`);
      }
      if (Date.parse(input.toldAt) > now.getTime() + CLOCK_TOLERANCE_MS) {
        throw new AppError('invalid_input', 'That time is in the future.', [{ path: 'toldAt', message: 'This time is in the future' }]);
      }
      this.submissionsStore.insertTelling(input, now, actor);
      this.audit.append({
        at: now,
        actor,
        incidentId: incident.id,
        reference: incident.reference,
        action: 'people_told',
        field: null,
        oldValue: null,
        newValue: { toldAt: input.toldAt, method: input.method, toldBy: input.toldBy },
      });
      return this.submissionsStore.tellings(incident.id);
    })();
  }

  tellings(incidentId: number): Telling[] {
    this.register.get(incidentId);
    return this.submissionsStore.tellings(incidentId);
  }

  /** Clocks still running (or overdue), most urgent first: the home view's top panel. */
  runningClocks(limit = 50): IncidentSummary[] {
    return this.incidents.runningClocks(limit);
  }
}
