import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Incident } from '../../../shared/incident';
import { makeTestRegister } from '../support/test-register';
import { bodyText, call, createIncident, flat, saveDocument } from './document-support';

/** The ICO form's remaining questions, saved through the contract and read back from the draft PDF. */
describe('the ICO draft PDF answers the form’s remaining questions from the saved record', () => {
  const register = makeTestRegister({ now: new Date('2026-11-25T09:00:00.000Z') });
  let incident: Incident;

  const pdf = async () => flat(bodyText((await saveDocument(register, 'document:save-pdf', { kind: 'ico-report', incidentId: incident.id })).path));

  beforeAll(async () => {
    await register.signIn();
    incident = await createIncident(register, { title: 'Ransomware on the shared drive', cyberIncident: 'yes', awareAt: '2026-11-24T09:00:00.000Z' });
  });
  afterAll(() => register.cleanup());

  it('a new record reads each of them as not yet known', async () => {
    const text = await pdf();
    expect(text).toContain(flat('Measures in place beforehand to prevent this kind of incident Not yet known — to follow'));
    expect(text).toContain(flat('Cyber incident: recovery time Not yet known — to follow'));
  });

  it('saved answers come back in the draft, and a second save changes only what it names', async () => {
    await call(register, 'incident:update', {
      id: incident.id,
      changes: {
        measuresBeforehand: 'Antivirus on every PC; a nightly offline backup.',
        staffRecentlyTrained: 'yes',
        involvedStaffTrained: 'no_staff_involved',
        icoStaffSpokenTo: 'yes',
        icoStaffSpokenToDetail: 'Helpline adviser “Siân”, 24 Nov 2026',
        cyberImpact: 'high',
        cyberRecoveryTime: 'extended',
      },
    });
    await call(register, 'incident:update', { id: incident.id, changes: { cyberRecoveryTime: 'complete' } });
    const saved = await call<Incident>(register, 'incident:get', { id: incident.id });
    expect(saved).toMatchObject({ measuresBeforehand: 'Antivirus on every PC; a nightly offline backup.', cyberImpact: 'high', cyberRecoveryTime: 'complete' });
    const text = await pdf();
    for (const expected of [
      'Measures in place beforehand to prevent this kind of incident Antivirus on every PC; a nightly offline backup.',
      'Do staff get recent data protection training? Yes',
      'Had the staff member involved been trained in the last two years? No particular member of staff was involved',
      'ICO staff already spoken to about this breach Helpline adviser “Siân”, 24 Nov 2026',
      'Cyber incident: impact on the organisation High: we have lost all ability to provide critical services',
      'Cyber incident: recovery time Already recovered',
    ]) {
      expect(text).toContain(flat(expected));
    }
  });

  it('refuses an answer outside the ICO form’s scale and changes nothing', async () => {
    const result = await register.dispatch('incident:update', { id: incident.id, changes: { cyberImpact: 'catastrophic' } });
    expect(result.ok).toBe(false);
    const saved = await call<Incident>(register, 'incident:get', { id: incident.id });
    expect(saved.cyberImpact).toBe('high');
  });
});
