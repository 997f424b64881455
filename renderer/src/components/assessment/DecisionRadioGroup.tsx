import { FieldGroup } from '../../form-kit';
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
  return (
    <FieldGroup id={props.name} legend={props.legend} error={props.error} className="assess-radio-group" data={{ 'data-decision-field': props.name }}>
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
    </FieldGroup>
  );
}
