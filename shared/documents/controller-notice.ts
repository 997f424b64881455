import { BREACH_TYPE_SHORT, CAUSE_LABELS, DATA_CATEGORY_LABELS, PEOPLE_CATEGORY_LABELS } from '../labels';
import type { Regime } from '../regimes';
import { formatUkDate } from '../uk-time';
import { describeCount, describeInstant, describeOccurrence, NOT_YET_KNOWN, textOrNotKnown } from './describe-incident';
import type { DocumentBlock, DocumentModel } from './document-model';
import { block } from './document-model';
import { contactLine, fileDate, generatedLine, joined, organisationLabel, row, tickedLabels, withFingerprint } from './document-words';
import type { IncidentDocumentInput } from './incident-document-input';

/**
 * A processor's notice to its controller (UK GDPR Art. 33(2)): without undue delay, what the
 * controller needs to make its own decision and, if it reports, its Art. 33(3) report: what
 * happened, when it happened and was found, the data and people affected, the likely
 * consequences, the measures taken or proposed, and whom to contact. Contracts (Art. 28(3)(f))
 * usually ask for the same facts; unknown facts are marked to follow, in phases (Art. 33(4)).
 */

export const CONTROLLER_NOTICE_HEADINGS = [
  'What happened',
  'When it happened and when we found it',
  'The personal data and people affected',
  'Likely consequences',
  'What we have done and will do',
  'Who to contact',
  'What happens next',
] as const;

export interface ControllerNoticeInput extends IncidentDocumentInput {
  regime: Regime;
}

export function controllerNoticeDocument(input: ControllerNoticeInput): DocumentModel {
  const { incident, organisation, now, timeZone, regime } = input;
  const processor = organisationLabel(organisation);
  const controller = incident.controllerName.trim();
  const checks: string[] = [
    'Check the notice against your contract with the controller: it may set a shorter time or ask for more.',
    'Do not add the personal data itself (names of the people affected): the controller can ask for it through a secure channel.',
  ];
  if (controller === '') checks.push('Name the controller to tell in the record (Our role), so the notice is addressed to them.');
  if (incident.controllerContact.trim() === '') checks.push('Add the controller’s contact details in the record, so you know where to send the notice.');
  if (contactLine(organisation.contact) === null) checks.push('Add a contact point under Organisation details: the controller needs someone to ask.');

  const actions = incident.actions.map((action) => `${action.description}${action.done ? ' (done)' : ''}`);
  const blocks: DocumentBlock[] = [
    block.title('Notice of a personal data breach to the controller', `${regime.processorCitation} · ${incident.reference}`),
    block.fields([
      row('To (controller)', controller),
      row('Controller’s contact', incident.controllerContact),
      row('From (processor)', organisation.name),
      row('Our reference', incident.reference),
      row('Date of this notice', formatUkDate(now, timeZone)),
    ]),
    block.paragraph(
      `We process personal data for you, and we have become aware of a personal data breach affecting it. We are telling you without undue delay, as ${regime.processorCitation} requires, so that you can assess it and decide whether to report it to ${regime.authority} and to tell the people affected. Where a fact is not yet known we say so; we will send it as soon as we have it.`,
    ),
    block.heading(CONTROLLER_NOTICE_HEADINGS[0]),
    block.fields([
      row('Title', incident.title),
      row('Description', incident.whatHappened),
      row('Cause', incident.cause === 'not_yet_known' ? null : CAUSE_LABELS[incident.cause]),
      row('More about the cause', incident.causeDetail),
      row('Type of breach', joined(incident.breachTypes.map((t) => BREACH_TYPE_SHORT[t]), ', ')),
      row('How we found out', incident.howDiscovered),
    ]),
    block.heading(CONTROLLER_NOTICE_HEADINGS[1]),
    block.fields([
      row('When it happened', describeOccurrence(incident.occurred, timeZone)),
      row('When we discovered it', describeInstant(incident.discoveredAt, timeZone)),
      row('When we became aware it compromised your data', describeInstant(incident.awareAt, timeZone)),
    ]),
    block.heading(CONTROLLER_NOTICE_HEADINGS[2]),
    block.fields([
      row('Kinds of personal data', tickedLabels(incident.dataCategories, DATA_CATEGORY_LABELS, incident.dataCategoriesOther)),
      row('Approximate number of people', describeCount(incident.peopleCount)),
      row('Approximate number of records', describeCount(incident.recordsCount)),
      row('Groups of people', tickedLabels(incident.peopleCategories, PEOPLE_CATEGORY_LABELS, incident.peopleCategoriesOther)),
    ]),
    block.heading(CONTROLLER_NOTICE_HEADINGS[3]),
    block.paragraph(textOrNotKnown(incident.likelyConsequences)),
    block.heading(CONTROLLER_NOTICE_HEADINGS[4]),
    block.fields([
      row('Containment and recovery', incident.containment),
      row('Actions', joined(actions)),
      row('Steps to stop it happening again', incident.preventionSteps),
    ]),
    block.heading(CONTROLLER_NOTICE_HEADINGS[5]),
    block.fields([row('Contact point at the processor', contactLine(organisation.contact)), row('Address', organisation.address)]),
    block.heading(CONTROLLER_NOTICE_HEADINGS[6]),
    block.paragraph(
      `${regime.reportRule} (${regime.reportCitation}). As the controller, that decision is yours, and your ${regime.reportDeadlineHours} hours normally run from when you receive this notice. We will help with anything you need for it, and send further details in phases as we learn them.`,
    ),
  ];

  return {
    kind: 'controller-notice',
    metadata: { title: `Notice of a personal data breach: ${incident.reference}`, author: processor, subject: `Breach notice to ${controller || 'the controller'}` },
    header: { left: processor, right: `${incident.reference} · Notice to the controller` },
    footer: withFingerprint(generatedLine(now, timeZone), input.registerFingerprint),
    blocks,
    fileName: `${incident.reference} notice to the controller ${fileDate(now, timeZone)}`,
    checks: checks.concat(blocks.some((b) => b.kind === 'fields' && b.rows.some((r) => r.unknown)) ? [`Some facts say “${NOT_YET_KNOWN}”: send what you know now rather than wait.`] : []),
  };
}
