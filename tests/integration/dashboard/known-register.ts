import type { Dispatch } from '../../../electron/services/dispatch';
import type { AssessmentResult } from '../../../shared/assessment';
import type { Incident, IncidentFields } from '../../../shared/incident';
import { JUSTIFICATION, PAYROLL_ANSWERS } from '../documents/document-support';

/** What seeding needs: the app's operations and a clock it can set (a test register, or the services behind a browser test). */
export interface Seeder {
  dispatch: Dispatch;
  clock: { now: Date };
}

async function call<T>(register: Seeder, name: string, input: unknown): Promise<T> {
  const result = await register.dispatch(name, input);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

const createIncident = (register: Seeder, fields: Partial<IncidentFields> & { title: string }) => call<Incident>(register, 'incident:create', fields);

async function assess(register: Seeder, incidentId: number): Promise<void> {
  const advice = await call<AssessmentResult>(register, 'assessment:advise', { answers: PAYROLL_ANSWERS });
  await call(register, 'assessment:save', {
    incidentId,
    answers: PAYROLL_ANSWERS,
    decision: { reportToIco: advice.reportToIco, tellPeople: advice.tellPeople, tellPeopleException: advice.tellPeopleException, justification: JUSTIFICATION },
  });
}

/** The time the seeded register is looked at: Wed 2 Dec 2026, 12:00 GMT. */
export const SEEDED_NOW = new Date('2026-12-02T12:00:00.000Z');

async function at<T>(register: Seeder, instant: string, step: () => Promise<T>): Promise<T> {
  register.clock.now = new Date(instant);
  return step();
}

async function contain(register: Seeder, incident: Incident, instant: string): Promise<void> {
  await at(register, instant, () =>
    call(register, 'incident:update', { id: incident.id, changes: { status: 'contained', containment: 'Recalled the email and checked it was deleted.' } }),
  );
}

async function report(register: Seeder, incident: Incident, instant: string): Promise<void> {
  await at(register, instant, () =>
    call(register, 'submission:record', {
      incidentId: incident.id,
      kind: 'initial',
      submittedAt: instant,
      channel: 'online_form',
      whatWasSent: 'The facts known then, through the ICO online form.',
      icoCaseReference: '',
      lateReason: 'The person who knew the details was away.',
    }),
  );
}

/**
 * A register made through the app's own operations, with the clock set for each step, whose
 * figures were worked out by hand (see dashboard-service.test.ts).
 */
export async function seedKnownRegister(register: Seeder): Promise<Record<'jan' | 'apr' | 'oct' | 'dec' | 'before', Incident>> {
  // Aware at midnight on New Year's Day: contained after 24 hours, reported after 48.
  const jan = await at(register, '2026-01-01T09:00:00.000Z', () =>
    createIncident(register, { title: 'Payslips emailed to the wrong team', awareAt: '2026-01-01T00:00:00.000Z', breachTypes: ['integrity'], cause: 'system_failure' }),
  );
  await contain(register, jan, '2026-01-02T00:00:00.000Z');
  await at(register, '2026-01-02T01:00:00.000Z', () => assess(register, jan.id));
  await report(register, jan, '2026-01-03T00:00:00.000Z');

  // 23:30 UTC on 31 March is 00:30 BST on 1 April: contained after 48 hours, reported after 73 (late).
  const apr = await at(register, '2026-04-01T08:00:00.000Z', () =>
    createIncident(register, {
      title: 'Laptop stolen from a car',
      awareAt: '2026-03-31T23:30:00.000Z',
      breachTypes: ['confidentiality', 'availability'],
      cause: 'cyber_attack',
      actions: [
        { description: 'Change the shared passwords', owner: 'Sam', dueDate: '2026-11-30', done: false },
        { description: 'Train the team again', owner: 'Sam', dueDate: '2026-12-02', done: false },
        { description: 'Tell the insurer', owner: '', dueDate: '2026-11-01', done: true },
      ],
    }),
  );
  await contain(register, apr, '2026-04-02T23:30:00.000Z');
  await at(register, '2026-04-03T00:00:00.000Z', () => assess(register, apr.id));
  await report(register, apr, '2026-04-04T00:30:00.000Z');

  // 01:30 BST on the day the clocks go back: never assessed, never reported.
  const oct = await at(register, '2026-10-26T09:00:00.000Z', () =>
    createIncident(register, { title: 'Box of files left on a train', awareAt: '2026-10-25T00:30:00.000Z' }),
  );

  // No time of awareness yet.
  const dec = await at(register, '2026-12-01T10:00:00.000Z', () => createIncident(register, { title: 'Shared drive opened to everyone', cause: 'other' }));

  // Aware at 23:30 GMT on New Year's Eve 2025: before the period, with an overdue action.
  const before = await at(register, '2026-01-02T09:00:00.000Z', () =>
    createIncident(register, {
      title: 'Letter sent to an old address',
      awareAt: '2025-12-31T23:30:00.000Z',
      cause: 'sent_to_wrong_recipient',
      actions: [{ description: 'Update the address list', owner: 'Kim', dueDate: '2026-01-10', done: false }],
    }),
  );
  register.clock.now = SEEDED_NOW;
  return { jan, apr, oct, dec, before };
}
