import type { UseFormRegisterReturn } from 'react-hook-form';

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
  const helpId = props.help ? `${props.id}-help` : undefined;
  const errorId = props.error ? `${props.id}-error` : undefined;
  const describedBy = [helpId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className={`form-field choice-group${props.error ? ' form-field-invalid' : ''}`} aria-describedby={describedBy}>
      <legend>{props.legend}</legend>
      {props.help ? (
        <p className="help" id={helpId}>
          {props.help}
        </p>
      ) : null}
      {props.error ? (
        <p className="field-error" id={errorId}>
          {props.error}
        </p>
      ) : null}
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
