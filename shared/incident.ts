import { z } from 'zod';
import {
  ACTIONS_MAX,
  BREACH_TYPES,
  CAUSES,
  CYBER_ANSWERS,
  DATA_CATEGORIES,
  INCIDENT_STATUSES,
  PEOPLE_CATEGORIES,
  approximateCountSchema,
  occurrenceEnd,
  occurrenceSchema,
  occurrenceStart,
  remedialActionSchema,
} from './incident-fields';
import { instantSchema, isEarlier } from './instant';
import type { IncidentRoleFields } from './incident-role';
import { EMPTY_ROLE_FIELDS, incidentRoleShape, roleRuleIssues } from './incident-role';
import { EMPTY_ICO_ANSWERS, icoAnswersShape } from './incident-ico-answers';

/**
 * The breach record as the register keeps it: what Art. 33(5) and the ICO report form need
 * (domain.md §2–3). One schema guards the contract, the forms and rows read back from disk.
 */

export const TITLE_MAX = 200;
export const LONG_TEXT_MAX = 20_000;
export const SHORT_TEXT_MAX = 500;
/** Clocks on office PCs drift; allow this much "future" before calling a time impossible. */
export const CLOCK_TOLERANCE_MS = 5 * 60 * 1000;

export const referenceSchema = z.string().regex(/^BR-\d{4}-\d{4,}$/, 'Not a Breachlog reference');

export const incidentTitleSchema = z
  .string()
  .trim()
  .min(1, 'Give the breach a short title, for example "Payroll file emailed to wrong person"')
  .max(TITLE_MAX, `Keep the title under ${TITLE_MAX} characters`);

const longText = (what: string) =>
  z.string().trim().max(LONG_TEXT_MAX, `Keep ${what} under ${LONG_TEXT_MAX.toLocaleString('en-GB')} characters`);
const shortText = (what: string) =>
  z.string().trim().max(SHORT_TEXT_MAX, `Keep ${what} under ${SHORT_TEXT_MAX} characters`);
const uniqueList = <T extends readonly [string, ...string[]]>(values: T) =>
  z.array(z.enum(values)).max(values.length).refine((items) => new Set(items).size === items.length, 'Tick each option once');

/** Every field a person fills in, without the cross-field rules (so it can be made partial). */
export const incidentFieldsObject = z.object({
  title: incidentTitleSchema,
  whatHappened: longText('the description'),
  howDiscovered: longText('how it was discovered'),
  discoveredBy: shortText('who discovered it'),
  occurred: occurrenceSchema,
  discoveredAt: instantSchema.nullable(),
  /** The 72-hour clock starts here (Art. 33(1)). */
  awareAt: instantSchema.nullable(),
  awarenessNote: longText('the note on awareness'),
  cause: z.enum(CAUSES),
  causeDetail: longText('the cause'),
  breachTypes: uniqueList(BREACH_TYPES),
  cyberIncident: z.enum(CYBER_ANSWERS),
  dataCategories: uniqueList(DATA_CATEGORIES),
  dataCategoriesOther: shortText('the other kinds of data'),
  peopleCount: approximateCountSchema,
  recordsCount: approximateCountSchema,
  peopleCategories: uniqueList(PEOPLE_CATEGORIES),
  peopleCategoriesOther: shortText('the other groups of people'),
  organisationsInvolved: longText('the organisations involved'),
  likelyConsequences: longText('the likely consequences'),
  containment: longText('containment and recovery'),
  actions: z.array(remedialActionSchema).max(ACTIONS_MAX, `Keep to ${ACTIONS_MAX} actions`),
  lessonsLearned: longText('lessons learned'),
  preventionSteps: longText('the steps to stop it happening again'),
  status: z.enum(INCIDENT_STATUSES),
  /** Breach or near miss, and controller or processor (incident-role.ts). */
  ...incidentRoleShape,
  /** The ICO form's questions no other field answers (incident-ico-answers.ts). */
  ...icoAnswersShape,
});

export type IncidentFields = z.infer<typeof incidentFieldsObject>;
export type IncidentFieldName = keyof IncidentFields;
/** The fields the record's six steps ask for; kind and role have their own panels (incident-role.ts). */
export type RecordFormFieldName = Exclude<IncidentFieldName, keyof IncidentRoleFields>;
export const INCIDENT_FIELD_NAMES = Object.keys(incidentFieldsObject.shape) as IncidentFieldName[];

interface Issue {
  path: string;
  message: string;
}

