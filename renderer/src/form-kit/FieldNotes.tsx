import type { FieldNoteTexts } from './field-ids';
import { fieldNoteIds } from './field-ids';

/**
 * A field's help, its "how to choose", its "not known yet" note and its error, in that order,
 * where screen readers and eyes expect them. The note says what leaving the field empty means
 * (the clock has not started, the document will say "to follow"), so "optional" never has to
 * explain it. `alert` announces an error that appears after an action rather than as the
 * person types (a removal refused by the main process).
 */
export function FieldNotes(props: { id: string; alert?: boolean | undefined } & FieldNoteTexts) {
  const { helpId, howToChooseId, notKnownId, errorId } = fieldNoteIds(props.id, props);
  return (
    <>
      {props.help ? (
        <p className="help" id={helpId}>
          {props.help}
        </p>
      ) : null}
      {props.howToChoose ? (
        <p className="help how-to-choose" id={howToChooseId}>
          <strong>How to choose: </strong>
          {props.howToChoose}
        </p>
      ) : null}
      {props.notKnown ? (
        <p className="not-known-note" id={notKnownId}>
          {props.notKnown}
        </p>
      ) : null}
      {props.error ? (
        <p className="field-error" id={errorId} {...(props.alert ? { role: 'alert' } : {})}>
          {props.error}
        </p>
      ) : null}
    </>
  );
}
