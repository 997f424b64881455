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
  'register:years',
  'settings:get',
  'settings:update',
  'draft:save',
  'draft:get',
  'draft:clear',
  'report:summary-pdf',
  'assessment:advise',
  'assessment:save',
  'assessment:list',
] as const satisfies readonly OperationName[];

type Missing = Exclude<OperationName, (typeof OPERATION_NAMES)[number]>;
export const operationNamesAreComplete: Missing extends never ? true : Missing = true;

export const IPC_CHANNEL_PREFIX = 'breachlog:';
