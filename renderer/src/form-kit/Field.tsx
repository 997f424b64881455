import type { ReactNode } from 'react';
import type { ControlProps } from './field-ids';
import { controlProps, fieldNoteIds } from './field-ids';
import { FieldNotes } from './FieldNotes';

export interface FieldProps {
  id: string;
  label: ReactNode;
  help?: string | undefined;
  error?: string | undefined;
  /** Marks the label "(optional)". */
  optional?: boolean;
  /** What it means that nothing is filled in yet, said under the help (see FieldNotes). */
  notKnown?: string | undefined;
  className?: string;
  /** Data attributes for the field's box, such as where a screen finds a field to focus on error. */
  data?: Record<`data-${string}`, string>;
  /** The control, given the id and aria attributes that tie it to the label, help and error. */
  children: (control: ControlProps) => ReactNode;
}

/** One labelled field: the label, its help, its "not known yet" note, its error, then the control. */
export function Field(props: FieldProps) {
  const { describedBy } = fieldNoteIds(props.id, props.help, props.error, props.notKnown);
  return (
    <div className={['form-field', props.error ? 'form-field-invalid' : '', props.className ?? ''].filter(Boolean).join(' ')} {...props.data}>
      <label htmlFor={props.id}>
        {props.label}
        {props.optional ? <span className="optional"> (optional)</span> : null}
      </label>
      <FieldNotes id={props.id} help={props.help} error={props.error} notKnown={props.notKnown} />
      {props.children(controlProps(props.id, describedBy, Boolean(props.error)))}
    </div>
  );
}
