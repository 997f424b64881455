import { describe, expect, it } from 'vitest';
import { EMPTY_INCIDENT_FIELDS } from '../../shared/incident';
import type { NextStepInput } from '../../shared/next-step';
import { nextStep } from '../../shared/next-step';

const ZONE = 'Europe/London';
const AWARE = '2026-12-01T18:20:00.000Z';
const HOUR = 3_600_000;

function input(changes: Partial<NextStepInput['incident']> = {}, rest: Partial<Omit<NextStepInput, 'incident'>> = {}): NextStepInput {
  return {
    incident: {
      ...EMPTY_INCIDENT_FIELDS,
      whatHappened: 'Payroll file emailed to the wrong client.',
      awareAt: AWARE,
      reportedAt: null,
      reportDecision: null,
      ...changes,
    },
    assessment: null,
    tellingsRecorded: 0,
    ...rest,
  };
}

const at = (hoursAfterAware: number) => new Date(Date.parse(AWARE) + hoursAfterAware * HOUR);
const assessed = { assessment: { tellPeople: 'required' as const, outOfDate: false } };

describe('the next step of a breach', () => {
  it('asks for what happened first, then for the time of awareness (the clock has not started)', () => {
    expect(nextStep(input({ whatHappened: '' }), at(1), ZONE)).toMatchObject({ kind: 'essentials', number: 1, target: { step: 'what' } });
    const noAwareness = nextStep(input({ awareAt: null }), at(1), ZONE);
    expect(noAwareness).toMatchObject({ kind: 'essentials', target: { step: 'when' }, deadlineLine: null });
    expect(noAwareness.explanation).toMatch(/has not started/);
  });

  it('asks for an assessment once the essentials are there, with the deadline beside it', () => {
    const step = nextStep(input(), at(2), ZONE);
    expect(step).toMatchObject({ kind: 'assess', number: 2, action: 'Assess the risk', urgency: 'calm' });
    expect(step.deadlineLine).toBe('Deadline Fri 4 Dec 2026, 18:20 — 2 days 22 hours left');
  });

  it('asks to assess again when the assessment is out of date', () => {
    const step = nextStep(input({}, { assessment: { tellPeople: 'not_required', outOfDate: true } }), at(2), ZONE);
    expect(step).toMatchObject({ kind: 'assess', action: 'Assess the risk again' });
  });

  it('leads to the ICO companion when the decision is to report, coloured as the deadline nears', () => {
    const soon = nextStep(input({ reportDecision: 'required' }, assessed), at(72 - 3 - 23 / 60), ZONE);
    expect(soon).toMatchObject({ kind: 'report', number: 3, action: 'Prepare the ICO report', target: { screen: 'ico-companion' }, urgency: 'due_soon' });
    expect(soon.deadlineLine).toBe('Deadline Fri 4 Dec 2026, 18:20 — 3 hours 23 minutes left');
    const late = nextStep(input({ reportDecision: 'required' }, assessed), at(75), ZONE);
    expect(late).toMatchObject({ kind: 'report', heading: 'Report to the ICO now', urgency: 'overdue' });
    expect(late.deadlineLine).toBe('Deadline Fri 4 Dec 2026, 18:20 — overdue by 3 hours');
  });

  it('never asks for the reasons for a delay before the breach is assessed', () => {
    const step = nextStep(input(), at(80), ZONE);
    expect(step.kind).toBe('assess');
    expect(step.explanation).not.toMatch(/reasons for the delay/);
  });

  it('asks to tell the people once reported, when the decision is to tell them', () => {
    const step = nextStep(input({ reportDecision: 'required', reportedAt: at(5).toISOString() }, assessed), at(6), ZONE);
    expect(step).toMatchObject({ kind: 'tell', target: { screen: 'letter' }, deadlineLine: null });
  });

  it('skips reporting and telling when the decision is neither', () => {
    const step = nextStep(input({ reportDecision: 'not_required' }, { assessment: { tellPeople: 'not_required', outOfDate: false } }), at(6), ZONE);
    expect(step).toMatchObject({ kind: 'containment', number: 5, target: { step: 'impact' } });
  });

  it('never asks a near miss or a processor to assess, report or tell: it goes on to containment, and no ICO clock is shown', () => {
    for (const kindAndRole of [{ kind: 'near_miss' as const }, { role: 'processor' as const }]) {
      const step = nextStep(input({ ...kindAndRole, reportDecision: null }), at(80), ZONE);
      expect(step).toMatchObject({ kind: 'containment', deadlineLine: null, urgency: 'calm' });
    }
  });

  it('asks for lessons and open actions once containment is recorded, then to close, then nothing', () => {
    const told = { assessment: { tellPeople: 'required' as const, outOfDate: false }, tellingsRecorded: 1 };
    const reported = { reportDecision: 'required' as const, reportedAt: at(5).toISOString() };
    const contained = { ...reported, containment: 'Recalled the email.' };
    expect(nextStep(input(contained, told), at(6), ZONE)).toMatchObject({ kind: 'containment', target: { step: 'actions' } });
    const withOpenAction = { ...contained, lessonsLearned: 'Check addresses.', actions: [{ description: 'Train staff', owner: '', dueDate: null, done: false }] };
    expect(nextStep(input(withOpenAction, told), at(6), ZONE).kind).toBe('containment');
    const finished = { ...contained, lessonsLearned: 'Check addresses.' };
    expect(nextStep(input(finished, told), at(6), ZONE)).toMatchObject({ kind: 'close', number: 6, target: { step: 'status' } });
    expect(nextStep(input({ ...finished, status: 'closed' }, told), at(6), ZONE)).toMatchObject({ kind: 'done', number: null, action: null });
  });
});
