import type { UseFormRegisterReturn } from 'react-hook-form';
import { FieldGroup } from './FieldGroup';

/** Radio buttons or checkboxes bound to a form, in one fieldset, all drawn the same way (controls.css). */
export function ChoiceField(props: {
  id: string;
  legend: string;
  help?: string | undefined;
  error?: string | undefined;
  type: 'radio' | 'checkbox';
  options: readonly { value: string; label: string }[];
  registration: UseFormRegisterReturn;
  columns?: boolean;
}) {
  return (
    <FieldGroup id={props.id} legend={props.legend} help={props.help} error={props.error} className="choice-group">
      <div className={props.columns ? 'choices choices-columns' : 'choices'}>
        {props.options.map((option) => (
          <label key={option.value} className="choice">
            <input type={props.type} value={option.value} {...props.registration} /> {option.label}
          </label>
        ))}
      </div>
    </FieldGroup>
  );
}

export function optionsFrom<T extends string>(labels: Record<T, string>): { value: T; label: string }[] {
  return (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value] }));
}
