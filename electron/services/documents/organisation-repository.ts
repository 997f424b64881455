import type { OrganisationSettings } from '../../../shared/organisation';
import { DEFAULT_ORGANISATION_SETTINGS, organisationSettingsSchema } from '../../../shared/organisation';
import type { Db } from '../database/open-database';

const KEY = 'organisation';

/** The organisation's details, kept under their own key in the register's settings table. */
export class OrganisationRepository {
  private readonly statements;

  constructor(db: Db) {
    this.statements = {
      get: db.prepare<[string], string>('SELECT value_json FROM setting WHERE key = ?').pluck(),
      set: db.prepare<[string, string]>(
        'INSERT INTO setting (key, value_json) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json',
      ),
    };
  }

  read(): OrganisationSettings {
    const stored = this.statements.get.get(KEY);
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
    this.statements.set.run(KEY, JSON.stringify(settings));
  }
}
