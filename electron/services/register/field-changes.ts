import type { IncidentFieldName, IncidentFields } from '../../../shared/incident';
import { INCIDENT_FIELD_NAMES } from '../../../shared/incident';

export interface FieldChange {
  field: IncidentFieldName;
  oldValue: unknown;
  newValue: unknown;
}

/** The fields whose values differ, compared by their JSON form (lists and objects included). */
export function fieldChanges(before: IncidentFields, after: IncidentFields): FieldChange[] {
  return INCIDENT_FIELD_NAMES.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field])).map(
    (field) => ({ field, oldValue: before[field], newValue: after[field] }),
  );
}
