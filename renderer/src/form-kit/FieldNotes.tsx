import { fieldNoteIds } from './field-ids';

/**
 * A field's help, its "not known yet" note and its error, in that order, where screen readers
 * and eyes expect them. The note says what leaving the field empty means (the clock has not
 * started, the document will say "to follow"), so "optional" never has to explain it.
 */
export function FieldNotes(props: { id: string; help?: string | undefined; error?: string | undefined; notKnown?: string | undefined }) {
  const { helpId, notKnownId, errorId } = fieldNoteIds(props.id, props.help, props.error, props.notKnown);
  return (
    <>
      {props.help ? (
        <p className="help" id={helpId}>
          {props.help}
        </p>
      ) : null}
      {props.notKnown ? (
        <p className="not-known-note" id={notKnownId}>
          {props.notKnown}
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
