import { useMemo, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import type { RecordFormFieldName, IncidentFields } from '../../../shared/incident';
import type { AppErrorShape, Result } from '../../../shared/result';
import { useApi } from '../api/api-context';
import { ErrorMessage } from '../common/ErrorMessage';
import type { IncidentFormValues } from './incident-form-values';
import { fieldsToFormValues, formFieldForPath, formValuesToChanges } from './incident-form-values';
import { StepField } from './StepFields';
import { stepResolver } from './step-resolver';
import { useDraftAutosave } from './use-draft-autosave';

/**
 * One step of the record as a form: validated with the shared schema as the person submits,
 * kept as a draft while they type, and saved through the contract.
 */
export function IncidentStepForm<T>(props: {
  fieldNames: readonly RecordFormFieldName[];
  current: IncidentFields;
  draftKey: string;
  restoredDraft: Partial<IncidentFormValues> | null;
  submitLabel: string;
  save: (changes: Partial<IncidentFields>) => Promise<Result<T>>;
  onSaved: (value: T) => void;
  children?: React.ReactNode;
}) {
  const api = useApi();
  const [serverError, setServerError] = useState<AppErrorShape | null>(null);
  const { current, restoredDraft } = props;
  const defaultValues = useMemo(() => ({ ...fieldsToFormValues(current), ...(restoredDraft ?? {}) }), [current, restoredDraft]);
  const form = useForm<IncidentFormValues>({
    defaultValues,
    resolver: stepResolver(props.fieldNames, props.current, () => new Date()),
    shouldFocusError: false,
  });
  const draftStatus = useDraftAutosave(props.draftKey, form.watch);

  const focusFirst = () => {
    // Focus the first field marked invalid, in reading order.
    window.setTimeout(() => {
      const first = document.querySelector<HTMLElement>('form [aria-invalid="true"]');
      first?.focus();
    }, 0);
  };

  const onSubmit = form.handleSubmit(async (values) => {
    setServerError(null);
    const { changes } = formValuesToChanges(values, props.fieldNames);
    const result = await props.save(changes);
    if (result.ok) {
      await api.call('draft:clear', { key: props.draftKey });
      props.onSaved(result.value);
      return;
    }
    for (const issue of result.error.issues ?? []) {
      form.setError(formFieldForPath(issue.path) as never, { message: issue.message });
    }
    setServerError(result.error);
    focusFirst();
  }, focusFirst);

  return (
    <FormProvider {...form}>
      {props.restoredDraft ? (
        <p className="notice" role="status">
          What you typed earlier has been restored. It is not saved to the record until you press “{props.submitLabel}”.
        </p>
      ) : null}
      <ErrorMessage error={serverError} />
      <form className="incident-form" onSubmit={(event) => void onSubmit(event)} noValidate>
        {props.fieldNames.map((name) => (
          <StepField key={name} name={name} />
        ))}
        <div className="form-actions">
          <button className="button button-primary" type="submit" disabled={form.formState.isSubmitting}>
            {props.submitLabel}
          </button>
          {props.children}
        </div>
        <p className="draft-status" aria-live="polite">
          {draftStatus}
        </p>
      </form>
    </FormProvider>
  );
}
