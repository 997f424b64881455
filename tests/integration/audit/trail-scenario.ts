import Database from 'better-sqlite3-multiple-ciphers';
import type { VerifyResult } from '../../../shared/audit';
import type { Incident } from '../../../shared/incident';
import { dirname } from 'node:path';
import { startReminderService } from '../../../electron/services/clock/reminder-service';
import { unlockConnection } from '../../../electron/services/database/open-database';
import { call, recordWrongEmail, WRONG_EMAIL_ANSWERS } from '../assessment/assessment-support';
import { FULL_ORGANISATION } from '../documents/document-support';
import { FULL_INCIDENT } from '../support/full-incident';
import type { makeTestRegister } from '../support/test-register';
import { unpackJson } from '../../../electron/services/database/packed-json';
import { joinVerifyParts, readRowDigests, verifyChainHalf, verifyRegister, verifyRowsHalf } from '../../../electron/services/audit/verify-register';
import { expect } from 'vitest';

export type TestRegister = ReturnType<typeof makeTestRegister>;

export async function verify(register: TestRegister): Promise<VerifyResult> {
  expectHalvesToAgree(register);
  return call<VerifyResult>(register, 'register:verify', {});
}

/**
 * A backup's verify runs as two halves on two threads (the chain, then the rows against what the
 * chain's walk found): on every file the tamper tests make, the halves joined must say exactly
 * what the whole verify says. What crosses between the threads is cloned here as it is there.
 */
function expectHalvesToAgree(register: TestRegister): void {
  const db = new Database(register.databasePath, { readonly: true, fileMustExist: true });
  try {
    unlockConnection(db, { kind: 'raw', bytes: register.keyBytes });
    const chain = verifyChainHalf(db);
    const rows = verifyRowsHalf(db, structuredClone(readRowDigests(db)), structuredClone(chain.expectations));
    const halves = joinVerifyParts(chain.result, rows);
    expect(halves).toEqual(verifyRegister(db));
  } finally {
    db.close();
  }
}

/** The problems' messages, one per line, for readable failures. */
export function messages(result: VerifyResult): string {
  return (result.problems ?? []).map((problem) => problem.message).join('\n');
}

/**
 * Opens the file with its key, as a person editing it behind the app's back would: a plain
 * connection, with none of the app's per-connection capture triggers.
 */
export function tamper(register: TestRegister, sql: string): void {
  register.session.close();
  const db = new Database(register.databasePath, { fileMustExist: true });
  try {
    unlockConnection(db, { kind: 'raw', bytes: register.keyBytes });
    // What someone with zlib and the app's dictionary can do: read a packed record (RECORD_TEXT).
    db.function('unpacked_json', (text: unknown, packed: unknown) => unpackJson(typeof text === 'string' ? text : null, packed instanceof Uint8Array ? packed : null));
    db.exec(sql);
  } finally {
    db.close();
  }
  register.reopen();
}

/** Fires whatever deadline reminders are due at the register's clock. */
export function fireReminders(register: TestRegister): void {
  // Starting the service runs its first check at once; no timer is left behind.
  startReminderService({
    dataDir: dirname(register.databasePath),
    openRegister: () => register.session.current(),
    clock: () => register.clock.now,
    notify: () => undefined,
    setTimer: () => null,
    clearTimer: () => undefined,
  }).stop();
}

export interface Scenario {
  /** Reported, assessed, told, with reminders fired. */
  reported: Incident;
  /** Recorded last, then updated. */
  newest: Incident;
}

/** A register with one of everything the app records: the ground each tampering is tried on. */
export async function buildScenario(register: TestRegister): Promise<Scenario> {
  await register.signIn();
  const reported = await recordWrongEmail(register);
  await call(register, 'assessment:save', {
    incidentId: reported.id,
    answers: WRONG_EMAIL_ANSWERS,
    decision: { reportToIco: 'required', tellPeople: 'required', tellPeopleException: null, justification: 'Cautious: parents may forward it.' },
  });
  // 48 and 24 hours left have passed: both reminders fire (one announced, one recorded as passed).
  register.clock.now = new Date('2026-11-26T17:00:00.000Z');
  fireReminders(register);
  await call(register, 'submission:record', {
    incidentId: reported.id,
    kind: 'initial',
    submittedAt: '2026-11-25T08:30:00.000Z',
    channel: 'online_form',
    whatWasSent: 'Initial report through the online form.',
    icoCaseReference: 'IC-123456-A1B2',
    lateReason: '',
  });
  await call(register, 'telling:record', {
    incidentId: reported.id,
    toldAt: '2026-11-25T08:45:00.000Z',
    method: 'email',
    toldBy: 'Office manager',
    note: 'Sent the letter as its own email.',
  });
  await call(register, 'incident:update', {
    id: reported.id,
    changes: { status: 'closed', containment: 'The parent deleted the email.', lessonsLearned: 'Check the recipient before sending.' },
  });
  await call(register, 'settings:update', { retentionYears: 7, timeZone: 'Europe/London' });
  await call(register, 'security:update', { idleLockMinutes: 15, backupReminderDays: 14 });
  await call(register, 'settings:organisation-update', { organisation: FULL_ORGANISATION });
  const newest = await call<Incident>(register, 'incident:create', { ...FULL_INCIDENT, awareAt: '2026-11-24T20:00:00.000Z' });
  await call(register, 'incident:update', { id: newest.id, changes: { containment: 'Asked the recipient to delete it; they confirmed by phone.' } });
  return { reported, newest };
}
