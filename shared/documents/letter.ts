import type { DataCategory } from '../incident-fields';
import { DATA_CATEGORY_LABELS } from '../labels';
import { formatUkDate, formatUkDateTime } from '../uk-time';
import { listInWords } from '../assessment/reasons';
import type { DocumentBlock, DocumentModel } from './document-model';
import { block } from './document-model';
import { fileDate } from './document-words';
import type { IncidentDocumentInput } from './incident-document-input';

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
  contact: '[name and contact details of the person to contact]',
};

/** Practical advice for each kind of data; the general advice comes first, whatever the data. */
const ADVICE: Partial<Record<DataCategory, string>> = {
  identification_data:
    'Change the password for the account concerned, and anywhere else you use the same password. Turn on two-step verification wherever it is offered.',
  financial:
    'Check your bank and card statements for payments you do not recognise, and tell your bank straight away if you see any. You can also ask your bank about extra protection for your account.',
  official_documents:
    'Your identity documents could be used to apply for credit in your name. You can check your credit file free of charge with a credit reference agency, and look out for applications you did not make.',
  location:
    'If you are worried about your safety because of this, contact us straight away using the details below. If you are in danger, call 999.',
  health: 'If this has caused you distress, you can talk to us in confidence using the contact details below.',
};

const GENERAL_ADVICE = [
  'Be wary of unexpected emails, texts or phone calls that mention this incident or ask for personal or financial details. We will never ask for your password or bank details by email or phone.',
  'If you think someone has used your details to commit fraud, report it to Action Fraud on 0300 123 2040 (in Scotland, to Police Scotland on 101).',
];

