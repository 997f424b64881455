import { RadioField } from '../form-kit';

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
    <RadioField
      id={props.name}
      legend={props.legend}
      options={props.options}
      value={props.value}
      error={props.error}
      className="assess-radio-group"
      data={{ 'data-decision-field': props.name }}
      onChange={props.onChange}
    />
  );
}
