import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COPY_ATTEMPTS, copyConsistently } from '../../../electron/services/backup/consistent-copy';
import type { DatabaseKey } from '../../../electron/services/database/database-key';
import { openReader } from '../../../electron/services/database/open-database';
import { factsDifference, registerFacts } from '../../../electron/services/security/register-facts';
import { copyRegister } from '../../../electron/services/security/rekeyed-copy';
import { makeTestRegister } from '../support/test-register';
import type { TestRegister } from './support/security-helpers';
import { addIncidents } from './support/security-helpers';

/**
 * A backup's copy is proved against the facts of the very state it holds: counted once when
 * SQLite's data_version shows nothing was committed while it was made, made again when a change
 * landed in between. Real register, real copies; the change is saved by the app's own services,
 * on its own connection, while the backup's reader is copying.
 */
describe('a backup copy of a register that may change while it is made', () => {
  let register: TestRegister;
  let key: DatabaseKey;

  beforeEach(async () => {
    register = makeTestRegister();
    key = { kind: 'raw', bytes: register.keyBytes };
    await register.signIn();
    await addIncidents(register, 3, 'copied');
  });
  afterEach(() => register.cleanup());

  /** Copies with `during` run just before each copy starts; answers what was made, how often, and the copy's own facts. */
  function copyWith(during: (attempt: number) => void) {
    const reader = openReader(register.databasePath, key);
    const target = join(register.dir, 'copy.db');
    const parts: string[] = [];
    let copies = 0;
    try {
      const made = copyConsistently(
        reader,
        () => {
          copies += 1;
          during(copies);
          copyRegister(reader, target);
        },
        (part, work) => {
          parts.push(part);
          return work();
        },
      );
      const copy = openReader(target, key);
      try {
        return { made, copies, facts: registerFacts(copy), counts: parts.filter((part) => part === 'facts').length };
      } finally {
        copy.close();
      }
    } finally {
      reader.close();
    }
  }

  /** Renames the newest breach through the app's own services (its connection, its trail). */
  async function renamer(): Promise<(title: string) => void> {
    const { register: incidents } = await register.session.services();
    const [first] = incidents.list({ search: '', status: null, year: null, cause: null, breachType: null, reported: null, deadline: null, kind: 'breach', sort: 'aware_desc', offset: 0, limit: 1 }).items;
    if (!first) throw new Error('The register is empty');
    return (title) => incidents.update(first.id, { title });
  }

  it('copies once and counts once when nothing is saved meanwhile', () => {
    const { made, copies, facts, counts } = copyWith(() => undefined);
    expect(made.attempts).toBe(1);
    expect(copies).toBe(1);
    expect(counts).toBe(1);
    expect(factsDifference(made.expected, facts)).toBeNull();
  });

  it('copies again when a change is saved after the facts were read, and proves the copy against the state it holds', async () => {
    const rename = await renamer();
    const { made, copies, facts, counts } = copyWith((attempt) => {
      if (attempt === 1) rename('Renamed while the backup was copying');
    });
    expect(made.attempts).toBe(2);
    expect(copies).toBe(2);
    // Read before the first copy, counted again after it (they differed), then read before the second.
    expect(counts).toBe(3);
    expect(factsDifference(made.expected, facts)).toBeNull();
    expect(made.expected.auditHead).toBe(registerFacts((await register.session.services()).db).auditHead);
  });

  it('gives up, saying so, when the register changes during every copy', async () => {
    const rename = await renamer();
    let copies = 0;
    expect(() =>
      copyWith((attempt) => {
        copies = attempt;
        rename(`Renamed during copy ${attempt}`);
      }),
    ).toThrow('The register kept changing while it was being copied');
    expect(copies).toBe(COPY_ATTEMPTS);
  });
});
