import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssessmentVersion } from '../../../shared/assessment-record';
import { NOT_YET_KNOWN, describeCount, describeOccurrence } from '../../../shared/documents/describe-incident';
import type { DocumentModel } from '../../../shared/documents/document-model';
import { DRAFT_STATUS, ICO_REPORT_SECTIONS } from '../../../shared/documents/ico-report';
import type { Incident, IncidentFieldName } from '../../../shared/incident';
import { BREACH_TYPE_LABELS, CAUSE_LABELS, DATA_CATEGORY_LABELS, PEOPLE_CATEGORY_LABELS, STATUS_LABELS } from '../../../shared/labels';
import { formatUkDate, formatUkDateTime } from '../../../shared/uk-time';
import { inFirstPerson } from '../../../shared/documents/decision-words';
import { FULL_INCIDENT } from '../support/full-incident';
import { makeTestRegister } from '../support/test-register';
import {
  FULL_ORGANISATION,
  bodyText,
  call,
  createIncident,
  flat,
  fullyFilledIncident,
  pdfPages,
  pdfText,
  qpdfCheck,
  saveDocument,
} from './document-support';

const TZ = 'Europe/London';
const SUBMITTED_HEADER = 'BR-2026-0001 · Submitted to the ICO on 24 Nov 2026';

/** What each field of the record must read as in the report: every field, none left out. */
function expectedTexts(incident: Incident): Record<Exclude<IncidentFieldName, never>, string[]> {
  const f = FULL_INCIDENT;
  return {
    title: [f.title],
    whatHappened: f.whatHappened.split('\n'),
    howDiscovered: [f.howDiscovered],
    discoveredBy: [f.discoveredBy],
    occurred: [describeOccurrence(f.occurred, TZ)],
    discoveredAt: [formatUkDateTime(f.discoveredAt ?? '', TZ)],
    awareAt: [formatUkDateTime(f.awareAt ?? '', TZ)],
    awarenessNote: [f.awarenessNote],
    cause: [CAUSE_LABELS[f.cause]],
    causeDetail: [f.causeDetail],
    breachTypes: f.breachTypes.map((t) => BREACH_TYPE_LABELS[t]),
    cyberIncident: ['Was it a cyber incident? No'],
    dataCategories: f.dataCategories.map((c) => DATA_CATEGORY_LABELS[c]),
    dataCategoriesOther: [f.dataCategoriesOther],
    peopleCount: [`Approximate number of people ${describeCount(f.peopleCount)}`],
    recordsCount: [`Approximate number of records ${describeCount(f.recordsCount)}`],
    peopleCategories: f.peopleCategories.filter((c) => c !== 'other').map((c) => PEOPLE_CATEGORY_LABELS[c]),
    peopleCategoriesOther: [f.peopleCategoriesOther],
    organisationsInvolved: [f.organisationsInvolved],
    likelyConsequences: [f.likelyConsequences],
    containment: [f.containment],
    actions: f.actions.flatMap((a) => [a.description, a.owner, formatUkDate(`${a.dueDate}T12:00:00.000Z`, TZ)]),
    lessonsLearned: [f.lessonsLearned],
    preventionSteps: [f.preventionSteps],
    status: [`Status of the breach ${STATUS_LABELS[incident.status]}`],
    // A controller's own breach, found by its own staff: the role fields are empty and say nothing.
    kind: [],
    role: [],
    controllerName: [],
    controllerContact: [],
    controllerToldAt: [],
    processorName: [],
    processorToldAt: [],
    // The ICO form's remaining questions, saved through the contract and read back from the PDF.
    measuresBeforehand: [`Measures in place beforehand to prevent this kind of incident ${f.measuresBeforehand}`],
    staffRecentlyTrained: ['Do staff get recent data protection training? Yes'],
    involvedStaffTrained: ['Had the staff member involved been trained in the last two years? No'],
    icoStaffSpokenTo: ['ICO staff already spoken to about this breach'],
    icoStaffSpokenToDetail: [f.icoStaffSpokenToDetail],
    cyberImpact: ['Cyber incident questions (systems affected, impact, recovery time) Not applicable: not a cyber incident'],
    cyberRecoveryTime: [],
  };
}

