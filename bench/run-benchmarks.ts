import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseKey } from '../electron/services/database/database-key';
import type { Db } from '../electron/services/database/open-database';
import { latestSchemaVersion } from '../electron/services/database/migrate';
import { openDatabase } from '../electron/services/database/open-database';
import { buildOpenRegister } from '../electron/services/open-register';
import { buildRegisterListSql } from '../electron/services/register/register-list-query';
import type { Incident } from '../shared/incident';
import type { RegisterQuery } from '../shared/register-query';
import { registerQuerySchema } from '../shared/register-query';
import { describeBackup, measureBackup } from './backup-bench';
import { runBrowserBenchmarks } from './browser-bench';
import { runDocumentBenchmarks } from './documents-bench';
import type { Floor } from './raw-floor';
import { floorPagesPerSave, makeFloor, openFloor, pagesWrittenBy } from './raw-floor';
import { checkSafety, describeSafety } from './safety-check';
import type { Summary } from './measure';
import { Timings, formatSummary, round, summarise, timeMs } from './measure';
import { Random } from './random';
import type { SeedRequest } from './seed-child';
import type { SeedResult } from './seed-register';
import type { Case, RegisterShape } from './workload';
import { listCase, saveChange, saveTarget, searchCase } from './workload';
import { WordSource } from './word-frequencies';
import { timeTransactionBodies } from './transaction-split';

/**
 * `npm run bench`: seeds an encrypted and a plain register with the same 100,000 incidents,
 * then times the register's hot operations at the service on each, and the raw-SQLite floor
 * (raw-floor.ts) doing the same kind of work on the same data in the same run, and writes both and
 * their ratios to bench/results.json (the machine is shared: the ratios are the figures to compare
 * between runs, the milliseconds are not). Options: --incidents=N (default 100000; 20000 seeds in
 * about a minute and a half, for iterating); --no-backup, --no-documents and --no-browser (cold load
 * and keystroke latency in Chromium, bench/browser-bench.ts) skip those figures; --keep leaves the registers and
 * their (throwaway) key in the temp folder, and --reuse=FOLDER measures those again without
 * seeding, upgrading them first if their schema is older (earlier runs' saves will have changed them).
 */

const args = new Map(
  process.argv.slice(2).map((arg) => {
    const [name = '', value = 'true'] = arg.replace(/^--/, '').split('=');
    return [name, value] as const;
  }),
);
const INCIDENTS = Number(args.get('incidents') ?? 100_000);
const YEARS = 10;
const SEED = 20_261_125;
// At least 200 timed calls of each kind; a search for a common word can take seconds, so no more.
const SAMPLES = { list: 300, search: 250, save: 250 };
const WARM_UP = { list: 40, search: 30, save: 30 };
const RESULTS_FILE = join(import.meta.dirname, 'results.json');

interface RunFigures {
  list: Timings;
  search: Timings;
  save: Timings;
  slowest: { what: string; ms: number }[];
  pagesPerSave: number[];
  /** Pages the search index wrote to take the measured saves still waiting for it. */
  searchCatchUpPages: number;
  /** What each timed save wrote, for the floor to write the same. */
  saves: { id: number; json: string }[];
  /** Each timed save's time inside its transaction, in the order of `save.all`; the rest is BEGIN and COMMIT. */
  saveWork: number[];
}

