import type { Result } from '../../../../shared/result';
import type { DatabaseKey } from '../../../../electron/services/database/database-key';
import { openDatabase } from '../../../../electron/services/database/open-database';
import type { KeySource } from '../../../../electron/services/key-source';
import type { makeTestRegister } from '../../support/test-register';

export type TestRegister = ReturnType<typeof makeTestRegister>;

/** The value of a successful result; a failure fails the test with its message. */
export function expectOk<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message} ${JSON.stringify(result.error.issues ?? [])}`);
  return result.value;
}

export function expectError(result: Result<unknown>): { code: string; message: string } {
  if (result.ok) throw new Error(`Expected a refusal, got ${JSON.stringify(result.value).slice(0, 200)}`);
  return result.error;
}

export async function addIncidents(register: TestRegister, count: number, prefix: string): Promise<void> {
  for (let i = 0; i < count; i += 1) {
    expectOk(await register.dispatch('incident:create', { title: `${prefix} ${i}`, awareAt: '2026-11-24T10:00:00.000Z' }));
  }
}

export async function incidentTitles(register: TestRegister): Promise<string[]> {
  const page = expectOk(await register.dispatch('incident:list', { limit: 100, sort: 'reference_asc' })) as { items: { title: string }[] };
  return page.items.map((item) => item.title);
}

/** Opens a register file directly (as a fresh start would) and reads what the checks need. */
export function inspectFile(path: string, key: DatabaseKey): { titles: string[]; integrity: unknown; actions: string[] } {
  const db = openDatabase(path, key, { create: false });
  try {
    return {
      titles: db.prepare<[], string>('SELECT title FROM incident ORDER BY id').pluck().all(),
      integrity: db.pragma('integrity_check', { simple: true }),
      actions: db.prepare<[], string>('SELECT action FROM audit_entry ORDER BY id').pluck().all(),
    };
  } finally {
    db.close();
  }
}

/** An OS key store that starts empty (a new profile) and keeps every record written to it, in order. */
export function recordingKeyStore(): { source: KeySource; stored: Buffer[] } {
  const stored: Buffer[] = [];
  const source: KeySource = {
    kind: 'key-store',
    load: async () => {
      const last = stored.at(-1);
      return last ? Buffer.from(last) : null;
    },
    store: async (bytes) => {
      stored.push(Buffer.from(bytes));
    },
  };
  return { source, stored };
}

/**
 * A restore as the Security screen makes it: backup:check first, then backup:restore confirming the
 * backup that was shown. A refused check is returned as the refusal.
 */
export async function checkAndRestore(
  dispatch: TestRegister['dispatch'],
  input: { file: string; recoveryKey?: string; passphrase?: string },
): Promise<Result<unknown>> {
  const checked = await dispatch('backup:check', input);
  if (!checked.ok) return checked;
  return dispatch('backup:restore', { ...input, confirmedHead: (checked.value as { auditHead: string | null }).auditHead });
}
