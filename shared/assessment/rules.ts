/**
 * BREACHLOG RISK RULES: read this file top to bottom.
 *
 * The rules follow UK GDPR Arts. 33 and 34, the EDPB breach-notification guidelines
 * (WP250rev.01, now EDPB Guidelines 9/2022) and ICO guidance. ICO guidance may change
 * after the Data (Use and Access) Act 2025, so every threshold and sentence is data in
 * the tables below; the code in judge.ts only combines them. Change a table, bump
 * ENGINE_VERSION (version.ts) and add a test.
 *
 * HOW A DECISION IS MADE
 *  1. "I don't know yet" is replaced by the worst plausible answer (unknowns.ts), and the
 *     question is listed under "to find out". If in doubt, report (ICO).
 *  2. Each kind of breach that happened is judged on its own:
 *       confidentiality (someone could have seen it), integrity (it was changed),
 *       availability (it was lost or unusable).
 *  3. Confidentiality and integrity: risk = RISK_MATRIX[severity][likelihood].
 *       Severity (1 low … 4 very high): how badly the data could hurt people.
 *         = the harm the person judged (HARM_SEVERITY_RULES),
 *           never below the floor set by the kinds of data (DATA_CATEGORY_RULES,
 *           DATA_COMBINATION_RULES),
 *           + 1 if any are children, vulnerable adults or patients,
 *           + 1 for more than 1,000 people (PEOPLE_COUNT_RULES); at most 4.
 *       Likelihood (0 negligible, 1 remote … 4 very likely): how likely that harm is.
 *         Confidentiality: who could have it (DISCLOSURE_RULES), + 1 if deliberate,
 *           + 1 if it was exposed for more than a week (EXPOSURE_RULES),
 *           − steps for hard-to-identify data and for containment; kept within 1..4.
 *           An unconfirmed deletion does not lower it for data enough for fraud.
 *           Negligible when strongly encrypted with the key safe, or when, after an
 *           accident, a recipient bound to confidentiality (or an access that copied
 *           nothing) is confirmed deleted. Likely at least once misuse is seen for some of
 *           the people, very likely once it is seen for them all.
 *           Passwords stored with a strong, salted hash do not count as readable
 *           passwords: they set no severity floor, the rest of the data still does.
 *         Integrity: ALTERATION_RULES, + 1 if deliberate; very likely once misuse is seen.
 *  4. Availability: AVAILABILITY_RISK[how long][what it delayed or stopped].
 *  5. Overall risk = the highest of the three ('unlikely' if none happened).
 *  6. Duties (DUTY_RULES): unlikely → record only; risk → report to the ICO;
 *     high → report and tell the people, unless an Art. 34(3) exception applies:
 *       (a) unintelligible: high before encryption is counted, not high after;
 *       (b) risk_no_longer_likely: high before the steps taken since (containment,
 *           putting altered data right), not high after;
 *       (c) disproportionate_effort: still high, but contacting each person would be
 *           disproportionate, so a public notice is needed instead.
 *  7. The ENISA severity score (severity-score.ts) is shown as an aid. It never changes
 *     the decision; where its band and the decision differ, a reason says why
 *     (SCORE_GAP_TEXTS).
 *  8. Whether some or all of the people have been told yet shapes the next step the
 *     advice names (PEOPLE_TOLD_TEXTS), never the decision.
 *
 * Every step only adds, takes the maximum or looks up a table that rises along both
 * axes, so more sensitive data or more people never lower the risk and a genuine
 * safeguard never raises it. The property tests check this.
 */
import type {
  Alteration,
  Cause,
  ContactEffort,
  Containment,
  DataCategory,
  Disclosure,
  Exposure,
  HarmSeverity,
  Identifiability,
  PeopleCount,
  PeopleTold,
  Protection,
  Unavailability,
  UnavailabilityEffect,
  VulnerableGroup,
} from './answers';
import type { ReasonEffect, RiskLevel } from './result';

