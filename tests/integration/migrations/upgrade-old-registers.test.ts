import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyRegister } from '../../../electron/services/audit/verify-register';
import { checkMigrationOrder, latestSchemaVersion, runMigrations } from '../../../electron/services/database/migrate';
import { MIGRATIONS } from '../../../electron/services/database/migrations/index';
import Database from 'better-sqlite3-multiple-ciphers';
import { openDatabase, unlockConnection } from '../../../electron/services/database/open-database';
import { checkRegisterFile } from '../../../electron/services/security/check-register-file';
import { readTrailHead } from '../../../electron/services/anchor/trail-head';
import { buildOpenRegister } from '../../../electron/services/open-register';
import { EMPTY_INCIDENT_FIELDS } from '../../../shared/incident';
import { registerQuerySchema } from '../../../shared/register-query';
import { FIXTURE_KEY_HEX } from '../../fixtures/fixture-key';
import { REPO_ROOT } from '../support/test-register';
import { makeTempDir } from '../support/temp-dir';

const FIXTURES = join(REPO_ROOT, 'tests', 'fixtures');
const KEY = { kind: 'raw' as const, bytes: Buffer.from(FIXTURE_KEY_HEX, 'hex') };

/** What each fixture register holds, as its own code wrote it (see tests/fixtures/make-old-registers.ts). */
/** `baselines`: trail baselines after the upgrade; one per record then held, written once by 0005 (before it where the register was older). */
const EXPECTED: Record<number, { incidents: string[]; assessments: number; submissions: number; tellings: number; retentionYears: number; baselines?: number }> = {
  1: { incidents: ['Class list emailed to the wrong parent', 'Laptop stolen from Łukasz’s car'], assessments: 0, submissions: 0, tellings: 0, retentionYears: 6 },
  2: {
    incidents: ['Class list emailed to the wrong parent', 'Laptop stolen from Łukasz’s car', 'Payslips printed to the shared printer'],
    assessments: 0,
    submissions: 0,
    tellings: 0,
    retentionYears: 8,
  },
  3: { incidents: ['Class list emailed to the wrong parent', 'Laptop stolen from Łukasz’s car'], assessments: 2, submissions: 0, tellings: 0, retentionYears: 7 },
  4: { incidents: ['Class list emailed to the wrong parent', 'Laptop stolen from Łukasz’s car'], assessments: 2, submissions: 1, tellings: 1, retentionYears: 7 },
  // Version 5 was written to after its own 0005 baseline: the payroll export came after it.
  5: {
    incidents: ['Class list emailed to the wrong parent', 'Laptop stolen from Łukasz’s car', 'Payroll export left on the shared drive'],
    assessments: 2,
    submissions: 1,
    tellings: 1,
    retentionYears: 7,
    baselines: 3,
  },
  // Version 10 (the schema before the compact trail): written to after version 5, one breach removed after its retention.
  10: {
    incidents: [
      'Class list emailed to the wrong parent',
      'Laptop stolen from Łukasz’s car',
      'Payroll export left on the shared drive',
      'Appointment letters posted to the wrong address',
    ],
    assessments: 3,
    submissions: 1,
    tellings: 1,
    retentionYears: 7,
    baselines: 3,
  },
  // Version 11 (the schema before the index of rowids only): version 10 made compact, then written to.
  11: {
    incidents: [
      'Class list emailed to the wrong parent',
      'Laptop stolen from Łukasz’s car',
      'Payroll export left on the shared drive',
      'Appointment letters posted to the wrong address',
      'Keyholder list photographed by a contractor',
    ],
    assessments: 3,
    submissions: 1,
    tellings: 1,
    retentionYears: 7,
    baselines: 3,
  },
  // Version 15 (the schema before packed trail values): version 11 upgraded, then written to.
  15: {
    incidents: [
      'Class list emailed to the wrong parent',
      'Laptop stolen from Łukasz’s car',
      'Payroll export left on the shared drive',
      'Appointment letters posted to the wrong address',
      'Keyholder list photographed by a contractor',
      'Payroll spreadsheet emailed to a former employee',
    ],
    assessments: 3,
    submissions: 1,
    tellings: 1,
    retentionYears: 7,
    baselines: 3,
  },
};

