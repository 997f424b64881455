import type { ReactNode } from 'react';
import { useState } from 'react';
import { Field } from './Field';

/**
 * The one way to remove something for good: what is lost and what the register keeps, a box
 * the person must fill in (a reason, or the reference typed back), then "Remove for good" or
 * "Keep it". The main process checks what was typed; its answer shows as the box's error.
 */
export function ConfirmRemoval(props: {
  id: string;
  heading?: string;
  /** What is removed, and what the register keeps. */
  children: ReactNode;
  label: string;
  maxLength?: number;
  /** Tries the removal with what was typed; resolves to the problem to show, or null when it is done. */
  onConfirm: (typed: string) => Promise<string | null>;
  onKeep: () => void;
}) {
  const [typed, setTyped] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  async function confirm() {
    setBusy(true);
    const problem = await props.onConfirm(typed);
    setBusy(false);
    setError(problem ?? '');
  }

  return (
    <div className="danger-zone">
      {props.heading ? <h2>{props.heading}</h2> : null}
      {props.children}
      <Field id={props.id} label={props.label} error={error} alert>
        {(control) => (
          <input
            {...control}
            autoComplete="off"
            {...(props.maxLength ? { maxLength: props.maxLength } : {})}
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
          />
        )}
      </Field>
      <div className="form-actions">
        <button type="button" className="button button-danger" disabled={busy} onClick={() => void confirm()}>
          Remove for good
        </button>
        <button type="button" className="button" onClick={props.onKeep}>
          Keep it
        </button>
      </div>
    </div>
  );
}
