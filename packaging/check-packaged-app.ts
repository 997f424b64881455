import { listPackage } from '@electron/asar';
import { getCurrentFuseWire } from '@electron/fuses';
import { FuseState } from '@electron/fuses/dist/constants';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import config from '../electron-builder.config';
import { FUSE_BY_OPTION } from './fuse-options';
import { packagedApps } from './packaged-app';

/**
 * After `npm run package`: reads back what was built, from the binaries themselves — the fuse
 * wire, what app.asar holds, the unpacked binding and the resources — and fails on any
 * difference from electron-builder.config.ts. `npm run check:packaged [output folder]`.
 */
const root = join(import.meta.dirname, '..');
const outputDir = process.argv[2] ?? join(root, config.directories.output);
const apps = packagedApps(outputDir);
const problems: string[] = [];
if (apps.length === 0) problems.push(`No unpacked app in ${outputDir}: run npm run package first.`);

/** Folders of the repository that must never be inside app.asar. */
const SOURCE_FOLDERS = ['electron', 'renderer', 'shared', 'tests', 'bench', 'packaging', 'resources', '.github'];

for (const app of apps) {
  const label = `${app.platform}-${app.arch}`;
  const wire = await getCurrentFuseWire(app.fusePath);
  for (const [name, option] of Object.entries(FUSE_BY_OPTION)) {
    const wanted = (config.electronFuses as Record<string, boolean | undefined>)[name];
    if (wanted === undefined) continue;
    const expected = wanted ? FuseState.ENABLE : FuseState.DISABLE;
    if (wire[option] !== expected) problems.push(`${label}: fuse ${name} is ${FuseState[wire[option] as FuseState]}, expected ${FuseState[expected]}`);
  }

  const asar = join(app.resourcesPath, 'app.asar');
  const entries = listPackage(asar, { isPack: false }).map((entry) => entry.replaceAll('\\', '/'));
  if (!entries.includes('/out/main/index.js')) problems.push(`${label}: app.asar has no out/main/index.js`);
  const strays = entries.filter(
    (entry) => SOURCE_FOLDERS.some((folder) => entry === `/${folder}` || entry.startsWith(`/${folder}/`)) || /\.tsx?$/.test(entry) && !entry.endsWith('.d.ts'),
  );
  if (strays.length > 0) problems.push(`${label}: app.asar holds sources or tests: ${strays.slice(0, 5).join(', ')}`);

  const binding = join(`${asar}.unpacked`, 'node_modules', 'better-sqlite3-multiple-ciphers', 'prebuilds', `${app.platform}-${app.arch}.node`);
  if (!existsSync(binding)) problems.push(`${label}: the encrypted-SQLite binding is not unpacked at ${binding}`);
  for (const font of ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf']) {
    if (!existsSync(join(app.resourcesPath, 'resources', 'fonts', font))) problems.push(`${label}: resources/fonts/${font} is missing`);
  }
  console.log(`${label}: checked ${app.fusePath} (${entries.length} entries in app.asar)`);
}

if (problems.length > 0) {
  for (const problem of problems) console.error(`✗ ${problem}`);
  process.exit(1);
}
console.log(`✓ ${apps.length} packaged app(s) match electron-builder.config.ts: fuses, app.asar, unpacked binding, resources`);
