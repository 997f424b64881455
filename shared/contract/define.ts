import type { z } from 'zod';

/** One operation: the schema its input must pass and the schema of what it answers. */
export interface OperationSpec {
  input: z.ZodType;
  output: z.ZodType;
}

export type OperationMap = Record<string, OperationSpec>;
