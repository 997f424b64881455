import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sealWithPassphrase } from '../../../electron/services/security/passphrase-seal';

describe('sealing with a passphrase', () => {
  it.each(['correct horse\0battery staple', 'correct horse\tbattery staple', 'a line\nbreak passphrase', 'half a pair \udc00 here'])(
    'refuses %j with a typed error before any key derivation',
    async (passphrase) => {
      await expect(sealWithPassphrase(randomBytes(32), passphrase)).rejects.toMatchObject({
        code: 'invalid_input',
        issues: [{ path: 'passphrase', message: expect.stringMatching(/control characters/) }],
      });
    },
  );
});
