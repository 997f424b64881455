import { AssessmentRepository } from './assessment/assessment-repository';
import { AssessmentService } from './assessment/assessment-service';
import { regimeFor } from '../../shared/regimes';
import { AttachmentService } from './attachments/attachment-service';
import { AuditTrail } from './audit/audit-trail';
import { ClockService } from './clock/clock-service';
import { ReminderRepository } from './clock/reminder-repository';
import { SubmissionRepository } from './clock/submission-repository';
import type { Db } from './database/open-database';
import { DashboardService } from './dashboard/dashboard-service';
import { DocumentService } from './documents/document-service';
import { LetterRepository } from './letter/letter-repository';
import { LetterService } from './letter/letter-service';
import { DraftRepository } from './register/draft-repository';
import { IncidentRepository } from './register/incident-repository';
import { RegisterService } from './register/register-service';
import { SettingsRepository } from './register/settings-repository';

/** The services of an open register, built once per opened database. */
export interface OpenRegister {
  db: Db;
  audit: AuditTrail;
  incidents: IncidentRepository;
  settings: SettingsRepository;
  register: RegisterService;
  assessments: AssessmentService;
  clock: ClockService;
  reminders: ReminderRepository;
  documents: DocumentService;
  attachments: AttachmentService;
  dashboard: DashboardService;
  letters: LetterService;
}

export function buildOpenRegister(db: Db, clock: () => Date, actor: () => string): OpenRegister {
  const audit = new AuditTrail(db);
  const incidents = new IncidentRepository(db);
  const settings = new SettingsRepository(db);
  const register = new RegisterService(db, incidents, audit, settings, new DraftRepository(db), clock, actor);
  const assessments = new AssessmentService(db, incidents, new AssessmentRepository(db), audit, clock, actor, register, () =>
    regimeFor(register.settings().regime),
  );
  const clockService = new ClockService(db, register, incidents, new SubmissionRepository(db), audit, clock, actor);
  const attachments = new AttachmentService(db, incidents, audit, clock, actor);
  const dashboard = new DashboardService(db, clock, () => register.settings().timeZone);
  const letterVersions = new LetterRepository(db);
  const documents = new DocumentService(
    db,
    {
      register,
      assessments,
      assessmentVersions: new AssessmentRepository(db),
      clock: clockService,
      submissionRecords: new SubmissionRepository(db),
      audit,
      attachments,
      dashboard,
      savedLetters: letterVersions,
    },
    clock,
    actor,
  );
  const letters = new LetterService(db, letterVersions, documents, audit, clock, actor);
  return {
    db, audit, incidents, settings, register, assessments, clock: clockService,
    reminders: new ReminderRepository(db), documents, attachments, dashboard, letters,
  };
}
