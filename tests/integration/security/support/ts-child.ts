import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

export const CHILDREN_DIR = join(import.meta.dirname, '..', 'children');
// Inside node_modules so the bundle finds the native database package the usual way.
const BUNDLE_DIR = join(import.meta.dirname, '..', '..', '..', '..', 'node_modules', '.cache', 'breachlog-security-children');
const bundles = new Map<string, Promise<string>>();

/**
 * Bundles a child script once per test run. Loading the services through a TypeScript loader
 * takes seconds on a busy machine; a bundle starts in a fraction of that, which is what lets a
 * test afford twenty-odd kill runs.
 */
export function bundleChild(script: string): Promise<string> {
  let bundle = bundles.get(script);
  if (!bundle) {
    const outfile = join(BUNDLE_DIR, `${process.pid}-${script.replace(/\.ts$/, '.mjs')}`);
    bundle = build({
      entryPoints: [join(CHILDREN_DIR, script)],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node22',
      outfile,
      external: ['better-sqlite3-multiple-ciphers'],
      logLevel: 'error',
    }).then(() => {
      removeStaleBundles();
      return outfile;
    });
    bundles.set(script, bundle);
  }
  return bundle;
}

export interface TsChild {
  process: ChildProcess;
  /** Every complete stdout line so far. */
  lines: string[];
  stderr: () => string;
  waitForLine(match: (line: string) => boolean, timeoutMs?: number): Promise<string>;
  /** SIGKILL, then wait until the process is gone and its output drained. */
  kill(): Promise<void>;
  exited: Promise<number | null>;
}

/**
 * Runs one of `children/*.ts`, bundled, in its own Node process (the same Node as the tests), so it can be killed with SIGKILL at any moment without taking the test down.
 */
/** Test workers are ended without an exit event, so bundles from earlier runs are swept here instead. */
function removeStaleBundles(): void {
  const anHourAgo = Date.now() - 3_600_000;
  for (const name of readdirSync(BUNDLE_DIR)) {
    const path = join(BUNDLE_DIR, name);
    if (statSync(path).mtimeMs < anHourAgo) rmSync(path, { force: true });
  }
}

export async function runChild(script: string, env: Record<string, string>, args: string[] = []): Promise<TsChild> {
  const child = spawn(process.execPath, [await bundleChild(script), ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const waiters: { match: (line: string) => boolean; resolve: (line: string) => void }[] = [];
  let partial = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n');
    partial = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      for (const waiter of waiters.filter((w) => w.match(line))) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(line);
      }
    }
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return {
    process: child,
    lines,
    stderr: () => stderr,
    exited,
    waitForLine(match, timeoutMs = 20_000) {
      const found = lines.find(match);
      if (found !== undefined) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`No matching line from ${script}; stderr: ${stderr}`)), timeoutMs);
        void exited.then(() => setTimeout(() => reject(new Error(`${script} exited; stderr: ${stderr}`)), 50));
        waiters.push({
          match,
          resolve: (line) => {
            clearTimeout(timer);
            resolve(line);
          },
        });
      });
    },
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
