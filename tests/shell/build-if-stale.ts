import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'electron-vite';

const ROOT = join(import.meta.dirname, '..', '..');
const SOURCES = ['electron', 'shared', 'renderer', 'resources', 'electron.vite.config.ts', 'package.json'];
const BUILT = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

/**
 * The shell tests load the BUILT main process, so it must be built from the sources as they are:
 * build when anything is missing or older than a source file (a clean checkout, an edit).
 */
export default async function buildIfStale(): Promise<void> {
  const built = BUILT.map((file) => join(ROOT, file));
  const fresh = built.every(existsSync) && Math.min(...built.map((file) => statSync(file).mtimeMs)) > Math.max(...SOURCES.map((source) => newestChange(join(ROOT, source))));
  if (!fresh) await build({ root: ROOT, logLevel: 'warn' });
}
