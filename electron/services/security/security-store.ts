import { z } from 'zod';
import type { SecuritySettings } from '../../../shared/contract/security-operations';
import {
  BACKUP_REMINDER_DEFAULT_DAYS,
  IDLE_LOCK_DEFAULT_MINUTES,
  securitySettingsSchema,
} from '../../../shared/contract/security-operations';
import { AuditTrail } from '../audit/audit-trail';
import type { Db } from '../database/open-database';
import { SettingTable } from '../register/setting-table';
import type { DatabaseKey } from '../database/database-key';
import type { SealedSecret } from './passphrase-seal';
import { sealedSecretSchema } from './passphrase-seal';
import { keyId } from './unlock-record';

const KEY = 'security';

const storedSchema = securitySettingsSchema.extend({
  lastBackupAt: z.string().nullable(),
  recoveryKeyShownAt: z.string().nullable(),
  /** The register's key sealed with the recovery passphrase, written beside each backup. */
  recoveryPassphrase: sealedSecretSchema.nullable(),
  /**
   * The id of the key the two recovery fields above were made for. A new key (a change of unlock
   * mode, a restore on a new PC) makes them void without anything having to reset them.
   */
  recoveryKeyId: z.string().nullable(),
});
export type SecurityRecord = z.infer<typeof storedSchema>;

const DEFAULTS: SecurityRecord = {
  idleLockMinutes: IDLE_LOCK_DEFAULT_MINUTES,
  backupReminderDays: BACKUP_REMINDER_DEFAULT_DAYS,
  lastBackupAt: null,
  recoveryKeyShownAt: null,
  recoveryPassphrase: null,
  recoveryKeyId: null,
};

/** Who made a security change and when, for its audit entry. */
export interface SecurityChangeBy {
  at: Date;
  actor: string;
}

/** Shown in the trail as "changed", never as their value: sealed keys and key ids are not for the audit pack. */
const SECRET_FIELDS: readonly (keyof SecurityRecord)[] = ['recoveryPassphrase', 'recoveryKeyId'];

/**
 * Lock and backup settings in the encrypted register's `setting` table, read back through their
 * schema. Every change writes its audit entry in the same transaction.
 */
export class SecurityStore {
  private readonly table;
  /** Made on the first change only: the store is also built just to read a setting. */
  private audit: AuditTrail | null = null;

  constructor(private readonly db: Db) {
    this.table = new SettingTable(db);
  }

  get(): SecurityRecord {
    const stored = this.table.get(KEY);
    if (!stored) return DEFAULTS;
    // A damaged or older value falls back to the defaults rather than locking the person out of Security.
    let value: unknown;
    try {
      value = JSON.parse(stored);
    } catch {
      return DEFAULTS;
    }
    const parsed = storedSchema.partial().safeParse(value);
    return parsed.success ? { ...DEFAULTS, ...parsed.data } : DEFAULTS;
  }

  update(changes: Partial<SecurityRecord>, by: SecurityChangeBy): SecurityRecord {
    return this.db.transaction(() => {
      const before = this.get();
      const next = storedSchema.parse({ ...before, ...changes });
      const changed = (Object.keys(next) as (keyof SecurityRecord)[]).filter((field) => JSON.stringify(before[field]) !== JSON.stringify(next[field]));
      if (changed.length === 0) return next;
      this.table.set(KEY, JSON.stringify(next));
      const shown = (record: SecurityRecord) =>
        Object.fromEntries(changed.map((field) => [field, SECRET_FIELDS.includes(field) ? (record[field] === null ? null : 'set') : record[field]]));
      this.audit ??= new AuditTrail(this.db);
      this.audit.append({
        at: by.at,
        actor: by.actor,
        incidentId: null,
        reference: null,
        action: 'security_changed',
        field: changed.join(', '),
        oldValue: shown(before),
        newValue: shown(next),
      });
      return next;
    })();
  }

  settings(): SecuritySettings {
    const { idleLockMinutes, backupReminderDays } = this.get();
    return { idleLockMinutes, backupReminderDays };
  }
}

const DAY_MS = 24 * 3_600_000;

/** A backup is due when none was ever made, or the last is older than the reminder period. */
export function isBackupDue(record: SecurityRecord, now: Date): boolean {
  if (!record.lastBackupAt) return true;
  return now.getTime() - Date.parse(record.lastBackupAt) >= record.backupReminderDays * DAY_MS;
}

/** The recovery secrets saved for the register's current key; none for a passphrase-keyed one. */
export function recoveryFor(record: SecurityRecord, key: DatabaseKey): { shownAt: string | null; sealed: SealedSecret | null } {
  if (key.kind !== 'raw' || record.recoveryKeyId !== keyId(key.bytes)) return { shownAt: null, sealed: null };
  return { shownAt: record.recoveryKeyShownAt, sealed: record.recoveryPassphrase };
}

/** Saves one recovery secret for the current key, voiding whatever was saved for an earlier key. */
export function saveRecovery(
  store: SecurityStore,
  key: Buffer,
  change: { shownAt: string } | { sealed: SealedSecret },
  by: SecurityChangeBy,
): void {
  const kept = recoveryFor(store.get(), { kind: 'raw', bytes: key });
  store.update(
    {
      recoveryKeyId: keyId(key),
      recoveryKeyShownAt: 'shownAt' in change ? change.shownAt : kept.shownAt,
      recoveryPassphrase: 'sealed' in change ? change.sealed : kept.sealed,
    },
    by,
  );
}
