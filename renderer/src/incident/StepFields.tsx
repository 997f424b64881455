import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import type { RecordFormFieldName } from '../../../shared/incident';
import {
  BREACH_TYPE_LABELS,
  CAUSE_LABELS,
  CYBER_IMPACT_LABELS,
  CYBER_LABELS,
  DATA_CATEGORY_LABELS,
  FIELD_LABELS,
  ICO_SPOKEN_LABELS,
  PEOPLE_CATEGORY_LABELS,
  RECOVERY_TIME_LABELS,
  STAFF_TRAINED_LABELS,
  STATUS_LABELS,
  TRAINING_LABELS,
} from '../../../shared/labels';
import { toUkDateAndTime } from '../../../shared/uk-time';
import { Choice, ChoiceField, DateTimeField, Field, FieldGroup, optionsFrom } from '../form-kit';
import { FIELD_HELP } from './field-help';
import { errorAt } from '../form-kit/form-errors';
import type { IncidentFormValues } from './incident-form-values';
import { displayZone } from '../display-zone';

const LONG_TEXT: readonly RecordFormFieldName[] = [
  'whatHappened',
  'howDiscovered',
  'awarenessNote',
  'causeDetail',
  'organisationsInvolved',
  'likelyConsequences',
  'containment',
  'lessonsLearned',
  'preventionSteps',
  'measuresBeforehand',
];

/** The inputs for one field of the record, chosen by the field's kind. */
export function StepField({ name }: { name: RecordFormFieldName }) {
  const { register, formState } = useFormContext<IncidentFormValues>();
  const errors = formState.errors;
  // The ICO asks these only of cyber incidents, and who at the ICO only if someone was spoken to.
  // useWatch, not watch: watch() in render re-renders the whole form on every keystroke in any field.
  const cyber = useWatch<IncidentFormValues, 'cyberIncident'>({ name: 'cyberIncident' }) === 'yes';
  const spokenToIco = useWatch<IncidentFormValues, 'icoStaffSpokenTo'>({ name: 'icoStaffSpokenTo' }) === 'yes';
  const label = FIELD_LABELS[name];
  const help = FIELD_HELP[name];
  switch (name) {
    case 'cause':
      return <ChoiceField id={name} legend={label} help={help} error={errorAt(errors, name)} type="radio" options={optionsFrom(CAUSE_LABELS)} registration={register(name)} />;
    case 'status':
      return <ChoiceField id={name} legend={label} error={errorAt(errors, name)} type="radio" options={optionsFrom(STATUS_LABELS)} registration={register(name)} />;
    case 'cyberIncident':
      return <ChoiceField id={name} legend="Was it a cyber incident?" help={help} error={errorAt(errors, name)} type="radio" options={optionsFrom(CYBER_LABELS)} registration={register(name)} />;
    case 'breachTypes':
      return <ChoiceField id={name} legend={label} help={help} error={errorAt(errors, name)} type="checkbox" options={optionsFrom(BREACH_TYPE_LABELS)} registration={register(name)} />;
    case 'dataCategories':
      return <ChoiceField id={name} legend={label} help={help} error={errorAt(errors, name)} type="checkbox" columns options={optionsFrom(DATA_CATEGORY_LABELS)} registration={register(name)} />;
    case 'peopleCategories':
      return <ChoiceField id={name} legend={label} help={help} error={errorAt(errors, name)} type="checkbox" columns options={optionsFrom(PEOPLE_CATEGORY_LABELS)} registration={register(name)} />;
    case 'staffRecentlyTrained':
      return <ChoiceField id={name} legend={label} help={help} error={errorAt(errors, name)} type="radio" options={optionsFrom(TRAINING_LABELS)} registration={register(name)} />;
    case 'involvedStaffTrained':
      return <ChoiceField id={name} legend={label} help={help} error={errorAt(errors, name)} type="radio" options={optionsFrom(STAFF_TRAINED_LABELS)} registration={register(name)} />;
    case 'icoStaffSpokenTo':
      return <ChoiceField id={name} legend={label} help={help} error={errorAt(errors, name)} type="radio" options={optionsFrom(ICO_SPOKEN_LABELS)} registration={register(name)} />;
    case 'icoStaffSpokenToDetail':
      return spokenToIco ? (
        <Field id={name} label={label} help={help} error={errorAt(errors, name)}>
          {(control) => <input type="text" autoComplete="off" {...control} {...register(name)} />}
        </Field>
      ) : null;
    case 'cyberImpact':
      return cyber ? (
        <ChoiceField id={name} legend={`Cyber incident: ${label.toLowerCase()}`} help={help} error={errorAt(errors, name)} type="radio" options={optionsFrom(CYBER_IMPACT_LABELS)} registration={register(name)} />
      ) : null;
    case 'cyberRecoveryTime':
      return cyber ? (
        <ChoiceField id={name} legend={`Cyber incident: ${label.toLowerCase()}`} help={help} error={errorAt(errors, name)} type="radio" options={optionsFrom(RECOVERY_TIME_LABELS)} registration={register(name)} />
      ) : null;
    case 'discoveredAt':
      return <MomentField name={name} prefix="discovered" />;
    case 'awareAt':
      return <MomentField name={name} prefix="aware" />;
    case 'occurred':
      return <OccurrenceField />;
    case 'peopleCount':
    case 'recordsCount':
      return <CountField name={name} />;
    case 'actions':
      return <ActionsField />;
    default: {
      const multiline = LONG_TEXT.includes(name);
      return (
        <Field id={name} label={label} help={help} error={errorAt(errors, name)} optional={name !== 'title'}>
          {(control) => (multiline ? <textarea rows={5} {...control} {...register(name)} /> : <input type="text" autoComplete="off" {...control} {...register(name)} />)}
        </Field>
      );
    }
  }
}

