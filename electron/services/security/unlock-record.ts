import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { UnlockMode } from '../../../shared/contract/security-operations';
import type { DatabaseKey } from '../database/database-key';
import { RAW_KEY_BYTES } from '../database/database-key';
import { AppError } from '../errors';
import type { KeySource } from '../key-source';
import type { SealedSecret } from './passphrase-seal';
import { openWithPassphrase, sealedSecretSchema, sealWithPassphrase } from './passphrase-seal';

/**
 * What the OS key store keeps for the register: how it is unlocked and, unless it is unlocked by
 * passphrase alone, its 256-bit key (itself locked with a passphrase in the combined mode).
 * While the database is being re-encrypted for a change of mode, `previous` keeps the way in
 * that still works if the change is cut short; whichever opens the file wins.
 */
const unlockEntrySchema = z.discriminatedUnion('unlock', [
  z.object({ unlock: z.literal('key-store'), key: z.string().regex(/^[0-9a-f]{64}$/) }),
  /** `keyId` names the sealed key, so a recovery key can be matched to it without the passphrase. */
  z.object({ unlock: z.literal('key-store-and-passphrase'), sealedKey: sealedSecretSchema, keyId: z.string().regex(/^[0-9a-f]{32}$/) }),
  /** The database itself is keyed with the passphrase: nothing secret is stored. */
  z.object({ unlock: z.literal('passphrase') }),
]);
export type UnlockEntry = z.infer<typeof unlockEntrySchema>;

const unlockRecordSchema = z.object({
  version: z.literal(1),
  current: unlockEntrySchema,
  previous: unlockEntrySchema.optional(),
});
export type UnlockRecord = z.infer<typeof unlockRecordSchema>;

export function encodeUnlockRecord(record: UnlockRecord): Buffer {
  return Buffer.from(JSON.stringify(record), 'utf8');
}

/** Reads what the key store holds; a bare 32-byte key is the first release's form. */
export function decodeUnlockRecord(bytes: Buffer): UnlockRecord {
  if (bytes.length === RAW_KEY_BYTES) return { version: 1, current: { unlock: 'key-store', key: bytes.toString('hex') } };
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch {
    value = null;
  }
  const parsed = unlockRecordSchema.safeParse(value);
  if (!parsed.success) {
    throw new AppError('wrong_key', 'The register’s key in this computer’s key store is damaged. Restore the register from a backup with your recovery key or recovery passphrase.');
  }
  return parsed.data;
}

export function keyStoreEntry(key: Buffer): UnlockEntry {
  return { unlock: 'key-store', key: key.toString('hex') };
}

export async function passphraseOnTopEntry(key: Buffer, passphrase: string): Promise<UnlockEntry> {
  return { unlock: 'key-store-and-passphrase', sealedKey: await sealWithPassphrase(key, passphrase), keyId: keyId(key) };
}

/**
 * A public name for a 256-bit random key (a hash of it: safe to keep beside it, since the key
 * cannot be guessed). Tells whether a recovery key, or saved recovery settings, belong to this key.
 */
export function keyId(key: Buffer): string {
  return createHash('sha256').update('breachlog key id\0').update(key).digest('hex').slice(0, 32);
}

/** The id of the key an entry stands for, or null for a passphrase-keyed database. */
export function entryKeyId(entry: UnlockEntry): string | null {
  if (entry.unlock === 'key-store') return keyId(Buffer.from(entry.key, 'hex'));
  return entry.unlock === 'key-store-and-passphrase' ? entry.keyId : null;
}

export function needsPassphrase(entry: UnlockEntry): boolean {
  return entry.unlock !== 'key-store';
}

export function entryMode(entry: UnlockEntry): UnlockMode {
  return entry.unlock;
}

/**
 * The database key an entry gives, with the passphrase where one is needed. A wrong passphrase on
 * a sealed key is caught here, before the database is touched.
 */
export async function entryKey(entry: UnlockEntry, passphrase: string | null): Promise<DatabaseKey | null> {
  switch (entry.unlock) {
    case 'key-store':
      return { kind: 'raw', bytes: Buffer.from(entry.key, 'hex') };
    case 'key-store-and-passphrase':
      return passphrase === null ? null : { kind: 'raw', bytes: await openWithPassphrase(entry.sealedKey as SealedSecret, passphrase) };
    case 'passphrase':
      return passphrase === null ? null : { kind: 'passphrase', passphrase };
  }
}

type KeyStore = Extract<KeySource, { kind: 'key-store' }>;

/** The record in the OS key store, or null on a profile that has none yet. */
export async function readUnlockRecord(source: KeyStore): Promise<UnlockRecord | null> {
  const bytes = await source.load();
  try {
    return bytes ? decodeUnlockRecord(bytes) : null;
  } finally {
    bytes?.fill(0);
  }
}

/**
 * For a restore: the record, null when there is none, or 'damaged' when it is there but unreadable
 * (a recovery secret may then replace it). A key store that cannot be read at all (a denied
 * keychain, say) is an error, never mistaken for damage.
 */
export async function readUnlockRecordForRestore(source: KeyStore): Promise<UnlockRecord | null | 'damaged'> {
  const bytes = await source.load();
  if (!bytes) return null;
  try {
    return decodeUnlockRecord(bytes);
  } catch {
    return 'damaged';
  } finally {
    bytes.fill(0);
  }
}

export async function writeUnlockRecord(source: KeyStore, record: UnlockRecord): Promise<void> {
  const bytes = encodeUnlockRecord(record);
  try {
    await source.store(bytes);
  } finally {
    bytes.fill(0);
  }
}
