import type { OperationName } from '../../../../shared/contract/index';
import { useApi } from '../../api/api-context';

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
  async function choose() {
    const result = await api.call(props.chooser, {});
    if (result.ok && result.value.status === 'chosen') props.onChange(result.value.path);
  }
  return (
    <div className="form-field">
      <label htmlFor={props.id}>{props.label}</label>
      <input id={props.id} value={props.value} onChange={(event) => props.onChange(event.target.value)} spellCheck={false} />
      {props.canChoose ? (
        <button type="button" className="button" onClick={() => void choose()}>
          Choose…
        </button>
      ) : null}
    </div>
  );
}