describe('upgrading a register made by each earlier schema version', () => {
  const dir = makeTempDir();
  afterAll(() => dir.remove());

  for (const version of [1, 2, 3, 4, 5, 10, 11, 15]) {
    it(`brings version ${version} to ${latestSchemaVersion()} with every record kept, and verifies it intact`, () => {
      const path = join(dir.path, `v${version}.db`);
      copyFileSync(join(FIXTURES, `register-v${version}.db`), path);
      const expected = EXPECTED[version];
      if (!expected) throw new Error('No expectation');

      const db = openDatabase(path, KEY, { create: false });
      try {
        expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion());
        const result = verifyRegister(db);
        expect((result.problems ?? []).map((problem) => problem.message)).toEqual([]);
        expect(result.intact).toBe(true);
        const open = buildOpenRegister(db, () => new Date('2026-12-01T09:00:00.000Z'), () => 'Auditor');
        const page = open.register.list(registerQuerySchema.parse({}));
        expect(page.items.map((item) => item.title).sort()).toEqual([...expected.incidents].sort());
        const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get();
        expect([count('assessment'), count('ico_submission'), count('people_told')]).toEqual([expected.assessments, expected.submissions, expected.tellings]);
        expect(open.register.settings().retentionYears).toBe(expected.retentionYears);
        // Search still finds the old records (the index 0002 built from them).
        expect(open.register.list(registerQuerySchema.parse({ search: 'lukasz' })).total).toBe(1);
        // The index keeps the words only, not a second copy of the text, and the planner has its statistics.
        const tables = db.prepare("SELECT name FROM sqlite_master WHERE name LIKE 'incident_search%'").pluck().all();
        expect(tables).not.toContain('incident_search_content');
        expect(open.register.list(registerQuerySchema.parse({ search: 'wrong par' })).items.map((item) => item.title)).toEqual(['Class list emailed to the wrong parent']);
        expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'incident_by_updated' AND sql LIKE '%report_decision%' AND sql NOT LIKE '%DESC%'").pluck().get()).toBe(1);
        // Saves note their records for the search index (0014); the list's indexes hold the other filters' columns (0015).
        expect(db.prepare('SELECT count(*) FROM search_pending').pluck().get()).toBe(0);
        expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name LIKE 'incident_by_%' AND name != 'incident_by_updated' AND sql LIKE '%breach_types, reported_at%'").pluck().get()).toBe(6);
        // The large deadline states' indexes hold the clock's and the other filters' columns too (0018).
        expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name IN ('incident_reported_aware', 'incident_not_required_aware') AND sql LIKE '%kind, role, status, year, cause, breach_types, reported_at%'").pluck().get()).toBe(2);

        // Working on after the upgrade keeps it intact; the baseline was written once.
        open.register.update(1, { title: 'Class list emailed to the wrong parent (Year 4)' });
        open.register.create({ ...EMPTY_INCIDENT_FIELDS, title: 'After the upgrade', awareAt: '2026-12-01T08:00:00.000Z' });
        expect(verifyRegister(db).intact).toBe(true);
        const baselines = db.prepare("SELECT count(*) FROM audit_entry WHERE action = 'trail_baseline'").pluck().get() as number;
        expect(baselines).toBe(expected.baselines ?? 1 + expected.incidents.length);
      } finally {
        db.close();
      }
      const again = openDatabase(path, KEY, { create: false });
      try {
        expect(again.prepare("SELECT count(*) FROM audit_entry WHERE action = 'trail_baseline'").pluck().get()).toBe(expected.baselines ?? 1 + expected.incidents.length);
        expect(verifyRegister(again).intact).toBe(true);
      } finally {
        again.close();
      }
    });
  }

  it('keeps a schema-10 trail verifiable and its fingerprint unchanged when it becomes compact', () => {
    const path = join(dir.path, 'v10-compact.db');
    copyFileSync(join(FIXTURES, 'register-v10.db'), path);
    const old = openReaderForEdit(path);
    const headBefore = readTrailHead(old);
    const entriesBefore = old.prepare('SELECT id, hash, prev_hash, payload_hash, payload_json, rows_json FROM audit_entry ORDER BY id').all() as {
      id: number;
      hash: string;
      prev_hash: string;
      payload_hash: string;
      payload_json: string | null;
      rows_json: string | null;
    }[];
    old.close();
    expect(entriesBefore.filter((entry) => entry.payload_json === null).length).toBeGreaterThan(0);

    const db = openDatabase(path, KEY, { create: false });
    try {
      // The same head, so the fingerprint kept outside the file and every printed one still match.
      expect(readTrailHead(db)).toEqual(headBefore);
      const after = db.prepare('SELECT id, hash, prev_hash, payload_hash, payload_json, rows_json, format FROM audit_entry ORDER BY id').all() as {
        id: number;
        hash: Buffer;
        prev_hash: Buffer | null;
        payload_hash: Buffer;
        payload_json: string | null;
        rows_json: string | null;
        format: number | null;
      }[];
      expect(after.map((entry) => [entry.id, entry.hash.toString('hex'), entry.payload_hash.toString('hex'), entry.payload_json, entry.rows_json, entry.format])).toEqual(
        entriesBefore.map((entry) => [entry.id, entry.hash, entry.payload_hash, entry.payload_json, entry.rows_json, null]),
      );
      // Every link was the hash before it: none needs keeping.
      expect(after.filter((entry) => entry.prev_hash !== null)).toEqual([]);
      expect(db.prepare("SELECT name FROM sqlite_master WHERE tbl_name = 'audit_entry' AND type = 'index'").pluck().all()).toEqual(['audit_by_incident']);
      expect(() => db.prepare("UPDATE audit_entry SET actor = 'Someone else' WHERE id = 2").run()).toThrow(/append-only/);
      expect(() => db.prepare('UPDATE audit_entry SET format = 2 WHERE id = 2').run()).toThrow(/append-only/);
      expect(() => db.prepare('DELETE FROM audit_entry WHERE id = 2').run()).toThrow(/append-only/);
      expect(verifyRegister(db)).toMatchObject({ intact: true, problems: [], headHash: headBefore?.hash });

      const open = buildOpenRegister(db, () => new Date('2026-12-02T09:00:00.000Z'), () => 'Auditor');
      open.register.update(1, { title: 'Class list emailed to the wrong parent (Year 4)' });
      const newest = db.prepare('SELECT format, prev_hash FROM audit_entry ORDER BY id DESC LIMIT 1').get();
      expect(newest).toEqual({ format: 2, prev_hash: null });
      expect(verifyRegister(db)).toMatchObject({ intact: true, problems: [] });
      // An old entry passed off as a new one after the upgrade breaks its hash.
      db.exec('DROP TRIGGER audit_entry_no_update');
      db.exec('UPDATE audit_entry SET format = 2 WHERE id = 3');
      expect(verifyRegister(db).firstBadEntry).toMatchObject({ id: 3 });
    } finally {
      db.close();
    }
  });

  it('keeps a schema-15 trail and records as written and verifiable once new values and records are packed, and names packed values edited or erased', () => {
    const path = join(dir.path, 'v15-packed.db');
    copyFileSync(join(FIXTURES, 'register-v15.db'), path);
    const old = openReaderForEdit(path);
    const headBefore = readTrailHead(old);
    const selectStored = 'SELECT id, hash, payload_hash, payload_json FROM audit_entry ORDER BY id';
    const entriesBefore = old.prepare(selectStored).all();
    old.close();
    expect(entriesBefore.length).toBeGreaterThan(40);

    const db = openDatabase(path, KEY, { create: false });
    try {
      expect(readTrailHead(db)).toEqual(headBefore);
      expect(db.prepare(selectStored).all()).toEqual(entriesBefore);
      expect(db.prepare('SELECT count(*) FROM audit_entry WHERE payload_packed IS NOT NULL').pluck().get()).toBe(0);
      // Records keep their text until their next save (0017).
      expect(db.prepare('SELECT count(*) FROM incident_record WHERE record_packed IS NOT NULL').pluck().get()).toBe(0);
      expect(verifyRegister(db)).toMatchObject({ intact: true, problems: [], headHash: headBefore?.hash });

      const open = buildOpenRegister(db, () => new Date('2026-12-04T09:00:00.000Z'), () => 'Auditor');
      const payroll = open.register.list(registerQuerySchema.parse({ search: 'payroll spreadsheet' })).items[0];
      if (!payroll) throw new Error('The fixture’s payroll breach is missing');
      const containment = `${open.register.get(payroll.id).containment} The IT provider turned off address suggestions for leavers the next morning.`;
      open.register.update(payroll.id, { containment, status: 'closed' });
      const written = db
        .prepare<[number], { id: number; field: string; payload_json: string | null; packed: number | null }>(
          'SELECT id, field, payload_json, length(payload_packed) AS packed FROM audit_entry WHERE id > ? ORDER BY id',
        )
        .all(entriesBefore.length);
      expect(db.prepare('SELECT record_json, length(record_packed) > 0 AS packed FROM incident_record WHERE incident_id = ?').get(payroll.id)).toEqual({ record_json: null, packed: 1 });
      expect(open.register.get(payroll.id)).toMatchObject({ containment, status: 'closed', title: 'Payroll spreadsheet emailed to a former employee' });
      const containmentEntry = written.find((entry) => entry.field === 'containment');
      expect(containmentEntry).toMatchObject({ payload_json: null });
      expect(containmentEntry?.packed).toBeLessThan(containment.length);
      // Status changes stay as text: the dashboard reads them in SQL.
      expect(written.find((entry) => entry.field === 'status')).toMatchObject({ payload_json: '{"old":"contained","new":"closed"}', packed: null });
      const timeline = open.audit.forIncident(payroll.id);
      expect(timeline.find((entry) => entry.field === 'containment' && entry.newValue === containment)?.oldValue).toBe(
        'The former employee deleted the email and emptied their deleted items while on the phone to the office manager, and confirmed it in writing.',
      );
      expect(timeline.find((entry) => entry.field === 'whatHappened')?.newValue).toMatch(/^The November payroll spreadsheet/);
      expect(verifyRegister(db)).toMatchObject({ intact: true, problems: [] });

      // Only erasing is allowed, whichever way the values are kept.
      expect(() => db.prepare('UPDATE audit_entry SET payload_packed = randomblob(40) WHERE id = ?').run(containmentEntry?.id)).toThrow(/append-only/);
      expect(() => db.prepare("UPDATE audit_entry SET payload_json = '{}' WHERE id = ?").run(containmentEntry?.id)).toThrow(/append-only/);
      db.prepare('UPDATE audit_entry SET payload_packed = NULL WHERE id = ?').run(containmentEntry?.id);
      expect(verifyRegister(db).problems?.map((problem) => problem.message)).toEqual([
        `${payroll.reference}: the values of audit entry ${containmentEntry?.id} have been erased, but the breach was never removed after its retention period.`,
      ]);
    } finally {
      db.close();
    }
  });

  it('keeps a link that was not the hash before it, so an edited link in a schema-10 trail is still named', () => {
    const path = join(dir.path, 'v10-link.db');
    copyFileSync(join(FIXTURES, 'register-v10.db'), path);
    const old = openReaderForEdit(path);
    old.exec(`DROP TRIGGER audit_entry_no_update; UPDATE audit_entry SET prev_hash = '${'ab'.repeat(32)}' WHERE id = 7; UPDATE audit_entry SET hash = 'not a hash' WHERE id = 9;`);
    old.close();
    const db = openDatabase(path, KEY, { create: false });
    try {
      expect(verifyRegister(db).firstBadEntry).toMatchObject({ id: 7, problem: 'It does not follow on from the entry before it' });
      db.exec('DROP TRIGGER audit_entry_no_update');
      db.exec("UPDATE audit_entry SET prev_hash = NULL WHERE id = 7");
      expect(verifyRegister(db).firstBadEntry).toMatchObject({ id: 9 });
    } finally {
      db.close();
    }
  });

  it('answers every word and prefix search of a schema-11 register the same once its index keeps rowids only', () => {
    const path = join(dir.path, 'v11-search.db');
    copyFileSync(join(FIXTURES, 'register-v11.db'), path);
    const answers = (db: Database.Database) => {
      db.exec('CREATE VIRTUAL TABLE temp.words USING fts5vocab(main, incident_search, row)');
      const terms = db.prepare('SELECT term FROM temp.words ORDER BY term').pluck().all() as string[];
      db.exec('DROP TABLE temp.words');
      const match = db.prepare('SELECT rowid FROM incident_search WHERE incident_search MATCH ? ORDER BY rowid').pluck();
      const queries = [...new Set(terms.flatMap((term) => [`"${term}"`, `"${term.slice(0, 1)}"*`, `"${term.slice(0, 2)}"*`, `"${term.slice(0, 3)}"*`, `"${term}"*`]))];
      return { terms, byQuery: Object.fromEntries(queries.map((query) => [query, match.all(query)])) };
    };
    const old = openReaderForEdit(path);
    const before = answers(old);
    old.close();
    expect(before.terms).toEqual(expect.arrayContaining(['lukasz', 'odegard', 'soren', '2b', 'caretaker']));

    const db = openDatabase(path, KEY, { create: false });
    try {
      const after = answers(db);
      expect(after).toEqual(before);
      expect(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'incident_search'").pluck().get()).toMatch(/detail = none/);
      expect(verifyRegister(db).intact).toBe(true);
      const open = buildOpenRegister(db, () => new Date('2026-12-03T09:00:00.000Z'), () => 'Auditor');
      const titles = (search: string) => open.register.list(registerQuerySchema.parse({ search })).items.map((item) => item.title);
      expect(titles('soren odegard 2b')).toEqual(['Keyholder list photographed by a contractor']);
      // The containment text was saved after the record: its words were indexed by the update.
      expect(titles('caretak')).toEqual(['Keyholder list photographed by a contractor']);
      open.register.update(5, { containment: 'The photograph was deleted; the locksmith changed the Room 2B locks.' });
      expect(titles('locksmith')).toEqual(['Keyholder list photographed by a contractor']);
      expect(titles('caretaker')).toEqual([]);
    } finally {
      db.close();
    }
  });

  it('shows a breach that took a removed breach’s id (as schema 11 allowed) only its own history', () => {
    const path = join(dir.path, 'v11-reused-id.db');
    copyFileSync(join(FIXTURES, 'register-v11.db'), path);
    const db = openDatabase(path, KEY, { create: false });
    try {
      const open = buildOpenRegister(db, () => new Date('2026-12-03T09:00:00.000Z'), () => 'Auditor');
      // BR-2026-0005 was removed after its retention; BR-2026-0006 was then given its id, 5.
      const underId = db.prepare('SELECT DISTINCT reference FROM audit_entry WHERE incident_id = 5 ORDER BY reference').pluck().all();
      expect(underId).toEqual(['BR-2026-0005', 'BR-2026-0006']);
      const timeline = open.register.timeline(5);
      expect(timeline[0]).toMatchObject({ action: 'created', reference: 'BR-2026-0006' });
      expect(timeline.filter((entry) => entry.reference !== 'BR-2026-0006')).toEqual([]);
      // A breach created now gets an id no entry has used.
      expect(open.register.create({ ...EMPTY_INCIDENT_FIELDS, title: 'After the upgrade' }).id).toBe(6);
    } finally {
      db.close();
    }
  });

  it('names a record of an old register edited after its upgrade', () => {
    const path = join(dir.path, 'v4-edited.db');
    copyFileSync(join(FIXTURES, 'register-v4.db'), path);
    openDatabase(path, KEY, { create: false }).close();
    const db = openDatabase(path, KEY, { create: false });
    try {
      db.exec("UPDATE ico_submission SET submitted_at = '2026-11-23T18:00:00.000Z'");
      expect(verifyRegister(db).problems?.map((problem) => problem.message).join('\n')).toMatch(/BR-2026-0002: a report to the ICO \(no\. 1\): “submitted_at”/);
    } finally {
      db.close();
    }
  });
});

