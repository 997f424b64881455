import type { AssessmentVersion } from '../assessment-record';
import { icoDeadline } from '../deadline';
import type { Incident } from '../incident';
import { compareInstants } from '../instant';
import {
  BREACH_TYPE_LABELS,
  BREACH_TYPE_SHORT,
  CAUSE_LABELS,
  CYBER_IMPACT_LABELS,
  CYBER_LABELS,
  DATA_CATEGORY_LABELS,
  RECOVERY_TIME_LABELS,
  STAFF_TRAINED_LABELS,
  TRAINING_LABELS,
  PEOPLE_CATEGORY_LABELS,
  MISUSE_SEEN_WORDS,
  SEVERITY_BAND_LABELS,
  STATUS_LABELS,
} from '../labels';
import type { Organisation } from '../organisation';
import { CONTACT_KIND_LABELS, ORGANISATION_SIZE_LABELS } from '../organisation';
import type { Submission, Telling } from '../submission';
import { SUBMISSION_CHANNEL_LABELS, SUBMISSION_KIND_LABELS, TELLING_METHOD_LABELS } from '../submission';
import { formatUkDate, formatUkDateTime, formatUkLocalDate } from '../uk-time';
import { NOT_YET_KNOWN, describeCount, describeInstant, describeOccurrence } from './describe-incident';
import type { DocumentBlock, DocumentModel, FieldRow } from './document-model';
import { block } from './document-model';
import type { Timeliness } from './document-words';
import {
  REASON_EFFECT_WORDS,
  REPORT_DECISION_WORDS,
  RISK_LEVEL_WORDS,
  contactLine,
  fileDate,
  fingerprintNote,
  generatedLine,
  joined,
  organisationLabel,
  row,
  statement,
  tellDecisionText,
  tickedLabels,
  timeliness,
  withFingerprint,
} from './document-words';
import { evidenceHeldAnnex } from './evidence-blocks';
import { inFirstPerson, tellingDecisionAnswer, thresholdAnswer } from './decision-words';
import type { IncidentDocumentInput } from './incident-document-input';

/**
 * The draft of the ICO's personal data breach report, section by section in the order of the
 * ICO's online form (domain.md §3), so each answer can be copied into the form as it stands.
 * Anything the record does not hold yet reads "Not yet known — to follow": Art. 33(4) lets the
 * rest follow in phases, and a blank would hide that something is missing.
 */

export const ICO_REPORT_SECTIONS = [
  '1. About the report',
  '2. What happened',
  '3. Personal data placed at risk',
  '4. Consequences',
  '5. Containment and recovery',
  '6. Training and guidance',
  '7. Previous contact with the ICO',
  '8. Telling the people affected',
  '9. Other organisations told',
  '10. About the organisation and contact',
] as const;

export const DRAFT_STATUS = 'DRAFT — not yet submitted';

