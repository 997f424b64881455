import type { AssessmentResult, TellPeopleException } from './result';
import type { Judgement } from './judge';
import { judge } from './judge';
import { CONTACT_EFFORT_IS_EXCEPTION } from './rules';
import type { Facts } from './unknowns';

/**
 * Step 6 of the rules: whether to tell the people affected (Art. 34).
 *
 * An Art. 34(3) exception is only named when it is the reason people need not be told,
 * so the register records *why*. To find (a) and (b), the breach is judged again as if
 * the safeguards had not been there: first without the steps taken since the breach,
 * then also without encryption.
 */

export type TellingDecision = Pick<AssessmentResult, 'tellPeople' | 'tellPeopleException' | 'publicNoticeNeeded'>;

/** The same breach, before anything was done about it (containment, putting data right). */
export function withoutStepsSince(facts: Facts): Facts {
  return {
    ...facts,
    containment: 'not_contained',
    alteration: facts.alteration === 'put_right' ? 'not_put_right' : facts.alteration,
  };
}

/** The same breach, had the data also not been encrypted. */
export function withoutAnySafeguard(facts: Facts): Facts {
  return { ...withoutStepsSince(facts), protection: 'none' };
}

const exception = (which: TellPeopleException): TellingDecision => ({
  tellPeople: 'exception_applies',
  tellPeopleException: which,
  publicNoticeNeeded: which === 'disproportionate_effort',
});

export function decideTelling(facts: Facts, judgement: Judgement): TellingDecision {
  if (judgement.overall === 'high') {
    return CONTACT_EFFORT_IS_EXCEPTION[facts.contactEffort]
      ? exception('disproportionate_effort')
      : { tellPeople: 'required', tellPeopleException: null, publicNoticeNeeded: false };
  }
  if (judge(withoutAnySafeguard(facts)).overall === 'high') {
    return judge(withoutStepsSince(facts)).overall === 'high'
      ? exception('risk_no_longer_likely')
      : exception('unintelligible');
  }
  return { tellPeople: 'not_required', tellPeopleException: null, publicNoticeNeeded: false };
}
