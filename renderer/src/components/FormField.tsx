import type { ReactNode } from 'react';

/** A labelled field with help text and its error beside it, wired for screen readers. */
export function FormField(props: {
  id: string;
  label: string;
  help?: string;
  error?: string | undefined;
  optional?: boolean;
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
}) {
  const helpId = props.help ? `${props.id}-help` : undefined;
  const errorId = props.error ? `${props.id}-error` : undefined;
  const describedBy = [helpId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`form-field${props.error ? ' form-field-invalid' : ''}`}>
      <label htmlFor={props.id}>
        {props.label}
        {props.optional ? <span className="optional"> (optional)</span> : null}
      </label>
      {props.help ? (
        <p className="help" id={helpId}>
          {props.help}
        </p>
      ) : null}
      {props.error ? (
        <p className="field-error" id={errorId}>
          {props.error}
        </p>
      ) : null}
      {props.children(describedBy, Boolean(props.error))}
    </div>
  );
}
