import { statSync, existsSync } from 'node:fs';
import type { DatabaseKey } from '../electron/services/database/database-key';
import { openDatabase } from '../electron/services/database/open-database';
import { buildOpenRegister } from '../electron/services/open-register';
import type { IncidentFields } from '../shared/incident';
import { EMPTY_INCIDENT_FIELDS, incidentFieldsSchema } from '../shared/incident';
import type { Cause, DataCategory, IncidentStatus, PeopleCategory, RemedialAction } from '../shared/incident-fields';
import { DATA_CATEGORIES, PEOPLE_CATEGORIES } from '../shared/incident-fields';
import { Random, nth } from './random';
import type { WordSource } from './word-frequencies';
import { personName } from './word-frequencies';

/**
 * Fills a register with a long, realistic history through the app's own services: each
 * incident is created with `register.create`, moves on through `register.update` (contained,
 * then closed, at later times) and gets its reporting decision, so the rows, the search index
 * and the audit trail are what years of use would leave. Many incidents share one outer
 * transaction (the services' own transactions become savepoints inside it) so seeding 100,000
 * takes minutes, not the hours that one fsync per change would.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const YEAR = 365.25 * DAY;

export interface SeedOptions {
  path: string;
  key: DatabaseKey | null;
  incidents: number;
  /** The latest moment any seeded event may have: the benchmark's "now". */
  now: Date;
  years: number;
  seed: number;
  words: WordSource;
  perTransaction?: number;
  onProgress?: (done: number) => void;
}

export interface SeedResult {
  seconds: number;
  incidents: number;
  auditEntries: number;
  searchRows: number;
  fileMegabytes: number;
  statusCounts: Record<string, number>;
  reported: number;
}

const OFFICE_STAFF = ['Helen Clarke (office manager)', 'Rhys Evans', 'Priya Patel', 'Mark Thompson'];

const CAUSE_WEIGHTS: Record<Exclude<Cause, 'not_yet_known'>, number> = {
  sent_to_wrong_recipient: 34,
  unauthorised_access: 16,
  cyber_attack: 14,
  lost_or_stolen: 12,
  other: 12,
  system_failure: 6,
  insecure_disposal: 6,
  // Kept out of the seeded mix so the benchmark's register stays comparable with earlier runs.
  impersonation: 0,
};

export function seedRegister(options: SeedOptions): SeedResult {
  const started = performance.now();
  const random = new Random(options.seed);
  const nowMs = options.now.getTime();
  const clock = { now: options.now };
  const actor = { name: nth(OFFICE_STAFF, 0) };
  const db = openDatabase(options.path, options.key, { create: true });
  // A bigger page cache for this seeding connection only; the benchmark reopens the file with
  // the app's own settings before it measures anything.
  db.pragma('cache_size=-262144');
  const { register, incidents, audit } = buildOpenRegister(
    db,
    () => clock.now,
    () => actor.name,
  );

  // Awareness spread evenly over the years; each is recorded a little after it.
  const plans = Array.from({ length: options.incidents }, () => {
    const aware = nowMs - HOUR - random.float() * (options.years * YEAR - HOUR);
    const created = Math.min(aware + random.between(0.2 * HOUR, 30 * HOUR), nowMs - 60_000);
    return { aware, created };
  }).sort((a, b) => a.created - b.created);

  const perTransaction = options.perTransaction ?? 5_000;
  for (let start = 0; start < plans.length; start += perTransaction) {
    db.transaction(() => {
      for (const plan of plans.slice(start, start + perTransaction)) {
        seedOne(plan, { random, nowMs, clock, actor, register, incidents, audit, words: options.words });
      }
    })();
    options.onProgress?.(Math.min(start + perTransaction, plans.length));
  }

  const count = (sql: string) => db.prepare(sql).pluck().get() as number;
  const statusCounts = Object.fromEntries(
    (db.prepare('SELECT status, count(*) AS n FROM incident GROUP BY status').all() as { status: string; n: number }[]).map((row) => [
      row.status,
      row.n,
    ]),
  );
  const result = {
    incidents: count('SELECT count(*) FROM incident'),
    auditEntries: count('SELECT count(*) FROM audit_entry'),
    searchRows: count('SELECT count(*) FROM incident_search'),
    reported: count('SELECT count(*) FROM incident WHERE reported_at IS NOT NULL'),
    statusCounts,
  };
  db.close();
  const bytes = [options.path, `${options.path}-wal`].filter(existsSync).reduce((sum, file) => sum + statSync(file).size, 0);
  return { ...result, fileMegabytes: bytes / 1_048_576, seconds: (performance.now() - started) / 1000 };
}

