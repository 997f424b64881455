/** The ids a field's help and error text get, and the aria-describedby that points at them. */
export function fieldNoteIds(id: string, help: string | undefined, error: string | undefined) {
  const helpId = help ? `${id}-help` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return { helpId, errorId, describedBy: [helpId, errorId].filter(Boolean).join(' ') || undefined };
}

/** A field's help text and its error, placed where screen readers and eyes expect them. */
export function FieldNotes(props: { id: string; help?: string | undefined; error?: string | undefined }) {
  const { helpId, errorId } = fieldNoteIds(props.id, props.help, props.error);
  return (
    <>
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
    </>
  );
}