/** 1 low, 2 medium, 3 high, 4 very high: how badly people could be affected. */
export type Severity = 1 | 2 | 3 | 4;
/** 0 negligible, 1 remote, 2 possible, 3 likely, 4 very likely: how likely the harm is. */
export type Likelihood = 0 | 1 | 2 | 3 | 4;

/** Where each rule comes from; shown beside every reason. */
export const BASIS = {
  definition: 'UK GDPR Art. 4(12)',
  record: 'UK GDPR Art. 33(5)',
  report: 'UK GDPR Art. 33(1)',
  tell: 'UK GDPR Art. 34(1)',
  unintelligible: 'UK GDPR Art. 34(3)(a)',
  noLongerLikely: 'UK GDPR Art. 34(3)(b)',
  disproportionate: 'UK GDPR Art. 34(3)(c)',
  factors: 'EDPB Guidelines 9/2022, section IV.B',
  specialData: 'UK GDPR Arts. 9 and 10; EDPB Guidelines 9/2022, section IV.B',
  harms: 'GDPR Recital 85; ICO guidance',
  examples: 'EDPB Guidelines 9/2022, Annex B',
  ifInDoubt: 'ICO guidance (if in doubt, report)',
} as const;

// ── 2. Kinds of breach ─────────────────────────────────────────────────────────────────

export const BREACH_TYPE_TEXTS = {
  confidentiality: 'Someone who should not have the personal data could have seen it (a confidentiality breach).',
  integrity: 'Personal data was changed without permission (an integrity breach).',
  availability: 'Personal data was lost or could not be used for a time (an availability breach).',
  none: 'Nothing suggests personal data was seen, changed or lost, so this looks like a near miss; record it anyway.',
} as const;

// ── 3. Severity × likelihood → risk ────────────────────────────────────────────────────
// Serious consequences make the risk high even when they are not very likely (row 4).

// prettier-ignore
export const RISK_MATRIX: Record<Severity, readonly [RiskLevel, RiskLevel, RiskLevel, RiskLevel, RiskLevel]> = {
  //  negligible  remote      possible    likely      very likely
  1: ['unlikely', 'unlikely', 'unlikely', 'unlikely', 'risk'], // low
  2: ['unlikely', 'unlikely', 'unlikely', 'risk',     'risk'], // medium
  3: ['unlikely', 'unlikely', 'risk',     'risk',     'high'], // high
  4: ['unlikely', 'risk',     'high',     'high',     'high'], // very high
};

export const SEVERITY_NAMES: Record<Severity, string> = {
  1: 'minimal',
  2: 'upsetting but limited',
  3: 'significant',
  4: 'severe',
};

/** Read after "the harm could be …". */
export const LIKELIHOOD_PHRASES: Record<Likelihood, string> = {
  0: 'with almost no chance of it happening',
  1: 'with only a remote chance of it happening',
  2: 'and it could well happen',
  3: 'and it is likely to happen',
  4: 'and it is very likely to happen',
};

// ── 3a. Severity: the harm the data could do ───────────────────────────────────────────

/** The person's own judgement of the harm in context; kinds of data can raise it, never lower it. */
export const HARM_SEVERITY_RULES: Record<HarmSeverity, Severity> = {
  minimal: 1,
  upset: 2,
  significant: 3,
  severe: 4,
};

interface DataCategoryRule {
  /** How it reads in a sentence: "The data includes …". */
  name: string;
  /** Lowest severity this kind of data can have, whatever the context. */
  floor: Severity;
  /** ENISA data-processing-context base (1 simple, 2 behavioural, 3 financial, 4 sensitive). */
  enisaContext: Severity;
  /** Special category (Art. 9) or criminal offence (Art. 10) data. */
  specialOrCriminal: boolean;
  /** Why the floor is above 1, as one sentence; shown when the floor raised the severity. */
  whyFloor?: string;
}

