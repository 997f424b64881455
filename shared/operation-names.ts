import type { OperationName } from './contract/index';

/**
 * The operation names alone, so the sandboxed preload can expose them without bundling zod.
 * The type below fails to compile if this list and the contract ever disagree.
 */
export const OPERATION_NAMES = [
  'session:status',
  'session:unlock',
  'session:set-user',
  'incident:create',
  'incident:update',
  'incident:get',
  'incident:list',
  'incident:timeline',
  'incident:remove-expired',
  'register:verify',
  'register:unlock-check',
  'register:years',
  'settings:get',
  'settings:update',
  'draft:save',
  'draft:get',
  'draft:clear',
  'report:summary-pdf',
  'submission:record',
  'submission:list',
  'telling:record',
  'telling:list',
  'incident:correct-awareness',
  'clock:running',
  'reminder:unseen',
  'reminder:dismiss',
  'assessment:advise',
  'assessment:save',
  'assessment:list',
  'session:lock',
  'session:unlock-key-store',
  'security:status',
  'security:update',
  'security:recovery-key',
  'security:change-passphrase',
  'security:set-unlock-mode',
  'security:set-recovery-passphrase',
  'backup:choose-folder',
  'backup:choose-file',
  'backup:create',
  'backup:progress',
  'backup:cancel',
  'backup:check',
  'backup:restore',
  'backup:replaced-list',
  'backup:replaced-delete',
  'document:preview',
  'document:save-pdf',
  'document:save-text',
  'register:export-csv',
  'settings:organisation-get',
  'settings:organisation-update',
  'settings:organisation-later',
  'startup:get-choice',
  'startup:set-choice',
] as const satisfies readonly OperationName[];

type Missing = Exclude<OperationName, (typeof OPERATION_NAMES)[number]>;
export const operationNamesAreComplete: Missing extends never ? true : Missing = true;

export const IPC_CHANNEL_PREFIX = 'breachlog:';
