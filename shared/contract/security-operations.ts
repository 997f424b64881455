import { z } from 'zod';
import { lockReasonSchema, passphraseSchema, secretTextSchema, sessionStatusSchema } from '../session';
import { noInput } from './common';
import type { OperationMap } from './define';

/** Lock, backup, restore, recovery key and passphrase change: keeping the register private and recoverable. */

export const IDLE_LOCK_DEFAULT_MINUTES = 10;
export const BACKUP_REMINDER_DEFAULT_DAYS = 7;

export const securitySettingsSchema = z.object({
  /** Minutes without use before the register locks itself. */
  idleLockMinutes: z.number().int().min(1, 'Lock after at least a minute').max(240, 'Lock within four hours'),
  /** Days after the last backup before Breachlog reminds the person to make another. */
  backupReminderDays: z.number().int().min(1, 'Remind at least daily').max(90, 'Remind at least every 90 days'),
});
export type SecuritySettings = z.infer<typeof securitySettingsSchema>;

/**
 * How the register is unlocked: by the computer's key store alone, by the key store plus a
 * passphrase (a thief with the unlocked PC still needs the passphrase), or by a passphrase alone
 * (the register then opens on any PC with the passphrase, and no key is kept on this one).
 */
export const unlockModeSchema = z.enum(['key-store', 'key-store-and-passphrase', 'passphrase']);
export type UnlockMode = z.infer<typeof unlockModeSchema>;

export const securityStatusSchema = securitySettingsSchema.extend({
  mode: unlockModeSchema,
  /** Whether this computer has a real key store, so the key-store modes can be chosen. */
  keyStoreAvailable: z.boolean(),
  /** Whether a recovery passphrase is set: each backup then has a recovery file beside it. */
  recoveryPassphraseSet: z.boolean(),
  lastBackupAt: z.string().nullable(),
  backupDue: z.boolean(),
  /** When the recovery key was shown (key-store mode); it is shown once. */
  recoveryKeyShownAt: z.string().nullable(),
  /** Whether this app can open a folder or file picker (the browser preview cannot: type a path). */
  canChoosePaths: z.boolean(),
});
export type SecurityStatus = z.infer<typeof securityStatusSchema>;

/** An absolute path on this computer: a relative one would land wherever the app happened to start. */
export const absolutePathSchema = z
  .string()
  .trim()
  .min(1, 'Choose a folder')
  .max(4096, 'That path is too long')
  .regex(/^(\/|[A-Za-z]:[\\/]|\\\\)[^\0]*$/, 'Give the full path, starting from the drive or /');

export const chosenPathSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('chosen'), path: z.string() }),
  z.object({ status: z.literal('cancelled') }),
  /** The browser preview has no file dialogs: the page asks for the path instead. */
  z.object({ status: z.literal('unsupported') }),
]);
export type ChosenPath = z.infer<typeof chosenPathSchema>;

export const backupResultSchema = z.object({
  fileName: z.string(),
  path: z.string(),
  bytes: z.number().int().min(0),
  incidents: z.number().int().min(0),
  auditHead: z.string().nullable(),
  at: z.string(),
});
export type BackupResult = z.infer<typeof backupResultSchema>;

/** How far the backup being made has got (it runs off the main thread); idle when none is running. */
export const backupProgressSchema = z.object({
  state: z.enum(['idle', 'running', 'done', 'failed', 'cancelled']),
  /** copying the register; checking the copy's pages; verifying its trail; saving it under its name. */
  step: z.enum(['copying', 'checking', 'verifying', 'saving', 'done']),
  /** 0 to 1: the copy's share, then the checks of it by its content, then naming it. */
  fraction: z.number().min(0).max(1),
});
export type BackupProgress = z.infer<typeof backupProgressSchema>;

export const restoreResultSchema = z.object({
  incidents: z.number().int().min(0),
  /** Where the register that was replaced was kept, or null when there was none. */
  replacedFile: z.string().nullable(),
  session: sessionStatusSchema,
});
export type RestoreResult = z.infer<typeof restoreResultSchema>;

const secretSchema = secretTextSchema({ min: 1, minMessage: 'Enter it', max: 1024, maxMessage: 'That is too long' });

/** What a register holds, in the terms the person checks a backup by. */
export const registerContentsSchema = z.object({
  breaches: z.number().int().min(0),
  trailEntries: z.number().int().min(0),
  /** When the newest audit-trail entry was written (an ISO instant), or null for an empty trail. */
  newestEntryAt: z.string().nullable(),
});
export type RegisterContents = z.infer<typeof registerContentsSchema>;

