import type { LetterFields } from '../../../shared/documents/letter-fields';

/** The letter's fields in the order the letter reads. */
export const LETTER_FIELD_ORDER: readonly (keyof LetterFields)[] = [
  'recipient',
  'greeting',
  'whatHappened',
  'informationInvolved',
  'whatItMeans',
  'whatWeHaveDone',
  'whatYouCanDo',
  'whoToContact',
];