/** Said under "When the organisation became aware" while it is blank: leaving it blank is not neutral. */
export const AWARENESS_NOT_KNOWN =
  'Not recorded yet, so the 72-hour clock has not started. Enter it as soon as you are reasonably sure personal data was affected: the deadline counts from that moment, not from when you type it.';

/** When it was discovered, or when the organisation became aware (the clock's start). */
function MomentField({ name, prefix }: { name: 'discoveredAt' | 'awareAt'; prefix: 'discovered' | 'aware' }) {
  const { register, setValue, formState } = useFormContext<IncidentFormValues>();
  const errors = formState.errors;
  const [date, time] = useWatch<IncidentFormValues, [`${typeof prefix}Date`, `${typeof prefix}Time`]>({ name: [`${prefix}Date`, `${prefix}Time`] });
  const blank = !date.trim() && !time.trim();
  const startsTheClock = name === 'awareAt';
  return (
    <DateTimeField
      id={prefix}
      legend={FIELD_LABELS[name]}
      help={FIELD_HELP[name] ?? ''}
      {...(startsTheClock ? {} : { optional: true })}
      notKnown={startsTheClock && blank ? AWARENESS_NOT_KNOWN : undefined}
      error={errorAt(errors, `${prefix}Date`)}
      date={register(`${prefix}Date`)}
      time={register(`${prefix}Time`)}
      onUseNow={() => {
        const now = toUkDateAndTime(new Date(), displayZone());
        setValue(`${prefix}Date`, now.date, { shouldDirty: true });
        setValue(`${prefix}Time`, now.time, { shouldDirty: true });
      }}
    />
  );
}

