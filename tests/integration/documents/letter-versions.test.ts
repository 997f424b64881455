import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry, VerifyResult } from '../../../shared/audit';
import type { LetterState } from '../../../shared/letter';
import type { Incident } from '../../../shared/incident';
import { FULL_INCIDENT } from '../support/full-incident';
import { makeTestRegister } from '../support/test-register';
import { messages, tamper } from '../audit/trail-scenario';
import { call, flat, fullyFilledIncident, pdfText, saveDocument } from './document-support';

describe('the letter edited apart from the record', () => {
  const register = makeTestRegister({ now: new Date('2026-11-25T09:00:00.000Z') });
  let incident: Incident;

  beforeAll(async () => {
    await register.signIn();
    incident = await fullyFilledIncident(register);
  });
  afterAll(() => register.cleanup());

  it('starts from the prefill, keeps two versions on the trail, and the PDF and text use the newest', async () => {
    const first = await call<LetterState>(register, 'letter:get', { incidentId: incident.id });
    expect(first.versions).toEqual([]);
    expect(first.fields).toEqual(first.prefilled);
    const recipient = 'Ms Aisha Khan\n4 Park Row\nLeeds\nLS1 5HD';
    await call(register, 'letter:save', { incidentId: incident.id, fields: { ...first.fields, recipient, greeting: 'Dear Ms Khan,' } });
    const second = await call<LetterState>(register, 'letter:save', {
      incidentId: incident.id,
      fields: { ...first.fields, recipient, greeting: 'Dear Ms Khan,', whatHappened: 'Your payslip was emailed to the wrong person on 23 November.' },
    });
    expect(second.versions.map((v) => v.version)).toEqual([2, 1]);
    expect(second.fields.whatHappened).toBe('Your payslip was emailed to the wrong person on 23 November.');
    expect(second.prefilled.whatHappened).not.toContain('payslip');

    const trail = await call<AuditEntry[]>(register, 'incident:timeline', { id: incident.id });
    expect(trail.filter((entry) => entry.action === 'letter_saved')).toHaveLength(2);

    // The record and its ICO report are untouched.
    const record = await call<Incident>(register, 'incident:get', { id: incident.id });
    expect(record.whatHappened).toBe(FULL_INCIDENT.whatHappened);

    const { path } = await saveDocument(register, 'document:save-pdf', { kind: 'letter', incidentId: incident.id });
    const text = flat(pdfText(path));
    expect(text).toContain('Your payslip was emailed to the wrong person on 23 November.');
    expect(text).toContain('Dear Ms Khan,');
    // The recipient block sits in the DL window: 25 mm from the left, 55 mm from the top (A4, points).
    const window = pdfText(path, '-x', '60', '-y', '140', '-W', '260', '-H', '120', '-f', '1', '-l', '1');
    expect(flat(window)).toBe(flat(recipient));
    const { path: textPath } = await saveDocument(register, 'document:save-text', { kind: 'letter', incidentId: incident.id });
    expect(flat(readFileSync(textPath, 'utf8'))).toContain('Ms Aisha Khan 4 Park Row Leeds LS1 5HD');

    const verified = await call<VerifyResult>(register, 'register:verify', {});
    expect(messages(verified)).toBe('');
    expect(verified.intact).toBe(true);
  });

  it('refuses nonsense and saves nothing', async () => {
    const before = await call<LetterState>(register, 'letter:get', { incidentId: incident.id });
    const refused = await register.dispatch('letter:save', { incidentId: incident.id, fields: { ...before.fields, recipient: 'a\nb\nc\nd\ne\nf\ng\nh' } });
    expect(refused.ok).toBe(false);
    const missing = await register.dispatch('letter:save', { incidentId: incident.id, fields: { greeting: 'Hi' } });
    expect(missing.ok).toBe(false);
    const after = await call<LetterState>(register, 'letter:get', { incidentId: incident.id });
    expect(after.versions).toEqual(before.versions);
  });

  it('verify finds a saved letter changed behind the app', async () => {
    tamper(register, "UPDATE letter_version SET fields_json = json_set(fields_json, '$.whatHappened', 'Nothing happened.') WHERE version = 1;");
    const changed = await call<VerifyResult>(register, 'register:verify', {});
    expect(changed.intact).toBe(false);
    expect(messages(changed)).toMatch(/BR-2026-0001.*letter/);
    tamper(register, 'DELETE FROM letter_version WHERE version = 2;');
    expect(messages(await call<VerifyResult>(register, 'register:verify', {}))).toMatch(/letter.*missing|missing.*letter/i);
  });
});
