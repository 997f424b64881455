import type { OperationName } from './contract';

/**
 * The operation names alone, so the sandboxed preload can expose them without bundling zod.
 * The type below fails to compile if this list and the contract ever disagree.
 */
export const OPERATION_NAMES = [
  'session:status',
  'session:unlock',
  'incident:create',
  'incident:list',
  'incident:get',
  'report:summary-pdf',
] as const satisfies readonly OperationName[];

type Missing = Exclude<OperationName, (typeof OPERATION_NAMES)[number]>;
export const operationNamesAreComplete: Missing extends never ? true : Missing = true;

export const IPC_CHANNEL_PREFIX = 'breachlog:';
