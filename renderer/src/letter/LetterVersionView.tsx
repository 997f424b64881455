import { useEffect, useRef } from 'react';
import { LETTER_FIELD_LABELS } from '../../../shared/documents/letter-fields';
import type { LetterFields } from '../../../shared/documents/letter-fields';
import type { LetterVersion } from '../../../shared/letter';
import { describeSaving } from './letter-words';
import { LETTER_FIELD_ORDER } from './letter-field-order';

/**
 * An older version of the letter, read-only: its words as they were saved. "Make this the current
 * letter" saves them again as a new version, so nothing in the history is overwritten.
 */
export function LetterVersionView(props: {
  shown: LetterVersion;
  isCurrent: boolean;
  unsavedEdits: boolean;
  restoring: boolean;
  onRestore: () => void;
  onClose: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [props.shown.info.version]);
  const { info, fields } = props.shown;
  return (
    <section aria-labelledby="letter-version-heading" className="letter-version">
      <h2 id="letter-version-heading" ref={heading} tabIndex={-1}>
        Version {info.version} (read only)
      </h2>
      <p className="letter-version-saved">{describeSaving(info)}.</p>
      <dl className="letter-version-fields">
        {LETTER_FIELD_ORDER.map((name: keyof LetterFields) => (
          <div key={name}>
            <dt>{LETTER_FIELD_LABELS[name]}</dt>
            <dd>{fields[name].trim() === '' ? <span className="letter-version-empty">Left empty</span> : fields[name]}</dd>
          </div>
        ))}
      </dl>
      {props.isCurrent ? <p>This is the current letter.</p> : null}
      {!props.isCurrent && props.unsavedEdits ? (
        <p className="notice">Your unsaved changes in the editor will be replaced by this version’s words.</p>
      ) : null}
      <div className="form-actions">
        {props.isCurrent ? null : (
          <button type="button" className="button button-primary" disabled={props.restoring} onClick={props.onRestore}>
            {props.restoring ? 'Saving…' : 'Make this the current letter'}
          </button>
        )}
        <button type="button" className="button" onClick={props.onClose}>
          Back to the current letter
        </button>
      </div>
    </section>
  );
}