export function icoReportDocument(input: IncidentDocumentInput): DocumentModel {
  const { incident, organisation, now, timeZone } = input;
  const submissions = [...(input.submissions ?? [])].sort((a, b) => compareInstants(a.submittedAt, b.submittedAt));
  const when = timeliness(incident, input.submissions, now);
  const sections: [string, DocumentBlock[]][] = [
    [ICO_REPORT_SECTIONS[0], aboutTheReport(input, submissions)],
    [ICO_REPORT_SECTIONS[1], [block.fields(whatHappened(input, when, submissions))]],
    [ICO_REPORT_SECTIONS[2], [block.fields(dataAtRisk(incident))]],
    [ICO_REPORT_SECTIONS[3], [block.fields(consequences(incident, input.assessment))]],
    [ICO_REPORT_SECTIONS[4], containment(incident, input.assessment)],
    [ICO_REPORT_SECTIONS[5], [block.fields(training(incident, organisation))]],
    [
      ICO_REPORT_SECTIONS[6],
      [block.fields([previousContactRow(input)])],
    ],
    [ICO_REPORT_SECTIONS[7], tellingPeople(input)],
    [
      ICO_REPORT_SECTIONS[8],
      [block.fields([row('Processors and other organisations involved or told (police, regulators, NCSC, insurers, banks)', incident.organisationsInvolved)])],
    ],
    [ICO_REPORT_SECTIONS[9], [block.fields(aboutOrganisation(organisation))]],
  ];

  const blocks: DocumentBlock[] = [
    block.title('Personal data breach report to the ICO', `${incident.reference}: ${incident.title}`),
    block.paragraph(
      'This draft follows the ICO’s online breach report form, section by section, so each answer can be copied into the form. ' +
        'Do not copy the breached data itself (for example the names of the people affected) into the form: the ICO will ask for it if needed. ' +
        `Anything not known yet says “${NOT_YET_KNOWN}”: send it in a follow-up report once it is known (UK GDPR Art. 33(4)).`,
      'note',
    ),
  ];
  for (const [heading, content] of sections) blocks.push(block.heading(heading), ...content);
  blocks.push(...assessmentAnnex(input.assessment, input.assessmentOutOfDate, timeZone));
  blocks.push(...submissionsAnnex(submissions, input.submissions === undefined, timeZone));
  blocks.push(...evidenceHeldAnnex(input.attachments, timeZone));
  blocks.push(...fingerprintNote(input.registerFingerprint));

  const status = submissions[0] || incident.reportedAt
    ? `Submitted to the ICO on ${formatUkDate(submissions[0]?.submittedAt ?? incident.reportedAt ?? '', timeZone)}`
    : DRAFT_STATUS;
  return {
    kind: 'ico-report',
    metadata: {
      title: `${incident.reference} ICO report draft`,
      author: organisation.name.trim() || 'Breachlog',
      subject: 'Personal data breach report to the Information Commissioner’s Office (draft)',
    },
    header: { left: organisationLabel(organisation), right: `${incident.reference} · ${status}` },
    footer: withFingerprint(generatedLine(now, timeZone), input.registerFingerprint),
    blocks,
    fileName: `${incident.reference} ICO report draft ${fileDate(now, timeZone)}`,
    checks: reportChecks(blocks, organisation, input.assessment, input.assessmentOutOfDate),
  };
}

function aboutTheReport(input: IncidentDocumentInput, submissions: Submission[]): DocumentBlock[] {
  const { incident, assessment, timeZone } = input;
  const first = submissions[0]?.submittedAt ?? incident.reportedAt;
  const caseReference = [...submissions].reverse().find((s) => s.icoCaseReference.trim() !== '')?.icoCaseReference ?? null;
  const rows: FieldRow[] = [
    statement('Our reference', incident.reference),
    statement('Breach title', incident.title),
    statement(
      'Initial report or follow-up',
      first ? `Follow-up: the initial report was sent on ${formatUkDateTime(first, timeZone)}` : 'Initial report',
    ),
    first ? row('ICO case reference', caseReference) : statement('ICO case reference', 'None yet: the ICO gives one when the initial report is made'),
    thresholdRow(assessment, input.assessmentOutOfDate),
    icoStaffRow(incident, submissions, timeZone),
  ];
  const blocks = [block.fields(rows)];
  if (submissions.length > 0) {
    blocks.push(
      block.table(
        'Reports sent to the ICO so far',
        [
          { label: 'Sent', width: 0.26 },
          { label: 'Kind', width: 0.2 },
          { label: 'How', width: 0.3 },
          { label: 'ICO case reference', width: 0.24 },
        ],
        submissions.map((s) => [
          formatUkDateTime(s.submittedAt, timeZone),
          SUBMISSION_KIND_LABELS[s.kind],
          SUBMISSION_CHANNEL_LABELS[s.channel],
          s.icoCaseReference || NOT_YET_KNOWN,
        ]),
      ),
    );
  }
  return blocks;
}

function thresholdRow(assessment: AssessmentVersion | null, outOfDate: string | null): FieldRow {
  const label = 'Does the breach meet the threshold for reporting?';
  if (!assessment) return row(label, null);
  const answer = thresholdAnswer(assessment);
  return statement(label, outOfDate ? `${answer}. The assessment is out of date: ${outOfDate}` : answer);
}

