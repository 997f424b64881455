/** How the register file is unlocked: a random 256-bit key from the OS key store, or a passphrase. */
export type DatabaseKey = { kind: 'raw'; bytes: Buffer } | { kind: 'passphrase'; passphrase: string };

export const RAW_KEY_BYTES = 32;

export function keyPragma(key: DatabaseKey): string {
  if (key.kind === 'raw') {
    if (key.bytes.length !== RAW_KEY_BYTES) throw new Error('A raw database key must be 32 bytes');
    // SQLCipher's raw-key form skips key derivation: the key itself is random, not guessable.
    return `key="x'${key.bytes.toString('hex')}'"`;
  }
  return `key='${key.passphrase.replaceAll("'", "''")}'`;
}
