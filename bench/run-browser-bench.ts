import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBrowserBenchmarks } from './browser-bench';
import { seedRegister } from './seed-register';
import { WordSource } from './word-frequencies';

/**
 * The browser benchmarks alone (`npx tsx bench/run-browser-bench.ts`): cold load to the
 * register's first paint beside a plain reference page, and keystroke-to-frame latency in a long
 * field. Seeds its own encrypted register (--incidents=N, default 20000) unless --reuse=FOLDER
 * names registers kept by `npm run bench -- --keep` (or by --keep here); --loads=N (default 30), --keystrokes=N
 * (default 300); --renderer=DIR measures a renderer built earlier instead of building this one. Merges its figures into bench/results.json.
 */

const args = new Map(
  process.argv.slice(2).map((arg) => {
    const [name = '', value = 'true'] = arg.replace(/^--/, '').split('=');
    return [name, value] as const;
  }),
);
const RESULTS_FILE = join(import.meta.dirname, 'results.json');
const reuse = args.get('reuse');
const dir = reuse ?? mkdtempSync(join(tmpdir(), 'breachlog-bench-'));
const registerPath = join(dir, 'register-encrypted.db');
try {
  let keyHex: string;
  let incidents: number;
  if (reuse) {
    const kept = JSON.parse(readFileSync(join(dir, 'seeded.json'), 'utf8')) as { keyHex: string; encryptedSeed: { incidents: number } };
    keyHex = kept.keyHex;
    incidents = kept.encryptedSeed.incidents;
  } else {
    keyHex = randomBytes(32).toString('hex');
    incidents = Number(args.get('incidents') ?? 20_000);
    console.log(`Seeding an encrypted register with ${incidents.toLocaleString('en-GB')} incidents…`);
    const seeded = seedRegister({
      path: registerPath,
      key: { kind: 'raw', bytes: Buffer.from(keyHex, 'hex') },
      incidents,
      now: new Date(),
      years: 10,
      seed: 20_261_125,
      words: new WordSource(),
    });
    console.log(`  seeded in ${seeded.seconds.toFixed(1)} s`);
    if (args.has('keep')) writeFileSync(join(dir, 'seeded.json'), JSON.stringify({ keyHex, encryptedSeed: { incidents } }));
  }
  console.log(`Browser benchmarks on ${incidents.toLocaleString('en-GB')} encrypted incidents:`);
  const figures = await runBrowserBenchmarks({
    registerPath,
    key: Buffer.from(keyHex, 'hex'),
    loads: Number(args.get('loads') ?? 30),
    keystrokes: Number(args.get('keystrokes') ?? 300),
    ...(args.get('renderer') ? { rendererDir: args.get('renderer') } : {}),
  });
  const previous = existsSync(RESULTS_FILE) ? (JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as Record<string, unknown>) : {};
  writeFileSync(RESULTS_FILE, `${JSON.stringify({ ...previous, 'paint.incidents': incidents, ...figures }, null, 2)}\n`);
  console.log(`Wrote ${RESULTS_FILE}`);
} finally {
  if (args.has('keep') || reuse) console.log(`Kept the register in ${dir} (measure it again with --reuse=${dir})`);
  else rmSync(dir, { recursive: true, force: true });
}