async function main(): Promise<void> {
  const reuse = args.get('reuse');
  const dir = reuse ?? mkdtempSync(join(tmpdir(), 'breachlog-bench-'));
  const encryptedPath = join(dir, 'register-encrypted.db');
  const plainPath = join(dir, 'register-plain.db');
  const keptFile = join(dir, 'seeded.json');
  console.log(`Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}`);

  try {
    let seeded: { keyHex: string; schemaVersion: number; encryptedSeed: SeedResult; plainSeed: SeedResult };
    if (reuse) {
      seeded = JSON.parse(readFileSync(keptFile, 'utf8')) as typeof seeded;
      if (seeded.schemaVersion > latestSchemaVersion()) {
        throw new Error(`The registers in ${dir} have schema ${seeded.schemaVersion}, the app is at ${latestSchemaVersion()}: seed afresh`);
      }
      // An older schema is upgraded in place by the first open, as the app would.
      console.log(`Measuring the registers kept in ${dir} again (seeding figures are from when they were made).\n`);
    } else {
      console.log(`Breachlog benchmarks: ${INCIDENTS.toLocaleString('en-GB')} incidents over ${YEARS} years, in ${dir}\n`);
      const keyHex = randomBytes(32).toString('hex');
      const now = new Date().toISOString();
      console.log('Seeding the encrypted and the plain register side by side (same data, one process each)…');
      const [encryptedSeed, plainSeed] = await Promise.all([
        seedInChild({ label: 'encrypted', path: encryptedPath, keyHex, incidents: INCIDENTS, nowIso: now, years: YEARS, seed: SEED }),
        seedInChild({ label: 'plain', path: plainPath, keyHex: null, incidents: INCIDENTS, nowIso: now, years: YEARS, seed: SEED }),
      ]);
      seeded = { keyHex, schemaVersion: latestSchemaVersion(), encryptedSeed, plainSeed };
      if (args.has('keep')) writeFileSync(keptFile, JSON.stringify(seeded));
    }
    const { encryptedSeed, plainSeed } = seeded;
    const key: DatabaseKey = { kind: 'raw', bytes: Buffer.from(seeded.keyHex, 'hex') };
    printSeed('encrypted', encryptedSeed);
    printSeed('plain', plainSeed);
    if (fileHeader(plainPath) !== 'SQLite format 3\0' || fileHeader(encryptedPath) === 'SQLite format 3\0') {
      throw new Error('Expected one encrypted and one plain register file');
    }

    const loadBefore = loadavg();
    const words = new WordSource();
    console.log('\nEncrypted register (the app as shipped):');
    const safety = checkSafety(encryptedPath, key);
    console.log(`  safety settings checked on the app's own connection: ${describeSafety(safety)}`);
    // The floor is made from the plain register before any timed save changes it.
    const floorPath = join(dir, 'floor.db');
    makeFloor(plainPath, floorPath);
    const floorDb = openFloor(floorPath, new Date());
    const floorTimings: FloorTimings = { list: new Timings(), search: new Timings(), save: new Timings(), pagesPerSave: [] };
    const encrypted = runWorkload(encryptedPath, key, words, { floor: floorDb, timings: floorTimings });
    floorTimings.pagesPerSave = floorPagesPerSave(floorDb, encrypted.saves);
    floorDb.close();
    for (const file of [floorPath, `${floorPath}-wal`, `${floorPath}-shm`]) rmSync(file, { force: true });
    console.log('\nRaw-SQLite floor, each call timed right after the app\'s same call (a plain, analysed copy; page query only; a save is one UPDATE):');
    const floor = floorTimings;
    printFloor(floor);
    console.log('\nPlain register (same data, same workload, no encryption):');
    const plain = runWorkload(plainPath, null, words);

    const sizes = fileSizes(encryptedPath, encryptedSeed.incidents, key);
    console.log(
      `\nFile: ${(sizes.bytes / 1e6).toFixed(0)} MB, ${(sizes.usedBytes / 1e6).toFixed(0)} MB of it in use, ${Math.round(sizes.bytesPerIncident).toLocaleString('en-GB')} bytes in use per incident; biggest parts:`,
    );
    for (const [name, bytes] of sizes.parts.slice(0, 8)) console.log(`    ${name.padEnd(34)}${(bytes / 1e6).toFixed(1).padStart(8)} MB  ${((100 * bytes) / sizes.usedBytes).toFixed(1)} %`);

    let backup: Awaited<ReturnType<typeof measureBackup>> | null = null;
    if (!args.has('no-backup')) {
      console.log('\nBackup of the encrypted register, as the app makes it:');
      backup = await measureBackup(encryptedPath, key, dir);
      for (const line of describeBackup(backup)) console.log(line);
    }
    let browser: Record<string, number> = {};
    if (!args.has('no-browser')) {
      console.log('\nIn Chromium, the built renderer over the preview server on the encrypted register:');
      browser = await runBrowserBenchmarks({ registerPath: encryptedPath, key: key.bytes, loads: 30, keystrokes: 300 });
    }
    const loadAfter = loadavg();

    const total = (run: RunFigures) => [run.list, run.search, run.save].reduce((sum, t) => sum + summarise(t.all).total, 0);
    const ratio = total(encrypted) / total(plain);
    const part = (pick: (run: RunFigures) => Timings) => summarise(pick(encrypted).all).p50 / summarise(pick(plain).all).p50;
    console.log('\nEncrypted ÷ plain:');
    console.log(`  whole workload (sum of all timed calls)  ${ratio.toFixed(2)}`);
    console.log(`  list p50 ${part((r) => r.list).toFixed(2)}   search p50 ${part((r) => r.search).toFixed(2)}   save p50 ${part((r) => r.save).toFixed(2)}   seeding ${(encryptedSeed.seconds / plainSeed.seconds).toFixed(2)}`);

    const list = summarise(encrypted.list.all);
    const search = summarise(encrypted.search.all);
    const save = summarise(encrypted.save.all);
    const saveWork = summarise(encrypted.saveWork);
    const saveCommit = summarise(encrypted.save.all.map((ms, index) => ms - (encrypted.saveWork[index] ?? 0)));
    const floorList = summarise(floor.list.all);
    const floorSearch = summarise(floor.search.all);
    const floorSave = summarise(floor.save.all);
    const pages = summarise(encrypted.pagesPerSave);
    const floorPages = summarise(floor.pagesPerSave);
    const pagesMean = (pages.total + encrypted.searchCatchUpPages) / pages.samples;
    const results = {
      'run.incidents': encryptedSeed.incidents,
      'run.cpus': cpus().length,
      'run.load_before_1m': round(loadBefore[0] ?? 0),
      'run.load_after_1m': round(loadAfter[0] ?? 0),
      'run.safety': safety,
      'register.list.p50_ms': round(list.p50),
      'register.list.p95_ms': round(list.p95),
      'register.search.p50_ms': round(search.p50),
      'register.search.p95_ms': round(search.p95),
      'register.save.p50_ms': round(save.p50),
      'register.save.p95_ms': round(save.p95),
      'register.save.work_p50_ms': round(saveWork.p50),
      'register.save.begin_commit_p50_ms': round(saveCommit.p50),
      'db.encrypted_vs_plain.ratio': round(ratio),
      'register.seed.incidents': encryptedSeed.incidents,
      'register.seed.audit_entries': encryptedSeed.auditEntries,
      'register.seed.s': round(encryptedSeed.seconds, 1),
      'register.seed.plain_s': round(plainSeed.seconds, 1),
      'register.file.mb': round(encryptedSeed.fileMegabytes, 0),
      'register.file.bytes_per_incident': Math.round(sizes.bytesPerIncident),
      'register.file.used_mb': round(sizes.usedBytes / 1e6, 0),
      'register.file.parts_mb': Object.fromEntries(sizes.parts.slice(0, 8).map(([name, bytes]) => [name, round(bytes / 1e6, 1)])),
      'register.save.pages_p50': pages.p50,
      'register.save.pages_p95': pages.p95,
      'register.save.pages_mean_with_search_index': round(pagesMean, 1),
      'floor.list.p50_ms': round(floorList.p50, 3),
      'floor.list.p95_ms': round(floorList.p95, 3),
      'floor.search.p50_ms': round(floorSearch.p50, 3),
      'floor.search.p95_ms': round(floorSearch.p95, 3),
      'floor.save.p50_ms': round(floorSave.p50, 3),
      'floor.save.pages_p50': floorPages.p50,
      'floor.save.pages_mean': round(floorPages.mean, 1),
      'ratio.list.p50': round(list.p50 / floorList.p50, 1),
      'ratio.list.p95': round(list.p95 / floorList.p95, 1),
      'ratio.search.p50': round(search.p50 / floorSearch.p50, 1),
      'ratio.search.p95': round(search.p95 / floorSearch.p95, 1),
      'ratio.save.p50': round(save.p50 / floorSave.p50, 1),
      'ratio.save.pages_p50': round(pages.p50 / floorPages.p50, 1),
      ...(backup
        ? {
            'backup.s': round(backup.seconds, 1),
            'backup.longest_stall_ms': round(backup.longestStallMs, 0),
            'backup.progress_reports': backup.progressEvents,
            'backup.main_thread_ms': round(backup.steps.mainThreadMs, 0),
            'backup.longest_main_task_ms': round(backup.steps.longestMainTaskMs, 1),
            'backup.control_stall_ms': round(backup.controlStallMs, 0),
            'backup.copy_s': round((backup.steps.copying ?? 0) / 1000, 1),
            'backup.sync_s': round((backup.steps.syncing ?? 0) / 1000, 1),
            'backup.row_counts_s': round((backup.steps.facts ?? 0) / 1000, 1),
            'backup.quick_check_s': round((backup.steps.checking ?? 0) / 1000, 1),
            'backup.trail_verify_s': round((backup.steps.trail ?? 0) / 1000, 1),
            'backup.trail_verify_wait_after_quick_check_s': round((backup.steps.verifying ?? 0) / 1000, 1),
            'backup.naming_s': round((backup.steps.saving ?? 0) / 1000, 2),
            'floor.backup.quick_check_s': round(backup.floorQuickCheckSeconds, 1),
            'floor.backup.integrity_check_s': round(backup.floorIntegrityCheckSeconds, 1),
            'floor.backup.file_copy_s': round(backup.floorCopySeconds, 1),
            'floor.backup.vacuum_into_s': round(backup.floorVacuumIntoSeconds, 1),
            'ratio.backup.vs_file_copy': round(backup.seconds / backup.floorCopySeconds, 1),
            'ratio.backup.vs_vacuum_into': round(backup.seconds / backup.floorVacuumIntoSeconds, 1),
          }
        : {}),
      ...(args.has('no-documents') ? {} : await runDocumentBenchmarks()),
      ...browser,
    };
    writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);

    console.log('\nTargets (encrypted register):');
    const verdict = (value: number, limit: number) => (value < limit ? 'met' : 'MISSED');
    console.log(`  list    p50 ${list.p50.toFixed(2)} ms (< 20: ${verdict(list.p50, 20)})   p95 ${list.p95.toFixed(2)} ms (< 50: ${verdict(list.p95, 50)})`);
    console.log(`  search  p50 ${search.p50.toFixed(2)} ms (< 20: ${verdict(search.p50, 20)})   p95 ${search.p95.toFixed(2)} ms (< 50: ${verdict(search.p95, 50)})`);
    const within = (value: number, floorValue: number, times: number, cap: number) =>
      `${(value / floorValue).toFixed(1)}× the floor (≤ ${times}×${Number.isFinite(cap) ? ` and < ${cap} ms` : ''}: ${value <= times * floorValue && value < cap ? 'met' : 'MISSED'})`;
    console.log(`  list    p95 ${list.p95.toFixed(2)} ms, ${within(list.p95, floorList.p95, 5, 10)}`);
    console.log(`  search  p95 ${search.p95.toFixed(2)} ms, ${within(search.p95, floorSearch.p95, 5, 10)}`);
    console.log(`  save    p50 ${save.p50.toFixed(2)} ms (< 1: ${verdict(save.p50, 1)}); pages per save p50 ${pages.p50} (p95 ${pages.p95}), ${within(pages.p50, floorPages.p50, 5, Infinity)}`);
    console.log(`          of a save: the work inside its transaction p50 ${saveWork.p50.toFixed(2)} ms; BEGIN and COMMIT (the WAL's fsync at synchronous=FULL) p50 ${saveCommit.p50.toFixed(2)} ms`);
    console.log(`          pages per save, mean with the search index's batches: ${pagesMean.toFixed(1)}, ${(pagesMean / floorPages.mean).toFixed(1)}× the floor's mean ${floorPages.mean.toFixed(1)}`);
    console.log(`  encrypted ÷ plain ${ratio.toFixed(2)} (≤ 1.15: ${ratio <= 1.15 ? 'met' : 'MISSED'})`);
    if (backup) {
      console.log(`  backup  ${backup.seconds.toFixed(1)} s at ${encryptedSeed.incidents.toLocaleString('en-GB')} incidents; longest stall ${backup.longestStallMs.toFixed(0)} ms (≤ 50: ${verdict(backup.longestStallMs, 50.001)})`);
    }
    if ('ratio.paint.p50' in browser) {
      const paintRatio = browser['ratio.paint.p50'] ?? Number.NaN;
      console.log(`  cold load to the register painted ${browser['paint.app.p50_ms']} ms p50, ${paintRatio}× the reference page's ${browser['paint.reference.p50_ms']} ms (≤ 1.5×: ${paintRatio <= 1.5 ? 'met' : 'MISSED'})`);
      console.log(`  keystroke to frame in a long field p50 ${browser['keystroke.p50_ms']} ms, p95 ${browser['keystroke.p95_ms']} ms`);
    }
    console.log(`  load average (1 min) ${loadBefore[0]?.toFixed(2)} before the workload, ${loadAfter[0]?.toFixed(2)} after, on ${cpus().length} cores`);
    console.log(`\nWrote ${RESULTS_FILE}`);
  } finally {
    if (args.has('keep') || reuse) console.log(`Kept the registers in ${dir} (measure them again with --reuse=${dir})`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

function seedInChild(request: SeedRequest): Promise<SeedResult> {
  return new Promise((resolve, reject) => {
    const child = fork(join(import.meta.dirname, 'seed-child.ts'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let result: SeedResult | null = null;
    child.on('message', (message: { progress?: number; label?: string; result?: SeedResult }) => {
      if (message.result) result = message.result;
      else if (message.progress) console.log(`  ${message.label}: ${message.progress.toLocaleString('en-GB')} incidents`);
    });
    child.on('error', reject);
    child.on('exit', (code) => (result ? resolve(result) : reject(new Error(`Seeding ${request.label} failed (exit ${code})`))));
    child.send(request);
  });
}

function printSeed(label: string, seed: SeedResult): void {
  const statuses = Object.entries(seed.statusCounts)
    .map(([status, n]) => `${status} ${n.toLocaleString('en-GB')}`)
    .join(', ');
  console.log(
    `  ${label}: ${seed.incidents.toLocaleString('en-GB')} incidents (${statuses}; ${seed.reported.toLocaleString('en-GB')} reported to the ICO), ` +
      `${seed.auditEntries.toLocaleString('en-GB')} audit entries, ${seed.searchRows.toLocaleString('en-GB')} search rows, ` +
      `${seed.fileMegabytes.toFixed(0)} MB, seeded in ${seed.seconds.toFixed(1)} s`,
  );
}

function fileHeader(path: string): string {
  const fd = openSync(path, 'r');
  const buffer = Buffer.alloc(16);
  readSync(fd, buffer, 0, 16, 0);
  closeSync(fd);
  return buffer.toString('latin1');
}

/** Opens a register as the app does, warms it up, then times list, search and save on it. */
function runWorkload(
  path: string,
  key: DatabaseKey | null,
  words: WordSource,
  beside?: { floor: Floor; timings: FloorTimings },
): RunFigures & { cases: { list: Case[]; search: Case[] } } {
  const db = openDatabase(path, key, { create: false });
  const transactions = timeTransactionBodies(db);
  try {
    const { register } = buildOpenRegister(
      db,
      () => new Date(),
      () => 'Benchmark',
    );
    const shape: RegisterShape = {
      references: db.prepare('SELECT year, last_number AS lastNumber FROM reference_counter ORDER BY year').all() as RegisterShape['references'],
    };
    const maxId = db.prepare('SELECT max(id) FROM incident').pluck().get() as number;
    const slowest: RunFigures['slowest'] = [];
    const note = (what: string, ms: number) => {
      slowest.push({ what, ms });
      slowest.sort((a, b) => b.ms - a.ms).splice(8);
    };

    const cases: { list: Case[]; search: Case[] } = { list: [], search: [] };
    const run = (random: Random, counts: typeof SAMPLES, record: boolean): RunFigures => {
      const figures: RunFigures = { list: new Timings(), search: new Timings(), save: new Timings(), slowest, pagesPerSave: [], searchCatchUpPages: 0, saves: [], saveWork: [] };
      const done = (name: keyof typeof SAMPLES) => {
        const seconds = summarise(figures[name].all).total / 1000;
        console.log(`    ${record ? 'timed' : 'warmed up with'} ${counts[name]} ${name} calls (${seconds.toFixed(1)} s)`);
      };
      for (let i = 0; i < counts.list; i += 1) {
        const listed = listCase(random, shape);
        const { kind, query } = listed;
        if (record) cases.list.push(listed);
        const ms = timeMs(() => register.list(query));
        if (beside) {
          const floorMs = timeMs(() => beside.floor.page(query));
          if (record) beside.timings.list.add(kind, floorMs);
        }
        figures.list.add(kind, ms);
        if (record) note(`list ${describe(query)}`, ms);
      }
      done('list');
      for (let i = 0; i < counts.search; i += 1) {
        const searched = searchCase(random, shape, words);
        const { kind, query } = searched;
        if (record) cases.search.push(searched);
        const ms = timeMs(() => register.list(query));
        if (beside) {
          const floorMs = timeMs(() => beside.floor.page(query));
          if (record) beside.timings.search.add(kind, floorMs);
        }
        figures.search.add(kind, ms);
        if (record) note(`search ${describe(query)}`, ms);
      }
      done('search');
      for (let i = 0; i < counts.save; i += 1) {
        const id = saveTarget(random, maxId);
        const { kind, changes } = saveChange(random, register.get(id), words);
        let saved: Incident | null = null;
        transactions.take();
        figures.save.add(kind, timeMs(() => (saved = register.update(id, changes))));
        figures.saveWork.push(transactions.take());
        if (saved) {
          const json = JSON.stringify(saved);
          if (record) figures.saves.push({ id, json });
          if (beside) {
            const floorMs = timeMs(() => beside.floor.save(id, json));
            if (record) beside.timings.save.add(kind, floorMs);
          }
        }
      }
      done('save');
      if (record) {
        // Pages written per save: outside the timings, since emptying the WAL first costs a checkpoint.
        // Two batches of the search index's catch-up (64 saves each): the saves that pay for one count it.
        for (let i = 0; i < 128; i += 1) {
          const id = saveTarget(random, maxId);
          const { changes } = saveChange(random, register.get(id), words);
          figures.pagesPerSave.push(pagesWrittenBy(db, () => register.update(id, changes)));
        }
        // What the index still owes for them, which the next search pays: shared among the saves in the mean.
        figures.searchCatchUpPages = pagesWrittenBy(db, () => register.list(registerQuerySchema.parse({ search: 'the' })));
      }
      return figures;
    };

    // Warm-up: the page cache and the prepared statements, with a different stream of the same mix.
    run(new Random(SEED + 1), WARM_UP, false);
    const figures = run(new Random(SEED + 2), SAMPLES, true);

    for (const [name, timings] of [
      ['list', figures.list],
      ['search', figures.search],
      ['save', figures.save],
    ] as const) {
      console.log(`  ${name.padEnd(7)}${formatSummary(summarise(timings.all))}`);
      for (const [kind, list] of [...timings.byKind].sort((a, b) => summarise(b[1]).p50 - summarise(a[1]).p50)) {
        console.log(`      ${kind.padEnd(22)}${formatBreakdown(summarise(list))}`);
      }
    }
    console.log('  slowest calls:');
    for (const { what, ms } of slowest) console.log(`    ${ms.toFixed(1).padStart(7)} ms  ${what}`);
    if (key) printPlans(db);
    return { ...figures, cases };
  } finally {
    db.close();
  }
}

interface FloorTimings {
  list: Timings;
  search: Timings;
  save: Timings;
  pagesPerSave: number[];
}

function printFloor(floor: FloorTimings): void {
  for (const [name, timings] of [
    ['list', floor.list],
    ['search', floor.search],
    ['save', floor.save],
  ] as const) {
    console.log(`  ${name.padEnd(7)}${formatSummary(summarise(timings.all))}`);
  }
  console.log(`  pages per save p50 ${summarise(floor.pagesPerSave).p50}`);
}

/** The file's size per incident, and which tables and indexes take it (SQLite's dbstat). */
function fileSizes(path: string, incidents: number, key: DatabaseKey): { bytes: number; usedBytes: number; bytesPerIncident: number; parts: [string, number][] } {
  const bytes = statSync(path).size;
  const db = openDatabase(path, key, { create: false });
  try {
    const parts = db.prepare('SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC').all() as { name: string; bytes: number }[];
    // Pages in use, not the file's length: a migration's dropped table leaves free pages until a VACUUM.
    const used = parts.reduce((sum, part) => sum + part.bytes, 0);
    return { bytes, usedBytes: used, bytesPerIncident: used / incidents, parts: parts.map((part) => [part.name, part.bytes]) };
  } finally {
    db.close();
  }
}

function formatBreakdown(summary: Summary): string {
  return `p50 ${summary.p50.toFixed(2).padStart(7)}  p95 ${summary.p95.toFixed(2).padStart(7)}  n=${summary.samples}`;
}

function describe(query: RegisterQuery): string {
  const parts = Object.entries(query)
    .filter(([name, value]) => value !== null && value !== '' && !(name === 'limit' && value === 50) && !(name === 'offset' && value === 0))
    .map(([name, value]) => `${name}=${JSON.stringify(value)}`);
  return parts.join(' ');
}

/** How SQLite runs a few of the hot queries on the full register, to explain the figures. */
function printPlans(db: Db): void {
  const samples: [string, Partial<RegisterQuery>][] = [
    ['default list', {}],
    ['deadline=overdue', { deadline: 'overdue' }],
    ['search "the"', { search: 'the' }],
  ];
  console.log('  query plans (page query):');
  for (const [label, partial] of samples) {
    const query = { search: '', status: null, year: null, cause: null, breachType: null, reported: null, deadline: null, sort: 'aware_desc', offset: 0, limit: 50, ...partial } as RegisterQuery;
    const sql = buildRegisterListSql(query, new Date());
    const plan = db
      .prepare(`EXPLAIN QUERY PLAN SELECT i.id, i.title FROM incident i ${sql.pageIndex} ${sql.ftsJoin} ${sql.where} ORDER BY ${sql.orderBy} LIMIT 50`)
      .all(sql.params) as { detail: string }[];
    console.log(`    ${label}: ${plan.map((row) => row.detail).join(' | ')}`);
  }
}

await main();
