import type { AssessmentAnswers, QuestionId, Unknown } from './answers';
import { assessmentAnswersSchema } from './answers';

/**
 * The risk-assessment wizard, one question per screen, in British English for someone
 * who is not a data protection expert and may be under stress. Every question offers
 * "I don't know yet". Values come from the answer schema, so a label can't go missing.
 */

/** A question's option values: the element type for tick-all questions. */
export type OptionValue<K extends QuestionId> = Extract<
  AssessmentAnswers[K] extends readonly (infer V)[] ? V : AssessmentAnswers[K],
  string
>;

export interface AnswerOption<V extends string = string> {
  value: V;
  label: string;
  /** A short example or clarification shown under the label. */
  hint?: string;
}

export interface Question<K extends QuestionId = QuestionId> {
  id: K;
  section: 'what_happened' | 'the_data' | 'the_people' | 'since_then' | 'telling_people';
  /** 'choose_one' is a radio group; 'choose_any' is a set of tick boxes. */
  kind: 'choose_one' | 'choose_any';
  text: string;
  /** Shown under the question to make it concrete. */
  example: string;
  options: readonly AnswerOption<OptionValue<K>>[];
  /** For 'choose_any' questions where ticking nothing is a valid answer: how to say so. */
  noneLabel?: string;
  /** Skip the question unless an earlier answer allows it (the engine then ignores it). */
  askOnlyIf?: { questionId: QuestionId; answerIsNot: readonly string[] };
}

/** Any one question, with its options typed to its own values. */
export type AnyQuestion = { [K in QuestionId]: Question<K> }[QuestionId];

type Label = string | { label: string; hint: string };
type Labels<K extends QuestionId> = Record<OptionValue<K>, Label>;

const DONT_KNOW = "I don’t know yet";

/** Options in the schema's order (least to most serious), each with its label. */
function optionsFor<K extends QuestionId>(id: K, labels: Labels<K>): AnswerOption<OptionValue<K>>[] {
  const field = assessmentAnswersSchema.shape[id];
  // The schema is the single source of the values; TS can't link a field to its id here.
  const values = ('element' in field ? field.element.options : field.options) as unknown as readonly OptionValue<K>[];
  return values.map((value) => {
    const label: Label = labels[value];
    return typeof label === 'string' ? { value, label } : { value, label: label.label, hint: label.hint };
  });
}

const unknownLabel = { unknown: DONT_KNOW } satisfies Record<Unknown, string>;

