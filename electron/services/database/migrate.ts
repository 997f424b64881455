import type Database from 'better-sqlite3-multiple-ciphers';
import { AppError } from '../errors';
import type { Migration } from './migration';
import { MIGRATIONS } from './migrations/index';

export function latestSchemaVersion(migrations: readonly Migration[] = MIGRATIONS): number {
  return migrations.at(-1)?.version ?? 0;
}

/** Versions must go up one step at a time from 1: a gap or a repeat would skip or re-run a step on some registers. */
export function checkMigrationOrder(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migration ${index + 1} in the list has version ${migration.version}: versions must go up 1, 2, 3… in order`);
    }
  });
}

/** Brings the schema up to date, one transaction per migration; refuses a newer file. */
export function runMigrations(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): void {
  checkMigrationOrder(migrations);
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = latestSchemaVersion(migrations);
  if (current > latest) {
    throw new AppError(
      'database_newer',
      'This register was saved by a newer version of Breachlog. Install the latest version to open it; nothing has been changed.',
    );
  }
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      migration.after?.(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}
