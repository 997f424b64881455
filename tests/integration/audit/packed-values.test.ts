import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PACKING_DICTIONARY_SHA256, packJson, unpackJson } from '../../../electron/services/database/packed-json';
import { makeTestRegister } from '../support/test-register';
import { trailValues } from '../support/stored-json';
import type { Scenario, TestRegister } from './trail-scenario';
import { buildScenario, messages, tamper, verify } from './trail-scenario';

/**
 * The trail's values deflated (schema 16): what is written packed reads back exactly, and someone
 * with the key who edits, swaps or erases packed values is named by verify.
 */
describe('the trail’s packed values', () => {
  let register: TestRegister;
  let scenario: Scenario;

  beforeEach(async () => {
    register = makeTestRegister();
    scenario = await buildScenario(register);
  });
  afterEach(() => register.cleanup());

  const stored = () => {
    const db = register.session.current()?.db;
    if (!db) throw new Error('not open');
    return db
      .prepare<[], { id: number; field: string | null; payload_json: string | null; payload_packed: Buffer | null }>(
        'SELECT id, field, payload_json, payload_packed FROM audit_entry ORDER BY id',
      )
      .all();
  };

  it('keeps long values packed, each smaller than its text, short ones as text, and reads every one back as written', async () => {
    const rows = stored();
    const packed = rows.filter((row) => row.payload_packed !== null);
    const length = (row: (typeof rows)[number]) => (unpackJson(row.payload_json, row.payload_packed) ?? '').length;
    // Deflate would save a short value a few dozen bytes, at a fixed cost on every save.
    expect(rows.filter((row) => length(row) < 128).every((row) => row.payload_packed === null)).toBe(true);
    const long = rows.filter((row) => length(row) >= 128);
    expect(long.length).toBeGreaterThan(2);
    expect(long.every((row) => row.payload_packed !== null)).toBe(true);
    for (const row of rows) expect(row.payload_json === null).toBe(row.payload_packed !== null);
    for (const row of packed) expect(row.payload_packed?.length).toBeLessThan(Buffer.byteLength(unpackJson(row.payload_json, row.payload_packed) ?? ''));
    // Each field's newest value on the trail is the record's, long texts and lists among them.
    const timeline = register.session.current()?.audit.forIncident(scenario.newest.id) ?? [];
    const record = register.session.current()?.register.get(scenario.newest.id) as unknown as Record<string, unknown>;
    const newest = new Map(timeline.filter((entry) => entry.action === 'changed').map((entry) => [entry.field ?? '', entry.newValue]));
    expect(newest.size).toBeGreaterThan(10);
    for (const [field, value] of newest) expect([field, value]).toEqual([field, record[field]]);
    expect((await verify(register)).intact).toBe(true);
  });

  it('writes the same bytes for the same values, with the dictionary every packed entry was written with', () => {
    const values = JSON.stringify({
      old: 'The payroll spreadsheet was emailed to a former employee.',
      new: 'The payroll spreadsheet was emailed to a former employee, who deleted it unread and confirmed so in writing.',
    });
    expect(packJson(values)).toEqual(packJson(values));
    expect(packJson(values).packed?.length).toBeLessThan(values.length);
    expect(unpackJson(null, packJson(values).packed)).toBe(values);
    const short = JSON.stringify({ old: 'open', new: 'contained' });
    expect(packJson(short)).toMatchObject({ text: short, packed: null });
    // A record just packed is read back without inflating it again; any other bytes are inflated afresh.
    const record = JSON.stringify({ whatHappened: 'The payroll spreadsheet was emailed to a former employee by mistake. '.repeat(30) });
    const packed = packJson(record).packed ?? Buffer.alloc(0);
    expect(unpackJson(null, packed)).toBe(record);
    const flipped = Buffer.from(packed);
    flipped[flipped.length - 2] = (flipped[flipped.length - 2] ?? 0) ^ 0x10;
    const readFlipped = () => {
      try {
        return unpackJson(null, flipped);
      } catch {
        return 'does not inflate';
      }
    };
    expect(readFlipped()).not.toBe(record);
    // Changing the dictionary would leave every packed entry unreadable: it is frozen.
    expect(PACKING_DICTIONARY_SHA256).toBe(FROZEN_DICTIONARY_SHA256);
  });

  it('names a packed value edited, a packed value swapped for its own text, and text added beside one', async () => {
    const entry = stored().find((row) => row.payload_packed !== null && row.field === 'whatHappened');
    if (!entry?.payload_packed) throw new Error('No packed description on the trail');
    const flipped = Buffer.from(entry.payload_packed);
    flipped[flipped.length - 1] = (flipped[flipped.length - 1] ?? 0) ^ 1;
    const text = (unpackJson(entry.payload_json, entry.payload_packed) ?? '').replaceAll("'", "''");
    for (const sql of [
      `UPDATE audit_entry SET payload_packed = x'${flipped.toString('hex')}' WHERE id = ${entry.id}`,
      `UPDATE audit_entry SET payload_json = '${text}', payload_packed = NULL WHERE id = ${entry.id}`,
      `UPDATE audit_entry SET payload_json = '${text}' WHERE id = ${entry.id}`,
    ]) {
      tamper(register, `DROP TRIGGER IF EXISTS audit_entry_no_update; ${sql};`);
      const result = await verify(register);
      expect(result.firstBadEntry).toMatchObject({ id: entry.id, problem: 'The values it records have been changed' });
      tamper(register, `UPDATE audit_entry SET payload_json = NULL, payload_packed = x'${entry.payload_packed.toString('hex')}' WHERE id = ${entry.id}`);
      expect((await verify(register)).intact).toBe(true);
    }
  });

  it('names packed values erased for a breach that was never removed', async () => {
    tamper(register, `UPDATE audit_entry SET payload_packed = NULL WHERE incident_id = ${scenario.newest.id} AND payload_packed IS NOT NULL;`);
    const result = await verify(register);
    expect(messages(result)).toMatch(new RegExp(`${scenario.newest.reference}: the values of audit entry \\d+ have been erased, but the breach was never removed`));
    const db = register.session.current()?.db;
    expect(db && trailValues(db, `incident_id = ${scenario.newest.id}`).filter((values) => values === null).length).toBeGreaterThan(0);
  });
});

/** The SHA-256 of the dictionary in packed-json.ts, as it was when schema 16 shipped. */
const FROZEN_DICTIONARY_SHA256 = '4814226de4e81e371e04a53b862654069c7de5f81ba1af25e3aea3abda4e3b09';
