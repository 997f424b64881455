import type { AssessmentAnswers, AssessmentResult } from '../../../shared/assessment';
import { assessBreach } from '../../../shared/assessment';
import type { AssessmentVersion, DecisionInput, RecordedDecision, Staleness } from '../../../shared/assessment-record';
import { assessmentStaleness, decisionIssues, recordBasisOf, recordCorrections, recordDecision } from '../../../shared/assessment-record';
import type { Incident, IncidentFields } from '../../../shared/incident';
import type { Regime } from '../../../shared/regimes';
import type { AuditTrail } from '../audit/audit-trail';
import type { Db } from '../database/open-database';
import { AppError } from '../errors';
import type { IncidentRepository } from '../register/incident-repository';
import type { AssessmentRepository } from './assessment-repository';

/** How an answer that corrects the record is written back: the register's own update, with its trail entries. */
export interface RecordUpdater {
  update(id: number, changes: Partial<IncidentFields>): Incident;
}

export interface AssessmentHistory {
  /** Newest first; the first is the current assessment. */
  versions: AssessmentVersion[];
  /** Whether the current version still stands against the record as it is now. */
  outOfDate: Staleness;
}

/**
 * Risk assessments of incidents. The advice is always worked out here from the answers,
 * never taken from the renderer; a new version, the incident's report decision and the
 * audit entries are written in one transaction.
 */
export class AssessmentService {
  constructor(
    private readonly db: Db,
    private readonly incidents: IncidentRepository,
    private readonly assessments: AssessmentRepository,
    private readonly audit: AuditTrail,
    private readonly clock: () => Date,
    private readonly actor: () => string,
    private readonly records: RecordUpdater,
    /** The rules the register is kept under (Settings), read at each save. */
    private readonly regime: () => Regime,
  ) {}

  /** The engine's advice for some answers, for the wizard to show before anything is saved. */
  advise(answers: AssessmentAnswers): AssessmentResult {
    return assessBreach(answers);
  }

  save(incidentId: number, answers: AssessmentAnswers, decision: DecisionInput): AssessmentVersion {
    const now = this.clock();
    const actor = this.actor();
    const advice = assessBreach(answers);
    const issues = decisionIssues(decision, advice, this.regime());
    if (issues.length > 0) throw new AppError('invalid_input', 'The decision needs attention.', issues);
    const recorded = recordDecision(decision, advice);

    return this.db.transaction(() => {
      const found = this.incident(incidentId);
      // An answer that corrects the record (a kind of data, a kind of breach) is written to it first,
      // so the record, the ICO draft and this version's basis all say the same.
      const corrections = recordCorrections(recordBasisOf(found), answers);
      const incident = Object.keys(corrections).length > 0 ? this.records.update(incidentId, corrections) : found;
      const previous = this.assessments.latest(incidentId);
      const saved = this.assessments.insert({
        incidentId,
        createdAt: now,
        actor,
        answers,
        advice,
        decision: recorded,
        fromRecord: recordBasisOf(incident),
      });
      this.incidents.setReportDecision(incidentId, recorded.reportToIco);
      const entry = { at: now, actor, incidentId, reference: incident.reference, field: null };
      this.audit.append({
        ...entry,
        action: 'assessed',
        oldValue: previous ? adviceSummary(previous.version, previous.advice) : null,
        newValue: adviceSummary(saved.version, advice),
      });
      this.audit.append({
        ...entry,
        action: 'decided',
        oldValue: previous ? decisionSummary(previous.version, previous.decision) : null,
        newValue: decisionSummary(saved.version, recorded),
      });
      return saved;
    })();
  }

  history(incidentId: number): AssessmentHistory {
    const incident = this.incident(incidentId);
    const versions = this.assessments.forIncident(incidentId);
    const current = versions[0];
    return {
      versions,
      outOfDate: current ? assessmentStaleness(current, incident) : { stale: false, reason: null },
    };
  }

  private incident(id: number): Incident {
    const incident = this.incidents.findById(id);
    if (!incident) throw new AppError('not_found', `There is no incident with id ${id} in the register.`);
    return incident;
  }
}

function adviceSummary(version: number, advice: AssessmentResult) {
  return {
    version,
    riskLevel: advice.riskLevel,
    reportToIco: advice.reportToIco,
    tellPeople: advice.tellPeople,
    exception: advice.tellPeopleException,
  };
}

function decisionSummary(version: number, decision: RecordedDecision) {
  return {
    version,
    reportToIco: decision.reportToIco,
    tellPeople: decision.tellPeople,
    exception: decision.tellPeopleException,
    followsAdvice: decision.followsAdvice,
    justification: decision.justification,
  };
}
