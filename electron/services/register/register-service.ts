import type { AuditEntry, VerifyResult } from '../../../shared/audit';
import type { Incident, IncidentFields } from '../../../shared/incident';
import { EMPTY_INCIDENT_FIELDS, futureTimeIssues, incidentFieldsSchema, INCIDENT_FIELD_NAMES } from '../../../shared/incident';
import { toFieldIssues } from '../../../shared/parse';
import type { RegisterPage, RegisterQuery } from '../../../shared/register-query';
import type { Settings } from '../../../shared/settings';
import type { AuditTrail } from '../audit/audit-trail';
import type { Db } from '../database/open-database';
import { afterBigWrite } from '../database/open-database';
import { AppError } from '../errors';
import { fieldChanges } from './field-changes';
import { rowMatchesTrail } from '../audit/row-trail-check';
import { verifyRegister } from '../audit/verify-register';
import type { IncidentRepository } from './incident-repository';
import type { SettingsRepository } from './settings-repository';
import type { DraftRepository } from './draft-repository';

const YEAR_MS = 365.25 * 24 * 3_600_000;

/**
 * The register's rules on top of storage: validation against the current time, one audit
 * entry per changed field in the same transaction, and removal only after retention.
 */
export class RegisterService {
  constructor(
    private readonly db: Db,
    private readonly incidents: IncidentRepository,
    private readonly audit: AuditTrail,
    private readonly settingsStore: SettingsRepository,
    private readonly drafts: DraftRepository,
    private readonly clock: () => Date,
    private readonly actor: () => string,
  ) {}

  create(fields: IncidentFields): Incident {
    const now = this.clock();
    this.checkTimes(fields, now);
    const actor = this.actor();
    return this.db.transaction(() => {
      const incident = this.incidents.insert(fields, now);
      const entry = { at: now, actor, incidentId: incident.id, reference: incident.reference };
      this.audit.append({ ...entry, action: 'created', field: null, oldValue: null, newValue: null });
      for (const change of fieldChanges(EMPTY_INCIDENT_FIELDS, fields)) {
        this.audit.append({ ...entry, action: 'changed', ...change });
      }
      return incident;
    })();
  }

  /** Applies some changes; the merged record must pass every rule or nothing is saved. */
  update(id: number, changes: Partial<IncidentFields>, awarenessCorrectionReason?: string, kindChangeReason?: string): Incident {
    const now = this.clock();
    const actor = this.actor();
    return this.db.transaction(() => {
      const existing = this.get(id);
      const changesKind = changes.kind !== undefined && changes.kind !== existing.kind;
      if (changesKind) checkKindChange(existing, kindChangeReason);
      const movesClock = changes.awareAt !== undefined && existing.awareAt !== null && changes.awareAt !== existing.awareAt;
      if (movesClock && !awarenessCorrectionReason) {
        throw new AppError('invalid_input', 'The time of awareness starts the 72-hour clock: correct it with a reason instead.', [
          { path: 'awareAt', message: 'Use “Correct the time of awareness” on the record’s page, and give the reason' },
        ]);
      }
      const before = pickFields(existing);
      const merged = incidentFieldsSchema.safeParse({ ...before, ...changes });
      if (!merged.success) {
        throw new AppError('invalid_input', 'Some details need attention.', toFieldIssues(merged.error));
      }
      this.checkTimes(merged.data, now);
      const changed = fieldChanges(before, merged.data);
      if (changed.length === 0) return existing;
      const updated = this.incidents.update(existing, merged.data, now);
      for (const change of changed) {
        this.audit.append({ at: now, actor, incidentId: id, reference: existing.reference, action: 'changed', ...change });
      }
      if (changesKind) {
        this.audit.append({
          at: now,
          actor,
          incidentId: id,
          reference: existing.reference,
          action: changes.kind === 'near_miss' ? 'made_near_miss' : 'made_breach',
          field: null,
          oldValue: existing.kind,
          newValue: { kind: changes.kind, reason: kindChangeReason },
        });
      }
      if (movesClock) {
        this.audit.append({
          at: now,
          actor,
          incidentId: id,
          reference: existing.reference,
          action: 'awareness_corrected',
          field: null,
          oldValue: existing.awareAt,
          newValue: { awareAt: changes.awareAt, reason: awarenessCorrectionReason },
        });
      }
      return updated;
    })();
  }

  get(id: number): Incident {
    const incident = this.incidents.findById(id);
    if (!incident) throw new AppError('not_found', `There is no incident with id ${id} in the register.`);
    return incident;
  }

  list(query: RegisterQuery): RegisterPage {
    return this.incidents.list(query, this.clock());
  }

  years(): number[] {
    return this.incidents.years();
  }

  timeline(id: number): AuditEntry[] {
    this.get(id);
    return this.audit.forIncident(id);
  }

  /** The chain must hold, and every row of every covered table must be as the trail says (verify-register.ts). */
  verify(): VerifyResult {
    return verifyRegister(this.db);
  }

  settings(): Settings {
    return this.settingsStore.settings();
  }

