import type { FormEvent } from 'react';
import { useEffect, useRef, useState } from 'react';
import type { LetterFields } from '../../../shared/documents/letter-fields';
import { LETTER_FIELD_LABELS } from '../../../shared/documents/letter-fields';
import type { LetterState, LetterVersion } from '../../../shared/letter';
import type { AppErrorShape } from '../../../shared/result';
import { useApi } from '../api/api-context';
import { ErrorMessage } from '../common/ErrorMessage';
import { Field } from '../form-kit';
import { navigate, routeHref } from '../common/use-route';
import { LETTER_FIELD_ORDER } from './letter-field-order';
import { describeLetterVersion } from './letter-words';
import { LetterHistory } from './LetterHistory';
import { LetterVersionView } from './LetterVersionView';
import './letter.css';

const HELP: Partial<Record<keyof LetterFields, string>> = {
  recipient: 'One line each: name, then the postal address. It prints where a DL window envelope shows it. Leave it empty for an email.',
  greeting: 'For example “Dear Ms Khan,”. The register does not keep the names of the people affected.',
  whatHappened: 'Written to the person reading it. Name no one else who was affected. A blank line starts a new paragraph.',
  whatYouCanDo: 'One piece of advice a line; each becomes a bullet point.',
};

/** The letter's own words: edited and saved as a version apart from the record, so the ICO report stays as it is. */
export function LetterEditorScreen({ id }: { id: number }) {
  const api = useApi();
  const [state, setState] = useState<LetterState | null>(null);
  const [fields, setFields] = useState<LetterFields | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);
  const [saving, setSaving] = useState(false);
  const [shown, setShown] = useState<LetterVersion | null>(null);
  const [restoring, setRestoring] = useState(false);
  const [restoredNote, setRestoredNote] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    void api.call('letter:get', { incidentId: id }).then((result) => {
      if (result.ok) {
        setState(result.value);
        setFields(result.value.fields);
      } else setError(result.error);
    });
  }, [api, id]);
  useEffect(() => heading.current?.focus(), []);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!fields || saving) return;
    setSaving(true);
    const result = await api.call('letter:save', { incidentId: id, fields });
    setSaving(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    navigate({ screen: 'document', id, document: 'letter' });
  };

  const view = async (version: number) => {
    const result = await api.call('letter:version', { incidentId: id, version });
    if (!result.ok) return setError(result.error);
    setError(null);
    setShown(result.value);
  };

  const closeView = () => {
    setShown(null);
    requestAnimationFrame(() => document.getElementById('letter-history-heading')?.focus());
  };

  const restore = async () => {
    if (!shown || restoring) return;
    setRestoring(true);
    const result = await api.call('letter:restore', { incidentId: id, version: shown.info.version });
    setRestoring(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    setState(result.value);
    setFields(result.value.fields);
    const current = result.value.versions[0];
    setRestoredNote(current ? `Version ${shown.info.version} is the current letter again, saved as version ${current.version}.` : null);
    setShown(null);
    requestAnimationFrame(() => heading.current?.focus());
  };

  const unsavedEdits = Boolean(state && fields && LETTER_FIELD_ORDER.some((name) => fields[name] !== state.fields[name]));
  const issueAt = (name: string) => error?.issues?.find((issue) => issue.path === `fields.${name}` || issue.path === name)?.message;
  const latest = state?.versions[0];
  return (
    <section aria-labelledby="letter-heading" className="letter-editor">
      <p>
        <a href={routeHref({ screen: 'document', id, document: 'letter' })}>← Back to the letter</a>
      </p>
      <h1 id="letter-heading" ref={heading} tabIndex={-1}>
        Edit the letter to the people affected
      </h1>
      <p>
        These words are the letter’s own: saving them changes neither the breach record nor the ICO report. Each save is kept as a new version on
        the audit trail.
      </p>
      <p role="status">
        {restoredNote ? `${restoredNote} ` : ''}
        {latest ? `${describeLetterVersion(latest)}.` : state ? 'Not saved yet: prefilled from the record.' : 'Loading…'}
      </p>
      <ErrorMessage error={error} />
      {shown && state ? (
        <LetterVersionView
          shown={shown}
          isCurrent={shown.info.version === latest?.version}
          unsavedEdits={unsavedEdits}
          restoring={restoring}
          onRestore={() => void restore()}
          onClose={closeView}
        />
      ) : null}
      {fields && state && !shown ? (
        <form onSubmit={(event) => void save(event)} noValidate className="incident-form">
          {LETTER_FIELD_ORDER.map((name) => (
            <Field key={name} id={`letter-${name}`} label={LETTER_FIELD_LABELS[name]} help={HELP[name]} error={issueAt(name)}>
              {(control) =>
                name === 'greeting' ? (
                  <input type="text" {...control} value={fields[name]} onChange={(event) => setFields({ ...fields, [name]: event.target.value })} />
                ) : (
                  <textarea
                    {...control}
                    rows={name === 'recipient' ? 5 : 4}
                    value={fields[name]}
                    onChange={(event) => setFields({ ...fields, [name]: event.target.value })}
                  />
                )
              }
            </Field>
          ))}
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={saving}>
              {saving ? 'Saving…' : 'Save the letter'}
            </button>
            <button type="button" className="button" onClick={() => setFields({ ...state.prefilled, recipient: fields.recipient, greeting: fields.greeting })}>
              Start again from the record
            </button>
          </div>
        </form>
      ) : null}
      {state && !shown ? <LetterHistory versions={state.versions} onView={(version) => void view(version)} /> : null}
    </section>
  );
}
