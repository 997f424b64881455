import type { UseFormRegisterReturn } from 'react-hook-form';
import { FieldNotes, fieldNoteIds } from './FieldNotes';

/** Radio buttons or checkboxes in a fieldset, with help and an error read out with the legend. */
export function ChoiceGroup(props: {
  id: string;
  legend: string;
  help?: string | undefined;
  error?: string | undefined;
  type: 'radio' | 'checkbox';
  options: readonly { value: string; label: string }[];
  registration: UseFormRegisterReturn;
  columns?: boolean;
}) {
  const { describedBy } = fieldNoteIds(props.id, props.help, props.error);
  return (
    <fieldset className={`form-field choice-group${props.error ? ' form-field-invalid' : ''}`} aria-describedby={describedBy}>
      <legend>{props.legend}</legend>
      <FieldNotes id={props.id} help={props.help} error={props.error} />
      <div className={props.columns ? 'choices choices-columns' : 'choices'}>
        {props.options.map((option) => (
          <label key={option.value} className="choice">
            <input type={props.type} value={option.value} {...props.registration} /> {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function optionsFrom<T extends string>(labels: Record<T, string>): { value: T; label: string }[] {
  return (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value] }));
}
