import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';
import { z } from 'zod';
import { passphraseProblem } from '../../../shared/session';
import { AppError } from '../errors';

/**
 * A secret (the register's 256-bit key) locked with a passphrase: scrypt derives a key from the
 * passphrase and AES-256-GCM encrypts the secret, so a wrong passphrase fails the GCM tag check
 * rather than yielding a wrong key. Used for a passphrase on top of the OS key store and for the
 * recovery passphrase written beside backups.
 */
export const sealedSecretSchema = z.object({
  kdf: z.literal('scrypt'),
  /** scrypt cost: N = 2^17, r = 8, p = 1 (OWASP's recommendation), 128 MiB; 0.7–0.9 s per derivation on a 2-core machine. */
  logN: z.number().int().min(14).max(20),
  r: z.number().int().min(1).max(16),
  p: z.number().int().min(1).max(4),
  salt: z.string().regex(/^[0-9a-f]{32}$/),
  iv: z.string().regex(/^[0-9a-f]{24}$/),
  tag: z.string().regex(/^[0-9a-f]{32}$/),
  ciphertext: z.string().regex(/^([0-9a-f]{2})+$/),
});
export type SealedSecret = z.infer<typeof sealedSecretSchema>;

const COST = { logN: 17, r: 8, p: 1 } as const;

export async function sealWithPassphrase(secret: Buffer, passphrase: string): Promise<SealedSecret> {
  const problem = passphraseProblem(passphrase);
  if (problem) throw new AppError('invalid_input', `${problem}.`, [{ path: 'passphrase', message: problem }]);
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const key = await derive(passphrase, salt, COST);
  try {
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    const ciphertext = Buffer.concat([cipher.update(secret), cipher.final()]);
    return {
      kdf: 'scrypt',
      ...COST,
      salt: salt.toString('hex'),
      iv: iv.toString('hex'),
      tag: cipher.getAuthTag().toString('hex'),
      ciphertext: ciphertext.toString('hex'),
    };
  } finally {
    key.fill(0);
  }
}

/** The secret, or a `wrong_key` error when the passphrase is not the one it was sealed with. */
export async function openWithPassphrase(sealed: SealedSecret, passphrase: string): Promise<Buffer> {
  const key = await derive(passphrase, Buffer.from(sealed.salt, 'hex'), sealed);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'hex'));
    decipher.setAuthTag(Buffer.from(sealed.tag, 'hex'));
    return Buffer.concat([decipher.update(Buffer.from(sealed.ciphertext, 'hex')), decipher.final()]);
  } catch {
    throw new AppError('wrong_key', 'That passphrase is not right. Check it and try again.', [
      { path: 'passphrase', message: 'This is not the right passphrase' },
    ]);
  } finally {
    key.fill(0);
  }
}

/** On the thread pool, not the main thread: about a second of work that must not freeze the window. */
function derive(passphrase: string, salt: Buffer, cost: { logN: number; r: number; p: number }): Promise<Buffer> {
  const N = 2 ** cost.logN;
  return new Promise((resolve, reject) => {
    // scrypt needs 128·N·r bytes; Node's default ceiling (32 MiB) is below that for N = 2^17.
    // Sealing has used the NFC form since the first release, so no seal needs the form as typed.
    scrypt(passphrase.normalize('NFC'), salt, 32, { N, r: cost.r, p: cost.p, maxmem: 256 * N * cost.r }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}