/** A backup proved by its content, and what it holds; nothing has been replaced yet. */
export const backupContentsSchema = registerContentsSchema.extend({
  file: z.string(),
  schemaVersion: z.number().int().min(0),
  /** The backup's audit-trail head: passed back to backup:restore to confirm this very backup. */
  auditHead: z.string().nullable(),
  /** What the register holds now, when it is open, to compare. */
  current: registerContentsSchema.nullable(),
});
export type BackupContents = z.infer<typeof backupContentsSchema>;

/** A register kept aside by a restore, in the data folder. */
export const replacedCopySchema = z.object({
  fileName: z.string(),
  /** When it was replaced (an ISO instant, from its name). */
  replacedAt: z.string().nullable(),
  bytes: z.number().int().min(0),
});
export type ReplacedCopy = z.infer<typeof replacedCopySchema>;

const backupSecretFields = {
  file: absolutePathSchema,
  recoveryKey: z.string().max(200).optional(),
  passphrase: secretSchema.optional(),
};

export const securityOperations = {
  /** Closes the register and drops its key from memory, until it is unlocked again; the reason is shown on the lock screen. */
  'session:lock': { input: z.object({ reason: lockReasonSchema.optional() }).strict(), output: sessionStatusSchema },
  /** Opens a locked register with the OS key store (passphrase registers use session:unlock). */
  'session:unlock-key-store': { input: noInput, output: sessionStatusSchema },
  /** The lock and backup settings, when the last backup was made and whether another is due. */
  'security:status': { input: noInput, output: securityStatusSchema },
  'security:update': { input: securitySettingsSchema.strict(), output: securityStatusSchema },
  /** The key-store register's recovery key, for a new PC: shown once, to be printed or written down. */
  'security:recovery-key': { input: noInput, output: z.object({ recoveryKey: z.string() }) },
  /** Re-encrypts the register under a new passphrase, crash-safely. */
  'security:change-passphrase': {
    input: z.object({ current: secretSchema, next: passphraseSchema }).strict(),
    output: sessionStatusSchema,
  },
  /**
   * Switches between the key store alone, the key store plus a passphrase, and a passphrase alone.
   * `current` is the passphrase in use now (when there is one); `next` the one to use from now on.
   */
  'security:set-unlock-mode': {
    input: z.object({ mode: unlockModeSchema, current: secretSchema.optional(), next: passphraseSchema.optional() }).strict(),
    output: securityStatusSchema,
  },
  /**
   * Sets (or replaces) the recovery passphrase of a key-store register: its backups then restore on
   * a new PC with it. With a passphrase on top of the key store, `current` must be that passphrase.
   */
  'security:set-recovery-passphrase': {
    input: z.object({ passphrase: passphraseSchema, current: secretSchema.optional() }).strict(),
    output: securityStatusSchema,
  },
  /** Asks for a backup folder with the OS dialog. */
  'backup:choose-folder': { input: noInput, output: chosenPathSchema },
  /** Asks for a backup file to restore with the OS dialog. */
  'backup:choose-file': { input: noInput, output: chosenPathSchema },
  /** Writes an encrypted backup into a folder and proves it by its content before naming it. */
  'backup:create': { input: z.object({ folder: absolutePathSchema }).strict(), output: backupResultSchema },
  /** How far the backup being made has got, for a progress bar while backup:create runs. */
  'backup:progress': { input: noInput, output: backupProgressSchema },
  /** Stops the backup being made; its partial file is removed and no backup is named. */
  'backup:cancel': { input: noInput, output: z.object({ cancelled: z.boolean() }) },
  /**
   * Step one of a restore: proves a backup by its content and says what it holds (breaches, trail
   * entries, the newest entry's date, schema version). Nothing is replaced. A backup from another
   * PC needs its recovery key; a passphrase backup, its passphrase.
   */
  'backup:check': { input: z.object(backupSecretFields).strict(), output: backupContentsSchema },
  /**
   * Step two, once the person has confirmed what backup:check showed: replaces the register with
   * that backup (`confirmedHead` is its audit head from the check; a file changed since is
   * refused), proving it again first. The replaced file is kept aside under a unique name.
   */
  'backup:restore': {
    input: z.object({ ...backupSecretFields, confirmedHead: z.string().max(200).nullable() }).strict(),
    output: restoreResultSchema,
  },
  /** The registers kept aside by restores, newest first. */
  'backup:replaced-list': { input: noInput, output: z.array(replacedCopySchema) },
  /** Deletes one kept-aside register for good: overwritten, then removed. */
  'backup:replaced-delete': {
    input: z
      .object({ fileName: z.string().max(200).regex(/^[\w.-]+$/, 'Give the file name only') })
      .strict(),
    output: z.array(replacedCopySchema),
  },
} as const satisfies OperationMap;
