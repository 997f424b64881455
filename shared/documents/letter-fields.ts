import { z } from 'zod';
import type { Cause } from '../incident-fields';
import { DATA_CATEGORY_LABELS } from '../labels';
import { formatUkDate } from '../uk-time';
import { listInWords } from '../assessment/reasons';
import type { IncidentDocumentInput } from './incident-document-input';

/**
 * The letter's own words, kept apart from the record: the record is written for staff (it may
 * name another client, count "the 40 customers", or list writing to them as a step to come), so
 * the letter is prefilled from the record's closed-list facts in the second person and then
 * edited and saved on its own, without touching the ICO report.
 */

const letterText = (max: number) => z.string().max(max, `Keep this under ${max} characters`);

export const letterFieldsSchema = z
  .object({
    /** The recipient's name and postal address, one line each, for the envelope's window. */
    recipient: letterText(400).refine((text) => text.split('\n').length <= 7, 'Use at most 7 lines, as the envelope window holds'),
    greeting: letterText(200),
    whatHappened: letterText(5000),
    informationInvolved: letterText(5000),
    whatItMeans: letterText(5000),
    whatWeHaveDone: letterText(5000),
    whatYouCanDo: letterText(5000),
    whoToContact: letterText(5000),
  })
  .strict();
export type LetterFields = z.infer<typeof letterFieldsSchema>;

export const LETTER_FIELD_LABELS: Record<keyof LetterFields, string> = {
  recipient: 'Recipient’s name and address',
  greeting: 'Greeting',
  whatHappened: 'What happened',
  informationInvolved: 'What information was involved',
  whatItMeans: 'What this could mean for you',
  whatWeHaveDone: 'What we have done',
  whatYouCanDo: 'What you can do to protect yourself',
  whoToContact: 'Who to contact',
};

/** What happened, told to the person: from the cause alone, never the staff's own account. */
const CAUSE_WORDS: Record<Cause, string> = {
  sent_to_wrong_recipient: 'some of your personal information was sent by mistake to someone who should not have received it',
  impersonation: 'someone pretending to be someone else obtained some of your personal information from us',
  lost_or_stolen: 'some of your personal information was lost or stolen',
  cyber_attack: 'our computer systems were attacked, and some of your personal information was affected',
  unauthorised_access: 'some of your personal information was seen or used by someone who was not allowed to',
  system_failure: 'a fault in our systems affected some of your personal information',
  insecure_disposal: 'some of your personal information was thrown away without being destroyed securely',
  other: 'something went wrong that affected some of your personal information',
  not_yet_known: 'something went wrong that affected some of your personal information',
};

/** Practical advice for each kind of data; the general advice comes first, whatever the data. */
const ADVICE: Partial<Record<string, string>> = {
  identification_data:
    'Change the password for the account concerned, and anywhere else you use the same password. Turn on two-step verification wherever it is offered.',
  financial:
    'Check your bank and card statements for payments you do not recognise, and tell your bank straight away if you see any.',
  official_documents:
    'Your identity documents could be used to apply for credit in your name. You can check your credit file free of charge with a credit reference agency.',
  location: 'If you are worried about your safety because of this, contact us straight away. If you are in danger, call 999.',
  health: 'If this has caused you distress, you can talk to us in confidence using the contact details below.',
};

const GENERAL_ADVICE = [
  'Be wary of unexpected emails, texts or phone calls that mention this incident or ask for personal or financial details. We will never ask for your password or bank details by email or phone.',
  'If you think someone has used your details to commit fraud, report it to Action Fraud on 0300 123 2040 (in Scotland, to Police Scotland on 101).',
];

/**
 * The letter as first offered: second person throughout, from closed-list facts and dates only.
 * The record's free text (what happened, containment, actions) is staff-facing and is not copied:
 * it can name other people and speaks of the recipients in the third person.
 */
export function prefillLetter(input: IncidentDocumentInput): LetterFields {
  const { incident, timeZone } = input;
  const when = incident.discoveredAt ? ` On ${formatUkDate(new Date(incident.discoveredAt), timeZone)} we found out that` : ' We have found out that';
  const categories = incident.dataCategories
    .filter((c) => c !== 'not_yet_known' && c !== 'other')
    .map((c) => DATA_CATEGORY_LABELS[c].toLowerCase());
  const done = incident.actions.filter((a) => a.done).length;
  const weHaveDone = [
    incident.containment.trim() ? 'As soon as we found out, we acted to stop it going any further.' : 'We are acting to stop this going any further.',
    done > 0 ? `We have taken ${done === 1 ? 'a further step' : 'further steps'} to put things right and to stop it happening again.` : '',
    incident.reportedAt ? 'We have reported it to the Information Commissioner’s Office (ICO), the UK’s data protection regulator.' : '',
  ].filter(Boolean);
  return {
    recipient: '',
    greeting: 'Dear [name],',
    whatHappened: `We are writing to tell you about a problem that affects your personal information, and we are sorry that it has happened.${when} ${CAUSE_WORDS[incident.cause]}.`,
    informationInvolved:
      categories.length > 0
        ? `The information about you that was involved was: ${listInWords(categories)}.`
        : 'We are still finding out exactly which information about you was involved, and we will tell you when we know.',
    whatItMeans:
      'We do not know of anyone having misused your information. We are telling you so that you can watch out for anything unusual and take the steps below if you wish.',
    whatWeHaveDone: weHaveDone.join(' '),
    whatYouCanDo: [...GENERAL_ADVICE, ...incident.dataCategories.flatMap((c) => (ADVICE[c] ? [ADVICE[c]] : []))].join('\n'),
    whoToContact: `If you have any questions, or are worried about what this means for you, please contact ${contactText(input) ?? '[name and contact details of the person to contact]'}.`,
  };
}

export function contactText({ organisation }: IncidentDocumentInput): string | null {
  const c = organisation.contact;
  const role = organisation.contactKind === 'dpo' ? 'our data protection officer' : 'our contact for data protection';
  // "our data protection officer, Name," without repeating a job title that says the same.
  const jobTitle = c.role.trim().toLowerCase() === role.replace(/^our /, '') ? '' : c.role.trim();
  const who = [c.name.trim(), jobTitle].filter(Boolean).join(', ');
  const how = [c.email.trim() ? `by email at ${c.email.trim()}` : '', c.phone.trim() ? `by phone on ${c.phone.trim()}` : ''].filter(Boolean);
  if (!who && how.length === 0) return null;
  return `${role}${who ? `, ${who},` : ''}${how.length > 0 ? ` ${how.join(' or ')}` : ''}`.replace(/,$/, '');
}
