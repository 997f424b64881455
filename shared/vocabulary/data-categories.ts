import type { DataCategory as AssessmentDataCategory } from '../assessment/answers';
import type { DataCategory } from '../incident-fields';

/**
 * One set of words for the kinds of personal data, used by the record, the wizard, the
 * documents and the CSV. The record keeps the ICO report form's categories (so it can be
 * copied into the form); the wizard splits or joins a few of them where the risk differs,
 * and wherever the two name the same thing they use the same words, taken from here.
 */

export interface Wording {
  label: string;
  /** A short example shown under the label. */
  hint?: string;
}

export const DATA_CATEGORY_WORDING: Record<DataCategory, Wording> = {
  basic_identifiers: {
    label: 'Names and contact details (basic identifiers)',
    hint: 'Names, addresses, email addresses, phone numbers, dates of birth',
  },
  identification_data: {
    label: 'Usernames, passwords and PINs (identification data)',
    hint: 'Also answers to security questions, even if the passwords were stored hashed',
  },
  financial: {
    label: 'Financial details (bank details, card numbers)',
    hint: 'Also salaries, debts and payment histories',
  },
  official_documents: {
    label: 'Identity documents and numbers (passports, driving licences, National Insurance numbers)',
    hint: 'Also tax codes, tax references and other official ID numbers',
  },
  location: { label: 'Location data', hint: 'Where someone is or has been, for example from a phone or vehicle tracker' },
  racial_ethnic: { label: 'Racial or ethnic origin' },
  political: { label: 'Political opinions' },
  religious: { label: 'Religious or philosophical beliefs' },
  trade_union: { label: 'Trade union membership' },
  sex_life: { label: 'Sex life' },
  sexual_orientation: { label: 'Sexual orientation' },
  gender_reassignment: { label: 'Gender reassignment' },
  health: { label: 'Health', hint: 'Physical or mental health, disabilities, medical records' },
  genetic_biometric: { label: 'Genetic or biometric data', hint: 'DNA results, or fingerprints or face scans used to identify someone' },
  criminal: {
    label: 'Criminal convictions and offences',
    hint: 'Including allegations and criminal record (DBS) check results',
  },
  other: { label: 'Something else' },
  not_yet_known: { label: 'Not yet known', hint: 'There may be more than you have ticked' },
};

export const DATA_CATEGORY_LABELS: Record<DataCategory, string> = Object.fromEntries(
  Object.entries(DATA_CATEGORY_WORDING).map(([value, wording]) => [value, wording.label]),
) as Record<DataCategory, string>;

/**
 * For each of the wizard's kinds of data, the record's category that says the same thing
 * (its words are the wizard's words), or its own words where the record has no single match.
 */
export const ASSESSMENT_DATA_CATEGORY_SOURCE: Record<AssessmentDataCategory, DataCategory | Wording> = {
  basic_identifiers: 'basic_identifiers',
  location: 'location',
  behavioural: { label: 'What people bought, viewed or did', hint: 'For example, purchase history or attendance records' },
  financial: 'financial',
  identity_documents: 'official_documents',
  credentials: 'identification_data',
  special_health: 'health',
  special_ethnicity: 'racial_ethnic',
  special_religion: 'religious',
  special_politics: 'political',
  special_trade_union: 'trade_union',
  special_sex_life_orientation: { label: 'Sex life or sexual orientation' },
  special_gender_reassignment: 'gender_reassignment',
  special_genetic: { label: 'Genetic data', hint: 'For example, DNA test results' },
  special_biometric: { label: 'Biometric data', hint: 'Fingerprints or face scans used to identify someone' },
  criminal_offence: 'criminal',
  other: 'other',
};

export function assessmentDataCategoryWording(category: AssessmentDataCategory): Wording {
  const source = ASSESSMENT_DATA_CATEGORY_SOURCE[category];
  return typeof source === 'string' ? DATA_CATEGORY_WORDING[source] : source;
}

/**
 * Which of the wizard's kinds of data each record category stands for: the first is the one
 * the wizard can fill in from the record; several means the record cannot tell which.
 */
export const RECORD_TO_ASSESSMENT_DATA: Record<Exclude<DataCategory, 'not_yet_known'>, readonly AssessmentDataCategory[]> = {
  basic_identifiers: ['basic_identifiers'],
  identification_data: ['credentials'],
  financial: ['financial'],
  official_documents: ['identity_documents'],
  location: ['location'],
  racial_ethnic: ['special_ethnicity'],
  political: ['special_politics'],
  religious: ['special_religion'],
  trade_union: ['special_trade_union'],
  sex_life: ['special_sex_life_orientation'],
  sexual_orientation: ['special_sex_life_orientation'],
  gender_reassignment: ['special_gender_reassignment'],
  health: ['special_health'],
  genetic_biometric: ['special_genetic', 'special_biometric'],
  criminal: ['criminal_offence'],
  other: ['other'],
};

/**
 * The record category a wizard answer is written back as, when the record does not already say
 * it; null where the record splits it two ways and only the person can say which (the record is
 * then left for them to tick).
 */
export const ASSESSMENT_TO_RECORD_DATA: Record<AssessmentDataCategory, Exclude<DataCategory, 'not_yet_known'> | null> = {
  basic_identifiers: 'basic_identifiers',
  location: 'location',
  behavioural: 'other',
  financial: 'financial',
  identity_documents: 'official_documents',
  credentials: 'identification_data',
  special_health: 'health',
  special_ethnicity: 'racial_ethnic',
  special_religion: 'religious',
  special_politics: 'political',
  special_trade_union: 'trade_union',
  special_sex_life_orientation: null,
  special_gender_reassignment: 'gender_reassignment',
  special_genetic: 'genetic_biometric',
  special_biometric: 'genetic_biometric',
  criminal_offence: 'criminal',
  other: 'other',
};
