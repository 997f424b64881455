import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../shared/audit';
import type { DocumentModel } from '../../../shared/documents/document-model';
import type { Incident } from '../../../shared/incident';
import type { RegisterPage } from '../../../shared/register-query';
import type { Reminder } from '../../../shared/reminders';
import { parseCsv } from '../../unit/documents/csv-reader';
import { call } from '../assessment/assessment-support';
import type { TestRegister } from '../audit/trail-scenario';
import { fireReminders, messages, tamper, verify } from '../audit/trail-scenario';
import { makeTestRegister } from '../support/test-register';

/** Worked case NM-1: an email with a client list is stopped in the outbox before it is sent. */
const STOPPED_EMAIL = {
  title: 'Client list email stopped in the outbox',
  whatHappened: 'An email with 40 clients’ addresses was addressed to the wrong firm; it was caught in the outbox and deleted unsent.',
  awareAt: '2026-11-24T10:00:00.000Z',
  cause: 'sent_to_wrong_recipient',
} as const;

async function recordNearMiss(register: TestRegister): Promise<Incident> {
  const incident = await call<Incident>(register, 'incident:create', STOPPED_EMAIL);
  return call<Incident>(register, 'incident:change-kind', { id: incident.id, kind: 'near_miss', reason: 'Caught in the outbox: never sent.' });
}

