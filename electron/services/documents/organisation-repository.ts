import type { OrganisationSettings } from '../../../shared/organisation';
import { DEFAULT_ORGANISATION_SETTINGS, organisationSettingsSchema } from '../../../shared/organisation';
import type { Db } from '../database/open-database';
import { SettingTable } from '../register/setting-table';

const KEY = 'organisation';

/** The organisation's details, kept under their own key in the register's settings table. */
export class OrganisationRepository {
  private readonly table;

  constructor(db: Db) {
    this.table = new SettingTable(db);
  }

  read(): OrganisationSettings {
    const stored = this.table.get(KEY);
    if (!stored) return DEFAULT_ORGANISATION_SETTINGS;
    const value = JSON.parse(stored) as Partial<OrganisationSettings>;
    // Read back through the schema; fields added in later versions start from their defaults.
    return organisationSettingsSchema.parse({
      ...DEFAULT_ORGANISATION_SETTINGS,
      ...value,
      organisation: { ...DEFAULT_ORGANISATION_SETTINGS.organisation, ...value.organisation },
    });
  }

  save(settings: OrganisationSettings): void {
    this.table.set(KEY, JSON.stringify(settings));
  }
}