function OccurrenceField() {
  const { register, formState } = useFormContext<IncidentFormValues>();
  const kind = useWatch<IncidentFormValues, 'occurredKind'>({ name: 'occurredKind' });
  return (
    <div className="compound-field">
      <ChoiceField
        id="occurredKind"
        legend={FIELD_LABELS.occurred}
        help={FIELD_HELP.occurred}
        type="radio"
        options={[
          { value: 'not_known', label: 'Not known yet', notKnown: true },
          { value: 'at', label: 'At a known time' },
          { value: 'between', label: 'Some time in a period' },
        ]}
        registration={register('occurredKind')}
      />
      {kind !== 'not_known' ? (
        <DateTimeField
          id="occurred"
          legend={kind === 'between' ? 'Start of the period' : 'When it happened'}
          help="Day/month/year and 24-hour time."
          error={errorAt(formState.errors, 'occurredDate')}
          date={register('occurredDate')}
          time={register('occurredTime')}
        />
      ) : null}
      {kind === 'between' ? (
        <DateTimeField
          id="occurredTo"
          legend="End of the period"
          help="Day/month/year and 24-hour time."
          error={errorAt(formState.errors, 'occurredToDate')}
          date={register('occurredToDate')}
          time={register('occurredToTime')}
        />
      ) : null}
    </div>
  );
}

function CountField({ name }: { name: 'peopleCount' | 'recordsCount' }) {
  const { register, formState } = useFormContext<IncidentFormValues>();
  const kind = useWatch<IncidentFormValues, `${typeof name}.kind`>({ name: `${name}.kind` });
  const noun = name === 'peopleCount' ? 'people' : 'records';
  return (
    <div className="compound-field">
      <ChoiceField
        id={`${name}-kind`}
        legend={FIELD_LABELS[name]}
        help={FIELD_HELP[name]}
        type="radio"
        options={[
          { value: 'not_known', label: 'Not known yet', notKnown: true },
          { value: 'exact', label: 'About this many' },
          { value: 'range', label: 'Somewhere between two numbers' },
        ]}
        registration={register(`${name}.kind`)}
      />
      {kind === 'exact' ? (
        <Field id={`${name}-value`} label={`Number of ${noun}`} error={errorAt(formState.errors, `${name}.value`)}>
          {(control) => <input inputMode="numeric" className="input-number" {...control} {...register(`${name}.value`)} />}
        </Field>
      ) : null}
      {kind === 'range' ? (
        <div className="date-time-inputs">
          <Field id={`${name}-min`} label={`At least (${noun})`} error={errorAt(formState.errors, `${name}.min`)}>
            {(control) => <input inputMode="numeric" className="input-number" {...control} {...register(`${name}.min`)} />}
          </Field>
          <Field id={`${name}-max`} label={`At most (${noun})`}>
            {(control) => <input inputMode="numeric" className="input-number" {...control} {...register(`${name}.max`)} />}
          </Field>
        </div>
      ) : null}
    </div>
  );
}

function ActionsField() {
  const { register, control, formState } = useFormContext<IncidentFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'actions' });
  return (
    <FieldGroup id="actions" legend={FIELD_LABELS.actions} help={FIELD_HELP.actions} error={errorAt(formState.errors, 'actions')} className="actions-field">
      {fields.map((field, index) => (
        <fieldset key={field.id} className="action-item">
          <legend>Action {index + 1}</legend>
          <Field id={`action-${index}-description`} label="What needs doing" error={errorAt(formState.errors, `actions.${index}.description`)}>
            {(control) => <input {...control} {...register(`actions.${index}.description`)} />}
          </Field>
          <div className="date-time-inputs">
            <Field id={`action-${index}-owner`} label="Who" optional>
              {(control) => <input {...control} {...register(`actions.${index}.owner`)} />}
            </Field>
            <Field id={`action-${index}-due`} label="Due by (dd/mm/yyyy)" optional error={errorAt(formState.errors, `actions.${index}.dueDate`)}>
              {(control) => <input className="input-date" {...control} {...register(`actions.${index}.dueDate`)} />}
            </Field>
            <Choice id={`action-${index}-done`} type="checkbox" label="Done" input={register(`actions.${index}.done`)} />
            <button type="button" className="button" onClick={() => remove(index)}>
              Remove action {index + 1}
            </button>
          </div>
        </fieldset>
      ))}
      <button type="button" className="button" onClick={() => append({ description: '', owner: '', dueDate: '', done: false })}>
        Add an action
      </button>
    </FieldGroup>
  );
}