describe('near misses', () => {
  let register: TestRegister;
  beforeEach(async () => {
    register = makeTestRegister({ now: new Date('2026-11-25T09:00:00.000Z') });
    await register.signIn();
  });
  afterEach(() => register.cleanup());

  it('NM-1 an email stopped before sending: recorded as a near miss, no clock, no reminders, out of breach counts', async () => {
    const breach = await call<Incident>(register, 'incident:create', { title: 'Payslip sent to the wrong employee', awareAt: '2026-11-24T11:00:00.000Z' });
    const nearMiss = await recordNearMiss(register);
    expect(nearMiss.kind).toBe('near_miss');

    const breaches = await call<RegisterPage>(register, 'incident:list', {});
    expect(breaches.total).toBe(1);
    expect(breaches.items.map((item) => item.id)).toEqual([breach.id]);
    const nearMisses = await call<RegisterPage>(register, 'incident:list', { kind: 'near_miss' });
    expect(nearMisses.items.map((item) => [item.id, item.kind])).toEqual([[nearMiss.id, 'near_miss']]);
    const both = await call<RegisterPage>(register, 'incident:list', { kind: null });
    expect(both.total).toBe(2);
    // No deadline filter counts it either, even with breaches and near misses asked for.
    for (const deadline of ['not_started', 'running', 'due_soon', 'overdue', 'stopped', 'not_required'] as const) {
      const page = await call<RegisterPage>(register, 'incident:list', { kind: null, deadline });
      expect(page.items.map((item) => item.id)).not.toContain(nearMiss.id);
    }

    const running = await call<{ id: number }[]>(register, 'clock:running', {});
    expect(running.map((item) => item.id)).toEqual([breach.id]);

    // Past every reminder threshold: only the breach's reminders fire.
    register.clock.now = new Date('2026-11-27T12:00:00.000Z');
    fireReminders(register);
    const reminders = await call<Reminder[]>(register, 'reminder:unseen', {});
    expect(reminders.length).toBeGreaterThan(0);
    expect(reminders.every((reminder) => reminder.incidentId === breach.id)).toBe(true);
  });

  it('offers no ICO report, letter or notice for a near miss, and refuses a report or telling', async () => {
    const nearMiss = await recordNearMiss(register);
    for (const kind of ['ico-report', 'letter', 'controller-notice'] as const) {
      const result = await register.dispatch('document:preview', { request: { kind, incidentId: nearMiss.id } });
      expect(result.ok ? 'made' : result.error.message).toMatch(/near miss/);
    }
    const report = await register.dispatch('submission:record', {
      incidentId: nearMiss.id,
      kind: 'initial',
      submittedAt: '2026-11-25T08:00:00.000Z',
      channel: 'online_form',
      whatWasSent: 'x',
      icoCaseReference: '',
      lateReason: '',
    });
    expect(report.ok ? 'recorded' : report.error.message).toMatch(/near miss/);
    const telling = await register.dispatch('telling:record', { incidentId: nearMiss.id, toldAt: '2026-11-25T08:00:00.000Z', method: 'email', toldBy: 'Me', note: '' });
    expect(telling.ok ? 'recorded' : telling.error.message).toMatch(/near miss/);
  });

  it('lists near misses apart in the audit pack, never counted among its breaches', async () => {
    const breach = await call<Incident>(register, 'incident:create', { title: 'Payslip sent to the wrong employee', awareAt: '2026-11-24T11:00:00.000Z' });
    const nearMiss = await recordNearMiss(register);
    const pack = await call<DocumentModel>(register, 'document:preview', { request: { kind: 'audit-pack', range: { from: '2026-01-01', to: '2026-12-31' } } });
    const fields = pack.blocks.flatMap((block) => (block.kind === 'fields' ? block.rows : []));
    expect(fields.find((row) => row.label === 'Breaches in the period')?.value).toBe('1');
    const tables = pack.blocks.flatMap((block) => (block.kind === 'table' ? [block] : []));
    expect(tables[0]?.rows.map((row) => row[0])).toEqual([breach.reference]);
    const nearMisses = tables.find((table) => table.caption.startsWith('Near misses'));
    expect(nearMisses?.rows).toEqual([[nearMiss.reference, STOPPED_EMAIL.title, '24 Nov 2026', 'Sent or shown to the wrong person (email, post, fax)']]);
  });

  it('tells a near miss from a breach in the register CSV, with no ICO deadline', async () => {
    const breach = await call<Incident>(register, 'incident:create', { title: 'Payslip sent to the wrong employee', awareAt: '2026-11-24T11:00:00.000Z' });
    const nearMiss = await recordNearMiss(register);
    const saved = await call<{ base64: string }>(register, 'register:export-csv', { range: { from: '2026-01-01', to: '2026-12-31' } });
    const [header, ...records] = parseCsv(Buffer.from(saved.base64, 'base64').toString('utf8').slice(1));
    const cell = (reference: string, column: string) => records.find((r) => r[0] === reference)?.[header?.indexOf(column) ?? -1];
    expect(cell(breach.reference, 'Breach or near miss')).toBe('Breach');
    expect(cell(nearMiss.reference, 'Breach or near miss')).toBe('Near miss');
    expect(cell(breach.reference, 'ICO deadline')).not.toBe('');
    expect(cell(nearMiss.reference, 'ICO deadline')).toBe('');
  });

  it('turns into a breach and back only with a reason, each change on the trail with its reason', async () => {
    const nearMiss = await recordNearMiss(register);
    const noReason = await register.dispatch('incident:change-kind', { id: nearMiss.id, kind: 'breach', reason: '  ' });
    expect(noReason.ok).toBe(false);
    // The general update cannot slip the kind past the reason either.
    const sideDoor = await register.dispatch('incident:update', { id: nearMiss.id, changes: { kind: 'breach' } });
    expect(sideDoor.ok ? 'changed' : sideDoor.error.message).toMatch(/reason/);
    expect((await call<Incident>(register, 'incident:get', { id: nearMiss.id })).kind).toBe('near_miss');

    const breach = await call<Incident>(register, 'incident:change-kind', { id: nearMiss.id, kind: 'breach', reason: 'A second copy was sent from a phone.' });
    expect(breach.kind).toBe('breach');
    expect((await call<{ id: number }[]>(register, 'clock:running', {})).map((item) => item.id)).toEqual([nearMiss.id]);

    const timeline = await call<AuditEntry[]>(register, 'incident:timeline', { id: nearMiss.id });
    const kindEntries = timeline.filter((entry) => entry.action === 'made_near_miss' || entry.action === 'made_breach');
    expect(kindEntries.map((entry) => [entry.action, (entry.newValue as { reason: string }).reason])).toEqual([
      ['made_near_miss', 'Caught in the outbox: never sent.'],
      ['made_breach', 'A second copy was sent from a phone.'],
    ]);
    expect(timeline.filter((entry) => entry.field === 'kind').map((entry) => [entry.oldValue, entry.newValue])).toEqual([
      ['breach', 'near_miss'],
      ['near_miss', 'breach'],
    ]);
    expect((await verify(register)).intact).toBe(true);
  });

  it('keeps a breach reported to the ICO a breach', async () => {
    const incident = await call<Incident>(register, 'incident:create', { title: 'Laptop stolen', awareAt: '2026-11-24T10:00:00.000Z' });
    await call(register, 'submission:record', {
      incidentId: incident.id,
      kind: 'initial',
      submittedAt: '2026-11-24T12:00:00.000Z',
      channel: 'online_form',
      whatWasSent: 'Initial report',
      icoCaseReference: '',
      lateReason: '',
    });
    const result = await register.dispatch('incident:change-kind', { id: incident.id, kind: 'near_miss', reason: 'Found the laptop' });
    expect(result.ok ? 'changed' : result.error.message).toMatch(/reported to the ICO/);
  });

  it('names a breach turned into a near miss behind the trail’s back, and a near miss turned into a breach', async () => {
    const breach = await call<Incident>(register, 'incident:create', { title: 'Payslip sent to the wrong employee', awareAt: '2026-11-24T11:00:00.000Z' });
    const nearMiss = await recordNearMiss(register);
    expect((await verify(register)).intact).toBe(true);
    tamper(register, `UPDATE incident SET kind = 'near_miss' WHERE id = ${breach.id}; UPDATE incident SET kind = 'breach' WHERE id = ${nearMiss.id};`);
    const result = await verify(register);
    expect(result.intact).toBe(false);
    expect(messages(result)).toMatch(new RegExp(`${breach.reference}[^\\n]*kind`));
    expect(messages(result)).toMatch(new RegExp(`${nearMiss.reference}[^\\n]*kind`));
  });
});
