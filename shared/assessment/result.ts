import { z } from 'zod';

/**
 * What the engine decides and why. Stored with the breach record (Art. 33(5) asks for
 * the reasons behind each decision) and read back through this same schema, so the
 * checks below also catch a row that was edited into an impossible state.
 */

/** Overall risk to people: the three thresholds of Arts. 33 and 34. */
export const RISK_LEVELS = ['unlikely', 'risk', 'high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const TELL_PEOPLE_EXCEPTIONS = ['unintelligible', 'risk_no_longer_likely', 'disproportionate_effort'] as const;
/** Art. 34(3): (a) unintelligible, (b) risk no longer likely, (c) disproportionate effort. */
export type TellPeopleException = (typeof TELL_PEOPLE_EXCEPTIONS)[number];

export const REASON_EFFECTS = ['raises', 'lowers', 'neutral'] as const;
export type ReasonEffect = (typeof REASON_EFFECTS)[number];

export const SEVERITY_BANDS = ['low', 'medium', 'high', 'very_high'] as const;
export type SeverityBand = (typeof SEVERITY_BANDS)[number];

export const reasonSchema = z.object({
  /** Stable id of the factor, e.g. 'recipients', 'data_sensitivity'. */
  factor: z.string().min(1),
  /** One plain British-English sentence a non-expert understands. */
  text: z.string().min(1),
  /** Where the rule comes from, e.g. "UK GDPR Art. 33(1)". */
  basis: z.string().min(1),
  effect: z.enum(REASON_EFFECTS),
});
export type Reason = z.infer<typeof reasonSchema>;

/** ENISA (2013) severity, SE = DPC × EI + CB. An aid to judgement only, never the legal test. */
export const severityScoreSchema = z.object({
  dataProcessingContext: z.number().int().min(1).max(4),
  easeOfIdentification: z.number().min(0.25).max(1),
  circumstances: z.number().min(0).max(2),
  score: z.number().min(0).max(6),
  band: z.enum(SEVERITY_BANDS),
});
export type SeverityScore = z.infer<typeof severityScoreSchema>;

const riskLevelSchema = z.enum(RISK_LEVELS);

export const assessmentResultSchema = z
  .object({
    /** Which rules produced this result (ENGINE_VERSION). */
    engineVersion: z.string().min(1),
    riskLevel: riskLevelSchema,
    reportToIco: z.enum(['required', 'not_required']),
    tellPeople: z.enum(['required', 'not_required', 'exception_applies']),
    tellPeopleException: z.enum(TELL_PEOPLE_EXCEPTIONS).nullable(),
    /** Art. 34(3)(c): when telling each person is disproportionate, a public notice is needed instead. */
    publicNoticeNeeded: z.boolean(),
    /** True while any answer that matters is still "I don't know yet"; reassess when it is known. */
    provisional: z.boolean(),
    /** Risk from each kind of breach; null where that kind did not happen. */
    byBreachType: z.object({
      confidentiality: riskLevelSchema.nullable(),
      integrity: riskLevelSchema.nullable(),
      availability: riskLevelSchema.nullable(),
    }),
    reasons: z.array(reasonSchema).min(1),
    /** Plain sentences: what to find out next. */
    toFindOut: z.array(z.string().min(1)),
    severityScore: severityScoreSchema,
  })
  .superRefine((result, ctx) => {
    const problem = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if ((result.reportToIco === 'required') !== (result.riskLevel !== 'unlikely')) {
      problem('reportToIco', 'Reporting to the ICO must be required exactly when there is a risk');
    }
    if (result.tellPeople === 'required' && result.riskLevel !== 'high') {
      problem('tellPeople', 'Telling people can only be required when the risk is high');
    }
    if ((result.tellPeople === 'exception_applies') !== (result.tellPeopleException !== null)) {
      problem('tellPeopleException', 'Name the Art. 34(3) exception exactly when one applies');
    }
    if (result.publicNoticeNeeded !== (result.tellPeopleException === 'disproportionate_effort')) {
      problem('publicNoticeNeeded', 'A public notice is needed exactly when the disproportionate-effort exception applies');
    }
    if (result.provisional !== result.toFindOut.length > 0) {
      problem('provisional', 'A result is provisional exactly when there is something still to find out');
    }
  });

export type AssessmentResult = z.infer<typeof assessmentResultSchema>;
