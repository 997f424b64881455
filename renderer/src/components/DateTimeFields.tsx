import type { UseFormRegisterReturn } from 'react-hook-form';

/**
 * A UK date and a 24-hour time as two plain text boxes. Browsers' own date-time pickers follow
 * the computer's locale (often US order) and are awkward by keyboard; these read the same everywhere.
 */
export function DateTimeFields(props: {
  id: string;
  legend: string;
  help: string;
  optional?: boolean;
  error?: string | undefined;
  date: UseFormRegisterReturn;
  time: UseFormRegisterReturn;
  onUseNow?: () => void;
}) {
  const helpId = `${props.id}-help`;
  const errorId = `${props.id}-error`;
  const describedBy = props.error ? `${helpId} ${errorId}` : helpId;
  return (
    <fieldset className={`form-field date-time${props.error ? ' form-field-invalid' : ''}`} aria-describedby={describedBy}>
      <legend>
        {props.legend}
        {props.optional ? <span className="optional"> (optional)</span> : null}
      </legend>
      <p className="help" id={helpId}>
        {props.help}
      </p>
      {props.error ? (
        <p className="field-error" id={errorId}>
          {props.error}
        </p>
      ) : null}
      <div className="date-time-inputs">
        <div>
          <label htmlFor={`${props.id}Date`}>Date</label>
          <input
            id={`${props.id}Date`}
            className="input-date"
            inputMode="numeric"
            placeholder="dd/mm/yyyy"
            autoComplete="off"
            aria-invalid={Boolean(props.error)}
            aria-describedby={describedBy}
            {...props.date}
          />
        </div>
        <div>
          <label htmlFor={`${props.id}Time`}>Time (24-hour)</label>
          <input
            id={`${props.id}Time`}
            className="input-time"
            inputMode="numeric"
            placeholder="hh:mm"
            autoComplete="off"
            aria-invalid={Boolean(props.error)}
            aria-describedby={describedBy}
            {...props.time}
          />
        </div>
        {props.onUseNow ? (
          <button type="button" className="button" onClick={props.onUseNow}>
            Use the time now
          </button>
        ) : null}
      </div>
    </fieldset>
  );
}