// Special category and criminal data start at 2, not 4: a trivial detail such as
// "lactose intolerant" on a course list must not make a breach reportable by itself.
// The harm question is how a genuinely revealing detail reaches 3 or 4.
export const DATA_CATEGORY_RULES: Record<DataCategory, DataCategoryRule> = {
  basic_identifiers: { name: 'names or contact details', floor: 1, enisaContext: 1, specialOrCriminal: false },
  location: { name: 'location data', floor: 1, enisaContext: 2, specialOrCriminal: false },
  behavioural: { name: 'details of what people bought, viewed or did', floor: 1, enisaContext: 2, specialOrCriminal: false },
  financial: {
    name: 'financial details',
    floor: 3,
    enisaContext: 3,
    specialOrCriminal: false,
    whyFloor: 'Financial details such as bank details can be used for fraud or to take money, so the harm was treated as at least significant.',
  },
  identity_documents: {
    name: 'identity documents or numbers',
    floor: 3,
    enisaContext: 3,
    specialOrCriminal: false,
    whyFloor:
      'Identity documents and numbers, such as passports or National Insurance numbers, can be used to commit identity fraud, so the harm was treated as at least significant.',
  },
  credentials: {
    name: 'usernames and passwords',
    floor: 3,
    enisaContext: 3,
    specialOrCriminal: false,
    whyFloor: "Usernames and passwords let someone get into people’s accounts, so the harm was treated as at least significant.",
  },
  special_health: { name: 'health information', floor: 2, enisaContext: 4, specialOrCriminal: true },
  special_ethnicity: { name: 'racial or ethnic origin', floor: 2, enisaContext: 4, specialOrCriminal: true },
  special_religion: { name: 'religious or philosophical beliefs', floor: 2, enisaContext: 4, specialOrCriminal: true },
  special_politics: { name: 'political opinions', floor: 2, enisaContext: 4, specialOrCriminal: true },
  special_trade_union: { name: 'trade union membership', floor: 2, enisaContext: 4, specialOrCriminal: true },
  special_sex_life_orientation: { name: 'sex life or sexual orientation', floor: 2, enisaContext: 4, specialOrCriminal: true },
  special_gender_reassignment: { name: 'gender reassignment', floor: 2, enisaContext: 4, specialOrCriminal: true },
  special_genetic: { name: 'genetic data', floor: 2, enisaContext: 4, specialOrCriminal: true },
  special_biometric: { name: 'biometric data', floor: 2, enisaContext: 4, specialOrCriminal: true },
  criminal_offence: { name: 'criminal offences or convictions', floor: 2, enisaContext: 4, specialOrCriminal: true },
  other: { name: 'other personal data', floor: 1, enisaContext: 1, specialOrCriminal: false },
};

/** A combination of data can be worse than each item: these pairs are enough to steal money or an identity. */
export const DATA_COMBINATION_RULES: readonly { allOf: readonly DataCategory[]; floor: Severity; text: string }[] = [
  {
    allOf: ['financial', 'identity_documents'],
    floor: 4,
    text: "Financial details together with identity documents are enough to open accounts or borrow money in someone’s name.",
  },
  {
    allOf: ['financial', 'credentials'],
    floor: 4,
    text: 'Financial details together with login details could let someone take money directly.',
  },
];

/** Children, vulnerable adults and patients are less able to protect themselves. */
export const VULNERABLE_SEVERITY_STEP = 1;
export const VULNERABLE_GROUP_NAMES: Record<VulnerableGroup, string> = {
  children: 'children',
  vulnerable_adults: 'vulnerable adults',
  patients: 'patients',
};

export const PEOPLE_COUNT_RULES: Record<PeopleCount, { severityStep: 0 | 1; phrase: string }> = {
  one: { severityStep: 0, phrase: 'one person' },
  up_to_10: { severityStep: 0, phrase: 'up to 10 people' },
  up_to_100: { severityStep: 0, phrase: 'up to 100 people' },
  up_to_1000: { severityStep: 0, phrase: 'up to 1,000 people' },
  over_1000: { severityStep: 1, phrase: 'more than 1,000 people' },
};

// ── 3b. Likelihood: confidentiality ────────────────────────────────────────────────────

interface FactorRule<L> {
  value: L;
  effect: ReasonEffect;
  text: string;
}

