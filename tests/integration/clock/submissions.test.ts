import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Incident } from '../../../shared/incident';
import type { IncidentSummary, RegisterPage } from '../../../shared/register-query';
import type { Submission } from '../../../shared/submission';
import { makeTestRegister } from '../support/test-register';

const AWARE = '2026-11-20T10:00:00.000Z'; // deadline Mon 23 Nov 10:00

describe('reports to the ICO and the clock', () => {
  let register: ReturnType<typeof makeTestRegister>;
  let incident: Incident;

  beforeEach(async () => {
    register = makeTestRegister({ now: new Date('2026-11-21T09:00:00.000Z') });
    await register.signIn();
    const created = await register.dispatch('incident:create', { title: 'Client list emailed to the wrong client', awareAt: AWARE });
    if (!created.ok) throw new Error(created.error.message);
    incident = created.value as Incident;
  });
  afterEach(() => register.cleanup());

  const report = (overrides: object = {}) =>
    register.dispatch('submission:record', {
      incidentId: incident.id,
      kind: 'initial',
      submittedAt: '2026-11-21T08:30:00.000Z',
      channel: 'online_form',
      whatWasSent: 'Initial report through the online form.',
      icoCaseReference: 'IC-123456-A1B2',
      lateReason: '',
      ...overrides,
    });

  it('stops the clock with an on-time initial report', async () => {
    const result = await report();
    expect(result.ok && (result.value as Submission[])[0]).toMatchObject({ late: false, recordedBy: 'Zoë Ødegård' });
    const read = await register.dispatch('incident:get', { id: incident.id });
    expect(read.ok && (read.value as Incident).reportedAt).toBe('2026-11-21T08:30:00.000Z');
    const stopped = await register.dispatch('incident:list', { deadline: 'stopped' });
    expect(stopped.ok && (stopped.value as RegisterPage).total).toBe(1);
    const running = await register.dispatch('clock:running', {});
    expect(running.ok && (running.value as IncidentSummary[])).toEqual([]);
  });

  it('refuses a late report without the reasons for the delay, and accepts it with them', async () => {
    register.clock.now = new Date('2026-11-24T09:00:00.000Z');
    const refused = await report({ submittedAt: '2026-11-23T10:00:01.000Z' });
    expect(refused).toMatchObject({ ok: false, error: { issues: [{ path: 'lateReason' }] } });
    const onTheDot = await report({ submittedAt: '2026-11-23T10:00:00.000Z' });
    expect(onTheDot.ok && (onTheDot.value as Submission[])[0]?.late).toBe(false);
  });

  it('accepts a late report with its reasons and marks it late', async () => {
    register.clock.now = new Date('2026-11-24T09:00:00.000Z');
    const accepted = await report({ submittedAt: '2026-11-24T08:00:00.000Z', lateReason: 'The processor told us only on Monday.' });
    expect(accepted.ok && (accepted.value as Submission[])[0]).toMatchObject({ late: true, lateReason: 'The processor told us only on Monday.' });
  });

  it('needs the ICO case reference on a follow-up, and refuses reports before awareness or in the future', async () => {
    expect(await report({ kind: 'follow_up', icoCaseReference: '' })).toMatchObject({ ok: false, error: { issues: [{ path: 'icoCaseReference' }] } });
    expect(await report({ submittedAt: '2026-11-19T10:00:00.000Z' })).toMatchObject({ ok: false, error: { issues: [{ path: 'submittedAt' }] } });
    expect(await report({ submittedAt: '2026-11-22T10:00:00.000Z' })).toMatchObject({ ok: false, error: { issues: [{ path: 'submittedAt' }] } });
  });

  it('keeps follow-ups without moving the clock’s stop time', async () => {
    await report();
    register.clock.now = new Date('2026-11-26T09:00:00.000Z');
    const followUp = await report({ kind: 'follow_up', submittedAt: '2026-11-26T08:00:00.000Z', whatWasSent: 'Numbers confirmed.' });
    expect(followUp.ok && (followUp.value as Submission[]).map((s) => s.kind)).toEqual(['initial', 'follow_up']);
    const read = await register.dispatch('incident:get', { id: incident.id });
    expect(read.ok && (read.value as Incident).reportedAt).toBe('2026-11-21T08:30:00.000Z');
  });

  it('records telling the people affected', async () => {
    const told = await register.dispatch('telling:record', {
      incidentId: incident.id,
      toldAt: '2026-11-21T08:00:00.000Z',
      method: 'email',
      toldBy: 'Office manager',
      note: 'Sent the letter as its own email.',
    });
    expect(told.ok && told.value).toMatchObject([{ method: 'email', toldBy: 'Office manager' }]);
    const timeline = await register.dispatch('incident:timeline', { id: incident.id });
    expect(timeline.ok && JSON.stringify(timeline.value)).toContain('people_told');
  });

  it('moves the time of awareness only with a reason, which lands on the audit trail', async () => {
    const plain = await register.dispatch('incident:update', { id: incident.id, changes: { awareAt: '2026-11-20T14:00:00.000Z' } });
    expect(plain).toMatchObject({ ok: false, error: { issues: [{ path: 'awareAt' }] } });
    const noReason = await register.dispatch('incident:correct-awareness', { id: incident.id, awareAt: '2026-11-20T14:00:00.000Z', reason: '' });
    expect(noReason.ok).toBe(false);
    const corrected = await register.dispatch('incident:correct-awareness', {
      id: incident.id,
      awareAt: '2026-11-20T14:00:00.000Z',
      reason: 'Our IT provider told us at 14:00, not 10:00.',
    });
    expect(corrected.ok && (corrected.value as Incident).awareAt).toBe('2026-11-20T14:00:00.000Z');
    const timeline = await register.dispatch('incident:timeline', { id: incident.id });
    expect(timeline.ok && JSON.stringify(timeline.value)).toContain('Our IT provider told us at 14:00, not 10:00.');
    const verify = await register.dispatch('register:verify', {});
    expect(verify.ok && verify.value).toMatchObject({ intact: true });
  });
});
