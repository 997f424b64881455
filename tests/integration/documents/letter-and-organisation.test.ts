import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../shared/audit';
import { NOT_YET_KNOWN } from '../../../shared/documents/describe-incident';
import type { DocumentModel } from '../../../shared/documents/document-model';
import { LETTER_HEADINGS } from '../../../shared/documents/letter';
import { documentPlainText } from '../../../shared/documents/plain-text';
import type { Incident } from '../../../shared/incident';
import type { OrganisationSettings } from '../../../shared/organisation';
import { EMPTY_ORGANISATION } from '../../../shared/organisation';
import { FULL_INCIDENT } from '../support/full-incident';
import { makeTestRegister } from '../support/test-register';
import { FULL_ORGANISATION, call, createIncident, flat, fullyFilledIncident, pdfText, qpdfCheck, saveDocument } from './document-support';

describe('the letter to the people affected', () => {
  const register = makeTestRegister({ now: new Date('2026-11-25T09:00:00.000Z') });
  let incident: Incident;

  beforeAll(async () => {
    await register.signIn();
    incident = await fullyFilledIncident(register);
  });
  afterAll(() => register.cleanup());

  it('gives the Art. 34(2) contents in the PDF, names exact, as a valid PDF', async () => {
    const { path, fileName } = await saveDocument(register, 'document:save-pdf', { kind: 'letter', incidentId: incident.id });
    expect(fileName).toBe('BR-2026-0001 letter to the people affected 2026-11-25.pdf');
    const text = flat(pdfText(path));
    for (const heading of LETTER_HEADINGS) expect(text).toContain(heading);
    // The record is written for staff: the letter is prefilled from its closed-list facts, never its free text.
    for (const part of [FULL_INCIDENT.whatHappened, FULL_INCIDENT.likelyConsequences, FULL_INCIDENT.containment, FULL_INCIDENT.preventionSteps]) {
      expect(text).not.toContain(flat(part));
    }
    expect(text).toContain('some of your personal information');
    expect(text).toContain('please contact our data protection officer, Дмитрий Иванов, by email at dpo@example.co.uk or by phone on 0113 496 0000');
    expect(text).toContain('Check your bank and card statements'); // financial data was involved
    expect(text).toContain(FULL_ORGANISATION.name);
    expect(text).not.toContain(NOT_YET_KNOWN);
    expect(text).toMatch(/Page 1 of \d/);
    expect(qpdfCheck(path)).toMatch(/No syntax or stream encoding errors/);
  });

  it('saves the same words as plain text for an email', async () => {
    const { path, fileName } = await saveDocument(register, 'document:save-text', { kind: 'letter', incidentId: incident.id });
    expect(fileName).toBe('BR-2026-0001 letter to the people affected 2026-11-25.txt');
    const model = await call<DocumentModel>(register, 'document:preview', { request: { kind: 'letter', incidentId: incident.id } });
    const text = readFileSync(path, 'utf8');
    expect(text).toBe(documentPlainText(model));
    expect(text).toContain('Dear [name],');
    expect(text).toContain('• Be wary of unexpected emails');
  });

  it('says plainly what is not known yet, and the preview warns that the contact point is missing', async () => {
    await call(register, 'settings:organisation-update', { organisation: EMPTY_ORGANISATION });
    const bare = await createIncident(register, { title: 'Unknown so far' });
    const model = await call<DocumentModel>(register, 'document:preview', { request: { kind: 'letter', incidentId: bare.id } });
    const text = documentPlainText(model);
    expect(text).toContain('We are still finding out exactly which information');
    expect(text).toContain('[your organisation’s name]');
    expect(model.checks.join(' ')).toMatch(/must give a contact point/);
  });
});

describe('the organisation settings', () => {
  const register = makeTestRegister({ now: new Date('2026-11-25T09:00:00.000Z') });
  beforeAll(() => register.signIn());
  afterAll(() => register.cleanup());

  it('start unasked, stop asking after "later", and are answered once saved (with an audit entry)', async () => {
    const first = await call<OrganisationSettings>(register, 'settings:organisation-get', {});
    expect(first.prompt).toBe('not_asked');
    expect(first.organisation.name).toBe('');
    expect((await call<OrganisationSettings>(register, 'settings:organisation-later', {})).prompt).toBe('later');
    const saved = await call<OrganisationSettings>(register, 'settings:organisation-update', { organisation: FULL_ORGANISATION });
    expect(saved).toMatchObject({ prompt: 'answered', organisation: FULL_ORGANISATION });
    register.reopen();
    await register.signIn();
    expect((await call<OrganisationSettings>(register, 'settings:organisation-get', {})).organisation).toEqual(FULL_ORGANISATION);
    // "Later" never undoes an answer.
    expect((await call<OrganisationSettings>(register, 'settings:organisation-later', {})).prompt).toBe('answered');
    const verify = await call<{ intact: boolean }>(register, 'register:verify', {});
    expect(verify.intact).toBe(true);
    const db = register.session.services();
    const entries = (await db).db.prepare("SELECT action, field FROM audit_entry WHERE field = 'organisation'").all() as Pick<AuditEntry, 'action' | 'field'>[];
    expect(entries).toEqual([{ action: 'settings_changed', field: 'organisation' }]);
  });

  it('refuses details that are not an email address or phone number, field by field', async () => {
    const result = await register.dispatch('settings:organisation-update', {
      organisation: { ...FULL_ORGANISATION, contact: { ...FULL_ORGANISATION.contact, email: 'not an email' }, reporter: { ...FULL_ORGANISATION.reporter, phone: 'call me' } },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues?.map((i) => i.path).sort()).toEqual(['organisation.contact.email', 'organisation.reporter.phone']);
  });
});
