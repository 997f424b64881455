import { chromium } from '@playwright/test';
import type { Browser } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, linkSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryKeySource } from '../electron/preview/file-key-source';
import { REGISTER_FILE_NAME, startPreviewApp } from '../electron/preview/preview-app';
import { keyStoreEntry, writeUnlockRecord } from '../electron/services/security/unlock-record';
import { FIRST_ROWS_PAINT_PROBE, KEYSTROKE_LATENCY_PROBE, LOAD_FACTS } from './browser-probes';
import { round, summarise } from './measure';

/**
 * The figures a user feels in the renderer, in Chromium against the built renderer served by the
 * preview server with the real services on a real encrypted register, unlocked:
 * - cold load to the first paint that shows register rows, for the app and for a plain reference
 *   page (bench/reference-page: no framework, the same `incident:list` over the same transport),
 *   each load in a fresh browser context (no cache, no storage), alternating, many runs;
 * - keystroke to frame in the record's description holding about 5,000 characters.
 */

const REPO_ROOT = join(import.meta.dirname, '..');
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--lang=en-GB'];
const VIEWPORT = { width: 1366, height: 768 };
const WARM_UP_LOADS = 3;
const LONG_FIELD_CHARS = 5_000;
const TYPED = 'the office sent the letter to the wrong address and the client rang to tell us ';

export interface BrowserBenchOptions {
  /** The seeded encrypted register (linked into a fresh data folder, so a save here changes it). */
  registerPath: string;
  key: Buffer;
  /** Cold loads of each page. */
  loads: number;
  keystrokes: number;
  /** A built renderer to measure instead of building this one (to compare with an earlier build). */
  rendererDir?: string;
  log?: (line: string) => void;
}

interface LoadFacts {
  paint: number;
  rowsInPage: number;
  scriptsEnd: number | null;
  listStart: number | null;
  listEnd: number | null;
  scripts: string[];
  apiCallsBeforeList: number | null;
  scriptBytes: number;
}

