import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The Electron binary is absent where installs ran with ELECTRON_SKIP_BINARY_DOWNLOAD=1. */
export function electronBinaryPath(repoRoot: string): string | null {
  const pathFile = join(repoRoot, 'node_modules', 'electron', 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(repoRoot, 'node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}
