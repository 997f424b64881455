import { UNKNOWN } from '../../../../shared/assessment';

/** One radio button or tick box with its label, an optional hint, and a "from the record" mark. */
export function AssessmentChoice(props: {
  type: 'radio' | 'checkbox';
  name: string;
  value: string;
  label: string;
  hint?: string | undefined;
  checked: boolean;
  fromRecord?: boolean;
  onChange: (checked: boolean) => void;
}) {
  const id = `${props.name}-${props.value}`;
  const hintId = props.hint ? `${id}-hint` : undefined;
  return (
    <div className={`assess-choice${props.value === UNKNOWN ? ' assess-choice-unknown' : ''}`}>
      <input
        id={id}
        type={props.type}
        name={props.name}
        value={props.value}
        checked={props.checked}
        aria-describedby={hintId}
        onChange={(event) => props.onChange(event.target.checked)}
      />
      <label htmlFor={id}>
        {props.label}
        {props.fromRecord ? <span className="assess-record-tag"> (from the record)</span> : null}
      </label>
      {props.hint ? (
        <p className="help assess-hint" id={hintId}>
          {props.hint}
        </p>
      ) : null}
    </div>
  );
}
