import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../shared/audit';
import { CONTROLLER_NOTICE_HEADINGS } from '../../../shared/documents/controller-notice';
import type { Incident } from '../../../shared/incident';
import { DATA_CATEGORY_LABELS } from '../../../shared/labels';
import type { RegisterPage } from '../../../shared/register-query';
import type { Reminder } from '../../../shared/reminders';
import { call } from '../assessment/assessment-support';
import type { TestRegister } from '../audit/trail-scenario';
import { fireReminders, messages, tamper, verify } from '../audit/trail-scenario';
import { FULL_ORGANISATION, bodyText, flat, qpdfCheck, saveDocument } from '../documents/document-support';
import { makeTestRegister } from '../support/test-register';

/** Worked case PR-1: a payroll bureau finds that a client's payslips went to the wrong employer. */
const PAYROLL_BUREAU_BREACH = {
  title: 'Client payslips uploaded to the wrong employer’s portal',
  whatHappened: 'November payslips for Ørsted Joinery staff were uploaded to another client’s portal for two hours.',
  howDiscovered: 'The other client rang our helpdesk.',
  discoveredAt: '2026-11-24T09:10:00.000Z',
  awareAt: '2026-11-24T09:30:00.000Z',
  cause: 'sent_to_wrong_recipient',
  breachTypes: ['confidentiality'],
  dataCategories: ['basic_identifiers', 'financial'],
  peopleCount: { kind: 'exact', value: 18 },
  likelyConsequences: 'Salaries and bank details seen by another employer; risk of fraud and distress.',
  containment: 'Files removed from the portal at 11:05; the other client confirmed no downloads.',
  role: 'processor',
  controllerName: 'Ørsted Joinery Ltd',
  controllerContact: 'Agnieszka Wróbel, office manager — agnieszka@orsted-joinery.example, 0161 496 0101',
} as const;

describe('as processor: telling the controller', () => {
  let register: TestRegister;
  beforeEach(async () => {
    register = makeTestRegister({ now: new Date('2026-11-24T11:30:00.000Z') });
    await register.signIn();
    await call(register, 'settings:organisation-update', { organisation: FULL_ORGANISATION });
  });
  afterEach(() => register.cleanup());

  it('PR-1 a payroll bureau’s breach in a client’s data: no ICO countdown, tell the controller without undue delay', async () => {
    const incident = await call<Incident>(register, 'incident:create', PAYROLL_BUREAU_BREACH);
    expect(incident.role).toBe('processor');
    // No ICO clock: not among running clocks, under any deadline filter, or in the reminders.
    expect(await call<unknown[]>(register, 'clock:running', {})).toEqual([]);
    for (const deadline of ['not_started', 'running', 'due_soon', 'overdue'] as const) {
      expect((await call<RegisterPage>(register, 'incident:list', { deadline })).total).toBe(0);
    }
    register.clock.now = new Date('2026-11-27T12:00:00.000Z');
    fireReminders(register);
    expect(await call<Reminder[]>(register, 'reminder:unseen', {})).toEqual([]);
    // It is still a breach in the register's counts.
    const page = await call<RegisterPage>(register, 'incident:list', {});
    expect(page.items.map((item) => [item.kind, item.role, item.controllerToldAt])).toEqual([['breach', 'processor', null]]);

    // The controller decides on the ICO: the processor records no report and gets no ICO draft.
    const report = await register.dispatch('submission:record', {
      incidentId: incident.id, kind: 'initial', submittedAt: '2026-11-24T12:00:00.000Z', channel: 'online_form', whatWasSent: 'x', icoCaseReference: '', lateReason: '',
    });
    expect(report.ok ? 'recorded' : report.error.message).toMatch(/tell the controller/);
    const draft = await register.dispatch('document:preview', { request: { kind: 'ico-report', incidentId: incident.id } });
    expect(draft.ok ? 'made' : draft.error.message).toMatch(/notice to the controller/i);

    const told = await call<Incident>(register, 'incident:update', { id: incident.id, changes: { controllerToldAt: '2026-11-24T11:15:00.000Z' } });
    expect(told.controllerToldAt).toBe('2026-11-24T11:15:00.000Z');
    const timeline = await call<AuditEntry[]>(register, 'incident:timeline', { id: incident.id });
    expect(timeline.some((entry) => entry.field === 'controllerToldAt' && entry.newValue === '2026-11-24T11:15:00.000Z')).toBe(true);
  });

  it('makes the notice to the controller as a PDF and as text, with what Art. 33(2) and the contract need', async () => {
    const incident = await call<Incident>(register, 'incident:create', PAYROLL_BUREAU_BREACH);
    const { path, fileName } = await saveDocument(register, 'document:save-pdf', { kind: 'controller-notice', incidentId: incident.id });
    expect(fileName).toBe(`${incident.reference} notice to the controller 2026-11-24.pdf`);
    expect(qpdfCheck(path)).toMatch(/No syntax or stream encoding errors/);
    const text = flat(bodyText(path));
    for (const heading of CONTROLLER_NOTICE_HEADINGS) expect(text).toContain(heading);
    for (const fact of [
      'To (controller) Ørsted Joinery Ltd',
      'agnieszka@orsted-joinery.example',
      'UK GDPR Art. 33(2)',
      PAYROLL_BUREAU_BREACH.whatHappened,
      'When we discovered it Tue 24 Nov 2026, 09:10',
      'Approximate number of people 18',
      DATA_CATEGORY_LABELS.financial,
      PAYROLL_BUREAU_BREACH.likelyConsequences,
      PAYROLL_BUREAU_BREACH.containment,
      FULL_ORGANISATION.contact.email,
    ]) {
      expect(text).toContain(flat(fact));
    }
    const plain = await saveDocument(register, 'document:save-text', { kind: 'controller-notice', incidentId: incident.id });
    expect(plain.fileName).toBe(`${incident.reference} notice to the controller 2026-11-24.txt`);
  });

  it('offers the notice only to a processor, and refuses a controller recorded without a role change', async () => {
    const own = await call<Incident>(register, 'incident:create', { title: 'Our own laptop stolen' });
    const notice = await register.dispatch('document:preview', { request: { kind: 'controller-notice', incidentId: own.id } });
    expect(notice.ok ? 'made' : notice.error.message).toMatch(/for a processor/);
    const stray = await register.dispatch('incident:update', { id: own.id, changes: { controllerName: 'Someone' } });
    expect(stray.ok ? 'saved' : JSON.stringify(stray.error.issues)).toMatch(/processor/);
  });

  it('names a controller-told time changed behind the trail’s back', async () => {
    const incident = await call<Incident>(register, 'incident:create', { ...PAYROLL_BUREAU_BREACH, controllerToldAt: '2026-11-24T11:15:00.000Z' });
    tamper(register, `UPDATE incident SET controller_told_at = '2026-11-24T09:45:00.000Z' WHERE id = ${incident.id}`);
    const result = await verify(register);
    expect(result.intact).toBe(false);
    expect(messages(result)).toMatch(new RegExp(`${incident.reference}[^\\n]*controller_told_at`));
  });
});

