import { emptySchedule, writeScheduleFile } from '../../../../electron/services/clock/reminder-schedule';

/**
 * Child process for the schedule crash test: rewrites the reminder schedule again and again, each
 * time with one clock more (wrapping round), printing the count only after the write returned.
 */
const dataDir = process.env['DATA_DIR'] ?? '';
process.stdout.write('ready\n');
for (let i = 0; ; i += 1) {
  const count = (i % 300) + 1;
  const clocks = Array.from({ length: count }, (_, n) => ({
    incidentId: n + 1,
    reference: `BR-2026-${String(n + 1).padStart(4, '0')}`,
    deadline: new Date(Date.UTC(2026, 10, 25, 9) + n * 60_000).toISOString(),
    fired: [48],
    firedWhileLocked: [{ hoursLeft: 48, firedAt: '2026-11-23T09:00:00.000Z', missed: false }],
  }));
  writeScheduleFile(dataDir, { ...emptySchedule('Europe/London'), clocks });
  process.stdout.write(`wrote ${count}\n`);
}