  updateSettings(changes: Omit<Settings, 'regime'> & Partial<Pick<Settings, 'regime'>>): Settings {
    const now = this.clock();
    const before = this.settingsStore.settings();
    const settings: Settings = { ...changes, regime: changes.regime ?? before.regime };
    this.db.transaction(() => {
      this.settingsStore.saveSettings(settings);
      this.audit.append({
        at: now,
        actor: this.actor(),
        incidentId: null,
        reference: null,
        action: 'settings_changed',
        field: null,
        oldValue: before,
        newValue: settings,
      });
    })();
    return settings;
  }

  /**
   * Removes a closed record past its retention period. The row, its search entry and drafts go;
   * its audit entries keep their hashes but lose their values; a tombstone keeps the reference
   * and dates only. secure_delete overwrites the freed pages, then VACUUM drops them from the file.
   */
  removeExpired(id: number, confirmReference: string): { reference: string } {
    const now = this.clock();
    const removed = this.db.transaction(() => {
      const incident = this.get(id);
      if (confirmReference.trim().toUpperCase() !== incident.reference) {
        throw new AppError('invalid_input', `Type the reference ${incident.reference} exactly to confirm.`, [
          { path: 'confirmReference', message: `Type ${incident.reference} to confirm` },
        ]);
      }
      // The closing date and the retention period decide the removal: they must be the trail's, not backdated behind it.
      if (!rowMatchesTrail(this.db, 'incident', String(id), id) || !rowMatchesTrail(this.db, 'setting', 'register', null)) {
        throw new AppError(
          'database_damaged',
          `${incident.reference} cannot be removed: its record or the retention setting no longer matches the audit trail, so its closing date cannot be trusted. Run “Verify the register” in Settings to see what changed.`,
        );
      }
      const closedAt = this.incidents.closedAt(id);
      if (incident.status !== 'closed' || !closedAt) {
        throw new AppError('invalid_input', 'Only closed breaches can be removed, once their retention period has passed.');
      }
      const { retentionYears } = this.settingsStore.settings();
      const expires = new Date(Date.parse(closedAt) + retentionYears * YEAR_MS);
      if (expires > now) {
        throw new AppError(
          'invalid_input',
          `${incident.reference} must be kept until ${expires.toISOString().slice(0, 10)} (${retentionYears} years after it was closed).`,
        );
      }
      this.incidents.delete(id);
      // A full-text delete only marks the words deleted; merging the index drops them for good.
      this.db.prepare(`INSERT INTO incident_search (incident_search) VALUES ('optimize')`).run();
      this.drafts.clearForIncident(id);
      this.audit.redactIncident(id);
      this.audit.append({
        at: now,
        actor: this.actor(),
        incidentId: id,
        reference: incident.reference,
        action: 'removed_after_retention',
        field: null,
        oldValue: null,
        newValue: { awareAt: incident.awareAt, createdAt: incident.createdAt, closedAt, retentionYears },
      });
      return { reference: incident.reference };
    })();
    try {
      // Statistics first: the VACUUM below then also drops any page their refresh freed.
      afterBigWrite(this.db);
      // secure_delete has zeroed the freed pages in the database; copy them out of the WAL too.
      this.db.pragma('wal_checkpoint(TRUNCATE)');
      // Rebuild the file so no freed page is left in it (same key; temp_store=MEMORY keeps the copy off disk).
      this.db.exec('VACUUM');
      // VACUUM wrote the rebuilt pages through the WAL: move them into the file and empty it.
      this.db.pragma('wal_checkpoint(TRUNCATE)');
    } catch {
      // The removal is committed (VACUUM needs about the register's size free): say so, not "nothing was saved".
      throw new AppError(
        'internal',
        `${removed.reference} has been removed, but the space it took in the register file could not be cleared (is the disk full?). Free some space: it is cleared the next time a record is removed.`,
      );
    }
    return removed;
  }

  saveDraft(key: string, values: Record<string, unknown>): { savedAt: string } {
    const now = this.clock();
    this.drafts.save(key, values, now);
    return { savedAt: now.toISOString() };
  }

  draft(key: string): Record<string, unknown> | null {
    return this.drafts.get(key);
  }

  clearDraft(key: string): void {
    this.drafts.clear(key);
  }

  private checkTimes(fields: IncidentFields, now: Date): void {
    const issues = futureTimeIssues(fields, now);
    if (issues.length > 0) throw new AppError('invalid_input', 'Some times are in the future.', issues);
  }
}

/** A near miss becomes a breach (or back) only on purpose, with the reason on the trail. */
function checkKindChange(existing: Incident, reason: string | undefined): void {
  if (!reason || reason.trim() === '') {
    throw new AppError('invalid_input', 'Say why this is now a breach or a near miss: the reason goes on the audit trail.', [
      { path: 'reason', message: 'Give the reason for the change' },
    ]);
  }
  if (existing.kind === 'breach' && existing.reportedAt !== null) {
    throw new AppError('invalid_input', `${existing.reference} has been reported to the ICO as a breach, so it cannot become a near miss.`, [
      { path: 'kind', message: 'A breach reported to the ICO stays a breach; record what you have learned in the record instead' },
    ]);
  }
}

function pickFields(incident: Incident): IncidentFields {
  return Object.fromEntries(INCIDENT_FIELD_NAMES.map((name) => [name, incident[name]])) as IncidentFields;
}
