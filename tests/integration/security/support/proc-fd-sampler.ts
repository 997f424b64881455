import { existsSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Linux only: watches a child's open files and reads every temporary file it holds, including
 * files SQLite has already unlinked (it deletes temp files as it opens them, so they never show
 * in a folder listing but stay readable through /proc/<pid>/fd while open).
 */
export const canSampleFds = process.platform === 'linux' && existsSync('/proc/self/fd');

export function startFdSampler(pid: number, needle: Buffer, isTemporary: (target: string) => boolean) {
  const seen = new Set<string>();
  const hits = new Set<string>();
  let stopped = false;
  const sample = () => {
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      return;
    }
    for (const fd of fds) {
      try {
        const target = readlinkSync(`/proc/${pid}/fd/${fd}`);
        if (!isTemporary(target)) continue;
        seen.add(target);
        if (readFileSync(join(`/proc/${pid}/fd`, fd)).includes(needle)) hits.add(target);
      } catch {
        // The file closed between listing and reading: the next sample catches the next one.
      }
    }
  };
  const loop = async () => {
    while (!stopped) {
      sample();
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };
  const running = loop();
  return {
    async stop() {
      stopped = true;
      await running;
      return { seen: [...seen], hits: [...hits] };
    },
  };
}