/** Base likelihood from who could have the data. */
export const DISCLOSURE_RULES: Record<Exclude<Disclosure, 'no'>, FactorRule<Likelihood>> = {
  access_no_copy: {
    value: 1,
    effect: 'lowers',
    text: 'Someone could have got at the data, but the logs show nothing was copied, so misuse is less likely, though they may have read it.',
  },
  // A known recipient lowers the likelihood only when bound to confidentiality and its
  // deletion is confirmed (CONTAINMENT_RELIED_DISCLOSURES); being known is not enough.
  one_trusted_recipient: {
    value: 2,
    effect: 'neutral',
    text: 'The data went to one recipient you trust who is bound to keep it confidential; that makes misuse negligible only once they confirm they have deleted it.',
  },
  few_known_recipients: {
    value: 2,
    effect: 'neutral',
    text: 'The data went to one or a few people you know and can contact but who owe you no duty of confidence, so you can ask them to delete it but cannot hold them to it.',
  },
  many_or_unknown_recipients: {
    value: 3,
    effect: 'raises',
    text: 'The data may be with many people or with people you do not know, so misuse is more likely.',
  },
  public: {
    value: 4,
    effect: 'raises',
    text: 'The data was made public, so anyone could see and misuse it.',
  },
};

/** Deliberate acts (theft, hacking, scams) are more likely to lead to misuse than accidents. */
export const CAUSE_RULES: Record<Cause, FactorRule<0 | 1>> = {
  accidental: {
    value: 0,
    effect: 'neutral',
    text: 'It happened by accident, not through theft or hacking.',
  },
  malicious: {
    value: 1,
    effect: 'raises',
    text: 'Someone acted deliberately, for example by theft or hacking, so misuse is more likely.',
  },
};

export const IDENTIFIABILITY_RULES: Record<Identifiability, FactorRule<0 | -1 | -2>> = {
  easily: {
    value: 0,
    effect: 'neutral',
    text: 'The people can easily be identified from the data.',
  },
  with_other_information: {
    value: -1,
    effect: 'lowers',
    text: 'The people could only be identified with other information, which makes misuse less likely.',
  },
  hardly: {
    value: -2,
    effect: 'lowers',
    text: 'It would be very hard to tell who the people are from the data, which makes misuse much less likely.',
  },
};

/** Encryption to a current standard with the key safe makes the data unreadable: Art. 34(3)(a). */
export const PROTECTION_RULES: Record<
  Protection,
  { makesNegligible: boolean; passwordsUnreadable: boolean; effect: ReasonEffect; text: string }
> = {
  strong_encryption: {
    makesNegligible: true,
    passwordsUnreadable: true,
    effect: 'lowers',
    text: 'The data was encrypted to a current standard and the key is safe, so nobody else can read it.',
  },
  // Not the same as encryption (domain.md §4): only the passwords are out of reach.
  strong_hash: {
    makesNegligible: false,
    passwordsUnreadable: true,
    effect: 'lowers',
    text: 'The passwords were stored with a strong, salted hash, so they cannot readily be turned back into passwords; the rest of the data was treated as readable.',
  },
  weak_protection: {
    makesNegligible: false,
    passwordsUnreadable: false,
    effect: 'neutral',
    text: 'The data had only weak protection or the password may be known, so it was treated as readable.',
  },
  none: {
    makesNegligible: false,
    passwordsUnreadable: false,
    effect: 'neutral',
    text: 'The data was not encrypted, so whoever has it can read it.',
  },
};

/**
 * Getting data back or deleted. A confirmed deletion only makes misuse negligible after an
 * accident and when the recipients are known and can be held to it: a thief's or a
 * stranger's promise is worth little, so then it counts as an attempt.
 */
