import type { ReactNode } from 'react';
import { FieldNotes, fieldNoteIds } from './FieldNotes';

/** A labelled field with help text and its error beside it, wired for screen readers. */
export function FormField(props: {
  id: string;
  label: string;
  help?: string;
  error?: string | undefined;
  optional?: boolean;
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
}) {
  const { describedBy } = fieldNoteIds(props.id, props.help, props.error);
  return (
    <div className={`form-field${props.error ? ' form-field-invalid' : ''}`}>
      <label htmlFor={props.id}>
        {props.label}
        {props.optional ? <span className="optional"> (optional)</span> : null}
      </label>
      <FieldNotes id={props.id} help={props.help} error={props.error} />
      {props.children(describedBy, Boolean(props.error))}
    </div>
  );
}
