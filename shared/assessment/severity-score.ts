import type { Alteration, Disclosure, Identifiability, Unavailability } from './answers';
import type { SeverityBand, SeverityScore } from './result';
import { weighedDataCategories } from './judge';
import { DATA_CATEGORY_RULES, HARM_SEVERITY_RULES, PEOPLE_COUNT_RULES } from './rules';
import type { Facts } from './unknowns';

/**
 * Step 7 of the rules: ENISA's 2013 severity score, SE = DPC × EI + CB, shown as an aid.
 * It never changes the decision: the number of people and encryption are weighed on top
 * of it by the legal test in judge.ts.
 */

/** Ease of identification (EI). */
export const ENISA_EASE_OF_IDENTIFICATION: Record<Identifiability, number> = {
  hardly: 0.25,
  with_other_information: 0.5,
  easily: 1,
};

/** Circumstances of the breach (CB), summed. */
export const ENISA_CIRCUMSTANCES = {
  confidentiality: {
    no: 0,
    access_no_copy: 0.25,
    one_trusted_recipient: 0.25,
    few_known_recipients: 0.25,
    many_or_unknown_recipients: 0.5,
    public: 0.5,
  } satisfies Record<Disclosure, number>,
  integrity: { no: 0, put_right: 0.25, not_put_right: 0.5 } satisfies Record<Alteration, number>,
  availability: { no: 0, minutes: 0.25, hours: 0.25, days: 0.25, permanent: 0.5 } satisfies Record<Unavailability, number>,
  malicious: 0.5,
} as const;

/** Lower bounds of each band. */
export const ENISA_BANDS: readonly { from: number; band: SeverityBand }[] = [
  { from: 4, band: 'very_high' },
  { from: 3, band: 'high' },
  { from: 2, band: 'medium' },
  { from: 0, band: 'low' },
];

/**
 * Data processing context (DPC): the most sensitive kind of data (hashed passwords left out,
 * as in the legal test), moved one step towards the harm the person judged, and one step up
 * for children, vulnerable adults or patients and for volume (more than 1,000 people), as
 * ENISA adjusts it; the same inputs the legal test weighs.
 */
function dataProcessingContext(facts: Facts): number {
  const base = Math.max(1, ...weighedDataCategories(facts).map((c) => DATA_CATEGORY_RULES[c].enisaContext));
  const judged = HARM_SEVERITY_RULES[facts.harmSeverity];
  const context = Math.sign(judged - base);
  const vulnerability = facts.vulnerablePeople.length > 0 ? 1 : 0;
  const volume = PEOPLE_COUNT_RULES[facts.peopleCount].severityStep;
  return Math.min(4, Math.max(1, base + context + vulnerability + volume));
}

export function enisaSeverity(facts: Facts): SeverityScore {
  const dataContext = dataProcessingContext(facts);
  const ease = ENISA_EASE_OF_IDENTIFICATION[facts.identifiability];
  const circumstances =
    ENISA_CIRCUMSTANCES.confidentiality[facts.disclosure] +
    ENISA_CIRCUMSTANCES.integrity[facts.alteration] +
    ENISA_CIRCUMSTANCES.availability[facts.unavailability] +
    (facts.cause === 'malicious' ? ENISA_CIRCUMSTANCES.malicious : 0);
  // Quarters are exact in binary floating point, so no rounding is needed.
  const score = dataContext * ease + circumstances;
  const band = ENISA_BANDS.find((b) => score >= b.from)?.band ?? 'low';
  return { dataProcessingContext: dataContext, easeOfIdentification: ease, circumstances, score, band };
}