/** From the register's own reports of other breaches: it knows them, so nobody has to look them up. */
function previousContactRow({ previousIcoReports, timeZone }: IncidentDocumentInput): FieldRow {
  const label = 'Reports to the ICO in the last two years, with their references';
  if (previousIcoReports === undefined) return row(label, null);
  if (previousIcoReports.length === 0) return statement(label, 'None: we have not reported a breach to the ICO in the last two years');
  return statement(
    label,
    previousIcoReports
      .map((r) => `${r.reference}, reported on ${formatUkDate(r.submittedAt, timeZone)}${r.icoCaseReference ? `, ICO case reference ${r.icoCaseReference}` : ''}`)
      .join('\n'),
  );
}

/** What the record says about talking to the ICO, with any report made by phone (which is talking to ICO staff). */
function icoStaffRow(incident: Incident, submissions: Submission[], timeZone: string): FieldRow {
  const label = 'ICO staff already spoken to about this breach';
  const calls = submissions
    .filter((s) => s.channel === 'phone')
    .map((s) => `Reported by phone to the ICO helpline on ${formatUkDateTime(s.submittedAt, timeZone)}`);
  const detail = incident.icoStaffSpokenToDetail.trim();
  if (incident.icoStaffSpokenTo === 'yes') return statement(label, joined([detail || 'Yes', ...calls], '\n') ?? 'Yes');
  if (calls.length > 0) return statement(label, calls.join('\n'));
  if (incident.icoStaffSpokenTo === 'no') return statement(label, 'None');
  return row(label, null);
}

function whatHappened(input: IncidentDocumentInput, when: Timeliness, submissions: Submission[]): FieldRow[] {
  const { incident, timeZone } = input;
  const deadline = incident.awareAt ? icoDeadline(new Date(incident.awareAt)) : null;
  return [
    row('What went wrong, and how', incident.whatHappened),
    row('Kind of breach', tickedLabels(incident.breachTypes, BREACH_TYPE_LABELS, '')),
    row('Cause', causeText(incident)),
    row('Was it a cyber incident?', incident.cyberIncident === 'not_yet_known' ? null : CYBER_LABELS[incident.cyberIncident]),
    row('How we found out', incident.howDiscovered),
    row('Who discovered it', incident.discoveredBy),
    statement('When it was discovered', describeInstant(incident.discoveredAt, timeZone)),
    statement('When it happened', describeOccurrence(incident.occurred, timeZone)),
    statement('When we became aware', describeInstant(incident.awareAt, timeZone)),
    row('How awareness was established', incident.awarenessNote),
    ...toldByProcessorRows(incident, timeZone),
    statement('72-hour deadline for reporting', deadline ? formatUkDateTime(deadline, timeZone) : NOT_YET_KNOWN),
    lateRow(when, timeZone),
    lateReasonRow(when, submissions),
    row('Measures in place beforehand to prevent this kind of incident', incident.measuresBeforehand),
  ];
}

/** A controller told by its processor became aware when told (Art. 33(2)): the ICO will ask who told it. */
function toldByProcessorRows(incident: Incident, timeZone: string): FieldRow[] {
  const name = incident.processorName.trim();
  if (incident.role !== 'controller' || (name === '' && incident.processorToldAt === null)) return [];
  const when = incident.processorToldAt ? `, on ${formatUkDateTime(incident.processorToldAt, timeZone)}` : '';
  return [statement('Told of the breach by our processor', `${name || 'Our processor'}${when}`)];
}

function causeText(incident: Incident): string | null {
  const cause = incident.cause === 'not_yet_known' ? null : CAUSE_LABELS[incident.cause];
  const detail = incident.causeDetail.trim();
  if (cause && detail) return `${cause}. ${detail}`;
  return cause ?? (detail || null);
}

