import type { AssessmentAnswers, QuestionId, Unknown } from './answers';
import { DATA_CATEGORY_VALUES, assessmentAnswersSchema } from './answers';
import { DATA_CATEGORY_WORDING, assessmentDataCategoryWording } from '../vocabulary/data-categories';

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
  /**
   * How to choose between options a non-expert could take for the same situation. Every
   * question whose options lead to different advice has one (tests/unit/assessment/questions.test.ts).
   */
  howToChoose?: string;
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
  // The schema is the single source of the values; TS can't link a field to its id here.
  // Questions added later carry a default for answers saved before they were asked.
  type Field = { options?: readonly string[]; element?: { options: readonly string[] }; unwrap?: () => Field };
  const declared = assessmentAnswersSchema.shape[id] as unknown as Field;
  const field = declared.element === undefined && declared.unwrap ? declared.unwrap() : declared;
  const values = (field.element?.options ?? field.options ?? []) as readonly OptionValue<K>[];
  return values.map((value) => {
    const label: Label = labels[value];
    return typeof label === 'string' ? { value, label } : { value, label: label.label, hint: label.hint };
  });
}

const unknownLabel = { unknown: DONT_KNOW } satisfies Record<Unknown, string>;

function dataCategoryLabels(): Record<(typeof DATA_CATEGORY_VALUES)[number], Label> {
  return Object.fromEntries(
    DATA_CATEGORY_VALUES.map((value) => {
      const wording = assessmentDataCategoryWording(value);
      return [value, wording.hint === undefined ? wording.label : { label: wording.label, hint: wording.hint }];
    }),
  ) as Record<(typeof DATA_CATEGORY_VALUES)[number], Label>;
}

