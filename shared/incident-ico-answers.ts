import { z } from 'zod';

/**
 * The record's answers to the ICO form's questions that no other field holds (domain.md §3):
 * measures in place beforehand, staff training, ICO staff already spoken to, and, for cyber
 * incidents, the impact on the organisation and the recovery time. The defaults are what every
 * older record means: not known yet.
 */

export const TRAINING_ANSWERS = ['yes', 'no', 'not_yet_known'] as const;
export type TrainingAnswer = (typeof TRAINING_ANSWERS)[number];

export const STAFF_TRAINED_ANSWERS = ['yes', 'no', 'no_staff_involved', 'not_yet_known'] as const;
export type StaffTrainedAnswer = (typeof STAFF_TRAINED_ANSWERS)[number];

export const ICO_SPOKEN_ANSWERS = ['no', 'yes', 'not_yet_known'] as const;
export type IcoSpokenAnswer = (typeof ICO_SPOKEN_ANSWERS)[number];

/**
 * The ICO online form's scale for a cyber incident's impact on the organisation ("What is the
 * impact to your organisation?": high, medium, low, not yet known). What each option means, in
 * the form's terms, is in CYBER_IMPACT_LABELS (shared/vocabulary/record-values.ts), with the source.
 */
export const CYBER_IMPACTS = ['high', 'medium', 'low', 'not_yet_known'] as const;
export type CyberImpact = (typeof CYBER_IMPACTS)[number];

/**
 * The ICO online form's scale for a cyber incident's recovery time ("What recovery time do you
 * estimate?": regular, supplemented, extended, not recoverable, already recovered — kept here as
 * `complete` — and not yet known); the meanings are in RECOVERY_TIME_LABELS, with the source.
 */
export const RECOVERY_TIMES = ['regular', 'supplemented', 'extended', 'not_recoverable', 'complete', 'not_yet_known'] as const;
export type RecoveryTime = (typeof RECOVERY_TIMES)[number];

export const MEASURES_MAX = 20_000;
export const ICO_STAFF_MAX = 500;

export const icoAnswersShape = {
  measuresBeforehand: z.string().trim().max(MEASURES_MAX, `Keep the measures under ${MEASURES_MAX.toLocaleString('en-GB')} characters`),
  staffRecentlyTrained: z.enum(TRAINING_ANSWERS),
  involvedStaffTrained: z.enum(STAFF_TRAINED_ANSWERS),
  icoStaffSpokenTo: z.enum(ICO_SPOKEN_ANSWERS),
  /** Who at the ICO, and when: only asked when someone was spoken to. */
  icoStaffSpokenToDetail: z.string().trim().max(ICO_STAFF_MAX, `Keep this under ${ICO_STAFF_MAX} characters`),
  cyberImpact: z.enum(CYBER_IMPACTS),
  cyberRecoveryTime: z.enum(RECOVERY_TIMES),
};

export interface IcoAnswerFields {
  measuresBeforehand: string;
  staffRecentlyTrained: TrainingAnswer;
  involvedStaffTrained: StaffTrainedAnswer;
  icoStaffSpokenTo: IcoSpokenAnswer;
  icoStaffSpokenToDetail: string;
  cyberImpact: CyberImpact;
  cyberRecoveryTime: RecoveryTime;
}

export const EMPTY_ICO_ANSWERS: IcoAnswerFields = {
  measuresBeforehand: '',
  staffRecentlyTrained: 'not_yet_known',
  involvedStaffTrained: 'not_yet_known',
  icoStaffSpokenTo: 'not_yet_known',
  icoStaffSpokenToDetail: '',
  cyberImpact: 'not_yet_known',
  cyberRecoveryTime: 'not_yet_known',
};
