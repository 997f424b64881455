import { hashHexSql } from '../audit/trail-scan';
import type { Db } from '../database/open-database';

/**
 * What a copy of the register must agree on with the original: schema version, the number of rows
 * in every table, and the audit trail's head hash (a fingerprint of every change ever made).
 * Opening is not enough: a killed copy can be an empty file that opens as an empty database.
 */
export interface RegisterFacts {
  schemaVersion: number;
  rowCounts: Record<string, number>;
  auditHead: string | null;
}

export function registerFacts(db: Db): RegisterFacts {
  const tables = db
    .prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all();
  const rowCounts: Record<string, number> = {};
  for (const table of tables) {
    rowCounts[table] = db.prepare<[], number>(`SELECT count(*) FROM "${table.replaceAll('"', '""')}"`).pluck().get() ?? 0;
  }
  const auditHead = tables.includes('audit_entry')
    ? // Kept as its 32 bytes since schema 11; hex text in an older file.
      (db.prepare<[], string>(`SELECT ${hashHexSql('hash')} FROM audit_entry ORDER BY id DESC LIMIT 1`).pluck().get() ?? null)
    : null;
  return { schemaVersion: db.pragma('user_version', { simple: true }) as number, rowCounts, auditHead };
}

/** The first way two sets of facts differ, in words, or null when they agree. */
export function factsDifference(expected: RegisterFacts, actual: RegisterFacts): string | null {
  if (expected.schemaVersion !== actual.schemaVersion) return 'it has a different schema version';
  if (expected.auditHead !== actual.auditHead) return 'its audit trail ends at a different entry';
  const names = new Set([...Object.keys(expected.rowCounts), ...Object.keys(actual.rowCounts)]);
  for (const name of names) {
    if (expected.rowCounts[name] !== actual.rowCounts[name]) return `it has a different number of rows in "${name}"`;
  }
  return null;
}

/** How many breaches a register holds, for messages and results. */
export function incidentCount(facts: RegisterFacts): number {
  return facts.rowCounts['incident'] ?? 0;
}
