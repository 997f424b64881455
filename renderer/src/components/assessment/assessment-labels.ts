import type { RiskLevel, SeverityBand, TellPeopleException } from '../../../../shared/assessment';
import type { RecordedDecision } from '../../../../shared/assessment-record';

/** Plain words for the advice and the decision, shared by the wizard and the incident page. */

export const RISK_LEVEL_LABELS: Record<RiskLevel, string> = {
  unlikely: 'Unlikely to result in a risk to people',
  risk: 'A risk to people',
  high: 'A high risk to people',
};

export const REPORT_LABELS: Record<RecordedDecision['reportToIco'], string> = {
  required: 'Required',
  not_required: 'Not required',
};

export const TELL_LABELS: Record<RecordedDecision['tellPeople'], string> = {
  required: 'Required',
  not_required: 'Not required',
  exception_applies: 'An exception applies',
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

/** "Required", or the exception in words: what the person should do about telling people. */
export function tellPeopleText(decision: Pick<RecordedDecision, 'tellPeople' | 'tellPeopleException'>): string {
  if (decision.tellPeople !== 'exception_applies' || !decision.tellPeopleException) return TELL_LABELS[decision.tellPeople];
  return `${TELL_LABELS.exception_applies}: ${EXCEPTION_LABELS[decision.tellPeopleException]}`;
}
