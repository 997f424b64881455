import type { z } from 'zod';
import { incidentFieldsObject } from '../incident';
import type { IncidentFields } from '../incident';

/**
 * The facts in the incident record that answer assessment questions. Each assessment
 * version keeps a copy, so a later change to the record can be spotted and explained.
 */
export const recordBasisSchema = incidentFieldsObject.pick({
  breachTypes: true,
  cause: true,
  dataCategories: true,
  peopleCategories: true,
  peopleCount: true,
});

export type RecordBasis = z.infer<typeof recordBasisSchema>;

export function recordBasisOf(record: Pick<IncidentFields, keyof RecordBasis>): RecordBasis {
  return {
    breachTypes: [...record.breachTypes],
    cause: record.cause,
    dataCategories: [...record.dataCategories],
    peopleCategories: [...record.peopleCategories],
    peopleCount: record.peopleCount,
  };
}