function lateRow(when: Timeliness, timeZone: string): FieldRow {
  const label = 'Reported more than 72 hours after becoming aware?';
  switch (when.state) {
    case 'clock_not_started':
      return row(label, null);
    case 'not_required':
      return statement(label, 'Not applicable: our assessment found no report is needed');
    case 'not_yet_due':
      return statement(label, `No, if sent by ${formatUkDateTime(when.deadline, timeZone)}`);
    case 'on_time':
      return when.deadline ? statement(label, 'No: reported within 72 hours') : row(label, null);
    case 'late':
    case 'overdue':
      return statement(label, `Yes: the 72-hour deadline passed on ${formatUkDateTime(when.deadline, timeZone)}`);
  }
}

function lateReasonRow(when: Timeliness, submissions: Submission[]): FieldRow {
  const label = 'Reasons for reporting late';
  if (when.state === 'late' || when.state === 'overdue') {
    return row(label, joined(submissions.map((s) => s.lateReason.trim()).filter(Boolean), '\n'));
  }
  if (when.state === 'clock_not_started') return row(label, null);
  return statement(label, 'Not applicable');
}

function dataAtRisk(incident: Incident): FieldRow[] {
  const withUnknown = (text: string | null, values: readonly string[]) =>
    text && values.includes('not_yet_known') ? `${text}; others not yet known — to follow` : text;
  return [
    row(
      'Kinds of personal data',
      withUnknown(tickedLabels(incident.dataCategories, DATA_CATEGORY_LABELS, incident.dataCategoriesOther), incident.dataCategories),
    ),
    statement('Approximate number of records', describeCount(incident.recordsCount)),
    statement('Approximate number of people', describeCount(incident.peopleCount)),
    row(
      'Groups of people affected',
      withUnknown(tickedLabels(incident.peopleCategories, PEOPLE_CATEGORY_LABELS, incident.peopleCategoriesOther), incident.peopleCategories),
    ),
  ];
}


/** Where the score's band and the decision differ, the advice's own sentence saying why. */
function scoreGap(assessment: AssessmentVersion): string {
  const gap = assessment.advice.reasons.find((reason) => reason.factor === 'severity_score');
  return gap ? `. ${gap.text}` : '';
}

function consequences(incident: Incident, assessment: AssessmentVersion | null): FieldRow[] {
  const misuse = assessment?.answers.misuseSeen;
  const score = assessment?.advice.severityScore;
  const rows = [
    row('Possible impact on the people affected', incident.likelyConsequences),
    row('Has any harm already happened?', misuse && misuse !== 'unknown' ? MISUSE_SEEN_WORDS[misuse] : null),
    row(
      'How likely significant consequences are',
      assessment && score
        ? `Our assessment: ${RISK_LEVEL_WORDS[assessment.advice.riskLevel].toLowerCase()} (ENISA severity score ${score.score.toFixed(2)}, ${SEVERITY_BAND_LABELS[score.band]})${scoreGap(assessment)}`
        : null,
    ),
  ];
  if (incident.cyberIncident === 'no') {
    rows.push(statement('Cyber incident questions (systems affected, impact, recovery time)', 'Not applicable: not a cyber incident'));
  } else {
    rows.push(
      row(
        'Cyber incident: which of the confidentiality, integrity and availability of systems were affected',
        incident.cyberIncident === 'yes' ? joined(incident.breachTypes.map((t) => BREACH_TYPE_SHORT[t])) : null,
      ),
      row('Cyber incident: impact on the organisation', incident.cyberImpact === 'not_yet_known' ? null : CYBER_IMPACT_LABELS[incident.cyberImpact]),
      row('Cyber incident: recovery time', incident.cyberRecoveryTime === 'not_yet_known' ? null : RECOVERY_TIME_LABELS[incident.cyberRecoveryTime]),
    );
  }
  return rows;
}

const RECOVERY_WORDS = {
  confirmed: 'Yes: the data was got back or deleted, and this is confirmed',
  attempted: 'We have tried to get it back or have it deleted, but cannot be sure',
  not_contained: 'No',
} as const;

