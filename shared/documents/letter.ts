import { formatUkDate } from '../uk-time';
import type { DocumentBlock, DocumentModel } from './document-model';
import { block } from './document-model';
import { fileDate } from './document-words';
import type { IncidentDocumentInput } from './incident-document-input';
import type { LetterFields } from './letter-fields';
import { prefillLetter } from './letter-fields';

/**
 * The letter to the people affected (UK GDPR Art. 34(2)): what happened, the contact point,
 * the likely consequences, what the organisation has done, and what the person can do — in
 * calm, plain words, as its own message. The register holds no names of the people affected,
 * so the greeting is left for the sender to fill in. Where a fact is not known yet the letter
 * says so plainly and promises to write again, rather than leaving a gap.
 */

export const LETTER_HEADINGS = [
  'What happened',
  'What information was involved',
  'What this could mean for you',
  'What we have done',
  'What you can do to protect yourself',
  'Who to contact',
] as const;

const PLACEHOLDER = {
  organisation: '[your organisation’s name]',
};

export function letterDocument(input: IncidentDocumentInput, fields: LetterFields = prefillLetter(input)): DocumentModel {
  const { organisation, now, timeZone } = input;
  const name = organisation.name.trim() || PLACEHOLDER.organisation;
  const contact = organisation.contact;
  const checks: string[] = [
    'Read the letter through as the person receiving it would, and make sure it names no one else who was affected. Edit it with “Edit the letter”: your changes are kept with the breach and do not change the ICO report.',
  ];
  if (fields.recipient.trim() === '') checks.push('Add the recipient’s name and address so it shows in the envelope window.');
  if (fields.greeting.includes('[name]')) checks.push('Fill in the greeting: the register does not keep the names of the people affected.');
  if (organisation.name.trim() === '') checks.push('Your organisation’s name is missing: add it under Organisation details.');
  if (contact.name.trim() === '' && contact.email.trim() === '' && contact.phone.trim() === '') {
    checks.push('The letter must give a contact point (Art. 34(2)): add one under Organisation details.');
  }
  if (input.assessment && input.assessment.decision.tellPeople !== 'required') {
    checks.push('Your risk assessment says the people affected need not be told individually. You can still send this letter if you choose.');
  }
  const section = (index: number, text: string): DocumentBlock[] => (text.trim() ? [block.heading(LETTER_HEADINGS[index] ?? ''), ...paragraphs(text)] : []);

  const blocks: DocumentBlock[] = [
    block.paragraph([name, organisation.address.trim()].filter(Boolean).join('\n'), 'normal', 'right'),
    block.address(fields.recipient.split('\n').map((line) => line.trim()).filter(Boolean)),
    block.paragraph(formatUkDate(now, timeZone), 'normal', 'right'),
    ...(fields.greeting.trim() ? [block.paragraph(fields.greeting.trim())] : []),
    block.title('A data breach involving your personal information'),
    ...section(0, fields.whatHappened),
    ...section(1, fields.informationInvolved),
    ...section(2, fields.whatItMeans),
    ...section(3, fields.whatWeHaveDone),
    ...(fields.whatYouCanDo.trim() ? [block.heading(LETTER_HEADINGS[4]), block.list(fields.whatYouCanDo.split('\n').map((l) => l.trim()).filter(Boolean))] : []),
    ...section(5, fields.whoToContact),
    block.paragraph(
      'You also have the right to complain to the Information Commissioner’s Office (ICO), the UK’s data protection regulator: ico.org.uk/make-a-complaint, or call its helpline on 0303 123 1113.',
    ),
    block.paragraph('We are sorry for the worry this may cause you.'),
    block.paragraph(['Yours sincerely,', '', '', contact.name.trim() || '[name]', contact.role.trim(), name].filter((line, i) => i < 3 || line !== '').join('\n')),
  ];
  const { incident } = input;

  return {
    kind: 'letter',
    metadata: {
      title: `${incident.reference} letter to the people affected`,
      author: organisation.name.trim() || 'Breachlog',
      subject: 'A data breach involving your personal information',
    },
    header: null,
    footer: null,
    blocks,
    fileName: `${incident.reference} letter to the people affected ${fileDate(now, timeZone)}`,
    checks,
  };
}

/** Blank lines split a field into paragraphs. */
function paragraphs(text: string): DocumentBlock[] {
  return text.split(/\n\s*\n/).map((part) => part.trim()).filter(Boolean).map((part) => block.paragraph(part));
}
