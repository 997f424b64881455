import type { Settings } from '../../../shared/settings';
import { DEFAULT_SETTINGS, settingsSchema } from '../../../shared/settings';
import type { Db } from '../database/open-database';

/** Key-value settings in the encrypted register; each value read back through its schema. */
export class SettingsRepository {
  private readonly statements;

  constructor(db: Db) {
    this.statements = {
      get: db.prepare<[string], string>('SELECT value_json FROM setting WHERE key = ?').pluck(),
      set: db.prepare<[string, string]>(
        'INSERT INTO setting (key, value_json) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json',
      ),
    };
  }

  settings(): Settings {
    const stored = this.statements.get.get('register');
    if (!stored) return DEFAULT_SETTINGS;
    return settingsSchema.parse({ ...DEFAULT_SETTINGS, ...(JSON.parse(stored) as object) });
  }

  saveSettings(settings: Settings): void {
    this.statements.set.run('register', JSON.stringify(settings));
  }

  lastUser(): string | null {
    const stored = this.statements.get.get('last-user');
    return stored ? (JSON.parse(stored) as string) : null;
  }

  saveLastUser(name: string): void {
    this.statements.set.run('last-user', JSON.stringify(name));
  }
}