function containment(incident: Incident, assessment: AssessmentVersion | null): DocumentBlock[] {
  const recovered = assessment?.answers.containment;
  const blocks: DocumentBlock[] = [
    block.fields([
      row('Actions taken to contain the breach', incident.containment),
      row('Has the data been recovered?', recovered && recovered !== 'unknown' ? RECOVERY_WORDS[recovered] : null),
      row('Steps to stop it happening again', incident.preventionSteps),
      row('Lessons learned', incident.lessonsLearned),
      statement('Status of the breach', STATUS_LABELS[incident.status]),
    ]),
  ];
  if (incident.actions.length === 0) {
    blocks.push(block.fields([row('Actions planned, with owners and dates', null)]));
  } else {
    blocks.push(
      block.table(
        'Actions planned, with owners and dates',
        [
          { label: 'Action', width: 0.5 },
          { label: 'Who', width: 0.2 },
          { label: 'By', width: 0.16 },
          { label: 'Done', width: 0.14 },
        ],
        incident.actions.map((a) => [
          a.description,
          a.owner || NOT_YET_KNOWN,
          a.dueDate ? formatUkLocalDate(a.dueDate) : NOT_YET_KNOWN,
          a.done ? 'Done' : 'Not yet',
        ]),
      ),
    );
  }
  return blocks;
}

function training(incident: Incident, organisation: Organisation): FieldRow[] {
  const known = <T extends string>(value: T, labels: Record<T, string>) => (value === 'not_yet_known' ? null : labels[value]);
  return [
    row('Do staff get recent data protection training?', known(incident.staffRecentlyTrained, TRAINING_LABELS)),
    row('Had the staff member involved been trained in the last two years?', known(incident.involvedStaffTrained, STAFF_TRAINED_LABELS)),
    row('Staff data protection training, instructions and guidance', organisation.trainingAndGuidance),
  ];
}

function tellingPeople(input: IncidentDocumentInput): DocumentBlock[] {
  const { assessment, timeZone } = input;
  const tellings = input.tellings ?? [];
  const decision = assessment?.decision ?? null;
  let state: string | null;
  if (tellings.length > 0) state = 'Yes: they have been told';
  else if (!decision) state = null;
  else if (decision.tellPeople === 'required') state = 'Not yet: we are planning to tell them';
  else state = 'We have decided not to tell them';
  const rows: FieldRow[] = [
    row('Have the people affected been told?', state),
    row('Our decision on telling them, and why', assessment ? tellingDecisionAnswer(assessment) : null),
  ];
  const blocks: DocumentBlock[] = [block.fields(rows)];
  if (tellings.length > 0) blocks.push(tellingsTable(tellings, timeZone));
  return blocks;
}

export function tellingsTable(tellings: readonly Telling[], timeZone: string): DocumentBlock {
  return block.table(
    'When and how they were told',
    [
      { label: 'When', width: 0.25 },
      { label: 'How', width: 0.2 },
      { label: 'Told by', width: 0.2 },
      { label: 'Note', width: 0.35 },
    ],
    tellings.map((t) => [formatUkDateTime(t.toldAt, timeZone), TELLING_METHOD_LABELS[t.method], t.toldBy, t.note || '—']),
  );
}

function aboutOrganisation(organisation: Organisation): FieldRow[] {
  const reporter = organisation.reporter;
  return [
    row('Organisation name', organisation.name),
    row('Data protection fee registration number', organisation.icoRegistrationNumber),
    row('Sector', organisation.sector),
    row('Size', organisation.size ? ORGANISATION_SIZE_LABELS[organisation.size] : null),
    row('Address', organisation.address),
    row('Reporter’s name', reporter.name),
    row('Reporter’s job title', reporter.role),
    row('Reporter’s email', reporter.email),
    row('Reporter’s phone', reporter.phone),
    row(CONTACT_KIND_LABELS[organisation.contactKind], contactLine(organisation.contact)),
  ];
}