export async function runBrowserBenchmarks(options: BrowserBenchOptions): Promise<Record<string, number>> {
  const log = options.log ?? console.log;
  // The renderer as it is now, built as the app ships it.
  if (!options.rendererDir) execFileSync(join(REPO_ROOT, 'node_modules', '.bin', 'electron-vite'), ['build'], { cwd: REPO_ROOT, stdio: 'ignore' });
  const dataDir = mkdtempSync(join(tmpdir(), 'breachlog-bench-browser-'));
  const siteDir = mkdtempSync(join(tmpdir(), 'breachlog-bench-site-'));
  let app: Awaited<ReturnType<typeof startPreviewApp>> | null = null;
  let browser: Browser | null = null;
  try {
    placeRegister(options.registerPath, join(dataDir, REGISTER_FILE_NAME));
    // The built renderer with the reference page beside it, served from the same origin with the same headers.
    cpSync(options.rendererDir ?? join(REPO_ROOT, 'out', 'renderer'), siteDir, { recursive: true });
    cpSync(join(import.meta.dirname, 'reference-page'), join(siteDir, 'reference'), { recursive: true });
    const keySource = memoryKeySource();
    if (keySource.kind !== 'key-store') throw new Error('Expected a key-store key source');
    await writeUnlockRecord(keySource, { version: 1, current: keyStoreEntry(options.key) });
    app = await startPreviewApp({ dataDir, keySource, repoRoot: REPO_ROOT, rendererDir: siteDir });
    const status = await app.session.status();
    if (status.state !== 'open') throw new Error(`The benchmark register did not open: ${JSON.stringify(status)}`);
    await app.session.setUser('Benchmark');
    // The check every unlock starts walks the whole trail: let it finish so it doesn't share the CPU with the loads.
    const checkStarted = performance.now();
    while (app.session.unlockCheck().state === 'running') await new Promise((resolve) => setTimeout(resolve, 200));
    log(`  unlock check finished (${((performance.now() - checkStarted) / 1000).toFixed(1)} s), state ${app.session.unlockCheck().state}`);

    const executablePath = process.env['BREACHLOG_CHROMIUM'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
    browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
    const token = app.token;
    const base = app.url.replace(/\/\?token=.*$/, '');
    const pages = { app: `${base}/?token=${token}`, reference: `${base}/reference/index.html?token=${token}` };

    const loads: Record<keyof typeof pages, LoadFacts[]> = { app: [], reference: [] };
    for (let i = 0; i < WARM_UP_LOADS + options.loads; i += 1) {
      // Alternating, so a busy moment on the shared machine falls on both.
      for (const which of ['app', 'reference'] as const) {
        const facts = await coldLoad(browser, pages[which]);
        if (i >= WARM_UP_LOADS) loads[which].push(facts);
      }
    }
    const app50 = summarise(loads.app.map((f) => f.paint));
    const ref50 = summarise(loads.reference.map((f) => f.paint));
    const listStart = summarise(loads.app.map((f) => f.listStart ?? Number.NaN));
    const refListStart = summarise(loads.reference.map((f) => f.listStart ?? Number.NaN));
    const listEnd = summarise(loads.app.map((f) => f.listEnd ?? Number.NaN));
    const refListEnd = summarise(loads.reference.map((f) => f.listEnd ?? Number.NaN));
    const scriptsEnd = summarise(loads.app.map((f) => f.scriptsEnd ?? Number.NaN));
    const rowsInPage = summarise(loads.app.map((f) => f.rowsInPage));
    if (process.env['BREACHLOG_BENCH_SCRIPTS']) log(`    scripts loaded: ${loads.app[0]?.scripts.join(', ')}`);
    const scriptKb = (loads.app[0]?.scriptBytes ?? 0) / 1024;
    const callsBefore = loads.app[0]?.apiCallsBeforeList ?? Number.NaN;
    log(`  cold load to the register's rows painted, ${options.loads} loads each (fresh context each, no cache):`);
    log(`    app        p50 ${app50.p50.toFixed(0)} ms  p95 ${app50.p95.toFixed(0)} ms  (list request sent at p50 ${listStart.p50.toFixed(0)} ms, after ${callsBefore} other calls, answered at ${listEnd.p50.toFixed(0)} ms; ${scriptKb.toFixed(0)} kB of script)`);
    log(`               (its scripts downloaded by p50 ${scriptsEnd.p50.toFixed(0)} ms; rows in the page at p50 ${rowsInPage.p50.toFixed(0)} ms)`);
    log(`    reference  p50 ${ref50.p50.toFixed(0)} ms  p95 ${ref50.p95.toFixed(0)} ms  (list request sent at p50 ${refListStart.p50.toFixed(0)} ms, answered at ${refListEnd.p50.toFixed(0)} ms)`);
    log(`    app ÷ reference  p50 ${(app50.p50 / ref50.p50).toFixed(2)}  p95 ${(app50.p95 / ref50.p95).toFixed(2)}  (target ≤ 1.5: ${app50.p50 / ref50.p50 <= 1.5 ? 'met' : 'MISSED'})`);

    if (process.env['BREACHLOG_BENCH_PROFILE']) await profileColdLoad(browser, pages.app, log);

    const latencies = await typeInLongField(browser, app, pages.app, options.keystrokes);
    const keys = summarise(latencies);
    log(`  keystroke to frame in a ${LONG_FIELD_CHARS.toLocaleString('en-GB')}-character description, ${keys.samples} keystrokes: p50 ${keys.p50.toFixed(1)} ms  p95 ${keys.p95.toFixed(1)} ms  max ${keys.max.toFixed(1)} ms`);

    return {
      'paint.loads': options.loads,
      'paint.app.p50_ms': round(app50.p50, 1),
      'paint.app.p95_ms': round(app50.p95, 1),
      'paint.app.list_request_start_p50_ms': round(listStart.p50, 1),
      'paint.app.list_answered_p50_ms': round(listEnd.p50, 1),
      'paint.reference.list_request_start_p50_ms': round(refListStart.p50, 1),
      'paint.reference.list_answered_p50_ms': round(refListEnd.p50, 1),
      'paint.app.calls_before_list': callsBefore,
      'paint.app.scripts_downloaded_p50_ms': round(scriptsEnd.p50, 1),
      'paint.app.rows_in_page_p50_ms': round(rowsInPage.p50, 1),
      'paint.app.script_kb': round(scriptKb, 0),
      'paint.reference.p50_ms': round(ref50.p50, 1),
      'paint.reference.p95_ms': round(ref50.p95, 1),
      'ratio.paint.p50': round(app50.p50 / ref50.p50),
      'ratio.paint.p95': round(app50.p95 / ref50.p95),
      'keystroke.field_chars': LONG_FIELD_CHARS,
      'keystroke.samples': keys.samples,
      'keystroke.p50_ms': round(keys.p50, 1),
      'keystroke.p95_ms': round(keys.p95, 1),
      'keystroke.max_ms': round(keys.max, 1),
    };
  } finally {
    await browser?.close();
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(siteDir, { recursive: true, force: true });
  }
}

/** A hard link where the file system allows (the 100k register is gigabytes), else a copy. */
function placeRegister(from: string, to: string): void {
  for (const suffix of ['', '-wal']) {
    if (!existsSync(from + suffix)) continue;
    try {
      linkSync(from + suffix, to + suffix);
    } catch {
      copyFileSync(from + suffix, to + suffix);
    }
  }
}

async function coldLoad(browser: Browser, url: string): Promise<LoadFacts> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB', timezoneId: 'Europe/London' });
  try {
    await context.addInitScript({ content: FIRST_ROWS_PAINT_PROBE });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => (window as { breachlogBenchPaint?: number }).breachlogBenchPaint !== undefined, null, { polling: 50, timeout: 60_000 });
    return (await page.evaluate(LOAD_FACTS)) as LoadFacts;
  } finally {
    await context.close();
  }
}