/** Rules across fields: times in order, and what each status needs before it can be chosen. */
export function incidentRuleIssues(fields: IncidentFields): Issue[] {
  const issues: Issue[] = [];
  const occurredStart = occurrenceStart(fields.occurred);
  const occurredEnd = occurrenceEnd(fields.occurred);
  const earliestLater = fields.discoveredAt ?? fields.awareAt;
  if (occurredStart && earliestLater && isEarlier(earliestLater, occurredStart)) {
    issues.push({ path: 'occurred', message: 'The breach cannot have started after it was discovered' });
  } else if (occurredEnd && fields.awareAt && isEarlier(fields.awareAt, occurredEnd) && fields.occurred.kind === 'at') {
    issues.push({ path: 'occurred', message: 'The breach cannot have happened after you became aware of it' });
  }
  if (fields.discoveredAt && fields.awareAt && isEarlier(fields.awareAt, fields.discoveredAt)) {
    issues.push({
      path: 'awareAt',
      message: 'Your organisation cannot have become aware before the breach was discovered',
    });
  }
  if (fields.status !== 'open' && fields.containment === '') {
    issues.push({ path: 'containment', message: 'Say how the breach was contained before marking it contained or closed' });
  }
  if (fields.status === 'closed') {
    if (fields.lessonsLearned === '') {
      issues.push({ path: 'lessonsLearned', message: 'A closed breach needs its lessons learned' });
    }
    if (fields.awareAt === null) {
      issues.push({ path: 'awareAt', message: 'A closed breach needs the time your organisation became aware' });
    }
    if (fields.actions.some((action) => !action.done)) {
      issues.push({ path: 'actions', message: 'Finish or remove the open actions before closing the breach' });
    }
  }
  issues.push(...roleRuleIssues(fields));
  return issues;
}

export const incidentFieldsSchema = incidentFieldsObject.superRefine((fields, ctx) => {
  for (const issue of incidentRuleIssues(fields)) {
    ctx.addIssue({ code: 'custom', path: issue.path.split('.'), message: issue.message });
  }
});

/** Checks that depend on the current time, kept out of the schema so the schema stays pure. */
export function futureTimeIssues(fields: Pick<IncidentFields, 'awareAt' | 'discoveredAt' | 'occurred'>, now: Date): Issue[] {
  const limit = now.getTime() + CLOCK_TOLERANCE_MS;
  const late = (instant: string | null) => instant !== null && Date.parse(instant) > limit;
  const issues: Issue[] = [];
  if (late(fields.awareAt)) issues.push({ path: 'awareAt', message: 'This time is in the future: enter when you actually became aware' });
  if (late(fields.discoveredAt)) issues.push({ path: 'discoveredAt', message: 'This time is in the future' });
  if (late(occurrenceEnd(fields.occurred))) issues.push({ path: 'occurred', message: 'This time is in the future' });
  return issues;
}

export const EMPTY_INCIDENT_FIELDS: IncidentFields = {
  title: '',
  whatHappened: '',
  howDiscovered: '',
  discoveredBy: '',
  occurred: { kind: 'not_known' },
  discoveredAt: null,
  awareAt: null,
  awarenessNote: '',
  cause: 'not_yet_known',
  causeDetail: '',
  breachTypes: [],
  cyberIncident: 'not_yet_known',
  dataCategories: [],
  dataCategoriesOther: '',
  peopleCount: { kind: 'not_known' },
  recordsCount: { kind: 'not_known' },
  peopleCategories: [],
  peopleCategoriesOther: '',
  organisationsInvolved: '',
  likelyConsequences: '',
  containment: '',
  actions: [],
  lessonsLearned: '',
  preventionSteps: '',
  status: 'open',
  ...EMPTY_ROLE_FIELDS,
  ...EMPTY_ICO_ANSWERS,
};

export const incidentIdSchema = z.number().int().positive();

export const incidentSchema = incidentFieldsObject.extend({
  id: incidentIdSchema,
  reference: referenceSchema,
  createdAt: instantSchema,
  updatedAt: instantSchema,
  /** Set once a report has gone to the ICO; the clock stops. */
  reportedAt: instantSchema.nullable(),
  /** The current assessment's decision on reporting, if assessed. */
  reportDecision: z.enum(['required', 'not_required']).nullable(),
});

export type Incident = z.infer<typeof incidentSchema>;

/** What a new record needs: a title; everything else can follow. */
export const incidentCreateSchema = incidentFieldsObject
  .partial()
  .required({ title: true })
  .strict()
  .transform((partial): IncidentFields => ({ ...EMPTY_INCIDENT_FIELDS, ...partial }))
  .superRefine((fields, ctx) => {
    for (const issue of incidentRuleIssues(fields)) {
      ctx.addIssue({ code: 'custom', path: issue.path.split('.'), message: issue.message });
    }
  });

export const incidentUpdateSchema = z
  .object({
    id: incidentIdSchema,
    changes: incidentFieldsObject.partial().strict(),
  })
  .strict();