/** Art. 33(5): the decision and the reasons for it, word for word as the assessment gave them. */
export function assessmentAnnex(
  assessment: AssessmentVersion | null,
  outOfDate: string | null,
  timeZone: string,
  level: 2 | 3 = 2,
  title = 'Annex A. Our risk assessment and decision',
): DocumentBlock[] {
  const heading = block.heading(title, level);
  if (!assessment) return [heading, block.fields([row('Risk assessment', null)])];
  const { advice, decision } = assessment;
  const blocks: DocumentBlock[] = [
    heading,
    block.fields([
      statement('Assessment', `Version ${assessment.version}, made on ${formatUkDateTime(assessment.createdAt, timeZone)} by ${assessment.actor}`),
      statement('Breachlog’s advice', `${RISK_LEVEL_WORDS[advice.riskLevel]}. ${REPORT_DECISION_WORDS[advice.reportToIco]}. ${tellDecisionText(advice)}.`),
      statement('Our decision on reporting', REPORT_DECISION_WORDS[decision.reportToIco]),
      statement('Our decision on telling the people affected', tellDecisionText(decision)),
      statement('Does the decision follow the advice?', decision.followsAdvice ? 'Yes' : 'No'),
      statement(
        'Why we decided this',
        decision.justification.trim() || (decision.followsAdvice ? 'The decision follows the advice, for the reasons below' : NOT_YET_KNOWN),
      ),
      ...(outOfDate ? [statement('Still up to date?', `No: ${outOfDate}`)] : []),
    ]),
    block.heading('Reasons for the advice', 3),
    block.list(advice.reasons.map((reason) => `${inFirstPerson(reason.text)} (${REASON_EFFECT_WORDS[reason.effect]}; ${reason.basis})`)),
  ];
  if (advice.toFindOut.length > 0) blocks.push(block.heading('Still to find out', 3), block.list(advice.toFindOut.map(inFirstPerson)));
  return blocks;
}

function submissionsAnnex(submissions: Submission[], unavailable: boolean, timeZone: string): DocumentBlock[] {
  const blocks: DocumentBlock[] = [block.heading('Annex B. Reports sent to the ICO')];
  if (submissions.length === 0) {
    blocks.push(block.paragraph(unavailable ? 'No report to the ICO is recorded for this breach.' : 'No report has been sent to the ICO yet.'));
    return blocks;
  }
  for (const s of submissions) {
    blocks.push(
      block.heading(`${SUBMISSION_KIND_LABELS[s.kind]}, ${formatUkDateTime(s.submittedAt, timeZone)}`, 3),
      block.fields([
        statement('How', SUBMISSION_CHANNEL_LABELS[s.channel]),
        row('ICO case reference', s.icoCaseReference),
        statement('Sent after the 72-hour deadline?', s.late ? 'Yes' : 'No'),
        ...(s.late ? [row('Reasons for the delay', s.lateReason)] : []),
        row('What was sent', s.whatWasSent),
        statement('Recorded by', `${s.recordedBy}, ${formatUkDateTime(s.recordedAt, timeZone)}`),
      ]),
    );
  }
  return blocks;
}

function reportChecks(blocks: DocumentBlock[], organisation: Organisation, assessment: AssessmentVersion | null, outOfDate: string | null): string[] {
  const checks: string[] = [];
  if (organisation.name.trim() === '') checks.push('Your organisation’s details are missing: add them under Organisation details, and every document will use them.');
  if (!assessment) checks.push('The risk has not been assessed yet, so the report cannot say whether it meets the threshold.');
  if (outOfDate) checks.push(`The risk assessment is out of date: ${outOfDate}`);
  const unknownQuestions = blocks.flatMap((b) => (b.kind === 'fields' ? b.rows.filter((r) => r.unknown).map((r) => r.label) : []));
  const unknown = unknownQuestions.length;
  if (unknown > 0) {
    checks.push(
      `${unknown} ${unknown === 1 ? 'answer is' : 'answers are'} not yet known: each reads “${NOT_YET_KNOWN}” below. Fill in the record where you can, and send the rest to the ICO as a follow-up. Still to answer: ${unknownQuestions.map((q) => q.replace(/\?$/, '')).join('; ')}.`,
    );
  }
  return checks;
}
