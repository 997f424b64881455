import type { z } from 'zod';
import { assessmentOperations } from './assessment-operations';
import { attachmentOperations } from './attachment-operations';
import type { OperationMap } from './define';
import { clockOperations } from './clock-operations';
import { dashboardOperations } from './dashboard-operations';
import { documentOperations } from './document-operations';
import { incidentOperations } from './incident-operations';
import { letterOperations } from './letter-operations';
import { roleOperations } from './role-operations';
import { securityOperations } from './security-operations';
import { sessionOperations } from './session-operations';
import { startAtSignInOperations } from './start-at-sign-in-operations';

/**
 * Every operation the UI may ask of the main process, declared once, feature by feature.
 * The main process parses each input with `input` before any service runs; the preload
 * exposes exactly these names.
 */
export const contract = {
  ...sessionOperations,
  ...incidentOperations,
  ...clockOperations,
  ...assessmentOperations,
  ...securityOperations,
  ...documentOperations,
  ...startAtSignInOperations,
  ...attachmentOperations,
  ...dashboardOperations,
  ...roleOperations,
  ...letterOperations,
} as const satisfies OperationMap;

export type Contract = typeof contract;
export type OperationName = keyof Contract;
export type OperationInput<K extends OperationName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends OperationName> = z.output<Contract[K]['input']>;
export type OperationOutput<K extends OperationName> = z.output<Contract[K]['output']>;

export { savedFileSchema } from './common';
export type { SavedFile } from './common';
