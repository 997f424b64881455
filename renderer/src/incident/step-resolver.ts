import type { Resolver } from 'react-hook-form';
import type { RecordFormFieldName, IncidentFields } from '../../../shared/incident';
import { futureTimeIssues, incidentFieldsSchema } from '../../../shared/incident';
import { toFieldIssues } from '../../../shared/parse';
import { nestErrors } from '../form-kit/form-errors';
import type { FormProblem, IncidentFormValues } from './incident-form-values';
import { formFieldForPath, formValuesToChanges } from './incident-form-values';

/**
 * Validates one step as the main process will: reads the typed values, merges them into the
 * current record and applies the shared record schema and the time checks.
 */
export function stepResolver(
  fieldNames: readonly RecordFormFieldName[],
  current: IncidentFields,
  now: () => Date,
): Resolver<IncidentFormValues> {
  return async (values) => {
    const { changes, problems } = formValuesToChanges(values, fieldNames);
    const all: FormProblem[] = [...problems];
    // Fields that could not be read keep their current value here, so the rest is still checked.
    const merged = incidentFieldsSchema.safeParse({ ...current, ...changes });
    const issues = merged.success ? futureTimeIssues(merged.data, now()) : toFieldIssues(merged.error);
    for (const issue of issues) {
      const field = formFieldForPath(issue.path);
      if (!all.some((problem) => problem.field === field)) all.push({ field, message: issue.message });
    }
    if (all.length === 0) return { values, errors: {} };
    return { values: {}, errors: nestErrors(all) as never };
  };
}
