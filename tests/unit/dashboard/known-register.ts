import type { DashboardBreach } from '../../../shared/dashboard/summary';

/**
 * A register whose figures were worked out by hand (see summary.test.ts), with breaches on the
 * days the clocks change, at a month boundary in summer time, at the year boundary, one without
 * a time of awareness, one outside the period and one near miss.
 */
const base: Omit<DashboardBreach, 'reference' | 'awareAt' | 'createdAt'> = {
  reportedAt: null,
  reportDecision: null,
  containedAt: null,
  breachTypes: [],
  cause: 'not_yet_known',
  assessed: true,
  actions: [],
};

export const KNOWN_NOW = new Date('2026-12-02T12:00:00.000Z');

export const KNOWN_REGISTER: Record<'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H' | 'I', DashboardBreach> = {
  // 00:30 GMT on the day the clocks go forward; reported after 36 hours, contained after 6.
  A: {
    ...base,
    reference: 'BR-2026-0002',
    awareAt: '2026-03-29T00:30:00.000Z',
    createdAt: '2026-03-29T01:00:00.000Z',
    reportedAt: '2026-03-30T12:30:00.000Z',
    reportDecision: 'required',
    containedAt: '2026-03-29T06:30:00.000Z',
    breachTypes: ['confidentiality'],
    cause: 'sent_to_wrong_recipient',
  },
  // 23:30 UTC on 31 March is 00:30 BST on 1 April: an April breach. Reported after 73 hours (late).
  B: {
    ...base,
    reference: 'BR-2026-0003',
    awareAt: '2026-03-31T23:30:00.000Z',
    createdAt: '2026-04-01T08:00:00.000Z',
    reportedAt: '2026-04-04T00:30:00.000Z',
    reportDecision: 'required',
    containedAt: '2026-04-02T23:30:00.000Z',
    breachTypes: ['confidentiality', 'availability'],
    cause: 'cyber_attack',
    actions: [
      { dueDate: '2026-11-30', done: false },
      { dueDate: '2026-12-02', done: false },
      { dueDate: '2026-11-01', done: true },
      { dueDate: null, done: false },
    ],
  },
  // 01:30 BST on the day the clocks go back; never reported, never assessed: overdue.
  C: { ...base, reference: 'BR-2026-0004', awareAt: '2026-10-25T00:30:00.000Z', createdAt: '2026-10-26T09:00:00.000Z', assessed: false },
  // No time of awareness: counted by when it was recorded (December), never timed.
  D: {
    ...base,
    reference: 'BR-2026-0005',
    awareAt: null,
    createdAt: '2026-12-01T10:00:00.000Z',
    reportedAt: '2026-12-01T12:00:00.000Z',
    breachTypes: ['integrity'],
    cause: 'other',
    assessed: false,
  },
  // No report needed; contained after 6 hours.
  E: {
    ...base,
    reference: 'BR-2026-0006',
    awareAt: '2026-11-30T12:00:00.000Z',
    createdAt: '2026-11-30T12:05:00.000Z',
    reportDecision: 'not_required',
    containedAt: '2026-11-30T18:00:00.000Z',
    breachTypes: ['availability'],
    cause: 'lost_or_stolen',
  },
  // A report is needed and the deadline (4 Dec) has not come yet.
  F: {
    ...base,
    reference: 'BR-2026-0007',
    awareAt: '2026-12-01T12:00:00.000Z',
    createdAt: '2026-12-01T12:05:00.000Z',
    reportDecision: 'required',
    breachTypes: ['confidentiality'],
    cause: 'sent_to_wrong_recipient',
  },
  // 23:30 GMT on New Year's Eve 2025: before the period, but its overdue action and missing assessment still count.
  G: {
    ...base,
    reference: 'BR-2025-0009',
    awareAt: '2025-12-31T23:30:00.000Z',
    createdAt: '2026-01-02T09:00:00.000Z',
    reportedAt: '2026-01-01T09:00:00.000Z',
    reportDecision: 'required',
    cause: 'lost_or_stolen',
    breachTypes: ['confidentiality'],
    assessed: false,
    actions: [{ dueDate: '2026-01-10', done: false }],
  },
  // A near miss: in the register, never counted.
  H: {
    ...base,
    reference: 'BR-2026-0008',
    awareAt: '2026-05-05T10:00:00.000Z',
    createdAt: '2026-05-05T10:00:00.000Z',
    breachTypes: ['confidentiality'],
    assessed: false,
    actions: [{ dueDate: '2026-06-01', done: false }],
    isNearMiss: true,
  },
  // Midnight at the start of the year (GMT): January. Reported after 48 hours, contained after 24.
  I: {
    ...base,
    reference: 'BR-2026-0001',
    awareAt: '2026-01-01T00:00:00.000Z',
    createdAt: '2026-01-01T09:00:00.000Z',
    reportedAt: '2026-01-03T00:00:00.000Z',
    reportDecision: 'required',
    containedAt: '2026-01-02T00:00:00.000Z',
    breachTypes: ['integrity'],
    cause: 'system_failure',
  },
};
