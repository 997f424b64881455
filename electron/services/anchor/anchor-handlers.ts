import type { OperationName } from '../../../shared/contract/index';
import type { AnchoredVerifyResult, TypedFingerprint } from '../../../shared/register-fingerprint';
import type { UnlockCheck, VerifyResult } from '../../../shared/audit';
import type { Db } from '../database/open-database';
import type { Handlers } from '../handlers/index';
import type { RegisterAnchor } from './register-anchor';
import { readTrailHead } from './trail-head';
import { compareTypedFingerprint } from './typed-fingerprint';
import type { WriteTurns } from './write-turns';

/**
 * Operations that never add to the audit trail. They run side by side with anything; every other
 * operation takes its turn (write-turns.ts).
 */
const READ_ONLY = new Set<OperationName>([
  'session:status',
  'incident:get',
  'incident:list',
  'incident:timeline',
  'register:verify',
  'register:unlock-check',
  'register:years',
  // Asked while a backup is being made.
  'backup:progress',
  'backup:cancel',
  'settings:get',
  'draft:get',
  'report:summary-pdf',
  'submission:list',
  'telling:list',
  'clock:running',
  'reminder:unseen',
  'assessment:advise',
  'assessment:list',
  'security:status',
  'backup:choose-folder',
  'backup:choose-file',
  'document:preview',
  'document:save-pdf',
  'document:save-text',
  'register:export-csv',
  'settings:organisation-get',
]);

/**
 * Runs outside the turns, so saves carry on while it runs: a backup copies a consistent snapshot
 * on its own thread and takes a turn only to note its time on the trail (security-service.ts).
 */
const OWN_TURN = new Set<OperationName>(['backup:create']);

/** The one place every operation passes: after each, the register's fingerprint is kept up to date. */
export function keepingTheFingerprint(handlers: Handlers, anchor: RegisterAnchor, turns: WriteTurns): Handlers {
  const wrapped: Record<string, (input: never) => Promise<unknown>> = {};
  for (const [name, handler] of Object.entries(handlers) as [OperationName, (input: unknown) => Promise<unknown>][]) {
    const run = async (input: unknown) => {
      let restoredFrom: string | null = null;
      try {
        const value = await handler(input);
        if (name === 'backup:restore') restoredFrom = (input as { file: string }).file;
        return value;
      } finally {
        await (restoredFrom ? anchor.afterRestore(restoredFrom) : anchor.afterOperation());
      }
    };
    wrapped[name] = READ_ONLY.has(name) || OWN_TURN.has(name) ? run : (input: unknown) => turns.take(() => run(input));
  }
  return wrapped as unknown as Handlers;
}

/** "Verify the register": the trail's own check, then the comparisons with the kept and typed fingerprints. */
export async function anchoredVerify(
  verifyTrail: () => Promise<{ db: Db; result: VerifyResult }>,
  anchor: RegisterAnchor,
  typed: TypedFingerprint | undefined,
): Promise<AnchoredVerifyResult> {
  const { db, result } = await verifyTrail();
  const check = await anchor.check(db);
  return {
    ...result,
    intact: result.intact && check.level !== 'alarm',
    fingerprint: readTrailHead(db),
    anchor: check,
    typedFingerprint: typed ? compareTypedFingerprint(db, typed) : null,
  };
}

/**
 * The check made at unlock, for the home screen: the rows against the trail (run in the
 * background), and the trail against its kept fingerprint, so a trail cut short or rewritten
 * with the key is said there too, not only under "Verify the register".
 */
export async function unlockCheckWithFingerprint(check: UnlockCheck, db: Db | null, anchor: RegisterAnchor): Promise<UnlockCheck> {
  if (check.state !== 'done' || !db) return check;
  const kept = await anchor.check(db);
  if (kept.level !== 'alarm') return check;
  const problems = [...(check.result.problems ?? []), { kind: 'fingerprint' as const, reference: null, message: kept.message }];
  return { ...check, result: { ...check.result, intact: false, problems } };
}
