import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { AppErrorShape } from '../../../shared/result';
import { useApi } from '../api/api-context';
import { ErrorMessage } from '../components/ErrorMessage';
import { DateTimeFields } from '../components/DateTimeFields';
import { FormField } from '../components/FormField';
import { toUkDateAndTime } from '../../../shared/uk-time';
import type { NewIncidentFormValues } from '../forms/new-incident-form';
import {
  DRAFT_FIELD_TO_FORM_FIELD,
  EMPTY_NEW_INCIDENT,
  FORM_FIELD_ORDER,
  newIncidentFormSchema,
  toIncidentDraft,
} from '../forms/new-incident-form';
import { navigate, routeHref } from '../hooks/use-route';

export function NewIncidentScreen() {
  const api = useApi();
  const [serverError, setServerError] = useState<AppErrorShape | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    setFocus,
    formState: { errors, isSubmitting },
  } = useForm<NewIncidentFormValues>({
    resolver: zodResolver(newIncidentFormSchema),
    defaultValues: EMPTY_NEW_INCIDENT,
    // Focus goes to the first problem in reading order (below), not in validation order.
    shouldFocusError: false,
  });

  const focusFirstProblem = (problems: Partial<Record<keyof NewIncidentFormValues, unknown>>) => {
    const first = FORM_FIELD_ORDER.find((field) => problems[field]);
    if (first) setFocus(first);
  };

  const onSubmit = handleSubmit(async (values) => {
    setServerError(null);
    const result = await api.call('incident:create', toIncidentDraft(values));
    if (result.ok) {
      navigate({ screen: 'incident', id: result.value.id });
      return;
    }
    const problems: Partial<Record<keyof NewIncidentFormValues, true>> = {};
    for (const issue of result.error.issues ?? []) {
      const field = DRAFT_FIELD_TO_FORM_FIELD[issue.path];
      if (field) {
        setError(field, { message: issue.message });
        problems[field] = true;
      }
    }
    setServerError(result.error);
    focusFirstProblem(problems);
  }, focusFirstProblem);

  return (
    <section aria-labelledby="new-incident-heading">
      <h1 id="new-incident-heading">Record a breach</h1>
      <p className="lead">
        Write down what you know now; you can add more later. Times are UK time. Do not type the names of the people
        affected — describe them instead (for example “12 customers”).
      </p>
      <ErrorMessage error={serverError} />
      <form className="incident-form" onSubmit={onSubmit} noValidate>
        <FormField
          id="title"
          label="Short title"
          help="A few words to find it by, for example “Payroll spreadsheet emailed to the wrong person”."
          error={errors.title?.message}
        >
          {(describedBy, invalid) => (
            <input
              id="title"
              type="text"
              autoComplete="off"
              aria-describedby={describedBy}
              aria-invalid={invalid}
              {...register('title')}
            />
          )}
        </FormField>
        <DateTimeFields
          id="aware"
          legend="When your organisation became aware"
          help="When you were reasonably sure personal data had been affected. The 72-hour clock starts here."
          error={errors.awareDate?.message}
          date={register('awareDate')}
          time={register('awareTime')}
          onUseNow={() => {
            const now = toUkDateAndTime(new Date());
            setValue('awareDate', now.date);
            setValue('awareTime', now.time);
          }}
        />
        <DateTimeFields
          id="occurred"
          legend="When it happened"
          optional
          help="Leave both empty if you don’t know yet."
          error={errors.occurredDate?.message}
          date={register('occurredDate')}
          time={register('occurredTime')}
        />
        <FormField
          id="description"
          label="What happened"
          optional
          help="In plain words: what went wrong, what kind of information, and roughly how many people."
          error={errors.description?.message}
        >
          {(describedBy, invalid) => (
            <textarea id="description" rows={6} aria-describedby={describedBy} aria-invalid={invalid} {...register('description')} />
          )}
        </FormField>
        <div className="form-actions">
          <button className="button button-primary" type="submit" disabled={isSubmitting}>
            Save to the register
          </button>
          <a className="button" href={routeHref({ screen: 'register' })}>
            Cancel
          </a>
        </div>
      </form>
    </section>
  );
}
