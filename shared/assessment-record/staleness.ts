import type { AssessmentAnswers, AssessmentResult } from '../assessment';
import { ENGINE_VERSION, assessBreach } from '../assessment';
import type { IncidentFields } from '../incident';
import type { AssessmentVersion, Staleness } from './assessment-version';
import { describeRecordChanges } from './describe-record-changes';
import { changedQuestions, mergeRecordChanges } from './merge-record-changes';
import { prefillAnswers } from './prefill';
import type { RecordBasis } from './record-basis';
import { recordBasisOf } from './record-basis';

export const RULES_CHANGED_TEXT = "Breachlog's assessment rules have changed since this assessment, and they now give different advice.";

export const SAME_ANSWERS_DIFFER_TEXT = 'The saved advice no longer matches its own answers, so assess the risk again.';

const NOT_STALE: Staleness = { stale: false, reason: null };

/**
 * Whether an assessment still stands against the record as it is now (issue 4: "if the
 * incident later changes in a way that would change the advice, … the assessment is out of
 * date"). The record's changes are carried into the stored answers and the engine is run
 * again; only a different outcome makes it out of date, not every edit.
 *
 * The harm answer was a judgement about the data as it was then. When special category or
 * criminal offence data joins the answers, that judgement no longer covers it, so the re-run
 * treats the harm as not known (the worst plausible harm) until the person assesses again.
 */
export function assessmentStaleness(
  version: Pick<AssessmentVersion, 'answers' | 'advice' | 'fromRecord'>,
  record: Pick<IncidentFields, keyof RecordBasis>,
): Staleness {
  const now = recordBasisOf(record);
  const before = prefillAnswers(version.fromRecord);
  const after = prefillAnswers(now);
  const merged = mergeRecordChanges(version.answers, before, after);
  const rerun = assessBreach(reopenHarmJudgement(version.answers, merged));
  if (sameOutcome(rerun, version.advice)) return NOT_STALE;

  const changes = describeRecordChanges(version.fromRecord, now, changedQuestions(before, after));
  if (changes.length > 0) return { stale: true, reason: changes.join(' ') };
  return { stale: true, reason: version.advice.engineVersion === ENGINE_VERSION ? SAME_ANSWERS_DIFFER_TEXT : RULES_CHANGED_TEXT };
}

const isSpecialOrCriminal = (category: string) => category.startsWith('special_') || category === 'criminal_offence';

function reopenHarmJudgement(stored: AssessmentAnswers, merged: AssessmentAnswers): AssessmentAnswers {
  const gained = merged.dataCategories.filter((c) => isSpecialOrCriminal(c) && !stored.dataCategories.includes(c));
  return gained.length > 0 ? { ...merged, harmSeverity: 'unknown' } : merged;
}

/** The parts of the advice a decision rests on. */
export function sameOutcome(a: AssessmentResult, b: AssessmentResult): boolean {
  return (
    a.riskLevel === b.riskLevel &&
    a.reportToIco === b.reportToIco &&
    a.tellPeople === b.tellPeople &&
    a.tellPeopleException === b.tellPeopleException
  );
}
