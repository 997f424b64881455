import type { AssessmentVersion } from '../assessment-record';
import type { Attachment } from '../attachment';
import type { Incident } from '../incident';
import type { Organisation } from '../organisation';
import type { RegisterHead } from '../register-fingerprint';
import type { Submission, Telling } from '../submission';

/** Another breach of the register reported to the ICO, for the form's "previous contact" question. */
export interface PreviousIcoReport {
  reference: string;
  submittedAt: string;
  icoCaseReference: string;
}

/** Everything a document about one incident is drawn from; time and zone are parameters. */
export interface IncidentDocumentInput {
  incident: Incident;
  organisation: Organisation;
  /** The current (newest) assessment version, or null when the risk has not been assessed. */
  assessment: AssessmentVersion | null;
  /** Why the current assessment is out of date against the record, or null when it still stands. */
  assessmentOutOfDate: string | null;
  /** Reports sent to the ICO, oldest first; undefined where the register can't list them. */
  submissions?: readonly Submission[];
  /** When and how the people affected were told, oldest first; undefined where not available. */
  tellings?: readonly Telling[];
  /** The files kept with the record, oldest first; undefined where not available. */
  attachments?: readonly Attachment[];
  /** The register's initial reports of other breaches in the last two years; undefined where not known. */
  previousIcoReports?: readonly PreviousIcoReport[];
  now: Date;
  timeZone: string;
  /** The register's fingerprint when the document was made (null: no entries); undefined where not known. */
  registerFingerprint?: RegisterHead | null;
}
