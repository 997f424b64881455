import type { AssessmentAnswers } from './answers';
import { judge } from './judge';
import { explain } from './reasons';
import type { AssessmentResult } from './result';
import { enisaSeverity } from './severity-score';
import { decideTelling } from './telling';
import { UNKNOWN_TEXTS, resolveUnknowns, unknownsThatMatter } from './unknowns';
import { ENGINE_VERSION } from './version';

/**
 * Assesses a personal data breach: answers in, decision and reasons out.
 *
 * Pure and deterministic: no clock, no I/O, the same answers always give a deep-equal
 * result. The rules are documented at the top of rules.ts. `answers` must already have
 * been parsed with `assessmentAnswersSchema`.
 */
export function assessBreach(answers: AssessmentAnswers): AssessmentResult {
  const resolved = resolveUnknowns(answers);
  const { facts } = resolved;
  const judgement = judge(facts);
  const telling = decideTelling(facts, judgement);
  const unknowns = unknownsThatMatter(resolved, judgement.overall === 'high');
  const severityScore = enisaSeverity(facts);

  return {
    engineVersion: ENGINE_VERSION,
    riskLevel: judgement.overall,
    reportToIco: judgement.overall === 'unlikely' ? 'not_required' : 'required',
    ...telling,
    provisional: unknowns.length > 0,
    byBreachType: {
      confidentiality: judgement.confidentiality?.level ?? null,
      integrity: judgement.integrity?.level ?? null,
      availability: judgement.availability,
    },
    reasons: explain({ facts, unknownsThatMatter: unknowns, judgement, telling, severityScore }),
    toFindOut: unknowns.map((id) => UNKNOWN_TEXTS[id].findOut),
    severityScore,
  };
}