export const QUESTIONS: readonly AnyQuestion[] = [
  {
    id: 'disclosure',
    section: 'what_happened',
    kind: 'choose_one',
    text: 'Could anyone who should not have the personal data have seen it or taken a copy?',
    example: 'An email sent to the wrong person, a stolen laptop or a hacked mailbox all mean yes.',
    options: optionsFor('disclosure', {
      no: 'No, nobody else could have seen it',
      one_trusted_recipient: {
        label: 'Yes, one known recipient we trust',
        hint: 'For example, another professional or a partner organisation that will keep it confidential',
      },
      few_known_recipients: {
        label: 'Yes, a few people we know and can contact',
        hint: "For example, a customer received someone else’s letter",
      },
      many_or_unknown_recipients: {
        label: "Yes, many people, or people we don’t know",
        hint: 'For example, a large mailing list, a lost bag or laptop, or a hacked system',
      },
      public: { label: 'Yes, it was made public', hint: 'For example, posted online or on social media' },
      ...unknownLabel,
    }),
  },
  {
    id: 'alteration',
    section: 'what_happened',
    kind: 'choose_one',
    text: 'Was any personal data changed or corrupted without permission?',
    example: "Someone pretending to be a customer changed the customer’s email address on your system.",
    options: optionsFor('alteration', {
      no: 'No',
      put_right: {
        label: 'Yes, but it has been put right',
        hint: 'For example, restored from a backup or corrected from the paper file',
      },
      not_put_right: 'Yes, and it has not been put right yet',
      ...unknownLabel,
    }),
  },
  {
    id: 'unavailability',
    section: 'what_happened',
    kind: 'choose_one',
    text: 'Was any personal data lost, deleted or unusable for a time? If so, for how long?',
    example:
      'Ransomware locked your files, or a power cut stopped staff reaching customer records. Count the time until the data is back.',
    options: optionsFor('unavailability', {
      no: 'No',
      minutes: 'Yes, for minutes',
      hours: { label: 'Yes, for hours but less than a day', hint: 'For example, restored from a backup the same day' },
      days: 'Yes, for more than a day',
      permanent: { label: 'Yes, lost for good', hint: 'There is no backup and it cannot be rebuilt' },
      ...unknownLabel,
    }),
  },
  {
    id: 'unavailabilityEffect',
    section: 'what_happened',
    kind: 'choose_one',
    text: 'What did losing access to the data delay or stop?',
    example: "Deliveries went out late, or a surgery could not see patients’ records during appointments.",
    askOnlyIf: { questionId: 'unavailability', answerIsNot: ['no'] },
    options: optionsFor('unavailabilityEffect', {
      nothing_noticeable: 'Nothing noticeable',
      inconvenience: { label: 'Minor inconvenience', hint: 'People had to wait a little or call back' },
      delays: {
        label: 'Services people rely on were delayed',
        hint: 'For example, deliveries, appointments, replies or refunds',
      },
      harm: {
        label: "People’s care, safety, income or rights were affected",
        hint: 'For example, treatment delayed, wages or benefits not paid, or a legal deadline missed',
      },
      ...unknownLabel,
    }),
  },
  {
    id: 'cause',
    section: 'what_happened',
    kind: 'choose_one',
    text: 'Was it an accident, or did someone do it deliberately?',
    example: 'An email to the wrong address is an accident; a stolen laptop, a hacker or a scam phone call is deliberate.',
    options: optionsFor('cause', {
      accidental: 'An accident or a fault',
      malicious: {
        label: 'Someone did it deliberately',
        hint: 'For example, theft, hacking, a scam, or a staff member misusing their access',
      },
      ...unknownLabel,
    }),
  },
  {
    id: 'dataCategories',
    section: 'the_data',
    kind: 'choose_any',
    text: 'What kinds of personal data were involved? Tick all that apply.',
    example: 'A payroll file usually holds names, addresses, bank details and National Insurance numbers.',
    options: optionsFor('dataCategories', {
      basic_identifiers: {
        label: 'Names and contact details',
        hint: 'Names, addresses, email addresses, phone numbers, dates of birth',
      },
      location: { label: 'Location data', hint: 'Where someone is or has been, for example from a phone or vehicle tracker' },
      behavioural: { label: 'What people bought, viewed or did', hint: 'For example, purchase history or attendance records' },
      financial: { label: 'Financial details', hint: 'Bank details, card numbers, salaries or debts' },
      identity_documents: {
        label: 'Identity documents or numbers',
        hint: 'Passports, driving licences or National Insurance numbers',
      },
      credentials: { label: 'Usernames and passwords', hint: 'Or PINs and answers to security questions' },
      special_health: { label: 'Health', hint: 'Physical or mental health, disabilities, medical records' },
      special_ethnicity: 'Racial or ethnic origin',
      special_religion: 'Religious or philosophical beliefs',
      special_politics: 'Political opinions',
      special_trade_union: 'Trade union membership',
      special_sex_life_orientation: 'Sex life or sexual orientation',
      special_genetic: 'Genetic data',
      special_biometric: { label: 'Biometric data', hint: 'Fingerprints or face scans used to identify someone' },
      criminal_offence: {
        label: 'Criminal offences or convictions',
        hint: 'Including allegations and criminal record (DBS) check results',
      },
      other: 'Something else',
      unknown: { label: 'Not known yet', hint: 'There may be more than you have ticked' },
    }),
  },
  {
    id: 'harmSeverity',
    section: 'the_data',
    kind: 'choose_one',
    text: 'If the wrong people used this data, how badly could it affect the people it is about?',
    example:
      "‘Lactose intolerant’ on a course list is hardly harmful; a diagnosis or bank details could do significant harm; the new address of someone escaping domestic violence could do severe harm.",
    options: optionsFor('harmSeverity', {
      minimal: { label: 'Hardly at all', hint: 'Ordinary details, or a trivial detail such as a food preference' },
      upset: {
        label: 'Upset or annoyance',
        hint: 'Details they would rather keep private, or more spam and nuisance calls',
      },
      significant: {
        label: 'Significant harm',
        hint: 'Embarrassment, discrimination, fraud, money lost, damage to reputation, or a breach of professional confidence',
      },
      severe: {
        label: 'Severe or lasting harm',
        hint: 'Physical danger, identity theft, losing a job or home, or serious lasting distress',
      },
      ...unknownLabel,
    }),
  },
  {
    id: 'identifiability',
    section: 'the_data',
    kind: 'choose_one',
    text: 'How easily could someone tell who the people are from the data?',
    example:
      'A list with names is easy; a spreadsheet with only customer numbers needs other information; scrambled codes are hard.',
    options: optionsFor('identifiability', {
      hardly: { label: 'Only with great difficulty', hint: 'For example, pseudonymised or partial data' },
      with_other_information: {
        label: 'Only with other information',
        hint: 'For example, customer numbers, or initials and a town',
      },
      easily: { label: 'Easily', hint: 'Names, photos, email addresses or ID numbers are there' },
      ...unknownLabel,
    }),
  },
  {
    id: 'peopleCount',
    section: 'the_people',
    kind: 'choose_one',
    text: 'Roughly how many people is the data about?',
    example: 'Count the people the data is about, not the files or the recipients. A careful estimate is fine.',
    options: optionsFor('peopleCount', {
      one: 'One person',
      up_to_10: '2 to 10 people',
      up_to_100: '11 to 100 people',
      up_to_1000: '101 to 1,000 people',
      over_1000: 'More than 1,000 people',
      ...unknownLabel,
    }),
  },
  {
    id: 'vulnerablePeople',
    section: 'the_people',
    kind: 'choose_any',
    text: 'Are any of the people children, vulnerable adults or patients? Tick all that apply.',
    example: 'Pupils at a school, residents of a care home, or clients of a counselling service.',
    noneLabel: 'None of these',
    options: optionsFor('vulnerablePeople', {
      children: 'Children (under 18)',
      vulnerable_adults: { label: 'Vulnerable adults', hint: 'For example, people in care or at risk of abuse' },
      patients: { label: 'Patients', hint: 'Or clients receiving care, counselling or therapy' },
      ...unknownLabel,
    }),
  },
  {
    id: 'protection',
    section: 'since_then',
    kind: 'choose_one',
    text: 'Was the data protected so that whoever has it cannot read it?',
    example: 'A laptop with BitLocker or FileVault switched on, or an encrypted USB stick, with the password kept separately.',
    askOnlyIf: { questionId: 'disclosure', answerIsNot: ['no'] },
    options: optionsFor('protection', {
      strong_encryption: {
        label: 'Yes, strongly encrypted, and the password or key is safe',
        hint: 'Encrypted to a current standard, and the password was not with it or exposed',
      },
      weak_protection: {
        label: 'Only weakly, or the password may be known',
        hint: 'For example, an old password-protected file, or the password was written on the device',
      },
      none: { label: 'No, it can be read', hint: 'Paper, an ordinary email or an unencrypted file' },
      ...unknownLabel,
    }),
  },
  {
    id: 'containment',
    section: 'since_then',
    kind: 'choose_one',
    text: 'Has the data been got back or deleted before anyone could misuse it?',
    example: 'The person who got the email by mistake has confirmed in writing that they deleted it without sharing it.',
    askOnlyIf: { questionId: 'disclosure', answerIsNot: ['no'] },
    options: optionsFor('containment', {
      confirmed: {
        label: 'Yes, and it is confirmed',
        hint: 'The recipient confirmed deletion, or the lost item came back unopened',
      },
      attempted: {
        label: 'We have tried, but cannot be sure',
        hint: 'For example, we recalled the email or asked for deletion and have had no reply',
      },
      not_contained: 'No, or it is too late',
      ...unknownLabel,
    }),
  },
  {
    id: 'misuseSeen',
    section: 'since_then',
    kind: 'choose_one',
    text: 'Is there any sign the data has already been misused?',
    example: 'Customers report scam emails that quote their order details, or the data has appeared online.',
    options: optionsFor('misuseSeen', {
      no_sign_so_far: 'No sign so far',
      seen: { label: 'Yes', hint: 'For example, scam emails, fraud attempts or the data posted online' },
      unknown: { label: DONT_KNOW, hint: 'We have not been able to check' },
    }),
  },
  {
    id: 'contactEffort',
    section: 'telling_people',
    kind: 'choose_one',
    text: 'If you needed to, could you tell each person directly?',
    example: 'You have up-to-date email addresses, phone numbers or postal addresses for them.',
    options: optionsFor('contactEffort', {
      can_contact: 'Yes, we can contact each of them',
      disproportionate: {
        label: 'No, it would take disproportionate effort',
        hint: 'For example, we have no contact details for most of them',
      },
      ...unknownLabel,
    }),
  },
];

/** Whether the wizard should show this question, given the answers so far. */
export function isQuestionAsked(question: AnyQuestion, answers: Partial<AssessmentAnswers>): boolean {
  const condition = question.askOnlyIf;
  if (condition === undefined) return true;
  const earlier = answers[condition.questionId];
  return typeof earlier !== 'string' || !condition.answerIsNot.includes(earlier);
}
