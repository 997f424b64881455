import { useState } from 'react';
import type { OperationName } from '../../../shared/contract/index';
import { useApi } from '../api/api-context';
import { Field } from '../form-kit';

/** A full path typed by the person, with the OS picker beside it where the app has one. */
export function PathField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  canChoose: boolean;
  chooser: Extract<OperationName, 'backup:choose-folder' | 'backup:choose-file'>;
}) {
  const api = useApi();
  // Where the app turns out to have no picker (the browser preview), the button goes away.
  const [canChoose, setCanChoose] = useState(props.canChoose);
  async function choose() {
    const result = await api.call(props.chooser, {});
    if (result.ok && result.value.status === 'chosen') props.onChange(result.value.path);
    if (result.ok && result.value.status === 'unsupported') setCanChoose(false);
  }
  return (
    <Field id={props.id} label={props.label} className="path-field">
      {(control) => (
        <span className="path-field-row">
          <input value={props.value} onChange={(event) => props.onChange(event.target.value)} spellCheck={false} {...control} />
          {canChoose ? (
            <button type="button" className="button" onClick={() => void choose()}>
              Choose…
            </button>
          ) : null}
        </span>
      )}
    </Field>
  );
}
