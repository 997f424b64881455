import { safeStorage } from 'electron';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { KeySource, WrappedRecordStore } from '../services/key-source';
import { renameIntoPlace } from '../services/security/durable-files';

/**
 * The register's key-store record wrapped by the OS (DPAPI on Windows, Keychain on macOS), through
 * Electron's asynchronous safeStorage API (the synchronous one is deprecated in Electron 45 and gone
 * in 46; it reads what the old one wrote). Falls back to a passphrase where the OS offers nothing
 * real: Linux's `basic_text` backend protects nothing. Call after the app is ready.
 */
export async function osKeySource(wrappedKeyPath: string): Promise<KeySource> {
  const backend = process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : 'os';
  if (!(await safeStorage.isAsyncEncryptionAvailable()) || backend === 'basic_text' || backend === 'unknown') {
    return { kind: 'passphrase' };
  }
  const store = async (record: Buffer) => {
    await mkdir(dirname(wrappedKeyPath), { recursive: true });
    const temporary = `${wrappedKeyPath}.tmp`;
    await writeFile(temporary, await safeStorage.encryptStringAsync(record.toString('hex')), { mode: 0o600 });
    // Synced before and after the rename: a power cut must not keep a new register but lose its key.
    renameIntoPlace(temporary, wrappedKeyPath);
  };
  return {
    kind: 'key-store',
    async load() {
      let wrapped: Buffer;
      try {
        wrapped = await readFile(wrappedKeyPath);
      } catch (error) {
        // Only a missing file means "nothing stored"; a file that cannot be read is an error.
        if ((error as { code?: unknown }).code === 'ENOENT') return null;
        throw error;
      }
      const { result, shouldReEncrypt } = await safeStorage.decryptStringAsync(wrapped);
      const record = Buffer.from(result, 'hex');
      // The OS rotated its key (or offers a stronger one): wrap the record again under it, if it can.
      if (shouldReEncrypt) await store(Buffer.from(record)).catch(() => undefined);
      return record;
    },
    store,
    anchor: wrappedFile(join(dirname(wrappedKeyPath), 'register-anchor.bin')),
  };
}

/**
 * The register's fingerprint (see services/anchor/) in its own file beside the key record, wrapped
 * by the same OS key store: someone holding only the database key cannot write one that opens.
 */
function wrappedFile(path: string): WrappedRecordStore {
  return {
    async load() {
      let wrapped: Buffer;
      try {
        wrapped = await readFile(path);
      } catch (error) {
        if ((error as { code?: unknown }).code === 'ENOENT') return null;
        throw error;
      }
      const { result } = await safeStorage.decryptStringAsync(wrapped);
      return Buffer.from(result, 'base64');
    },
    async store(record) {
      const temporary = `${path}.tmp`;
      await writeFile(temporary, await safeStorage.encryptStringAsync(record.toString('base64')), { mode: 0o600 });
      renameIntoPlace(temporary, path);
    },
  };
}
