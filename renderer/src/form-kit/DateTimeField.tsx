import type { InputHTMLAttributes, Ref } from 'react';
import { fieldNoteIds } from './field-ids';
import { FieldGroup } from './FieldGroup';

type BoxProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & { ref?: Ref<HTMLInputElement> };

/**
 * A UK date and a time as two plain text boxes. Browsers' own date-time pickers follow the
 * computer's locale (often US order) and are awkward by keyboard; these read the same everywhere,
 * and take what people type: 23/11/2026 or 1/12/26 or 1 Dec 2026, 16:05 or 4pm (shared/uk-time.ts).
 */
export function DateTimeField(props: {
  id: string;
  legend: string;
  help: string;
  optional?: boolean;
  notKnown?: string | undefined;
  error?: string | undefined;
  /** Each box's own attributes: a form registration, or value and onChange (useUkDateTime). */
  date: BoxProps;
  time: BoxProps;
  onUseNow?: () => void;
}) {
  const { describedBy } = fieldNoteIds(props.id, props);
  const invalid = Boolean(props.error);
  return (
    <FieldGroup
      id={props.id}
      legend={props.legend}
      help={props.help}
      error={props.error}
      notKnown={props.notKnown}
      className="date-time"
      {...(props.optional ? { optional: true } : {})}
    >
      <div className="date-time-inputs">
        <div>
          <label htmlFor={`${props.id}Date`}>Date</label>
          <input
            id={`${props.id}Date`}
            className="input-date"
            inputMode="text"
            placeholder="dd/mm/yyyy"
            autoComplete="off"
            aria-invalid={invalid}
            aria-describedby={describedBy}
            {...props.date}
          />
        </div>
        <div>
          <label htmlFor={`${props.id}Time`}>Time (24-hour)</label>
          <input
            id={`${props.id}Time`}
            className="input-time"
            inputMode="text"
            placeholder="hh:mm"
            autoComplete="off"
            aria-invalid={invalid}
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
    </FieldGroup>
  );
}