export function letterDocument(input: IncidentDocumentInput): DocumentModel {
  const { incident, organisation, now, timeZone } = input;
  const name = organisation.name.trim() || PLACEHOLDER.organisation;
  const contact = organisation.contact;
  const checks: string[] = [
    'This letter is written from the breach record. Read it through as the person receiving it would, and change anything written for staff rather than for them — and make sure it names no one else who was affected.',
    'Fill in the greeting: the register does not keep the names of the people affected.',
  ];
  if (organisation.name.trim() === '') checks.push('Your organisation’s name is missing: add it under Organisation details.');
  if (contact.name.trim() === '' && contact.email.trim() === '' && contact.phone.trim() === '') {
    checks.push('The letter must give a contact point (Art. 34(2)): add one under Organisation details.');
  }
  if (input.assessment && input.assessment.decision.tellPeople !== 'required') {
    checks.push('Your risk assessment says the people affected need not be told individually. You can still send this letter if you choose.');
  }

  const blocks: DocumentBlock[] = [
    block.paragraph([name, organisation.address.trim()].filter(Boolean).join('\n'), 'normal', 'right'),
    block.paragraph(formatUkDate(now, timeZone), 'normal', 'right'),
    block.paragraph('Dear [name],'),
    block.title('A data breach involving your personal information'),
    block.paragraph(
      'We are writing to tell you about a problem that affects your personal information. We are sorry that this has happened. ' +
        'This letter explains what happened, what it could mean for you, what we have done about it, and what you can do.',
    ),
    block.heading(LETTER_HEADINGS[0]),
    block.paragraph(incident.whatHappened.trim() || 'We are still finding out exactly what happened, and we will write to you again when we know more.'),
  ];
  const timing = whenItHappened(input);
  if (timing) blocks.push(block.paragraph(timing));

  const categories = incident.dataCategories.filter((c) => c !== 'not_yet_known' && c !== 'other').map((c) => DATA_CATEGORY_LABELS[c].toLowerCase());
  if (incident.dataCategoriesOther.trim()) categories.push(incident.dataCategoriesOther.trim());
  blocks.push(
    block.heading(LETTER_HEADINGS[1]),
    block.paragraph(
      categories.length > 0
        ? `The information involved was: ${listInWords(categories)}.${incident.dataCategories.includes('not_yet_known') ? ' We are still checking whether anything else was involved.' : ''}`
        : 'We are still finding out exactly which information was involved, and we will tell you when we know.',
    ),
    block.heading(LETTER_HEADINGS[2]),
    block.paragraph(
      incident.likelyConsequences.trim() ||
        'We do not yet know of any particular way this could affect you. We will tell you straight away if we find that it could.',
    ),
    block.heading(LETTER_HEADINGS[3]),
    ...whatWeHaveDone(input),
    block.heading(LETTER_HEADINGS[4]),
    block.list([...GENERAL_ADVICE, ...incident.dataCategories.flatMap((c) => (ADVICE[c] ? [ADVICE[c]] : []))]),
    block.heading(LETTER_HEADINGS[5]),
    block.paragraph(
      `If you have any questions, or are worried about what this means for you, please contact ${contactText(input) ?? PLACEHOLDER.contact}.`,
    ),
    block.paragraph(
      'You also have the right to complain to the Information Commissioner’s Office (ICO), the UK’s data protection regulator: ico.org.uk/make-a-complaint, or call its helpline on 0303 123 1113.',
    ),
    block.paragraph('We are sorry for the worry this may cause you.'),
    block.paragraph(['Yours sincerely,', '', '', contact.name.trim() || '[name]', contact.role.trim(), name].filter((line, i) => i < 3 || line !== '').join('\n')),
  );

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

function whenItHappened({ incident, timeZone }: IncidentDocumentInput): string | null {
  const happened =
    incident.occurred.kind === 'at'
      ? `It happened on ${formatUkDateTime(incident.occurred.at, timeZone)}`
      : incident.occurred.kind === 'between'
        ? `It happened between ${formatUkDateTime(incident.occurred.from, timeZone)} and ${formatUkDateTime(incident.occurred.to, timeZone)}`
        : null;
  const found = incident.discoveredAt ? `we found out on ${formatUkDateTime(incident.discoveredAt, timeZone)}` : null;
  if (happened && found) return `${happened}, and ${found}.`;
  if (happened) return `${happened}.`;
  if (found) return `We found out on ${formatUkDateTime(incident.discoveredAt ?? '', timeZone)}.`;
  return null;
}

function whatWeHaveDone({ incident }: IncidentDocumentInput): DocumentBlock[] {
  const done = incident.actions.filter((a) => a.done).map((a) => a.description);
  const planned = incident.actions.filter((a) => !a.done).map((a) => a.description);
  const blocks: DocumentBlock[] = [];
  if (incident.containment.trim()) blocks.push(block.paragraph(incident.containment.trim()));
  if (done.length > 0) blocks.push(block.paragraph('Steps we have taken:'), block.list(done));
  if (incident.preventionSteps.trim()) blocks.push(block.paragraph(`To stop this happening again: ${incident.preventionSteps.trim()}`));
  if (planned.length > 0) blocks.push(block.paragraph('Steps still to come:'), block.list(planned));
  if (blocks.length === 0) {
    blocks.push(block.paragraph('We will write to you again to tell you what we are doing about it.'));
  }
  return blocks;
}

function contactText({ organisation }: IncidentDocumentInput): string | null {
  const c = organisation.contact;
  const role = organisation.contactKind === 'dpo' ? 'our data protection officer' : 'our contact for data protection';
  // "our data protection officer, Name," without repeating a job title that says the same.
  const jobTitle = c.role.trim().toLowerCase() === role.replace(/^our /, '') ? '' : c.role.trim();
  const who = [c.name.trim(), jobTitle].filter(Boolean).join(', ');
  const how = [c.email.trim() ? `by email at ${c.email.trim()}` : '', c.phone.trim() ? `by phone on ${c.phone.trim()}` : ''].filter(Boolean);
  if (!who && how.length === 0) return null;
  return `${role}${who ? `, ${who},` : ''}${how.length > 0 ? ` ${how.join(' or ')}` : ''}`.replace(/,$/, '');
}
