import { z } from 'zod';
import { DEADLINE_FILTERS } from './deadline-filters';
import { BREACH_TYPES, CAUSES, INCIDENT_STATUSES } from './incident-fields';
import { instantSchema } from './instant';
import { referenceSchema } from './incident';
import { INCIDENT_KINDS, INCIDENT_ROLES } from './incident-role';

/** How the register list is filtered, sorted and paged. Filters combine with AND. */


export const REGISTER_SORTS = ['aware_desc', 'aware_asc', 'reference_desc', 'reference_asc', 'updated_desc'] as const;
export type RegisterSort = (typeof REGISTER_SORTS)[number];

export const PAGE_SIZE_MAX = 100;
export const SEARCH_MAX = 200;

export const registerQuerySchema = z
  .object({
    search: z.string().trim().max(SEARCH_MAX, `Keep the search under ${SEARCH_MAX} characters`).default(''),
    status: z.enum(INCIDENT_STATUSES).nullable().default(null),
    year: z.number().int().min(2000).max(2100).nullable().default(null),
    cause: z.enum(CAUSES).nullable().default(null),
    breachType: z.enum(BREACH_TYPES).nullable().default(null),
    reported: z.enum(['yes', 'no']).nullable().default(null),
    deadline: z.enum(DEADLINE_FILTERS).nullable().default(null),
    /** Breaches only unless asked: near misses stay out of breach counts (null: both). */
    kind: z.enum(INCIDENT_KINDS).nullable().default('breach'),
    sort: z.enum(REGISTER_SORTS).default('aware_desc'),
    offset: z.number().int().min(0).max(10_000_000).default(0),
    limit: z.number().int().min(1).max(PAGE_SIZE_MAX).default(50),
  })
  .strict();

export type RegisterQuery = z.output<typeof registerQuerySchema>;
export type RegisterQueryInput = z.input<typeof registerQuerySchema>;

export const incidentSummarySchema = z.object({
  id: z.number().int().positive(),
  reference: referenceSchema,
  title: z.string(),
  status: z.enum(INCIDENT_STATUSES),
  cause: z.enum(CAUSES),
  breachTypes: z.array(z.enum(BREACH_TYPES)),
  awareAt: instantSchema.nullable(),
  reportedAt: instantSchema.nullable(),
  reportDecision: z.enum(['required', 'not_required']).nullable(),
  updatedAt: instantSchema,
  kind: z.enum(INCIDENT_KINDS),
  role: z.enum(INCIDENT_ROLES),
  /** As processor: when the controller was told. */
  controllerToldAt: instantSchema.nullable(),
});
export type IncidentSummary = z.infer<typeof incidentSummarySchema>;

/** Counts stop here; the page then says "more than 10,000". */
export const REGISTER_COUNT_CAP = 10_000;

export const registerPageSchema = z.object({
  total: z.number().int().min(0),
  /** True when more than `total` (the cap) matched. */
  totalIsAtLeast: z.boolean(),
  items: z.array(incidentSummarySchema),
});
export type RegisterPage = z.infer<typeof registerPageSchema>;
