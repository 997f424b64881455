/**
 * A saved risk assessment of one incident: the answers, the engine's advice, the person's
 * decision, the record it was based on; and the pure rules around it (prefill from the
 * record, whether a decision needs a justification, whether a version is out of date).
 */
export * from './assessment-version';
export * from './decision';
export { prefillAnswers, peopleCountBand } from './prefill';
export type { Prefill } from './prefill';
export { recordBasisOf, recordBasisSchema } from './record-basis';
export type { RecordBasis } from './record-basis';
export { assessmentStaleness, RULES_CHANGED_TEXT, SAME_ANSWERS_DIFFER_TEXT, sameOutcome } from './staleness';
export { mergeRecordChanges } from './merge-record-changes';
export { recordCorrections } from './record-corrections';
export type { RecordCorrections } from './record-corrections';