export const CONTAINMENT_RELIED_DISCLOSURES: readonly Disclosure[] = ['access_no_copy', 'one_trusted_recipient'];
export const CONTAINMENT_RULES: Record<Containment, FactorRule<0 | -1> & { negligibleIfTrusted: boolean }> = {
  confirmed: {
    value: -1,
    negligibleIfTrusted: true,
    effect: 'lowers',
    text: 'The data was got back or deleted, as confirmed, before anyone could misuse it.',
  },
  attempted: {
    value: -1,
    negligibleIfTrusted: false,
    effect: 'lowers',
    text: 'You have tried to get the data back or deleted, which lowers the chance of misuse, but it is not confirmed.',
  },
  not_contained: {
    value: 0,
    negligibleIfTrusted: false,
    effect: 'neutral',
    text: 'The data has not been got back or deleted.',
  },
};
export const CONTAINMENT_NOT_TRUSTED_TEXT =
  'You have been told the data was deleted, but as it was taken deliberately or the recipients are not bound to confidentiality, that cannot be fully relied on.';

/** Data enough for fraud: an unconfirmed request to delete it is not counted as lowering the likelihood. */
export const FRAUD_ENABLING_DATA: readonly DataCategory[] = ['financial', 'identity_documents', 'credentials'];
export const UNCONFIRMED_FRAUD_DATA_TEXT =
  'You have asked for the data to be deleted but that is not confirmed, and the data is enough for fraud, so the request was not counted as lowering the chance of misuse.';

/** The longer data was open to others, or an intruder went unnoticed, the more chance it was copied. */
export const EXPOSURE_RULES: Record<Exposure, FactorRule<0 | 1>> = {
  under_a_day: { value: 0, effect: 'neutral', text: 'The data was open to others for less than a day before it was stopped.' },
  up_to_a_week: { value: 0, effect: 'neutral', text: 'The data was open to others for a week at most before it was stopped.' },
  over_a_week: {
    value: 1,
    effect: 'raises',
    text: 'The data was open to others, or the intruder went unnoticed, for more than a week, which gives much more chance for it to be copied and misused.',
  },
};

/** Misuse already seen: the harm is no longer a question of likelihood. */
export const MISUSE_SEEN_LIKELIHOOD: Likelihood = 4;
export const MISUSE_SEEN_TEXT = 'There are signs the data has already been misused.';
/** Misuse seen for some (accounts entered, records misused) makes misuse of the rest likely. */
export const MISUSE_SEEN_FOR_SOME_LIKELIHOOD: Likelihood = 3;
export const MISUSE_SEEN_FOR_SOME_TEXT =
  'Misuse has already been seen for some of the people, for example accounts entered or records used, so misuse of the others’ data is likely too; the decision covers everyone whose data was exposed.';

// ── 3c. Likelihood: integrity ──────────────────────────────────────────────────────────

export const ALTERATION_RULES: Record<Exclude<Alteration, 'no'>, FactorRule<Likelihood>> = {
  put_right: {
    value: 1,
    effect: 'lowers',
    text: 'The changed data has been put right, so wrong data is unlikely to harm anyone.',
  },
  not_put_right: {
    value: 3,
    effect: 'raises',
    text: 'The changed data has not been put right, so decisions may be made on wrong information.',
  },
};

// ── 4. Availability: how long × what it stopped ───────────────────────────────────────
// A shop's records for minutes is not a risk; a hospital's records for a day is high.
// A backup that restores data within hours is the mitigation the 'hours' row rewards.

// prettier-ignore
export const AVAILABILITY_RISK: Record<Exclude<Unavailability, 'no'>, Record<UnavailabilityEffect, RiskLevel>> = {
  minutes:   { nothing_noticeable: 'unlikely', inconvenience: 'unlikely', delays: 'unlikely', harm: 'risk' },
  hours:     { nothing_noticeable: 'unlikely', inconvenience: 'unlikely', delays: 'unlikely', harm: 'high' },
  days:      { nothing_noticeable: 'unlikely', inconvenience: 'unlikely', delays: 'risk',     harm: 'high' },
  permanent: { nothing_noticeable: 'unlikely', inconvenience: 'risk',     delays: 'risk',     harm: 'high' },
};

/** Read after "The data …". */
export const UNAVAILABILITY_PHRASES: Record<Exclude<Unavailability, 'no'>, string> = {
  minutes: 'was unavailable for minutes',
  hours: 'was unavailable for hours but less than a day',
  days: 'was unavailable for more than a day',
  permanent: 'was lost for good',
};

