import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AssessmentAnswers } from '../shared/assessment';
import { decisionFromAdvice, prefillAnswers, recordBasisOf } from '../shared/assessment-record';
import type { DocumentRequest } from '../shared/contract/document-operations';
import type { IncidentFields } from '../shared/incident';
import type { Organisation } from '../shared/organisation';
import type { DatabaseKey } from '../electron/services/database/database-key';
import { openDatabase } from '../electron/services/database/open-database';
import { documentPdf } from '../electron/services/documents/document-pdf';
import type { OpenRegister } from '../electron/services/open-register';
import { buildOpenRegister } from '../electron/services/open-register';
import { round, summarise } from './measure';
import { seedRegister } from './seed-register';
import { WordSource } from './word-frequencies';
import { FULL_ORGANISATION } from '../tests/integration/documents/document-support';
import { FULL_INCIDENT } from '../tests/integration/support/full-incident';

/**
 * Document benchmarks (issue 6), on an encrypted register as the app ships it:
 * - pdf.ico_report.p50_ms: gathering and drawing the ICO report draft of a fully filled,
 *   assessed, reported incident (target < 300 ms);
 * - pdf.audit_pack_1000.ms and .peak_mb: the audit pack of 1,000 realistic incidents, each
 *   assessed, in a fresh process whose peak resident memory is the figure (targets < 5,000 ms
 *   and < 400 MB).
 * Run alone with `tsx bench/documents-bench.ts` (merges its keys into bench/results.json) or
 * from run-benchmarks.ts.
 */

const RESOURCES_DIR = join(import.meta.dirname, '..', 'resources');
const RESULTS_FILE = join(import.meta.dirname, 'results.json');
const ICO_RUNS = 30;
const WARM_UP = 3;
const PACK_INCIDENTS = 1000;

const ORGANISATION: Organisation = {
  ...FULL_ORGANISATION,
  trainingAndGuidance: 'All staff complete annual data protection training.',
};

const LONG = (what: string) => `${what} `.repeat(40).trim();

/** The tests' fully filled record, with the free-text answers and actions at the length a worried manager writes. */
const FULL: IncidentFields = {
  ...FULL_INCIDENT,
  whatHappened: LONG('Our HR assistant emailed the payroll spreadsheet to Łukasz Żółć at a supplier instead of our accountant.'),
  organisationsInvolved: 'Acme Payroll Bureau (processor); our insurer.',
  likelyConsequences: LONG('Possible fraud using bank details; distress for staff.'),
  containment: LONG('Recipient confirmed deletion in writing.'),
  actions: Array.from({ length: 8 }, (_, i) => ({ description: `Action ${i + 1}: tighten the payroll process`, owner: 'Zoë Ødegård', dueDate: '2026-12-04', done: i % 2 === 0 })),
};

/** Answers for the questions the record cannot answer; the record's own facts fill the rest. */
const BASE_ANSWERS: AssessmentAnswers = {
  disclosure: 'few_known_recipients',
  alteration: 'no',
  unavailability: 'no',
  unavailabilityEffect: 'unknown',
  cause: 'accidental',
  dataCategories: ['basic_identifiers'],
  harmSeverity: 'upset',
  identifiability: 'easily',
  peopleCount: 'up_to_100',
  vulnerablePeople: [],
  protection: 'none',
  containment: 'attempted',
  exposureDuration: 'under_a_day',
  misuseSeen: 'no_sign_so_far',
  contactEffort: 'can_contact',
  peopleToldSoFar: 'none_yet',
};

function assess(open: OpenRegister, incidentId: number): void {
  const incident = open.register.get(incidentId);
  const answers = { ...BASE_ANSWERS, ...prefillAnswers(recordBasisOf(incident)) } as AssessmentAnswers;
  open.assessments.save(incidentId, answers, decisionFromAdvice(open.assessments.advise(answers)));
}

function openRegister(path: string, key: DatabaseKey, now: Date, create: boolean) {
  const db = openDatabase(path, key, { create });
  return { db, open: buildOpenRegister(db, () => now, () => 'Benchmark') };
}

async function icoReportTimings(dir: string, key: DatabaseKey): Promise<number[]> {
  const now = new Date('2026-11-25T09:00:00.000Z');
  const { db, open } = openRegister(join(dir, 'ico.db'), key, now, true);
  try {
    open.documents.updateOrganisation(ORGANISATION);
    const incident = open.register.create(FULL);
    assess(open, incident.id);
    open.clock.recordSubmission({
      incidentId: incident.id,
      kind: 'initial',
      submittedAt: '2026-11-24T11:00:00.000Z',
      channel: 'online_form',
      whatWasSent: 'The facts known on 24 November.',
      icoCaseReference: 'IC-123456-A1B2',
      lateReason: 'The office was closed and nobody checked the payroll mailbox until Tuesday.',
    });
    open.clock.recordTelling({ incidentId: incident.id, toldAt: '2026-11-24T15:00:00.000Z', method: 'letter', toldBy: 'Łukasz Nowak', note: 'Letters to all.' });
    const request: DocumentRequest = { kind: 'ico-report', incidentId: incident.id };
    const timings: number[] = [];
    for (let run = 0; run < WARM_UP + ICO_RUNS; run += 1) {
      const start = performance.now();
      await documentPdf(open.documents.model(request), RESOURCES_DIR);
      if (run >= WARM_UP) timings.push(performance.now() - start);
    }
    return timings;
  } finally {
    db.close();
  }
}

