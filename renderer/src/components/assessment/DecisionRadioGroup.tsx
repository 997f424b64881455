import { AssessmentChoice as Choice } from './AssessmentChoice';

/** One part of a decision as a radio group, with its error read out with the legend. */
export function DecisionRadioGroup<V extends string>(props: {
  name: string;
  legend: string;
  options: readonly { value: V; label: string }[];
  value: V | null;
  error: string | undefined;
  onChange: (value: V) => void;
}) {
  const errorId = `${props.name}-error`;
  return (
    <fieldset
      className={`form-field assess-radio-group${props.error ? ' form-field-invalid' : ''}`}
      data-decision-field={props.name}
      aria-describedby={props.error ? errorId : undefined}
    >
      <legend>{props.legend}</legend>
      {props.error ? (
        <p className="field-error" id={errorId}>
          {props.error}
        </p>
      ) : null}
      {props.options.map((option) => (
        <Choice
          key={option.value}
          type="radio"
          name={props.name}
          value={option.value}
          label={option.label}
          checked={props.value === option.value}
          onChange={() => props.onChange(option.value)}
        />
      ))}
    </fieldset>
  );
}
