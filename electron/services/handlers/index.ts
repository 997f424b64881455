import type { Contract } from '../../../shared/contract/index';
import { DEFAULT_TIME_ZONE } from '../../../shared/uk-time';
import { anchoredVerify, keepingTheFingerprint, unlockCheckWithFingerprint } from '../anchor/anchor-handlers';
import { anchorStoreFor } from '../anchor/anchor-store';
import { RegisterAnchor } from '../anchor/register-anchor';
import { WriteTurns } from '../anchor/write-turns';
import { assessmentHandlers } from './assessment-handlers';
import { attachmentHandlers } from './attachment-handlers';
import type { FeatureHandlers, HandlerDeps } from './handler-deps';
import { clockHandlers } from './clock-handlers';
import { dashboardHandlers } from './dashboard-handlers';
import { documentHandlers } from './document-handlers';
import { incidentHandlers } from './incident-handlers';
import type { PathChooser } from './security-handlers';
import { roleHandlers } from './role-handlers';
import { letterHandlers } from './letter-handlers';
import { securityHandlers } from './security-handlers';
import { sessionHandlers } from './session-handlers';
import { startAtSignInHandlers } from './start-at-sign-in-handlers';
import { SecurityService } from '../security/security-service';
import type { BackupWorkerScript } from '../backup/backup-worker-script';

export type Handlers = FeatureHandlers<Contract>;
export type { HandlerDeps } from './handler-deps';

/** One handler per contract operation, feature by feature. */
export function createHandlers(
  deps: Omit<HandlerDeps, 'clock'> & { clock?: () => Date; choosePath?: PathChooser; backupWorker: BackupWorkerScript },
): Handlers {
  const full: HandlerDeps = { ...deps, clock: deps.clock ?? (() => new Date()) };
  const { session } = full;
  const anchor = new RegisterAnchor(
    anchorStoreFor(session.keySource, session.databasePath),
    session,
    full.clock,
    () => session.current()?.register.settings().timeZone ?? DEFAULT_TIME_ZONE,
  );
  const turns = new WriteTurns(anchor);
  const security = new SecurityService(session, full.clock, deps.choosePath !== undefined, deps.backupWorker, (write) => turns.keepingAfter(write));
  const incidents = incidentHandlers(full, security);
  return keepingTheFingerprint(
    {
      ...sessionHandlers(full),
      ...incidents,
      'register:unlock-check': async (input) =>
        unlockCheckWithFingerprint(await incidents['register:unlock-check'](input), session.current()?.db ?? null, anchor),
      'register:verify': async ({ fingerprint }) =>
        anchoredVerify(
          async () => {
            const open = await session.services();
            return { db: open.db, result: open.register.verify() };
          },
          anchor,
          fingerprint,
        ),
      ...clockHandlers(full),
      ...assessmentHandlers(full),
      ...securityHandlers(full, deps.choosePath, security),
      ...documentHandlers(full),
      ...startAtSignInHandlers(full),
      ...attachmentHandlers(full, security),
      ...dashboardHandlers(full),
      ...roleHandlers(full),
      ...letterHandlers(full),
    },
    anchor,
    turns,
  );
}
