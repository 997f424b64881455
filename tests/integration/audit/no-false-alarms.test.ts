import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Incident } from '../../../shared/incident';
import { call, WRONG_EMAIL_ANSWERS, ACCEPT } from '../assessment/assessment-support';
import { FULL_ORGANISATION } from '../documents/document-support';
import { FULL_INCIDENT } from '../support/full-incident';
import { makeTestRegister } from '../support/test-register';
import type { TestRegister } from './trail-scenario';
import { fireReminders, messages, verify } from './trail-scenario';

const HOUR = 3_600_000;

/** Every ordinary thing the app does, each followed by a full verify: none may raise a false alarm. */
type Operation = (register: TestRegister, incidents: Incident[]) => Promise<void>;

const later = (register: TestRegister, hours: number) => {
  register.clock.now = new Date(register.clock.now.getTime() + hours * HOUR);
};
const pick = (incidents: Incident[], index: number): Incident => {
  const incident = incidents[index % incidents.length];
  if (!incident) throw new Error('No incident to pick');
  return incident;
};

const OPERATIONS: Record<string, (index: number) => Operation> = {
  create: (index) => async (register, incidents) => {
    const awareAt = new Date(register.clock.now.getTime() - HOUR).toISOString();
    incidents.push(await call<Incident>(register, 'incident:create', { title: `Breach ${index}`, awareAt }));
  },
  update: (index) => async (register, incidents) => {
    if (incidents.length === 0) return;
    await call(register, 'incident:update', { id: pick(incidents, index).id, changes: { title: `Renamed ${index}`, causeDetail: `Detail ${index}` } });
  },
  assess: (index) => async (register, incidents) => {
    if (incidents.length === 0) return;
    await call(register, 'assessment:save', { incidentId: pick(incidents, index).id, answers: WRONG_EMAIL_ANSWERS, decision: { reportToIco: 'not_required', tellPeople: 'not_required', tellPeopleException: null, ...ACCEPT } });
  },
  submit: (index) => async (register, incidents) => {
    if (incidents.length === 0) return;
    const incident = pick(incidents, index);
    await call(register, 'submission:record', {
      incidentId: incident.id,
      kind: 'initial',
      submittedAt: register.clock.now.toISOString(),
      channel: 'phone',
      whatWasSent: 'Rang the helpline.',
      icoCaseReference: `IC-${index}`,
      lateReason: 'We were waiting for the IT firm.',
    });
  },
  tell: (index) => async (register, incidents) => {
    if (incidents.length === 0) return;
    await call(register, 'telling:record', { incidentId: pick(incidents, index).id, toldAt: register.clock.now.toISOString(), method: 'letter', toldBy: 'Manager', note: '' });
  },
  settings: (index) => async (register) => {
    await call(register, 'settings:update', { retentionYears: 1 + (index % 10), timeZone: 'Europe/London' });
  },
  security: (index) => async (register) => {
    await call(register, 'security:update', { idleLockMinutes: 5 + (index % 20), backupReminderDays: 7 + (index % 5) });
  },
  organisationLater: () => async (register) => {
    await call(register, 'settings:organisation-later', {});
  },
  organisation: () => async (register) => {
    await call(register, 'settings:organisation-update', { organisation: FULL_ORGANISATION });
  },
  remindersFire: (index) => async (register, incidents) => {
    later(register, 1 + (index % 30));
    fireReminders(register);
    if (incidents.length > 0) await call(register, 'reminder:dismiss', { incidentId: pick(incidents, index).id });
  },
  draft: (index) => async (register) => {
    await call(register, 'draft:save', { key: 'new-incident', values: { title: `Half typed ${index}` } });
  },
};

describe('verify after every ordinary operation', () => {
  let register: TestRegister;

  beforeEach(async () => {
    register = makeTestRegister();
    await register.signIn();
  });
  afterEach(() => register.cleanup());

  const expectIntact = async (after: string) => {
    const result = await verify(register);
    expect(`${after}: ${messages(result)}`).toBe(`${after}: `);
    expect(result.intact).toBe(true);
  };

  it('stays intact through random sequences of them', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom(...Object.keys(OPERATIONS)), fc.nat(1000)), { minLength: 1, maxLength: 8 }), async (steps) => {
        const incidents: Incident[] = [];
        for (const [name, index] of steps) {
          await OPERATIONS[name]?.(index)(register, incidents);
          await expectIntact(name);
        }
      }),
      { numRuns: 8 },
    );
  });

  it('stays intact through a removal after retention, a backup and its restore, and a restart', async () => {
    const closed = await call<Incident>(register, 'incident:create', {
      ...FULL_INCIDENT,
      status: 'closed',
      actions: FULL_INCIDENT.actions.map((action) => ({ ...action, done: true })),
    });
    await call(register, 'assessment:save', { incidentId: closed.id, answers: WRONG_EMAIL_ANSWERS, decision: { reportToIco: 'not_required', tellPeople: 'not_required', tellPeopleException: null, ...ACCEPT } });
    const kept = await call<Incident>(register, 'incident:create', { title: 'Kept', awareAt: '2026-11-24T10:00:00.000Z' });
    await expectIntact('created');
    await call(register, 'settings:organisation-later', {});
    await expectIntact('organisation question postponed');
    await call(register, 'security:update', { idleLockMinutes: 20, backupReminderDays: 10 });
    await expectIntact('security settings');
    register.clock.now = new Date('2033-06-01T09:00:00.000Z');
    await call(register, 'incident:remove-expired', { id: closed.id, confirmReference: closed.reference });
    await expectIntact('removed after retention');
    const backup = await call<{ path: string }>(register, 'backup:create', { folder: register.dir });
    await call(register, 'incident:update', { id: kept.id, changes: { title: 'Changed after the backup' } });
    const checked = await call<{ auditHead: string | null }>(register, 'backup:check', { file: backup.path });
    await call(register, 'backup:restore', { file: backup.path, confirmedHead: checked.auditHead });
    await register.signIn();
    await expectIntact('restored');
    expect((await call<Incident>(register, 'incident:get', { id: kept.id })).title).toBe('Kept');
    register.reopen();
    await register.signIn();
    await expectIntact('reopened');
  });
});
