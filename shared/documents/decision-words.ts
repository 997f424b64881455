import type { AssessmentVersion } from '../assessment-record';
import { RISK_LEVEL_WORDS, tellDecisionText } from './document-words';

/**
 * The organisation's decisions as a report or letter states them. Where a decision follows the
 * advice it rests on the assessment; where it departs from it, it is written as the
 * organisation's own decision with its own reason, and the advice it departs from is named —
 * never "Yes: our assessment is that it is unlikely to result in a risk", which says the
 * opposite of itself. Documents speak for the organisation, so the wizard's reasons (written to
 * the person, "you do not know yet…") are put in the first person.
 */

type Decided = Pick<AssessmentVersion, 'advice' | 'decision'>;

function reason(justification: string): string {
  const text = justification.trim().replace(/\.$/, '');
  return text ? ` Our reason: ${text}.` : '';
}

/** The ICO form's "Does the breach meet the threshold for reporting?" */
export function thresholdAnswer({ advice, decision }: Decided): string {
  const level = RISK_LEVEL_WORDS[advice.riskLevel].toLowerCase();
  const followsOnReporting = decision.reportToIco === advice.reportToIco;
  if (decision.reportToIco === 'required') {
    return followsOnReporting
      ? `Yes: our assessment is that it is ${level}`
      : `We have decided to report it, although our risk assessment found it ${level}.${reason(decision.justification)}`;
  }
  return followsOnReporting
    ? `Our assessment is that it does not meet the threshold (${level}), but we want the ICO to know about it`
    : `We decided it did not need reporting, although our risk assessment found it ${level}.${reason(decision.justification)} We want the ICO to know about it.`;
}

/** "Our decision on telling them, and why." */
export function tellingDecisionAnswer({ advice, decision }: Decided): string {
  const ours = tellDecisionText(decision);
  const follows = decision.tellPeople === advice.tellPeople && decision.tellPeopleException === advice.tellPeopleException;
  if (follows) return decision.justification.trim() ? `${ours}.${reason(decision.justification)}` : ours;
  return `Our own decision: ${lowerFirst(ours)}. Our risk assessment advised: ${lowerFirst(tellDecisionText(advice))}.${reason(decision.justification)}`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * The wizard's sentences, which speak to the person ("You do not know yet…", "people you trust"),
 * as the organisation's own ("We do not know yet…"). Every "you" in those texts is the subject
 * of its clause (a test checks the texts), so a word-for-word swap keeps the grammar.
 */
export function inFirstPerson(text: string): string {
  return text
    .replace(/\bYou\b/g, 'We')
    .replace(/\byou\b/g, 'we')
    .replace(/\bYour\b/g, 'Our')
    .replace(/\byour\b/g, 'our')
    .replace(/\bWe has\b/g, 'We have');
}
