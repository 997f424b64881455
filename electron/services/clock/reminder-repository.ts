import { clockPhaseSql } from '../../../shared/clock-running';
import type { Reminder } from '../../../shared/reminders';
import { AuditTrail } from '../audit/audit-trail';
import type { Db } from '../database/open-database';

export interface RunningClock {
  id: number;
  reference: string;
  title: string;
  aware_at: string;
  /** Null until the breach is assessed: a reminder then says to assess, not to report. */
  report_decision: string | null;
}

interface FiredRow extends RunningClock {
  hours_left: number;
  fired_at: string;
  missed: number;
}

/** Which reminders have fired; the primary key makes each fire at most once per clock. */
export class ReminderRepository {
  private readonly statements;
  private readonly audit;

  constructor(private readonly db: Db) {
    this.audit = new AuditTrail(db);
    this.statements = {
      running: db.prepare<[string], RunningClock>(
        `SELECT id, reference, title, aware_at, report_decision FROM incident
         WHERE ${clockPhaseSql('running')}
           AND aware_at >= ? ORDER BY aware_at, id`,
      ),
      fire: db.prepare<[number, string, number, string, number]>(
        'INSERT OR IGNORE INTO reminder_fired (incident_id, aware_at, hours_left, fired_at, missed) VALUES (?, ?, ?, ?, ?)',
      ),
      unseen: db.prepare<[], FiredRow>(
        `SELECT i.id, i.reference, i.title, i.report_decision, r.aware_at, r.hours_left, r.fired_at, r.missed
         FROM reminder_fired r JOIN incident i ON i.id = r.incident_id
         WHERE r.seen = 0 AND i.reported_at IS NULL ORDER BY r.fired_at DESC, r.hours_left`,
      ),
      markSeen: db.prepare<[number]>('UPDATE reminder_fired SET seen = 1 WHERE incident_id = ?'),
      firedFor: db.prepare<[number, string], { hours_left: number }>(
        'SELECT hours_left FROM reminder_fired WHERE incident_id = ? AND aware_at = ? ORDER BY hours_left DESC',
      ),
    };
  }

  /** Unreported clocks that started after `since` (older ones fired their last reminder long ago). */
  runningSince(since: Date): RunningClock[] {
    return this.statements.running.all(since.toISOString());
  }

  /** True only the first time; false if this reminder already fired for this clock. Each firing goes on the trail. */
  recordFired(clock: RunningClock, hoursLeft: number, firedAt: Date, missed: boolean): boolean {
    return this.db.transaction(() => {
      const fired = this.statements.fire.run(clock.id, clock.aware_at, hoursLeft, firedAt.toISOString(), missed ? 1 : 0).changes === 1;
      if (fired) {
        this.audit.append({
          at: firedAt,
          actor: 'Breachlog (72-hour clock)',
          incidentId: clock.id,
          reference: clock.reference,
          action: 'reminder_fired',
          field: null,
          oldValue: null,
          newValue: { awareAt: clock.aware_at, hoursLeft, missed },
        });
      }
      return fired;
    })();
  }

  /** The hours-left thresholds that have fired for this clock, largest first. */
  firedFor(clock: RunningClock): number[] {
    return this.statements.firedFor.all(clock.id, clock.aware_at).map((row) => row.hours_left);
  }

  /** Fired reminders not yet dismissed, for the in-app banners. */
  unseen(deadlineOf: (awareAt: string) => string): Reminder[] {
    return this.statements.unseen.all().map((row) => ({
      incidentId: row.id,
      reference: row.reference,
      title: row.title,
      hoursLeft: row.hours_left,
      deadline: deadlineOf(row.aware_at),
      firedAt: row.fired_at,
      missed: row.missed === 1,
      assessed: row.report_decision !== null,
    }));
  }

  markSeen(incidentId: number): void {
    this.statements.markSeen.run(incidentId);
  }
}
