import type { Clock } from './deadline';
import { hasIcoClock } from './clock-running';
import { clockState, describeDuration } from './deadline';
import type { Incident } from './incident';
import { formatUkDateTime } from './uk-time';

/**
 * The one next thing to do for a breach, in the order the law puts the duties (domain.md §2):
 *
 *  1. Finish the essentials: what happened and when the organisation became aware (the clock
 *     cannot start without it).
 *  2. Assess the risk, or assess it again when the record has changed since.
 *  3. Report to the ICO, when the decision is to report and no report is recorded yet.
 *  4. Tell the people affected, when the decision is to tell them and nobody is recorded as told.
 *  5. Record containment and the lessons learned, and finish the open actions.
 *  6. Close the breach.
 *
 * The first step not yet done is the next step; a closed breach has none. The ICO deadline is
 * shown beside whichever step it is while the clock runs, so the time left is never out of sight.
 * Time is a parameter: nothing here reads the system clock.
 */

export const NEXT_STEP_KINDS = ['essentials', 'assess', 'report', 'tell', 'containment', 'close', 'done'] as const;
export type NextStepKind = (typeof NEXT_STEP_KINDS)[number];

/** Where the step's one button goes: the screens that do it. */
export type NextStepTarget =
  | { screen: 'edit-incident'; step: 'what' | 'when' | 'impact' | 'actions' | 'status' }
  | { screen: 'assess-incident' }
  | { screen: 'ico-companion' }
  | { screen: 'letter' }
  | { screen: 'incident' };

export type Urgency = 'calm' | 'due_soon' | 'overdue';

export interface NextStepInput {
  incident: Pick<
    Incident,
    'awareAt' | 'reportedAt' | 'reportDecision' | 'whatHappened' | 'containment' | 'lessonsLearned' | 'actions' | 'status'
  > &
    Partial<Pick<Incident, 'kind' | 'role' | 'controllerToldAt'>>;
  /** The current assessment, or null when the breach has never been assessed. */
  assessment: { tellPeople: 'required' | 'not_required' | 'exception_applies'; outOfDate: boolean } | null;
  tellingsRecorded: number;
}

export interface NextStep {
  kind: NextStepKind;
  /** "Step 3 of 6" in the card; null once the breach is closed. */
  number: number | null;
  heading: string;
  explanation: string;
  /** The primary button's words; null when there is nothing left to do. */
  action: string | null;
  target: NextStepTarget;
  /** The ICO clock, shown with every step while it runs. */
  clock: Clock;
  deadlineLine: string | null;
  urgency: Urgency;
}

export const NEXT_STEP_COUNT = 6;

/**
 * Which duties still stand, in order; the first true one is the next step. A near miss or a
 * processor's breach has no assessment, report or telling step of its own (hasIcoClock).
 */
const STEP_ORDER: readonly { kind: Exclude<NextStepKind, 'done'>; pending: (input: NextStepInput) => boolean }[] = [
  { kind: 'essentials', pending: ({ incident }) => incident.whatHappened.trim() === '' || incident.awareAt === null },
  { kind: 'assess', pending: ({ incident, assessment }) => hasIcoClock(incident) && (assessment === null || assessment.outOfDate) },
  {
    kind: 'report',
    pending: ({ incident }) => hasIcoClock(incident) && incident.reportDecision === 'required' && incident.reportedAt === null,
  },
  {
    kind: 'tell',
    pending: ({ incident, assessment, tellingsRecorded }) => hasIcoClock(incident) && assessment?.tellPeople === 'required' && tellingsRecorded === 0,
  },
  {
    kind: 'containment',
    pending: ({ incident }) =>
      incident.containment.trim() === '' || incident.lessonsLearned.trim() === '' || incident.actions.some((a) => !a.done),
  },
  { kind: 'close', pending: ({ incident }) => incident.status !== 'closed' },
];

