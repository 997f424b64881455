import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSchedule, readScheduleText } from '../../../electron/services/clock/reminder-schedule';
import { runChild, sleep } from '../security/support/ts-child';
import { makeTempDir } from '../support/temp-dir';

const KILLS = 16;

describe('the reminder schedule written by a process killed mid-write', () => {
  let dir: ReturnType<typeof makeTempDir>;
  beforeAll(() => {
    dir = makeTempDir('breachlog-schedule-crash-');
  });
  afterAll(() => dir.remove());

  it(`is always a whole schedule, the last one written or the next, across ${KILLS} SIGKILLs`, { timeout: 300_000 }, async () => {
    for (let run = 0; run < KILLS; run += 1) {
      const child = await runChild('schedule-writer-child.ts', { DATA_DIR: dir.path });
      await child.waitForLine((line) => line === 'ready');
      await sleep(20 + Math.random() * 200);
      await child.kill();
      expect(child.stderr()).toBe('');
      const acknowledged = child.lines.filter((line) => line.startsWith('wrote ')).map((line) => Number(line.slice(6)));
      const text = readScheduleText(dir.path);
      if (acknowledged.length === 0) continue;
      const last = acknowledged.at(-1) ?? 0;
      const schedule = text === null ? null : parseSchedule(text);
      expect(schedule, `after kill ${run}`).not.toBeNull();
      expect([last, (last % 300) + 1], `after kill ${run}`).toContain(schedule?.clocks.length);
    }
  });
});
