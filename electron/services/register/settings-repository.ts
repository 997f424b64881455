import type { Settings } from '../../../shared/settings';
import { DEFAULT_SETTINGS, settingsSchema } from '../../../shared/settings';
import type { Db } from '../database/open-database';
import { SettingTable } from './setting-table';

/** Key-value settings in the encrypted register; each value read back through its schema. */
export class SettingsRepository {
  private readonly table;

  constructor(db: Db) {
    this.table = new SettingTable(db);
  }

  settings(): Settings {
    const stored = this.table.get('register');
    if (!stored) return DEFAULT_SETTINGS;
    return settingsSchema.parse({ ...DEFAULT_SETTINGS, ...(JSON.parse(stored) as object) });
  }

  saveSettings(settings: Settings): void {
    this.table.set('register', JSON.stringify(settings));
  }

  lastUser(): string | null {
    const stored = this.table.get('last-user');
    return stored ? (JSON.parse(stored) as string) : null;
  }

  saveLastUser(name: string): void {
    this.table.set('last-user', JSON.stringify(name));
  }
}