interface PackRequest {
  path: string;
  keyHex: string;
  nowIso: string;
}

interface PackResult {
  ms: number;
  modelMs: number;
  cpuMs: number;
  pages: number;
  bytes: number;
  peakMb: number;
}

/** In the child: the audit pack of the whole seeded register, timed, with the process's peak memory. */
async function auditPackInChild(request: PackRequest): Promise<PackResult> {
  const now = new Date(request.nowIso);
  const { db, open } = openRegister(request.path, { kind: 'raw', bytes: Buffer.from(request.keyHex, 'hex') }, now, false);
  try {
    const from = new Date(now.getTime() - 2 * 365.25 * 86_400_000).toISOString().slice(0, 10);
    const to = now.toISOString().slice(0, 10);
    const cpu = process.cpuUsage();
    const start = performance.now();
    const model = open.documents.model({ kind: 'audit-pack', range: { from, to } });
    const modelMs = performance.now() - start;
    const pdf = await documentPdf(model, RESOURCES_DIR);
    const ms = performance.now() - start;
    const used = process.cpuUsage(cpu);
    const pages = Number(/\/Type \/Pages\s*\/Count (\d+)/.exec(pdf.toString('latin1'))?.[1] ?? 0);
    return { ms, modelMs, cpuMs: (used.user + used.system) / 1000, pages, bytes: pdf.length, peakMb: process.resourceUsage().maxRSS / 1024 };
  } finally {
    db.close();
  }
}

function runPackChild(request: PackRequest): Promise<PackResult> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ['--audit-pack-child'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let result: PackResult | null = null;
    child.on('message', (message: PackResult) => (result = message));
    child.on('error', reject);
    child.on('exit', (code) => (result ? resolve(result) : reject(new Error(`The audit pack child failed (exit ${code})`))));
    child.send(request);
  });
}

/** Runs the document benchmarks and answers their keys for bench/results.json. */
export async function runDocumentBenchmarks(): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), 'breachlog-documents-bench-'));
  try {
    const keyHex = randomBytes(32).toString('hex');
    const key: DatabaseKey = { kind: 'raw', bytes: Buffer.from(keyHex, 'hex') };
    console.log('\nDocuments:');
    const ico = summarise(await icoReportTimings(dir, key));
    console.log(`  ICO report draft (fully filled): p50 ${ico.p50.toFixed(1)} ms  p95 ${ico.p95.toFixed(1)} ms  (n=${ico.samples})`);

    const now = new Date();
    const packPath = join(dir, 'pack.db');
    const seed = seedRegister({ path: packPath, key, incidents: PACK_INCIDENTS, now, years: 1, seed: 20_261_125, words: new WordSource() });
    const { db, open } = openRegister(packPath, key, now, false);
    try {
      open.documents.updateOrganisation(ORGANISATION);
      db.transaction(() => {
        for (const { id } of open.incidents.allReferences()) assess(open, id);
      })();
    } finally {
      db.close();
    }
    console.log(`  seeded ${seed.incidents.toLocaleString('en-GB')} incidents with ${seed.auditEntries.toLocaleString('en-GB')} audit entries, each assessed`);
    const pack = await runPackChild({ path: packPath, keyHex, nowIso: now.toISOString() });
    console.log(
      `  audit pack of ${PACK_INCIDENTS.toLocaleString('en-GB')} incidents: ${pack.ms.toFixed(0)} ms (gathering ${pack.modelMs.toFixed(0)} ms; CPU ${pack.cpuMs.toFixed(0)} ms), ` +
        `${pack.pages.toLocaleString('en-GB')} pages, ` +
        `${(pack.bytes / 1_048_576).toFixed(1)} MB PDF, peak memory ${pack.peakMb.toFixed(0)} MB`,
    );
    const verdict = (value: number, limit: number) => (value < limit ? 'met' : 'MISSED');
    console.log(
      `  targets: ICO report p50 < 300 ms ${verdict(ico.p50, 300)}; audit pack < 5,000 ms ${verdict(pack.ms, 5000)}; peak < 400 MB ${verdict(pack.peakMb, 400)}`,
    );
    return {
      'pdf.ico_report.p50_ms': round(ico.p50),
      'pdf.audit_pack_1000.ms': round(pack.ms, 0),
      'pdf.audit_pack_1000.peak_mb': round(pack.peakMb, 0),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Merges keys into bench/results.json, keeping every other benchmark's figures. */
export function mergeResults(results: Record<string, number>): void {
  const existing = existsSync(RESULTS_FILE) ? (JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as Record<string, number>) : {};
  writeFileSync(RESULTS_FILE, `${JSON.stringify({ ...existing, ...results }, null, 2)}\n`);
}

const runDirectly = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (runDirectly && process.argv.includes('--audit-pack-child')) {
  process.once('message', (request: PackRequest) => {
    void auditPackInChild(request).then((result) => process.send?.(result, () => process.exit(0)));
  });
} else if (runDirectly) {
  mergeResults(await runDocumentBenchmarks());
  console.log(`Wrote ${RESULTS_FILE}`);
}
