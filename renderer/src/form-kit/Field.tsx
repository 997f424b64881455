import type { ReactNode } from 'react';
import type { ControlProps, FieldNoteTexts } from './field-ids';
import { controlProps, fieldNoteIds } from './field-ids';
import { FieldNotes } from './FieldNotes';

export interface FieldProps extends FieldNoteTexts {
  id: string;
  label: ReactNode;
  /** Announces the error as it appears (see FieldNotes). */
  alert?: boolean;
  /** Marks the label "(optional)". */
  optional?: boolean;
  className?: string;
  /** Data attributes for the field's box, such as where a screen finds a field to focus on error. */
  data?: Record<`data-${string}`, string>;
  /** The control, given the id and aria attributes that tie it to the label, help and error. */
  children: (control: ControlProps) => ReactNode;
}

/** One labelled field: the label, its help, its "not known yet" note, its error, then the control. */
export function Field(props: FieldProps) {
  const { describedBy } = fieldNoteIds(props.id, props);
  return (
    <div className={['form-field', props.error ? 'form-field-invalid' : '', props.className ?? ''].filter(Boolean).join(' ')} {...props.data}>
      <label htmlFor={props.id}>
        {props.label}
        {props.optional ? <span className="optional"> (optional)</span> : null}
      </label>
      <FieldNotes id={props.id} help={props.help} howToChoose={props.howToChoose} notKnown={props.notKnown} error={props.error} alert={props.alert} />
      {props.children(controlProps(props.id, describedBy, Boolean(props.error)))}
    </div>
  );
}
