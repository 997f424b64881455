import { execFileSync } from 'node:child_process';
import { makeTempDir } from '../../support/temp-dir';

/**
 * Small real filesystems for tests of full and read-only drives. Mounting needs root, or
 * CAP_SYS_ADMIN in a container; `mountRefusal` says why it cannot be done here, or null.
 */
export function mountTmpfs(folder: string, size: string, options: { readOnly?: boolean } = {}): void {
  const flags = [`size=${size}`, 'mode=0700', ...(options.readOnly ? ['ro'] : [])].join(',');
  execFileSync('mount', ['-t', 'tmpfs', '-o', flags, 'tmpfs', folder], { stdio: 'pipe' });
}

export function unmount(folder: string): void {
  execFileSync('umount', [folder], { stdio: 'pipe' });
}

export function mountRefusal(): string | null {
  if (process.platform !== 'linux') return 'tmpfs mounts need Linux';
  const probe = makeTempDir('breachlog-mount-probe-');
  try {
    mountTmpfs(probe.path, '64k');
    unmount(probe.path);
    return null;
  } catch (error) {
    const said = (String((error as { stderr?: unknown }).stderr ?? error).split('\n')[0] ?? '').trim();
    return `mount -t tmpfs needs root, or CAP_SYS_ADMIN in a container (mount said: ${said})`;
  } finally {
    probe.remove();
  }
}
