import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AssessmentAnswers, AssessmentResult } from '../../../shared/assessment';
import type { DocumentRequest } from '../../../shared/contract/document-operations';
import type { SavedFile } from '../../../shared/contract/index';
import type { Incident, IncidentFields } from '../../../shared/incident';
import type { Organisation } from '../../../shared/organisation';
import { FULL_INCIDENT } from '../support/full-incident';
import type { makeTestRegister } from '../support/test-register';

export type TestRegister = ReturnType<typeof makeTestRegister>;

/** Every organisation detail filled, with non-Latin names. */
export const FULL_ORGANISATION: Organisation = {
  name: 'Ødegård & Żółć Accountants Ltd',
  address: '12 Łąkowa Street\nLeeds LS1 4AP',
  icoRegistrationNumber: 'ZA123456',
  sector: 'Accountancy',
  size: '10_to_49',
  contactKind: 'dpo',
  contact: { name: 'Дмитрий Иванов', role: 'Data protection officer', email: 'dpo@example.co.uk', phone: '0113 496 0000' },
  reporter: { name: 'Zoë Ødegård', role: 'Office manager', email: 'zoe@example.co.uk', phone: '0113 496 0001' },
  trainingAndGuidance: 'All staff complete annual data protection training; the HR assistant last trained in March 2026.',
};

/** A high-risk payroll breach: bank details sent outside, not confirmed deleted. */
export const PAYROLL_ANSWERS: AssessmentAnswers = {
  disclosure: 'many_or_unknown_recipients',
  alteration: 'no',
  unavailability: 'no',
  unavailabilityEffect: 'unknown',
  cause: 'accidental',
  dataCategories: ['basic_identifiers', 'financial'],
  harmSeverity: 'significant',
  identifiability: 'easily',
  peopleCount: 'up_to_100',
  vulnerablePeople: [],
  protection: 'none',
  containment: 'attempted',
  exposureDuration: 'under_a_day',
  misuseSeen: 'no_sign_so_far',
  contactEffort: 'can_contact',
  peopleToldSoFar: 'none_yet',
};

export const JUSTIFICATION = 'Bank details reached someone outside the firm, so we treat this as serious whatever the outcome.';

/** Unwraps an operation's answer, failing the test with the error when it was refused. */
export async function call<T>(register: TestRegister, name: string, input: unknown): Promise<T> {
  const result = await register.dispatch(name, input);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

export async function createIncident(register: TestRegister, fields: Partial<IncidentFields> & { title: string }): Promise<Incident> {
  return call<Incident>(register, 'incident:create', fields);
}

/** Assesses an incident and accepts the advice, with a reason written anyway. */
export async function assess(register: TestRegister, incidentId: number, answers: AssessmentAnswers = PAYROLL_ANSWERS): Promise<AssessmentResult> {
  const advice = await call<AssessmentResult>(register, 'assessment:advise', { answers });
  await call(register, 'assessment:save', {
    incidentId,
    answers,
    decision: { reportToIco: advice.reportToIco, tellPeople: advice.tellPeople, tellPeopleException: advice.tellPeopleException, justification: JUSTIFICATION },
  });
  return advice;
}

/** The full incident, assessed, reported late with reasons, and the people told. */
export async function fullyFilledIncident(register: TestRegister): Promise<Incident> {
  await call(register, 'settings:organisation-update', { organisation: FULL_ORGANISATION });
  const incident = await createIncident(register, FULL_INCIDENT);
  await assess(register, incident.id);
  await call(register, 'submission:record', {
    incidentId: incident.id,
    kind: 'initial',
    submittedAt: '2026-11-24T11:00:00.000Z',
    channel: 'online_form',
    whatWasSent: 'The facts known on 24 November, through the ICO online form.',
    icoCaseReference: 'IC-123456-A1B2',
    lateReason: 'The office was closed for a bereavement and nobody checked the payroll mailbox until Tuesday.',
  });
  await call(register, 'telling:record', {
    incidentId: incident.id,
    toldAt: '2026-11-24T15:00:00.000Z',
    method: 'letter',
    toldBy: 'Łukasz Nowak',
    note: 'Letters sent to all 23 employees and both agency staff.',
  });
  return call<Incident>(register, 'incident:get', { id: incident.id });
}

/** Saves a document as the browser preview would (a download) and writes it into the register's folder. */
export async function saveDocument(register: TestRegister, operation: 'document:save-pdf' | 'document:save-text', request: DocumentRequest): Promise<{ path: string; fileName: string }> {
  const saved = await call<SavedFile>(register, operation, { request });
  if (saved.status !== 'download') throw new Error('expected a download');
  const path = join(register.dir, saved.fileName);
  writeFileSync(path, Buffer.from(saved.base64, 'base64'));
  return { path, fileName: saved.fileName };
}

export function pdfText(path: string, ...args: string[]): string {
  return execFileSync('pdftotext', [...args, path, '-'], { encoding: 'utf8' });
}

export function pdfPages(path: string): number {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

/** One run of text with every line break and run of spaces made one space, to find values that wrap. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function qpdfCheck(path: string): string {
  return execFileSync('qpdf', ['--check', path], { encoding: 'utf8' });
}

/**
 * The text of the page bodies only: the running header (top 60 pt) and footer (bottom 60 pt)
 * are cropped away, so body text reads on across page breaks.
 */
export function bodyText(path: string): string {
  return pdfText(path, '-x', '0', '-y', '60', '-W', '596', '-H', '722');
}
