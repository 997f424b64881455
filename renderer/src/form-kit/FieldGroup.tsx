import type { ReactNode } from 'react';
import { fieldNoteIds } from './field-ids';
import { FieldNotes } from './FieldNotes';

/** A field made of several controls (radios, a date and a time) in a fieldset, its help and error read with the legend. */
export function FieldGroup(props: {
  id: string;
  legend: ReactNode;
  help?: string | undefined;
  error?: string | undefined;
  optional?: boolean;
  notKnown?: string | undefined;
  className?: string;
  /** Data attributes for the field's box, such as where a screen finds a field to focus on error. */
  data?: Record<`data-${string}`, string>;
  children: ReactNode;
}) {
  const { describedBy } = fieldNoteIds(props.id, props.help, props.error, props.notKnown);
  return (
    <fieldset
      className={['form-field', props.className ?? '', props.error ? 'form-field-invalid' : ''].filter(Boolean).join(' ')}
      aria-describedby={describedBy}
      {...props.data}
    >
      <legend>
        {props.legend}
        {props.optional ? <span className="optional"> (optional)</span> : null}
      </legend>
      <FieldNotes id={props.id} help={props.help} error={props.error} notKnown={props.notKnown} />
      {props.children}
    </fieldset>
  );
}
