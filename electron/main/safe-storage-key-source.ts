import { safeStorage } from 'electron';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { KeySource } from '../services/key-source';

/**
 * The register key wrapped by the OS (DPAPI on Windows, Keychain on macOS). Falls back to a
 * passphrase where the OS offers nothing real: Linux's `basic_text` backend protects nothing.
 */
export function osKeySource(wrappedKeyPath: string): KeySource {
  const backend = process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : 'os';
  if (!safeStorage.isEncryptionAvailable() || backend === 'basic_text' || backend === 'unknown') {
    return { kind: 'passphrase' };
  }
  return {
    kind: 'key-store',
    async load() {
      let wrapped: Buffer;
      try {
        wrapped = await readFile(wrappedKeyPath);
      } catch {
        return null;
      }
      return Buffer.from(safeStorage.decryptString(wrapped), 'hex');
    },
    async store(record) {
      await mkdir(dirname(wrappedKeyPath), { recursive: true });
      const temporary = `${wrappedKeyPath}.tmp`;
      await writeFile(temporary, safeStorage.encryptString(record.toString('hex')), { mode: 0o600 });
      await rename(temporary, wrappedKeyPath);
    },
  };
}