export function nextStep(input: NextStepInput, now: Date, timeZone: string): NextStep {
  const clock = clockState(input.incident, now);
  const urgency: Urgency = clock.state === 'overdue' ? 'overdue' : clock.state === 'due_soon' ? 'due_soon' : 'calm';
  const deadlineLine = describeDeadline(clock, timeZone);
  const index = STEP_ORDER.findIndex((step) => step.pending(input));
  const kind: NextStepKind = index === -1 ? 'done' : (STEP_ORDER[index]?.kind ?? 'done');
  const words = stepWords(kind, input, clock);
  return { kind, number: index === -1 ? null : index + 1, ...words, clock, deadlineLine, urgency };
}

/** "Deadline Fri 4 Dec 2026, 18:20 — 3 h 23 min left", or null when no clock is running. */
export function describeDeadline(clock: Clock, timeZone: string): string | null {
  if (!clock.deadline || clock.msRemaining === null) return null;
  const when = formatUkDateTime(clock.deadline, timeZone);
  if (clock.state === 'overdue') return `Deadline ${when} — overdue by ${describeDuration(-clock.msRemaining, 'floor')}`;
  return `Deadline ${when} — ${describeDuration(clock.msRemaining, 'floor')} left`;
}

type StepWords = Pick<NextStep, 'heading' | 'explanation' | 'action' | 'target'>;

function stepWords(kind: NextStepKind, input: NextStepInput, clock: Clock): StepWords {
  const { incident } = input;
  switch (kind) {
    case 'essentials':
      return incident.whatHappened.trim() === ''
        ? {
            heading: 'Finish the essentials: what happened',
            explanation: 'Describe the breach in plain words. The risk assessment and the ICO report are built from it.',
            action: 'Describe what happened',
            target: { screen: 'edit-incident', step: 'what' },
          }
        : {
            heading: 'Finish the essentials: when you became aware',
            explanation:
              'The ICO’s 72-hour clock starts when your organisation became reasonably sure personal data was involved. It has not started yet.',
            action: 'Record when you became aware',
            target: { screen: 'edit-incident', step: 'when' },
          };
    case 'assess':
      return input.assessment?.outOfDate
        ? {
            heading: 'Assess the risk again',
            explanation: 'The record has changed since the last assessment, in a way that can change the advice.',
            action: 'Assess the risk again',
            target: { screen: 'assess-incident' },
          }
        : {
            heading: 'Assess the risk',
            explanation: 'A few questions decide whether to report this breach to the ICO and whether to tell the people affected.',
            action: 'Assess the risk',
            target: { screen: 'assess-incident' },
          };
    case 'report':
      return {
        heading: clock.state === 'overdue' ? 'Report to the ICO now' : 'Report to the ICO',
        explanation:
          clock.state === 'overdue'
            ? 'The 72-hour deadline has passed. Report now and give the reasons for the delay (Art. 33(1)).'
            : 'Your decision is to report this breach. Each answer for the ICO’s online form is ready to copy, section by section.',
        action: 'Prepare the ICO report',
        target: { screen: 'ico-companion' },
      };
    case 'tell':
      return {
        heading: 'Tell the people affected',
        explanation: 'Your decision is to tell them (Art. 34). Check the letter, send it, then record when and how they were told.',
        action: 'Write the letter',
        target: { screen: 'letter' },
      };
    case 'containment': {
      const containmentMissing = incident.containment.trim() === '';
      return {
        heading: 'Record containment and lessons',
        explanation: containmentMissing
          ? 'Say how the breach was contained and what was done to limit the harm.'
          : 'Record the lessons learned and finish or remove the open actions.',
        action: containmentMissing ? 'Record containment' : 'Record lessons and actions',
        target: { screen: 'edit-incident', step: containmentMissing ? 'impact' : 'actions' },
      };
    }
    case 'close':
      return {
        heading: 'Close the breach',
        explanation: 'Everything the law asks for is recorded. Mark the breach closed; the register keeps it for audit.',
        action: 'Close the breach',
        target: { screen: 'edit-incident', step: 'status' },
      };
    case 'done':
      return {
        heading: 'Closed: nothing left to do',
        explanation: 'The breach is closed. If new facts come to light, reopen it and assess the risk again.',
        action: null,
        target: { screen: 'incident' },
      };
  }
}