/**
 * BREACHLOG_BENCH_PROFILE=1: one more cold load of the app under Chromium's CPU profiler, printing
 * where its main thread spent the time up to the rows' paint, by script and by function.
 */
async function profileColdLoad(browser: Browser, url: string, log: (line: string) => void): Promise<void> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB', timezoneId: 'Europe/London' });
  try {
    await context.addInitScript({ content: FIRST_ROWS_PAINT_PROBE });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => (window as { breachlogBenchPaint?: number }).breachlogBenchPaint !== undefined, null, { polling: 50, timeout: 60_000 });
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    const interval = (profile.endTime - profile.startTime) / 1000 / Math.max(1, profile.samples.length);
    const counts = new Map<number, number>();
    for (const id of profile.samples) counts.set(id, (counts.get(id) ?? 0) + 1);
    const byScript = new Map<string, number>();
    const byFunction = new Map<string, number>();
    for (const node of profile.nodes) {
      const ms = (counts.get(node.id) ?? 0) * interval;
      if (ms === 0) continue;
      const script = node.callFrame.url.split('/').pop() || `(${node.callFrame.functionName || 'native'})`;
      byScript.set(script, (byScript.get(script) ?? 0) + ms);
      const name = `${node.callFrame.functionName || '(anonymous)'} ${script}:${node.callFrame.lineNumber + 1}`;
      byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
    }
    const top = (map: Map<string, number>, n: number) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([name, ms]) => `${ms.toFixed(1).padStart(7)} ms  ${name}`);
    log('  profile of one cold load (self time):');
    for (const line of top(byScript, 8)) log(`    ${line}`);
    for (const line of top(byFunction, 15)) log(`    ${line}`);
  } finally {
    await context.close();
  }
}

interface CpuProfile {
  startTime: number;
  endTime: number;
  samples: number[];
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
}

/** Opens a record's first step with a long description and types into its end, one key at a time. */
async function typeInLongField(browser: Browser, app: Awaited<ReturnType<typeof startPreviewApp>>, url: string, keystrokes: number): Promise<number[]> {
  const register = (await app.session.services()).register;
  const [first] = register.list({ search: '', status: null, year: null, cause: null, breachType: null, reported: null, deadline: null, kind: 'breach', sort: 'aware_desc', offset: 0, limit: 1 }).items;
  if (!first) throw new Error('The register is empty');
  let description = '';
  while (description.length < LONG_FIELD_CHARS) description += TYPED;
  register.update(first.id, { whatHappened: description.slice(0, LONG_FIELD_CHARS).trim() });

  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-GB', timezoneId: 'Europe/London' });
  try {
    const page = await context.newPage();
    await page.goto(`${url}#/incident/${first.id}/edit/what`);
    const field = page.locator('textarea#whatHappened');
    await field.waitFor();
    await field.focus();
    await page.keyboard.press('End');
    await page.keyboard.press('Control+End');
    // Installed now, so the keys that placed the caret are not counted.
    await page.evaluate(KEYSTROKE_LATENCY_PROBE);
    for (let i = 0; i < keystrokes; i += 1) {
      const char = TYPED[i % TYPED.length] ?? ' ';
      await page.keyboard.press(char === ' ' ? 'Space' : char);
      await page.waitForFunction((n) => ((window as { breachlogBenchLatencies?: number[] }).breachlogBenchLatencies?.length ?? 0) > n, i, { polling: 'raf' });
    }
    const latencies = (await page.evaluate(() => (window as { breachlogBenchLatencies?: number[] }).breachlogBenchLatencies ?? [])).slice();
    // Nothing is submitted: the record keeps the saved text, and the typing is left as a draft.
    return latencies;
  } finally {
    await context.close();
  }
}