describe('migrations are frozen history', () => {
  it('import no live code', () => {
    const folder = join(REPO_ROOT, 'electron', 'services', 'database', 'migrations');
    for (const file of readdirSync(folder)) {
      const imports = [...readFileSync(join(folder, file), 'utf8').matchAll(/from '([^']+)'/g)].map((match) => match[1]);
      const live = imports.filter((path) => !(path === '../migration' || path?.startsWith('node:') || (file === 'index.ts' && path?.startsWith('./'))));
      expect({ file, live }).toEqual({ file, live: [] });
    }
  });

  it('go up one version at a time, and the runner refuses a list that does not', () => {
    expect(() => checkMigrationOrder(MIGRATIONS)).not.toThrow();
    const [first, second] = MIGRATIONS;
    if (!first || !second) throw new Error('Need two migrations');
    expect(() => checkMigrationOrder([second, first])).toThrow(/versions must go up/);
    expect(() => checkMigrationOrder([first, first])).toThrow(/versions must go up/);
    expect(() => checkMigrationOrder([first, { ...second, version: 3 }])).toThrow(/versions must go up/);
    expect(() => runMigrations({} as never, [second])).toThrow(/versions must go up/);
  });
});

describe('checking a backup made by an earlier version, before it is upgraded', () => {
  // Version 1 had no audit trail at all; such a file is refused as incomplete, as before.
  for (const version of [2, 3, 4, 5, 10, 11, 15]) {
    it(`accepts an untouched version ${version} register and refuses one whose record was edited`, () => {
      const dir = makeTempDir();
      try {
        const path = join(dir.path, `v${version}.db`);
        copyFileSync(join(FIXTURES, `register-v${version}.db`), path);
        expect(checkRegisterFile(path, KEY, 'backup').schemaVersion).toBe(version);
        const db = openReaderForEdit(path);
        const table = db.prepare("SELECT count(*) FROM pragma_table_info('incident') WHERE name = 'record_json'").pluck().get() === 1 ? 'incident' : 'incident_record';
        const key = table === 'incident' ? 'id' : 'incident_id';
        db.exec(`UPDATE ${table} SET record_json = json_set(record_json, '$.title', 'Nothing happened') WHERE ${key} = 1`);
        db.close();
        expect(() => checkRegisterFile(path, KEY, 'backup')).toThrow(/does not verify against its audit trail.*BR-2026-0001: (its full record: )?“title”/);
      } finally {
        dir.remove();
      }
    });
  }
});

function openReaderForEdit(path: string) {
  const db = new Database(path, { fileMustExist: true });
  unlockConnection(db, KEY);
  return db;
}
