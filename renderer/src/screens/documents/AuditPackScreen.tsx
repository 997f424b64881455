import { useState } from 'react';
import type { FormEvent } from 'react';
import type { DocumentRequest } from '../../../../shared/contract/document-operations';
import type { DocumentModel } from '../../../../shared/documents/document-model';
import { fromUkDateAndTime, toLocalInputValue, toUkDateAndTime } from '../../../../shared/uk-time';
import { useApi } from '../../api/api-context';
import { DocumentChecks } from '../../components/documents/DocumentChecks';
import { DocumentToolbar } from '../../components/documents/DocumentToolbar';
import { DocumentView } from '../../components/documents/DocumentView';
import { finishSave } from '../../components/documents/save-file';
import { displayZone } from '../../display-zone';
import { routeHref } from '../../hooks/use-route';

/** "23/11/2026" as the local date "2026-11-23", or null when it is not a real date. */
function localDate(text: string): string | null {
  const instant = fromUkDateAndTime(text, '12:00', displayZone());
  return instant ? toLocalInputValue(instant, displayZone()).slice(0, 10) : null;
}

/** The audit pack for a period (preview, print, PDF) and the same register as CSV. */
export function AuditPackScreen() {
  const api = useApi();
  const today = new Date();
  const [from, setFrom] = useState(`01/01/${toLocalInputValue(today, displayZone()).slice(0, 4)}`);
  const [to, setTo] = useState(toUkDateAndTime(today, displayZone()).date);
  const [problem, setProblem] = useState<{ field: 'from' | 'to'; message: string } | null>(null);
  const [message, setMessage] = useState('');
  const [preview, setPreview] = useState<{ model: DocumentModel; request: DocumentRequest } | null>(null);

  function range(): { from: string; to: string } | null {
    const start = localDate(from);
    const end = localDate(to);
    if (!start) setProblem({ field: 'from', message: 'Enter a real date, like 01/01/2026' });
    else if (!end) setProblem({ field: 'to', message: 'Enter a real date, like 31/12/2026' });
    else if (end < start) setProblem({ field: 'to', message: 'The end of the period must not be before its start' });
    else {
      setProblem(null);
      return { from: start, to: end };
    }
    return null;
  }

  async function showPreview(event: FormEvent) {
    event.preventDefault();
    const period = range();
    if (!period) return;
    const request: DocumentRequest = { kind: 'audit-pack', range: period };
    setMessage('Preparing the audit pack…');
    const result = await api.call('document:preview', { request });
    setMessage(result.ok ? '' : result.error.message);
    if (result.ok) setPreview({ model: result.value, request });
  }

  async function exportCsv() {
    const period = range();
    if (!period) return;
    setMessage('Making the CSV…');
    const result = await api.call('register:export-csv', { range: period });
    setMessage(result.ok ? finishSave(result.value) : result.error.message);
  }

  const field = (id: 'from' | 'to', label: string, value: string, set: (v: string) => void) => (
    <div className={`form-field${problem?.field === id ? ' form-field-invalid' : ''}`}>
      <label htmlFor={`period-${id}`}>{label}</label>
      <p className="help" id={`period-${id}-help`}>
        For example, 31/12/2026
      </p>
      {problem?.field === id ? (
        <p className="field-error" id={`period-${id}-error`}>
          {problem.message}
        </p>
      ) : null}
      <input
        id={`period-${id}`}
        className="input-date"
        inputMode="numeric"
        value={value}
        onChange={(event) => set(event.target.value)}
        aria-invalid={problem?.field === id}
        aria-describedby={`period-${id}-help${problem?.field === id ? ` period-${id}-error` : ''}`}
      />
    </div>
  );

  return (
    <section aria-labelledby="audit-pack-heading" className="document-screen">
      <div className="doc-screen-only">
        <p>
          <a href={routeHref({ screen: 'register' })}>← Back to the register</a>
        </p>
        <h1 id="audit-pack-heading">Audit pack and register export</h1>
        <p className="lead">
          Everything an auditor asks for, for a period: a summary of every breach, a page or more on each with the reasons for every
          decision, and a check that the audit trail has not been tampered with. The same breaches can be exported as CSV for a
          spreadsheet. Your organisation’s details come from <a href={routeHref({ screen: 'organisation' })}>Organisation details</a>.
        </p>
        <form onSubmit={(event) => void showPreview(event)} noValidate>
          <fieldset className="form-field period">
            <legend>Breaches the organisation became aware of between</legend>
            {field('from', 'From', from, setFrom)}
            {field('to', 'To (included)', to, setTo)}
          </fieldset>
          <div className="form-actions">
            <button type="submit" className="button button-primary">
              Preview the audit pack
            </button>
            <button type="button" className="button" onClick={() => void exportCsv()}>
              Export as CSV
            </button>
          </div>
        </form>
        <p role="status">{message}</p>
      </div>
      {preview ? (
        <>
          <DocumentToolbar model={preview.model} request={preview.request} />
          <DocumentChecks checks={preview.model.checks} />
          <DocumentView model={preview.model} label="Audit pack preview" />
        </>
      ) : null}
    </section>
  );
}
