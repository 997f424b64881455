import type { ReactNode } from 'react';
import type { FieldNoteTexts } from './field-ids';
import { fieldNoteIds } from './field-ids';
import { FieldNotes } from './FieldNotes';

export interface FieldGroupProps extends FieldNoteTexts {
  id: string;
  legend: ReactNode;
  optional?: boolean;
  className?: string;
  /** Data attributes for the field's box, such as where a screen finds a field to focus on error. */
  data?: Record<`data-${string}`, string>;
  children: ReactNode;
}

/** A field made of several controls (radios, a date and a time) in a fieldset, its help and error read with the legend. */
export function FieldGroup(props: FieldGroupProps) {
  const { describedBy } = fieldNoteIds(props.id, props);
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
      <FieldNotes id={props.id} help={props.help} howToChoose={props.howToChoose} notKnown={props.notKnown} error={props.error} />
      {props.children}
    </fieldset>
  );
}