export const UNAVAILABILITY_EFFECT_PHRASES: Record<UnavailabilityEffect, string> = {
  nothing_noticeable: 'nothing noticeable was delayed',
  inconvenience: 'it caused minor inconvenience',
  delays: 'it delayed services people rely on',
  harm: "it affected people’s care, safety, income or rights",
};

// ── 6. Duties ──────────────────────────────────────────────────────────────────────────

export const DUTY_RULES = {
  unlikely: {
    text: 'Overall the breach is unlikely to result in a risk to people, so record it and your reasons, but you need not report it to the ICO.',
    basis: `${BASIS.report}; ${BASIS.record}`,
  },
  risk: {
    text: 'Overall the breach is likely to result in a risk to people, so report it to the ICO within 72 hours of becoming aware of it.',
    basis: BASIS.report,
  },
  high: {
    text: 'Overall the breach is likely to result in a high risk to people, so report it to the ICO within 72 hours and tell the people affected without undue delay.',
    basis: `${BASIS.report}; ${BASIS.tell}`,
  },
  unintelligible: {
    text: 'You need not tell the people affected, because the data was encrypted so that nobody else can read it.',
    basis: BASIS.unintelligible,
  },
  risk_no_longer_likely: {
    text: 'You need not tell the people affected, because the steps you have taken since mean the high risk is no longer likely.',
    basis: BASIS.noLongerLikely,
  },
  disproportionate_effort: {
    text: 'Contacting each person would take disproportionate effort, so tell them through a public notice instead, for example on your website.',
    basis: BASIS.disproportionate,
  },
} as const;

/**
 * Why the ENISA band and the decision can differ: the score weighs the kind of data and the
 * circumstances only, so what the legal test adds on top is named. Read after "The ENISA
 * severity score is 4.25 (very high), but …".
 */
export const SCORE_GAP_TEXTS = {
  scoreHigher: {
    lead: 'it measures how bad misuse of this data could be, not how likely it is',
    encryption: 'the data was encrypted so that nobody else can read it',
    confirmedDeletion: 'the data was confirmed deleted by a recipient who can be held to it',
    accessNoCopy: 'the logs show nothing was copied',
    hashedPasswords: 'the passwords were stored with a strong, salted hash',
    containment: 'the data has been got back or asked to be deleted',
    limitedEffect: 'losing access delayed nothing people rely on',
    hardToIdentify: 'the people are hard to identify from the data',
    judgedHarm: 'you judged the harm here to be limited',
  },
  scoreLower: {
    lead: 'the score leaves out some of what the law weighs',
    manyPeople: 'more than 1,000 people are affected',
    misuse: 'misuse has already been seen',
    longExposure: 'the data was open to others for more than a week',
    harmfulEffect: "losing access affected people’s care, safety, income or rights",
    delays: 'losing access delayed services people rely on',
    dataFloor: 'the kinds of data can do serious harm whatever the context',
    vulnerable: 'some of the people are less able to protect themselves',
    judgedHarm: 'you judged the harm could be serious',
    deliberate: 'it was done deliberately',
  },
} as const;

/** The next step once the duty to tell is known, by who has been told so far. */
export const PEOPLE_TOLD_TEXTS: Record<'required' | 'not_required', Record<Exclude<PeopleTold, 'none_yet'>, string>> = {
  required: {
    some: 'You have told some of the people so far; tell the rest without undue delay, in the same way, and keep a copy of what you sent.',
    all: 'You have already told all of the people affected; keep a copy of what you sent with this record.',
  },
  not_required: {
    some: 'You have told some of the people although the law does not require it here; that is fine, and worth recording with what you sent.',
    all: 'You have told the people affected although the law does not require it here; that is fine, and worth recording with what you sent.',
  },
};

/** Whether people can be contacted only matters once the risk is high. */
export const CONTACT_EFFORT_IS_EXCEPTION: Record<ContactEffort, boolean> = {
  can_contact: false,
  disproportionate: true,
};