export const QUESTIONS: readonly AnyQuestion[] = [
  {
    id: 'disclosure',
    section: 'what_happened',
    kind: 'choose_one',
    text: 'Could anyone who should not have the personal data have seen it or taken a copy?',
    example:
      'An email sent to the wrong person, a stolen laptop, a hacked mailbox or ransomware on the server all mean someone could have. Ransomware often copies data before locking it.',
    howToChoose:
      'Choose by who could have the data now. “We trust” means bound to keep it confidential, like another professional or your IT provider; anyone else you know, such as another client or customer, is “one or a few people we know”. If an attacker was inside, choose “logs show nothing was copied” only when the logs cover the whole time and show no download; otherwise choose “many people, or people we don’t know”.',
    options: optionsFor('disclosure', {
      no: { label: 'No, nobody else could have seen it', hint: 'For example, a power cut or a failed disk, with nobody else involved' },
      access_no_copy: {
        label: 'Someone could get at it, but the logs show nothing was copied',
        hint: 'For example, an attacker was inside the system or the wrong person could open a shared folder, and the access logs show no download or copy',
      },
      one_trusted_recipient: {
        label: 'Yes, one recipient we trust who is bound to keep it confidential',
        hint: 'For example, another professional, your IT provider or a partner organisation with a duty of confidence. Another client or customer is not this: choose the next option',
      },
      few_known_recipients: {
        label: 'Yes, one or a few people we know and can contact',
        hint: "For example, another client or a customer received someone else’s spreadsheet or letter",
      },
      many_or_unknown_recipients: {
        label: "Yes, many people, or people we don’t know",
        hint: 'For example, a large mailing list, a lost bag or laptop, a hacked system, or someone pretending to be a customer',
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
    howToChoose: 'Choose “put right” only when every changed record has been checked and corrected; if any may still be wrong, choose “not put right yet”.',
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
    howToChoose: 'Count from when the data became unusable until staff could use all of it again, not until the system was fixed in part.',
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
    howToChoose:
      'Choose by what the people went without, not by how busy your office was. If anyone got an order, delivery, appointment, reply or refund a day or more late, choose “people waited a day or more”, however minor it felt; if everyone still got what they needed the same day, choose “only our own work was slowed”.',
    askOnlyIf: { questionId: 'unavailability', answerIsNot: ['no'] },
    options: optionsFor('unavailabilityEffect', {
      nothing_noticeable: { label: 'Nothing noticeable', hint: 'Nobody outside the office noticed anything' },
      inconvenience: {
        label: 'Only our own work was slowed; people still got what they needed the same day',
        hint: 'For example, staff worked from paper, or callers waited or rang back later that day',
      },
      delays: {
        label: 'People waited a day or more for something they rely on',
        hint: 'For example, orders, deliveries, appointments, replies or refunds delayed by a day or more',
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
    howToChoose:
      'If anyone meant to get at the data — a thief, a hacker, a scammer, or someone pretending to be a customer — choose “deliberately”, even if a staff member’s mistake let them in.',
    options: optionsFor('cause', {
      accidental: { label: 'An accident or a fault', hint: 'Nobody meant to get at the data' },
      malicious: {
        label: 'Someone did it deliberately',
        hint: 'For example, theft, hacking, a scam, someone pretending to be a customer, or a staff member misusing their access',
      },
      ...unknownLabel,
    }),
  },
  {
    id: 'dataCategories',
    section: 'the_data',
    kind: 'choose_any',
    text: 'What kinds of personal data were involved? Tick all that apply.',
    example: 'A payroll file usually holds names, addresses, bank details, National Insurance numbers and tax codes.',
    howToChoose:
      'Tick every kind that was there, even once. National Insurance numbers, tax codes and other official ID numbers are “identity documents and numbers”, not “something else”.',
    // The same words as the record's kinds of data (shared/vocabulary/data-categories.ts).
    options: optionsFor('dataCategories', {
      ...dataCategoryLabels(),
      unknown: DATA_CATEGORY_WORDING.not_yet_known as { label: string; hint: string },
    }),
  },
  {
    id: 'harmSeverity',
    section: 'the_data',
    kind: 'choose_one',
    text: 'If the wrong people used this data, how badly could it affect the people it is about?',
    example:
      "‘Lactose intolerant’ on a course list is hardly harmful; a diagnosis or bank details could do significant harm; the new address of someone escaping domestic violence could do severe harm.",
    howToChoose:
      'Think of the worst that could realistically happen to one of the people. If it could cost them money, fair treatment, their reputation or a professional confidence, choose “significant” even if most will only be annoyed; if it could put someone in danger or lead to identity theft, choose “severe”.',
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
    howToChoose: 'If names, email addresses, photos or ID numbers are in the data itself, choose “easily”, even if only some records have them.',
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
    example:
      'Count everyone whose data could have been seen, changed or lost, not only the accounts actually entered, and not the files or the recipients. A careful estimate is fine.',
    howToChoose: 'Between two bands, choose the higher one.',
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
    howToChoose: 'Tick a group if even one of the people belongs to it.',
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
    howToChoose:
      'Choose by the weakest protection any of the data had. If you are not sure the password or key was kept apart from the data, choose “only weakly”. A password store hashed with bcrypt, scrypt or Argon2 and a salt is “hashed and salted”, not encrypted.',
    askOnlyIf: { questionId: 'disclosure', answerIsNot: ['no'] },
    options: optionsFor('protection', {
      strong_encryption: {
        label: 'Yes, strongly encrypted, and the password or key is safe',
        hint: 'Encrypted to a current standard, and the password was not with it or exposed',
      },
      strong_hash: {
        label: 'Only the passwords were protected: stored hashed and salted',
        hint: 'For example, a website’s user list where passwords were stored with bcrypt or Argon2; the names and emails could be read',
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
    howToChoose:
      'Choose “confirmed” only when you have it in writing, or the lost item came back unopened; a promise on the phone or no reply is “we have tried”.',
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
    id: 'exposureDuration',
    section: 'since_then',
    kind: 'choose_one',
    text: 'How long could others see or take the data before it was stopped?',
    example:
      'An email recalled within the hour is under a day; a hacker inside the mailbox for six weeks before anyone noticed is more than a week.',
    howToChoose: 'Count from the first moment anyone else could get at the data (from the logs, if you have them) until it was stopped.',
    askOnlyIf: { questionId: 'disclosure', answerIsNot: ['no'] },
    options: optionsFor('exposureDuration', {
      under_a_day: 'Less than a day',
      up_to_a_week: 'A day to a week',
      over_a_week: {
        label: 'More than a week',
        hint: 'For example, an intrusion unnoticed for weeks or months, or a file left open online',
      },
      ...unknownLabel,
    }),
  },
  {
    id: 'misuseSeen',
    section: 'since_then',
    kind: 'choose_one',
    text: 'Is there any sign the data has already been misused?',
    example: 'Customers report scam emails that quote their order details, or the data has appeared online.',
    howToChoose:
      'If misuse is seen for only some of the people (for example, a few accounts entered out of many exposed), choose “yes, for some of them”; choose “yes, widely” when it is seen across the data or the data is posted online.',
    options: optionsFor('misuseSeen', {
      no_sign_so_far: 'No sign so far',
      seen_for_some: {
        label: 'Yes, for some of them',
        hint: 'For example, a few of the exposed accounts were entered, or a few customers had scam calls quoting their details',
      },
      seen: { label: 'Yes, widely', hint: 'For example, scam emails to many of them, fraud attempts, or the data posted online' },
      unknown: { label: DONT_KNOW, hint: 'We have not been able to check' },
    }),
  },
  {
    id: 'contactEffort',
    section: 'telling_people',
    kind: 'choose_one',
    text: 'If you needed to, could you tell each person directly?',
    example: 'You have up-to-date email addresses, phone numbers or postal addresses for them.',
    howToChoose: 'Choose “disproportionate effort” only when you have no way to reach most of them, not because it would take a day of work.',
    options: optionsFor('contactEffort', {
      can_contact: 'Yes, we can contact each of them',
      disproportionate: {
        label: 'No, it would take disproportionate effort',
        hint: 'For example, we have no contact details for most of them',
      },
      ...unknownLabel,
    }),
  },
  {
    id: 'peopleToldSoFar',
    section: 'telling_people',
    kind: 'choose_one',
    text: 'Have you told any of the people yet?',
    example: 'You phoned the customers you could reach today and will write to the rest.',
    options: optionsFor('peopleToldSoFar', {
      none_yet: 'Not yet',
      some: { label: 'Some of them', hint: 'For example, the customers you could phone today' },
      all: 'All of them',
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
