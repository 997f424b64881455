import type { Attachment } from '../../../shared/attachment';
import type { DocumentRequest } from '../../../shared/contract/document-operations';
import type { LocalPeriod } from '../../../shared/dashboard/period';
import type { DashboardSummary } from '../../../shared/dashboard/summary';
import type { AuditPackEntry } from '../../../shared/documents/audit-pack';
import { auditPackDocument } from '../../../shared/documents/audit-pack';
import type { DocumentModel } from '../../../shared/documents/document-model';
import { icoReportDocument } from '../../../shared/documents/ico-report';
import type { IncidentDocumentInput } from '../../../shared/documents/incident-document-input';
import { letterDocument } from '../../../shared/documents/letter';
import type { LetterFields } from '../../../shared/documents/letter-fields';
import { prefillLetter } from '../../../shared/documents/letter-fields';
import { documentPlainText } from '../../../shared/documents/plain-text';
import type { RegisterCsv } from '../../../shared/documents/register-csv';
import { registerCsv } from '../../../shared/documents/register-csv';
import type { Organisation, OrganisationSettings } from '../../../shared/organisation';
import type { AssessmentRepository } from '../assessment/assessment-repository';
import type { AssessmentService } from '../assessment/assessment-service';
import type { AuditTrail } from '../audit/audit-trail';
import type { ClockService } from '../clock/clock-service';
import type { SubmissionRepository } from '../clock/submission-repository';
import { PreviousIcoReports } from './previous-ico-reports';
import type { Db } from '../database/open-database';
import type { RegisterService } from '../register/register-service';
import { readTrailHead } from '../anchor/trail-head';
import { IncidentRangeQuery } from './incident-range-query';
import { controllerNoticeDocument } from '../../../shared/documents/controller-notice';
import type { IncidentDocumentKind } from '../../../shared/documents/document-offer';
import { documentRefusal } from '../../../shared/documents/document-offer';
import { regimeFor } from '../../../shared/regimes';
import { AppError } from '../errors';
import { OrganisationRepository } from './organisation-repository';

export interface DocumentSources {
  register: RegisterService;
  assessments: AssessmentService;
  assessmentVersions: AssessmentRepository;
  clock: ClockService;
  /** Read directly for the audit pack, so each incident is read once, not once per list. */
  submissionRecords: SubmissionRepository;
  audit: AuditTrail;
  /** The files kept with each breach, listed (never their contents) in the documents. */
  attachments?: { list(incidentId: number): Attachment[] };
  /** The figures and charts at the front of the audit pack. */
  dashboard: { summary(period: LocalPeriod): DashboardSummary };
  /** The letter's last saved words, if the manager has edited it (services/letter). */
  savedLetters?: { latest(incidentId: number): LetterFields | null };
}

/**
 * Gathers what each document is drawn from (the record, its assessment, its reports to the
 * ICO, the people told, the organisation) and hands it to the content models in
 * shared/documents. The PDF is drawn from the same model by the handler.
 */
export class DocumentService {
  private readonly organisationStore: OrganisationRepository;
  private readonly range: IncidentRangeQuery;

  constructor(
    private readonly db: Db,
    private readonly sources: DocumentSources,
    private readonly clock: () => Date,
    private readonly actor: () => string,
  ) {
    this.organisationStore = new OrganisationRepository(db);
    this.range = new IncidentRangeQuery(db);
  }

  organisation(): OrganisationSettings {
    return this.organisationStore.read();
  }

  updateOrganisation(organisation: Organisation): OrganisationSettings {
    const now = this.clock();
    const next: OrganisationSettings = { organisation, prompt: 'answered', updatedAt: now.toISOString() };
    this.db.transaction(() => {
      const before = this.organisationStore.read();
      this.organisationStore.save(next);
      this.sources.audit.append({
        at: now,
        actor: this.actor(),
        incidentId: null,
        reference: null,
        action: 'settings_changed',
        field: 'organisation',
        oldValue: before.updatedAt ? before.organisation : null,
        newValue: organisation,
      });
    })();
    return next;
  }

