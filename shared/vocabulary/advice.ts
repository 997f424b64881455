import type { ReasonEffect, RiskLevel, SeverityBand, TellPeopleException } from '../assessment/result';

/** The advice and the decisions in one set of words, for the wizard, the incident page, the documents and the CSV. */

type ReportDecision = 'required' | 'not_required';
type TellDecision = 'required' | 'not_required' | 'exception_applies';

export const RISK_LEVEL_LABELS: Record<RiskLevel, string> = {
  unlikely: 'Unlikely to result in a risk to people',
  risk: 'Likely to result in a risk to people',
  high: 'Likely to result in a high risk to people',
};

/** Beside "Report to the ICO:" and "Tell the people affected:" in the wizard and the incident page. */
export const REPORT_LABELS: Record<ReportDecision, string> = {
  required: 'Required',
  not_required: 'Not required',
};

export const TELL_LABELS: Record<TellDecision, string> = {
  required: 'Required',
  not_required: 'Not required',
  exception_applies: 'An exception applies',
};

/** The decision standing on its own, in documents and the register list. */
export const REPORT_DECISION_WORDS: Record<ReportDecision, string> = {
  required: 'Report to the ICO',
  not_required: 'No report to the ICO needed (recorded in the register only)',
};

/** The register list's column: the same decision, short enough for a table cell. */
export const REPORT_DECISION_SHORT: Record<ReportDecision, string> = {
  required: 'Report to the ICO',
  not_required: 'No report needed',
};

export const TELL_DECISION_WORDS: Record<TellDecision, string> = {
  required: 'Tell the people affected',
  not_required: 'No need to tell the people affected: the risk to them is not high',
  exception_applies: 'The people affected need not be told individually, because an exception applies',
};

export const EXCEPTION_LABELS: Record<TellPeopleException, string> = {
  unintelligible: 'Art. 34(3)(a): the data cannot be read by anyone else, for example it was strongly encrypted and the key is safe',
  risk_no_longer_likely: 'Art. 34(3)(b): steps taken since mean the high risk is no longer likely',
  disproportionate_effort: 'Art. 34(3)(c): telling each person would take disproportionate effort',
};

export const PUBLIC_NOTICE_TEXT =
  'Tell them instead through a public notice or something equally effective, for example on your website.';

export const SEVERITY_BAND_LABELS: Record<SeverityBand, string> = {
  low: 'low',
  medium: 'medium',
  high: 'high',
  very_high: 'very high',
};

/** The ICO form's "has any harm already happened?", from the wizard's answer on misuse. */
export const MISUSE_SEEN_WORDS: Record<'no_sign_so_far' | 'seen_for_some' | 'seen', string> = {
  no_sign_so_far: 'No sign of misuse so far',
  seen_for_some: 'Yes, for some of the people: accounts entered or records misused',
  seen: 'Yes: there are signs the data has been misused',
};

export const REASON_EFFECT_WORDS: Record<ReasonEffect, string> = {
  raises: 'Raises the risk',
  lowers: 'Lowers the risk',
  neutral: 'Weighed',
};

/** "Required", or the exception in words: what the person should do about telling people. */
export function tellPeopleText(decision: { tellPeople: TellDecision; tellPeopleException: TellPeopleException | null }): string {
  if (decision.tellPeople !== 'exception_applies' || !decision.tellPeopleException) return TELL_LABELS[decision.tellPeople];
  return `${TELL_LABELS.exception_applies}: ${EXCEPTION_LABELS[decision.tellPeopleException]}`;
}

/** The decision on telling people as a document states it, with the exception named where one applies. */
export function tellDecisionText(decision: { tellPeople: TellDecision; tellPeopleException: TellPeopleException | null }): string {
  const base = TELL_DECISION_WORDS[decision.tellPeople];
  if (decision.tellPeople !== 'exception_applies' || !decision.tellPeopleException) return base;
  const exception = `${base}: ${EXCEPTION_LABELS[decision.tellPeopleException]}`;
  return decision.tellPeopleException === 'disproportionate_effort'
    ? `${exception}, so a public notice or something equally effective is used instead`
    : exception;
}
