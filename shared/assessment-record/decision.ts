import { z } from 'zod';
import type { AssessmentResult } from '../assessment';
import { TELL_PEOPLE_EXCEPTIONS } from '../assessment';
import type { Regime } from '../regimes';
import type { FieldIssue } from '../result';

/**
 * What the person decided after seeing the advice. Art. 33(5) asks for the reasons behind
 * each decision, so a decision that departs from the advice needs a written justification.
 */

export const JUSTIFICATION_MIN = 20;
export const JUSTIFICATION_MAX = 5000;

export const REPORT_DECISIONS = ['required', 'not_required'] as const;
export const TELL_DECISIONS = ['required', 'not_required', 'exception_applies'] as const;

/** The decision as the renderer sends it; whether it follows the advice is worked out in the main process. */
export const decisionInputSchema = z
  .object({
    reportToIco: z.enum(REPORT_DECISIONS),
    tellPeople: z.enum(TELL_DECISIONS),
    tellPeopleException: z.enum(TELL_PEOPLE_EXCEPTIONS).nullable(),
    justification: z.string().trim().max(JUSTIFICATION_MAX, `Keep the reason under ${JUSTIFICATION_MAX.toLocaleString('en-GB')} characters`),
  })
  .strict()
  .superRefine((decision, ctx) => {
    for (const issue of decisionShapeIssues(decision)) {
      ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
    }
  });

export type DecisionInput = z.infer<typeof decisionInputSchema>;

/** The decision as kept with each assessment version. */
export const recordedDecisionSchema = z.object({
  reportToIco: z.enum(REPORT_DECISIONS),
  tellPeople: z.enum(TELL_DECISIONS),
  tellPeopleException: z.enum(TELL_PEOPLE_EXCEPTIONS).nullable(),
  followsAdvice: z.boolean(),
  justification: z.string().max(JUSTIFICATION_MAX),
});

export type RecordedDecision = z.infer<typeof recordedDecisionSchema>;

type DecisionChoice = Pick<DecisionInput, 'reportToIco' | 'tellPeople' | 'tellPeopleException'>;

/** Rules within the decision itself, whatever the advice said. */
function decisionShapeIssues(decision: DecisionChoice): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (decision.tellPeople === 'exception_applies' && decision.tellPeopleException === null) {
    issues.push({ path: 'tellPeopleException', message: 'Choose which exception applies' });
  }
  if (decision.tellPeople !== 'exception_applies' && decision.tellPeopleException !== null) {
    issues.push({ path: 'tellPeopleException', message: 'Only name an exception when you decide one applies' });
  }
  // Telling people is for a high risk, and any high risk must also be reported (Arts. 33 and 34).
  if (decision.tellPeople === 'required' && decision.reportToIco === 'not_required') {
    issues.push({
      path: 'reportToIco',
      message: 'If the people affected must be told, the risk is high, so the breach must also be reported to the ICO',
    });
  }
  return issues;
}

/** The decision that simply accepts the advice. */
export function decisionFromAdvice(advice: AssessmentResult): DecisionInput {
  return {
    reportToIco: advice.reportToIco,
    tellPeople: advice.tellPeople,
    tellPeopleException: advice.tellPeopleException,
    justification: '',
  };
}

export function followsAdvice(decision: DecisionChoice, advice: AssessmentResult): boolean {
  return (
    decision.reportToIco === advice.reportToIco &&
    decision.tellPeople === advice.tellPeople &&
    decision.tellPeopleException === advice.tellPeopleException
  );
}

/** Every problem with a decision given the advice it answers; the form and the main process both use this. */
/**
 * `regime`, where given, is the rules the register is kept under: under one that reports every
 * breach (PECR), "no report needed" is not a choice the organisation has, whatever the risk.
 */
export function decisionIssues(
  decision: DecisionInput,
  advice: AssessmentResult,
  regime?: Pick<Regime, 'reportsEveryBreach' | 'reportRule' | 'reportCitation'>,
): FieldIssue[] {
  const issues = decisionShapeIssues(decision);
  if (regime?.reportsEveryBreach && decision.reportToIco === 'not_required') {
    issues.push({ path: 'reportToIco', message: `${regime.reportRule} (${regime.reportCitation})` });
  }
  if (!followsAdvice(decision, advice) && decision.justification.trim().length < JUSTIFICATION_MIN) {
    issues.push({
      path: 'justification',
      message: `Your decision is different from the advice, so explain why in a sentence or two (at least ${JUSTIFICATION_MIN} characters)`,
    });
  }
  return issues;
}

/** The decision as stored: whether it follows the advice is worked out here, never taken from the renderer. */
export function recordDecision(decision: DecisionInput, advice: AssessmentResult): RecordedDecision {
  return {
    reportToIco: decision.reportToIco,
    tellPeople: decision.tellPeople,
    tellPeopleException: decision.tellPeopleException,
    followsAdvice: followsAdvice(decision, advice),
    justification: decision.justification.trim(),
  };
}