  /** "Later" on the first-run question: the details stay as they are, and the question is not asked again. */
  postponeOrganisation(): OrganisationSettings {
    const current = this.organisationStore.read();
    if (current.prompt !== 'not_asked') return current;
    const next: OrganisationSettings = { ...current, prompt: 'later' };
    // The first "Later" creates the setting's row, so it goes on the trail like any other setting.
    this.db.transaction(() => {
      this.organisationStore.save(next);
      this.sources.audit.append({
        at: this.clock(),
        actor: this.actor(),
        incidentId: null,
        reference: null,
        action: 'settings_changed',
        field: 'organisation_prompt',
        oldValue: current.prompt,
        newValue: next.prompt,
      });
    })();
    return next;
  }

  model(request: DocumentRequest): DocumentModel {
    switch (request.kind) {
      case 'ico-report':
        return icoReportDocument(this.breachInput(request.incidentId, 'ico-report'));
      case 'letter': {
        const input = this.breachInput(request.incidentId, 'letter');
        return letterDocument(input, this.sources.savedLetters?.latest(request.incidentId) ?? prefillLetter(input));
      }
      case 'controller-notice':
        return controllerNoticeDocument({ ...this.breachInput(request.incidentId, 'controller-notice'), regime: regimeFor(this.sources.register.settings().regime) });
      case 'audit-pack':
        return this.auditPack(request.range.from, request.range.to);
    }
  }

  /** The letter as prefilled from the record now; refused where no letter applies (a near miss). */
  prefilledLetter(incidentId: number): { reference: string; fields: LetterFields } {
    const input = this.breachInput(incidentId, 'letter');
    return { reference: input.incident.reference, fields: prefillLetter(input) };
  }

  text(request: DocumentRequest): { fileName: string; text: string } {
    const model = this.model(request);
    return { fileName: `${model.fileName}.txt`, text: documentPlainText(model) };
  }

  csv(from: string, to: string): RegisterCsv {
    return registerCsv(this.entries(from, to), { from, to }, this.clock(), this.timeZone);
  }

  /** The register's display time zone (Europe/London unless changed in Settings). */
  private get timeZone(): string {
    return this.sources.register.settings().timeZone;
  }

  /** Each incident document is offered only where it applies (document-offer.ts): none for a near miss. */
  private breachInput(incidentId: number, kind: IncidentDocumentKind): IncidentDocumentInput {
    const refusal = documentRefusal(this.sources.register.get(incidentId), kind);
    if (refusal) throw new AppError('invalid_input', refusal);
    return this.incidentInput(incidentId);
  }

  private incidentInput(incidentId: number): IncidentDocumentInput {
    const incident = this.sources.register.get(incidentId);
    const history = this.sources.assessments.history(incidentId);
    return {
      incident,
      organisation: this.organisationStore.read().organisation,
      assessment: history.versions[0] ?? null,
      assessmentOutOfDate: history.outOfDate.stale ? history.outOfDate.reason : null,
      submissions: this.sources.clock.submissions(incidentId),
      tellings: this.sources.clock.tellings(incidentId),
      attachments: this.sources.attachments?.list(incidentId),
      previousIcoReports: new PreviousIcoReports(this.db).before(incidentId, this.clock()),
      now: this.clock(),
      timeZone: this.timeZone,
      registerFingerprint: readTrailHead(this.db),
    };
  }

  private entries(from: string, to: string): AuditPackEntry[] {
    return this.range.idsInPeriod(from, to, this.timeZone).map((id) => ({
      incident: this.sources.register.get(id),
      assessment: this.sources.assessmentVersions.latest(id),
      submissions: this.sources.submissionRecords.submissions(id),
      tellings: this.sources.submissionRecords.tellings(id),
      attachments: this.sources.attachments?.list(id),
    }));
  }

  private auditPack(from: string, to: string): DocumentModel {
    const all = this.entries(from, to);
    return auditPackDocument({
      entries: all.filter((entry) => entry.incident.kind === 'breach'),
      nearMisses: all.filter((entry) => entry.incident.kind === 'near_miss'),
      organisation: this.organisationStore.read().organisation,
      from,
      to,
      verification: this.sources.register.verify(),
      generatedBy: this.actor(),
      now: this.clock(),
      timeZone: this.timeZone,
      registerFingerprint: readTrailHead(this.db),
      dashboard: this.sources.dashboard.summary({ from, to }),
    });
  }
}
