import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { electronBinaryPath } from './electron-binary';

/**
 * `npm start`: opens the desktop app, or — where no Electron binary could be installed —
 * the same UI in the browser preview, against the same services.
 */
const repoRoot = join(import.meta.dirname, '..', '..');
const binary = electronBinaryPath(repoRoot);

if (binary) {
  const child = spawn(binary, [repoRoot], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log('No Electron binary is installed here, so Breachlog opens as a browser preview instead.');
  await import('./start-preview');
}
