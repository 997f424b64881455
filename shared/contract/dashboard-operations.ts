import { z } from 'zod';
import { chartSchema } from '../dashboard/charts';
import { DASHBOARD_PRESETS, dashboardPeriodSchema } from '../dashboard/period';
import { localDateSchema } from '../local-date';
import type { OperationMap } from './define';

export const figureSchema = z.object({
  label: z.string(),
  value: z.string(),
  note: z.string(),
  references: z.array(z.string()),
  more: z.number().int().min(0),
});

export const dashboardViewSchema = z.object({
  preset: z.enum(DASHBOARD_PRESETS),
  /** The local dates the preset stood for when asked, both included. */
  period: z.object({ from: localDateSchema, to: localDateSchema }),
  charts: z.array(chartSchema),
  figures: z.array(figureSchema),
});
export type DashboardView = z.infer<typeof dashboardViewSchema>;

export const dashboardOperations = {
  /** The register's figures and charts for a period: a preset (last 12 months, this year, financial year) or dates chosen. */
  'dashboard:summary': { input: z.object({ period: dashboardPeriodSchema }).strict(), output: dashboardViewSchema },
} as const satisfies OperationMap;
