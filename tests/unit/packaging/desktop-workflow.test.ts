import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The CI workflow can't run here; this checks that what it runs exists and that secrets stay where they belong. */
const root = join(import.meta.dirname, '..', '..', '..');
const workflowText = readFileSync(join(root, '.github', 'workflows', 'desktop.yml'), 'utf8');
// js-yaml is what electron-builder itself reads YAML with.
const requireFromBuilder = createRequire(createRequire(import.meta.url).resolve('app-builder-lib/package.json'));
const { load } = requireFromBuilder('js-yaml') as { load(text: string): unknown };

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}
interface Workflow {
  env?: Record<string, string>;
  jobs: Record<string, { 'runs-on': string; env?: Record<string, string>; strategy?: { matrix: { os: string[] } }; steps: Step[] }>;
}
const workflow = load(workflowText) as Workflow;
const build = workflow.jobs['build'];
if (!build) throw new Error('desktop.yml has no build job');
const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
const stepRunning = (command: RegExp): Step => {
  const step = build.steps.find((candidate) => candidate.run !== undefined && command.test(candidate.run));
  if (!step) throw new Error(`No step runs ${command}`);
  return step;
};

describe('the desktop workflow', () => {
  it('builds on Windows and macOS with Node 22', () => {
    expect(build.strategy?.matrix.os).toEqual(['windows-latest', 'macos-latest']);
    const setupNode = build.steps.find((step) => step.uses?.startsWith('actions/setup-node@'));
    expect(setupNode?.with?.['node-version']).toBe(22);
  });

  it('installs normally, so Electron is downloaded', () => {
    expect(stepRunning(/^npm ci$/)).toBeDefined();
    const everyEnv = [workflow.env, ...Object.values(workflow.jobs).flatMap((job) => [job.env, ...job.steps.map((step) => step.env)])];
    for (const env of everyEnv) expect(Object.keys(env ?? {})).not.toContain('ELECTRON_SKIP_BINARY_DOWNLOAD');
    expect(build.steps.filter((step) => step.run?.includes('ELECTRON_SKIP_BINARY_DOWNLOAD'))).toEqual([]);
  });

  it('runs only npm scripts that exist', () => {
    const used = build.steps.flatMap((step) => [...(step.run ?? '').matchAll(/npm run ([\w:-]+)/g)].map((match) => match[1] ?? ''));
    expect(used).toEqual(expect.arrayContaining(['typecheck', 'lint', 'test:unit', 'build', 'package:e2e', 'package', 'check:packaged']));
    for (const script of used) expect(scripts, script).toHaveProperty(script);
  });

  it('runs the Electron shell tests on the development build and on the packaged one', () => {
    const development = stepRunning(/npm run build && npx playwright test --project electron/);
    expect(development.env?.['BREACHLOG_PACKAGED_APP']).toBeUndefined();
    const packaged = stepRunning(/npm run package:e2e && npx playwright test --project electron/);
    expect(packaged.env?.['BREACHLOG_PACKAGED_APP']).toBe('dist/e2e');
    expect(readFileSync(join(root, 'packaging', 'package-for-e2e.ts'), 'utf8')).toContain("output: 'dist/e2e'");
  });

  it('gives the signing secrets to the packaging step alone, and builds unsigned without them', () => {
    const withSecrets = build.steps.filter((step) => JSON.stringify(step).includes('secrets.'));
    expect(withSecrets.map((step) => step.run)).toEqual(['npm run package']);
    const env = withSecrets[0]?.env ?? {};
    for (const name of ['CSC_LINK', 'CSC_KEY_PASSWORD', 'APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID']) {
      expect(env[name]).toBe(`\${{ secrets.${name} }}`);
    }
    expect(env['CSC_IDENTITY_AUTO_DISCOVERY']).toBe("${{ secrets.CSC_LINK != '' && 'true' || 'false' }}");
  });

  it('checks the packaged app and uploads the installers', () => {
    const steps = build.steps;
    const packageIndex = steps.findIndex((step) => step.run === 'npm run package');
    const checkIndex = steps.findIndex((step) => step.run === 'npm run check:packaged');
    const uploadIndex = steps.findIndex((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(packageIndex).toBeGreaterThan(-1);
    expect(checkIndex).toBeGreaterThan(packageIndex);
    expect(uploadIndex).toBeGreaterThan(checkIndex);
    const upload = steps[uploadIndex];
    expect(String(upload?.with?.['path'])).toMatch(/dist\/\*\.exe[\s\S]*dist\/\*\.dmg[\s\S]*dist\/\*\.zip/);
    expect(upload?.with?.['if-no-files-found']).toBe('error');
  });
});
