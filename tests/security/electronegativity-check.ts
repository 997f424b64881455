import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mainWindowOptions } from '../../electron/main/window-options';
import { parseCsv } from './csv';

/**
 * `npm run test:security`: runs Doyensec's Electronegativity over electron/ and fails on any
 * finding above LOW severity that `.electronegativity.json` does not justify. The scanner always
 * exits 0, even with HIGH findings, so this reads its CSV report instead of its exit code.
 */
interface Justification {
  check: string;
  file: string;
  reason: string;
}

const repoRoot = join(import.meta.dirname, '..', '..');
const config = JSON.parse(readFileSync(join(repoRoot, '.electronegativity.json'), 'utf8')) as {
  electronVersion: string;
  justified: Justification[];
};

const outDir = mkdtempSync(join(tmpdir(), 'breachlog-electronegativity-'));
const report = join(outDir, 'report.csv');

/**
 * Runs the scanner and reads its CSV report. The scanner sometimes writes a row torn (its start
 * overwritten: seen once in five runs here), so a report whose rows don't all have the header's
 * cells and a check's name is scanned again, up to three times, rather than misread.
 */
function scannedReport(bin: string): string[][] {
  for (let attempt = 1; ; attempt += 1) {
    execFileSync(bin, ['-i', join(repoRoot, 'electron'), '-e', config.electronVersion, '-r', '-v', 'false', '-o', report], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const parsed = parseCsv(readFileSync(report, 'utf8')).filter((row) => row.length > 1);
    const width = parsed[0]?.length ?? 0;
    const whole = parsed.slice(1).every((row) => row.length === width && /^[A-Z_]+_CHECK$/.test(row[0] ?? ''));
    if (whole) return parsed;
    if (attempt === 3) throw new Error(`The scanner wrote a torn report ${attempt} times running: ${report}`);
  }
}
try {
  const bin = join(repoRoot, 'node_modules', '.bin', process.platform === 'win32' ? 'electronegativity.cmd' : 'electronegativity');
  const [header, ...rows] = scannedReport(bin);
  const column = (name: string) => header?.findIndex((cell) => cell.trim() === name) ?? -1;
  const [check, severity, file, location] = ['issue', 'severity', 'filename', 'location'].map(column) as [number, number, number, number];
  const findings = rows.filter((row) => row.length > 1).map((row) => ({
    check: row[check] ?? '',
    severity: (row[severity] ?? '').toUpperCase(),
    file: (row[file] ?? '').replaceAll('\\', '/'),
    location: row[location] ?? '',
  }));

  const serious = findings.filter((finding) => finding.severity !== 'LOW' && finding.severity !== 'INFORMATIONAL');
  const unjustified = serious.filter((f) => !config.justified.some((j) => j.check === f.check && f.file.endsWith(j.file)));
  const stale = config.justified.filter((j) => !serious.some((f) => j.check === f.check && f.file.endsWith(j.file)));

  // The justifications claim settings the scanner cannot see: check the claims themselves.
  const prefs = mainWindowOptions('preload.cjs').webPreferences ?? {};
  const claims = [
    ['contextIsolation is true', prefs.contextIsolation === true],
    ['sandbox is true', prefs.sandbox === true],
    ['nodeIntegration is false', prefs.nodeIntegration === false],
  ] as const;
  const brokenClaims = claims.filter(([, holds]) => !holds).map(([claim]) => claim);

  console.log(`Electronegativity: ${findings.length} findings, ${serious.length} above LOW, all but ${unjustified.length} justified in .electronegativity.json.`);
  for (const f of unjustified) console.error(`  UNJUSTIFIED ${f.severity} ${f.check} at ${f.file}:${f.location}`);
  for (const j of stale) console.error(`  STALE justification (nothing matches it now): ${j.check} in ${j.file}`);
  for (const claim of brokenClaims) console.error(`  A justification relies on "${claim}", which no longer holds in main/window-options.ts`);
  if (findings.length === 0) console.error('  The scanner reported nothing at all: it probably failed to run.');
  process.exitCode = unjustified.length > 0 || stale.length > 0 || brokenClaims.length > 0 || findings.length === 0 ? 1 : 0;
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