describe('the ICO report draft PDF of a fully filled incident', () => {
  const register = makeTestRegister({ now: new Date('2026-11-25T09:00:00.000Z') });
  let incident: Incident;
  let path = '';
  let fileName = '';
  let text = '';

  beforeAll(async () => {
    await register.signIn();
    incident = await fullyFilledIncident(register);
    ({ path, fileName } = await saveDocument(register, 'document:save-pdf', { kind: 'ico-report', incidentId: incident.id }));
    text = flat(bodyText(path));
  });
  afterAll(() => register.cleanup());

  it('is named after the reference, the document and the date', () => {
    expect(fileName).toBe('BR-2026-0001 ICO report draft 2026-11-25.pdf');
  });

  it('carries every field of the record as real text, non-Latin names exact', () => {
    const missing = Object.entries(expectedTexts(incident)).flatMap(([field, texts]) =>
      texts.filter((expected) => !text.includes(flat(expected))).map((expected) => `${field}: ${expected}`),
    );
    expect(missing).toEqual([]);
    expect(text).toContain('Łukasz Żółć');
    expect(text).toContain('Дмитрий Иванов');
  });

  it('gives the organisation, the reporter and the data protection officer from settings', () => {
    const o = FULL_ORGANISATION;
    for (const value of [o.name, o.icoRegistrationNumber, o.sector, '10 to 49 staff', o.address, o.reporter.name, o.reporter.role, o.reporter.email, o.reporter.phone, o.contact.name, o.contact.email, o.contact.phone, o.trainingAndGuidance]) {
      expect(text).toContain(flat(value));
    }
    expect(text).toContain('Data protection officer Дмитрий Иванов, Data protection officer — dpo@example.co.uk, 0113 496 0000');
  });

  it('follows the ICO form’s sections in order, then the assessment and the reports sent', () => {
    const positions = [...ICO_REPORT_SECTIONS, 'Annex A. Our risk assessment and decision', 'Annex B. Reports sent to the ICO'].map((heading) => text.indexOf(heading));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('gives the 72-hour deadline, that it was missed, and the reasons for the delay', () => {
    expect(text).toContain('72-hour deadline for reporting Mon 23 Nov 2026, 10:40');
    expect(text).toContain('Reported more than 72 hours after becoming aware? Yes: the 72-hour deadline passed on Mon 23 Nov 2026, 10:40');
    expect(text).toContain('Reasons for reporting late The office was closed for a bereavement and nobody checked the payroll mailbox until Tuesday.');
    expect(text).toContain('ICO case reference IC-123456-A1B2');
  });

  it('includes the assessment’s decision with every reason word for word', async () => {
    const { versions } = await call<{ versions: AssessmentVersion[] }>(register, 'assessment:list', { incidentId: incident.id });
    const current = versions[0];
    if (!current) throw new Error('expected an assessment');
    for (const reason of current.advice.reasons) expect(text).toContain(flat(inFirstPerson(reason.text)));
    expect(text).toContain(flat(current.decision.justification));
  });

  it('says who was told, when and how', () => {
    expect(text).toContain('Have the people affected been told? Yes: they have been told');
    expect(text).toContain('Łukasz Nowak');
    expect(text).toContain('Tue 24 Nov 2026, 15:00');
  });

  it('has the header, the submission date and "Page x of y" on every page', () => {
    const pages = pdfPages(path);
    expect(pages).toBeGreaterThan(1);
    for (let page = 1; page <= pages; page += 1) {
      const pageText = pdfText(path, '-f', String(page), '-l', String(page));
      expect(pageText).toContain(FULL_ORGANISATION.name);
      expect(pageText).toContain(SUBMITTED_HEADER);
      expect(pageText).toContain(`Page ${page} of ${pages}`);
      expect(pageText).toContain('Generated by Breachlog on Wed 25 Nov 2026, 09:00');
    }
  });

  it('is valid A4 with title, author (the organisation) and subject, and its fonts embedded', () => {
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);
    expect(info).toMatch(/Title:\s+BR-2026-0001 ICO report draft\n/);
    expect(info).toMatch(/Author:\s+Ødegård & Żółć Accountants Ltd\n/);
    expect(info).toMatch(/Subject:\s+Personal data breach report to the Information Commissioner’s Office \(draft\)/);
    expect(qpdfCheck(path)).toMatch(/No syntax or stream encoding errors/);
    const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' });
    expect(fonts).not.toMatch(/Helvetica/);
    for (const line of fonts.split('\n').slice(2).filter(Boolean)) expect(line).toMatch(/DejaVuSans.* yes /);
  });

  it('renders page 1 as an image', () => {
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', path, join(register.dir, 'ico-page')]);
    expect(existsSync(join(register.dir, 'ico-page-1.png'))).toBe(true);
  });
});

describe('the ICO report draft of an incident with nothing known yet', () => {
  const register = makeTestRegister({ now: new Date('2026-11-25T09:00:00.000Z') });
  let model: DocumentModel;
  let path = '';
  let text = '';

  beforeAll(async () => {
    await register.signIn();
    const incident = await createIncident(register, { title: 'Laptop left on a train' });
    model = await call<DocumentModel>(register, 'document:preview', { request: { kind: 'ico-report', incidentId: incident.id } });
    ({ path } = await saveDocument(register, 'document:save-pdf', { kind: 'ico-report', incidentId: incident.id }));
    text = flat(bodyText(path));
  });
  afterAll(() => register.cleanup());

  it('reads "Not yet known — to follow" for every unknown answer, never a blank', () => {
    const rows = model.blocks.flatMap((b) => (b.kind === 'fields' ? b.rows : []));
    expect(rows.every((r) => r.value.trim() !== '')).toBe(true);
    const unknown = rows.filter((r) => r.unknown);
    expect(unknown.length).toBeGreaterThan(30);
    for (const r of unknown) expect(text).toContain(`${flat(r.label)} ${NOT_YET_KNOWN}`);
    for (const label of ['What went wrong, and how', 'When it happened', 'When we became aware', '72-hour deadline for reporting', 'Approximate number of people', 'Organisation name', 'Data protection fee registration number', 'Risk assessment']) {
      expect(text).toContain(`${label} ${NOT_YET_KNOWN}`);
    }
  });

  it('says "DRAFT — not yet submitted" on every page, and the organisation is not known yet', () => {
    const pages = pdfPages(path);
    for (let page = 1; page <= pages; page += 1) {
      const pageText = pdfText(path, '-f', String(page), '-l', String(page));
      expect(pageText).toContain(`BR-2026-0001 · ${DRAFT_STATUS}`);
      expect(pageText).toContain(`Organisation: ${NOT_YET_KNOWN}`);
    }
    expect(execFileSync('pdfinfo', [path], { encoding: 'utf8' })).toMatch(/Author:\s+Breachlog\n/);
    expect(qpdfCheck(path)).toMatch(/No syntax or stream encoding errors/);
  });

  it('lists in the preview what is still to fill in', () => {
    expect(model.checks.join(' ')).toMatch(/organisation’s details are missing/);
    expect(model.checks.join(' ')).toMatch(/not been assessed/);
  });
});

describe('a long description in the ICO report', () => {
  const register = makeTestRegister({ now: new Date('2026-11-25T09:00:00.000Z') });
  afterAll(() => register.cleanup());

  it('flows across pages with no line lost and in order', async () => {
    await register.signIn();
    const lines = Array.from({ length: 240 }, (_, i) => `Line ${String(i + 1).padStart(3, '0')}: the backup tape log for Żółć & Co, checked again.`);
    const incident = await createIncident(register, { title: 'Backup tapes missing', whatHappened: lines.join('\n') });
    const { path } = await saveDocument(register, 'document:save-pdf', { kind: 'ico-report', incidentId: incident.id });
    expect(pdfPages(path)).toBeGreaterThanOrEqual(5);
    const text = pdfText(path);
    let from = 0;
    for (const line of lines) {
      const at = text.indexOf(line, from);
      expect(at, line).toBeGreaterThanOrEqual(from);
      from = at + line.length;
    }
    expect(qpdfCheck(path)).toMatch(/No syntax or stream encoding errors/);
  });
});

describe('every character typed', () => {
  const register = makeTestRegister({ now: new Date('2026-11-25T09:00:00.000Z') });
  afterAll(() => register.cleanup());

  it('comes back out of the PDF exactly, including brackets, backslashes and non-Latin letters', async () => {
    await register.signIn();
    const ascii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('').trim();
    const words = [ascii, 'Zoë Ødegård Łukasz Żółć Дмитрий Иванов Ελένη Nguyễn', 'C:\\Users\\payroll (copy) [final] {v2}'];
    const incident = await createIncident(register, { title: 'Characters', whatHappened: words.join('\n') });
    const { path } = await saveDocument(register, 'document:save-pdf', { kind: 'ico-report', incidentId: incident.id });
    // The run of ASCII is one 94-character word, split between characters across two lines.
    const text = pdfText(path).replace(/\s/g, '');
    for (const line of words) expect(text).toContain(line.replace(/\s/g, ''));
  });
});