interface SeedContext {
  random: Random;
  nowMs: number;
  clock: { now: Date };
  actor: { name: string };
  register: ReturnType<typeof buildOpenRegister>['register'];
  incidents: ReturnType<typeof buildOpenRegister>['incidents'];
  audit: ReturnType<typeof buildOpenRegister>['audit'];
  words: WordSource;
}

function seedOne(plan: { aware: number; created: number }, ctx: SeedContext): void {
  const { random, words, nowMs } = ctx;
  const iso = (ms: number) => new Date(ms).toISOString();
  const age = nowMs - plan.aware;
  const finalStatus: IncidentStatus =
    age < 7 * DAY
      ? random.weighted({ open: 60, contained: 35, closed: 5 })
      : age < 90 * DAY
        ? random.weighted({ open: 15, contained: 35, closed: 50 })
        : random.weighted({ open: 2, contained: 5, closed: 93 });
  const recent = age < 14 * DAY;
  const cause: Cause = recent && random.chance(0.3) ? 'not_yet_known' : random.weighted(CAUSE_WEIGHTS);
  const awareKnown = finalStatus !== 'open' || !random.chance(0.03);
  const discovered = plan.aware - (random.chance(0.5) ? 0 : random.between(0, 48 * HOUR));
  const occurredKind = random.weighted({ at: 50, between: 30, not_known: 20 });
  const occurredEnd = discovered - random.between(0, 14 * DAY);
  const occurred: IncidentFields['occurred'] =
    occurredKind === 'at'
      ? { kind: 'at', at: iso(occurredEnd) }
      : occurredKind === 'between'
        ? { kind: 'between', from: iso(occurredEnd - random.between(HOUR, 90 * DAY)), to: iso(occurredEnd) }
        : { kind: 'not_known' };
  const sentences = (min: number, max: number) => words.text(random, random.int(min, max), 0.08);

  const initial: IncidentFields = {
    ...EMPTY_INCIDENT_FIELDS,
    title: words.title(random, 40, 80),
    whatHappened: words.text(random, random.int(300, 1500), 0.08),
    howDiscovered: sentences(60, 250),
    discoveredBy: personName(random),
    occurred,
    discoveredAt: random.chance(0.9) ? iso(discovered) : null,
    awareAt: awareKnown ? iso(plan.aware) : null,
    awarenessNote: random.chance(0.7) ? sentences(40, 200) : '',
    cause,
    causeDetail: random.chance(0.6) ? sentences(60, 250) : '',
    breachTypes: breachTypes(random),
    cyberIncident: cause === 'cyber_attack' ? 'yes' : cause === 'not_yet_known' ? 'not_yet_known' : 'no',
    dataCategories: random.subset<DataCategory>(DATA_CATEGORIES.slice(0, -2), random.int(1, 4)),
    dataCategoriesOther: random.chance(0.1) ? sentences(20, 80) : '',
    peopleCount: approximateCount(random),
    peopleCategories: random.subset<PeopleCategory>(PEOPLE_CATEGORIES.slice(0, -2), random.int(1, 2)),
    peopleCategoriesOther: random.chance(0.05) ? sentences(20, 80) : '',
    status: 'open',
  };
  if (!initial.awareAt) initial.discoveredAt = null;
  const checked = incidentFieldsSchema.safeParse(initial);
  if (!checked.success) throw new Error(`Seed generated an invalid record: ${checked.error.message}`);

  ctx.actor.name = random.pick(OFFICE_STAFF);
  ctx.clock.now = new Date(plan.created);
  const incident = ctx.register.create(initial);

  // What happened next, each step later than the one before and never after "now".
  let at = plan.created;
  const later = (minMs: number, maxMs: number) => {
    at = Math.min(at + random.between(minMs, maxMs), nowMs - 1_000);
    ctx.clock.now = new Date(at);
    ctx.actor.name = random.chance(0.8) ? ctx.actor.name : random.pick(OFFICE_STAFF);
  };

  if (initial.awareAt && (age > 3 * DAY || random.chance(0.5))) {
    later(0.5 * HOUR, 40 * HOUR);
    const decision = random.chance(0.25) ? 'required' : 'not_required';
    ctx.incidents.setReportDecision(incident.id, decision);
    appendAudit(ctx, incident, 'reportDecision', null, decision);
    if (decision === 'required') {
      const late = random.weighted({ onTime: 92, late: 5, notYet: 3 });
      const reportedAt = plan.aware + (late === 'onTime' ? random.between(4 * HOUR, 71 * HOUR) : random.between(73 * HOUR, 240 * HOUR));
      if (late !== 'notYet' && reportedAt < nowMs - 1_000) {
        at = Math.max(at, reportedAt);
        ctx.clock.now = new Date(at);
        ctx.incidents.setReportedAt(incident.id, iso(reportedAt));
        appendAudit(ctx, incident, 'reportedAt', null, iso(reportedAt));
      }
    }
  }

  const actions: RemedialAction[] = Array.from({ length: random.int(1, 5) }, () => ({
    description: words.sentence(random, 6, 20, 0.15),
    owner: random.chance(0.8) ? personName(random) : '',
    dueDate: iso(plan.created + random.between(DAY, 30 * DAY)).slice(0, 10),
    done: false,
  }));
  if (finalStatus !== 'open' || random.chance(0.5)) {
    later(HOUR, 5 * DAY);
    ctx.register.update(incident.id, {
      likelyConsequences: sentences(60, 300),
      containment: finalStatus === 'open' ? '' : sentences(80, 400),
      organisationsInvolved: random.chance(0.3) ? sentences(40, 150) : '',
      recordsCount: approximateCount(random),
      actions,
      status: finalStatus === 'open' ? 'open' : 'contained',
    });
  }
  if (finalStatus === 'closed') {
    later(3 * DAY, 60 * DAY);
    ctx.register.update(incident.id, {
      actions: actions.map((action) => ({ ...action, done: true })),
      lessonsLearned: sentences(80, 400),
      preventionSteps: sentences(60, 300),
      status: 'closed',
    });
  }
}

function appendAudit(ctx: SeedContext, incident: { id: number; reference: string }, field: string, oldValue: unknown, newValue: unknown) {
  ctx.audit.append({
    at: ctx.clock.now,
    actor: ctx.actor.name,
    incidentId: incident.id,
    reference: incident.reference,
    action: 'changed',
    field,
    oldValue,
    newValue,
  });
}

function breachTypes(random: Random): IncidentFields['breachTypes'] {
  const types: IncidentFields['breachTypes'] = [];
  if (random.chance(0.9)) types.push('confidentiality');
  if (random.chance(0.1)) types.push('integrity');
  if (random.chance(0.15) || types.length === 0) types.push('availability');
  return types;
}

function approximateCount(random: Random): IncidentFields['peopleCount'] {
  const kind = random.weighted({ exact: 55, range: 30, not_known: 15 });
  const size = Math.round(Math.exp(random.between(0, Math.log(50_000))));
  if (kind === 'exact') return { kind, value: size };
  if (kind === 'range') return { kind, min: size, max: size * random.int(2, 5) };
  return { kind };
}
