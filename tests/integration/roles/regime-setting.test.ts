import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../../shared/documents/document-model';
import type { Incident } from '../../../shared/incident';
import type { Settings } from '../../../shared/settings';
import { call } from '../assessment/assessment-support';
import type { TestRegister } from '../audit/trail-scenario';
import { messages, tamper, verify } from '../audit/trail-scenario';
import { makeTestRegister } from '../support/test-register';
import { trailValues } from '../support/stored-json';

describe('choosing the regime in settings', () => {
  let register: TestRegister;
  beforeEach(async () => {
    register = makeTestRegister();
    await register.signIn();
  });
  afterEach(() => register.cleanup());

  it('is UK GDPR until changed, keeps PECR once chosen, and a save that leaves it out keeps it', async () => {
    expect((await call<Settings>(register, 'settings:get', {})).regime).toBe('uk_gdpr');
    await call(register, 'settings:update', { retentionYears: 6, timeZone: 'Europe/London', regime: 'pecr' });
    await call(register, 'settings:update', { retentionYears: 7, timeZone: 'Europe/London' });
    register.reopen();
    expect(await call<Settings>(register, 'settings:get', {})).toEqual({ retentionYears: 7, timeZone: 'Europe/London', regime: 'pecr' });
    const bad = await register.dispatch('settings:update', { retentionYears: 7, timeZone: 'Europe/London', regime: 'eu_gdpr' });
    expect(bad.ok).toBe(false);
  });

  it('puts the change on the trail, and names a regime changed behind its back', async () => {
    await call(register, 'settings:update', { retentionYears: 6, timeZone: 'Europe/London', regime: 'pecr' });
    const db = register.session.current()?.db;
    if (!db) throw new Error('not open');
    const values = trailValues(db, "action = 'settings_changed'").at(-1);
    expect(JSON.parse(values ?? '{}')).toMatchObject({ old: { regime: 'uk_gdpr' }, new: { regime: 'pecr' } });
    expect((await verify(register)).intact).toBe(true);
    tamper(register, `UPDATE setting SET value_json = json_set(value_json, '$.regime', 'uk_gdpr') WHERE key = 'register'`);
    const result = await verify(register);
    expect(result.intact).toBe(false);
    expect(messages(result)).toMatch(/regime/);
  });

  it('words the notice to the controller from the chosen regime’s data', async () => {
    await call(register, 'settings:update', { retentionYears: 6, timeZone: 'Europe/London', regime: 'pecr' });
    const incident = await call<Incident>(register, 'incident:create', { title: 'Call records exposed by a reseller', role: 'processor', controllerName: 'Telco Ltd' });
    const model = await call<DocumentModel>(register, 'document:preview', { request: { kind: 'controller-notice', incidentId: incident.id } });
    const text = JSON.stringify(model.blocks);
    expect(text).toContain('PECR reg. 5A and UK GDPR Art. 33(2)');
    expect(text).toContain('Report every personal data breach to the ICO within 72 hours of becoming aware of it.');
  });
});
