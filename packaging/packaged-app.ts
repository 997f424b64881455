import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** One unpacked app that electron-builder left in its output folder. */
export interface PackagedApp {
  platform: 'win32' | 'darwin';
  arch: 'x64' | 'arm64';
  /** What @electron/fuses reads: the .app bundle on macOS, the .exe on Windows. */
  fusePath: string;
  /** What to launch. */
  executable: string;
  /** process.resourcesPath of the packaged app: the folder that holds app.asar. */
  resourcesPath: string;
}

/**
 * electron-builder's unpacked output: win-unpacked/ (x64) or win-arm64-unpacked/ with
 * Breachlog.exe; mac/ (x64) or mac-arm64/ with Breachlog.app.
 */
export function packagedApps(outputDir: string, productName = 'Breachlog'): PackagedApp[] {
  if (!existsSync(outputDir)) return [];
  const apps: PackagedApp[] = [];
  for (const entry of readdirSync(outputDir)) {
    const folder = join(outputDir, entry);
    const arch = entry.includes('arm64') ? 'arm64' : 'x64';
    const exe = join(folder, `${productName}.exe`);
    const bundle = join(folder, `${productName}.app`);
    if (/^win(-arm64)?-unpacked$/.test(entry) && existsSync(exe)) {
      apps.push({ platform: 'win32', arch, fusePath: exe, executable: exe, resourcesPath: join(folder, 'resources') });
    } else if (/^mac(-arm64)?$/.test(entry) && existsSync(bundle)) {
      apps.push({
        platform: 'darwin',
        arch,
        fusePath: bundle,
        executable: join(bundle, 'Contents', 'MacOS', productName),
        resourcesPath: join(bundle, 'Contents', 'Resources'),
      });
    }
  }
  return apps;
}