describe('as controller told by a processor', () => {
  let register: TestRegister;
  beforeEach(async () => {
    register = makeTestRegister({ now: new Date('2026-11-25T09:00:00.000Z') });
    await register.signIn();
  });
  afterEach(() => register.cleanup());

  it('CT-1 WP250-B7: a hosting processor tells us of a bug; the 72 hours start when we are told', async () => {
    const incident = await call<Incident>(register, 'incident:create', { title: 'Hosting bug showed customers each other’s accounts' });
    const told = await call<Incident>(register, 'incident:told-by-processor', { id: incident.id, processorName: 'Nimbus Hosting Ltd', toldAt: '2026-11-24T15:20:00.000Z' });
    expect([told.processorName, told.processorToldAt, told.awareAt]).toEqual(['Nimbus Hosting Ltd', '2026-11-24T15:20:00.000Z', '2026-11-24T15:20:00.000Z']);
    const running = await call<{ id: number; awareAt: string }[]>(register, 'clock:running', {});
    expect(running.map((item) => [item.id, item.awareAt])).toEqual([[incident.id, '2026-11-24T15:20:00.000Z']]);
  });

  it('CT-2 awareness recorded later than the processor’s call moves back to the call, with the reason on the trail', async () => {
    const incident = await call<Incident>(register, 'incident:create', { title: 'Payroll bureau emailed our staff list to another client', awareAt: '2026-11-25T08:00:00.000Z' });
    const told = await call<Incident>(register, 'incident:told-by-processor', { id: incident.id, processorName: 'Acme Payroll', toldAt: '2026-11-24T17:45:00.000Z' });
    expect(told.awareAt).toBe('2026-11-24T17:45:00.000Z');
    const timeline = await call<AuditEntry[]>(register, 'incident:timeline', { id: incident.id });
    const correction = timeline.find((entry) => entry.action === 'awareness_corrected');
    expect((correction?.newValue as { reason: string }).reason).toMatch(/Acme Payroll \(the processor\) told us on Tue 24 Nov 2026, 17:45.*Art\. 33\(2\)/);
  });

  it('CT-3 a controller that knew before the processor told it keeps its earlier awareness', async () => {
    const incident = await call<Incident>(register, 'incident:create', { title: 'Ransomware note on the shared drive', awareAt: '2026-11-24T08:00:00.000Z' });
    const told = await call<Incident>(register, 'incident:told-by-processor', { id: incident.id, processorName: 'IT Helpdesk Ltd', toldAt: '2026-11-24T10:00:00.000Z' });
    expect(told.awareAt).toBe('2026-11-24T08:00:00.000Z');
  });

  it('refuses an awareness later than the processor’s call, and a call with no processor named', async () => {
    const incident = await call<Incident>(register, 'incident:create', { title: 'Told by the IT provider', processorName: 'IT Helpdesk Ltd', processorToldAt: '2026-11-24T10:00:00.000Z', awareAt: '2026-11-24T10:00:00.000Z' });
    const later = await register.dispatch('incident:correct-awareness', { id: incident.id, awareAt: '2026-11-24T12:00:00.000Z', reason: 'Only read the email at noon' });
    expect(later.ok ? 'moved' : JSON.stringify(later.error.issues)).toMatch(/became aware when you were told/);
    const nameless = await register.dispatch('incident:told-by-processor', { id: incident.id, processorName: ' ', toldAt: '2026-11-24T10:00:00.000Z' });
    expect(nameless.ok).toBe(false);
  });
});
