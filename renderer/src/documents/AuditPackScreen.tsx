import { useState } from 'react';
import type { FormEvent } from 'react';
import type { DocumentRequest } from '../../../shared/contract/document-operations';
import type { DocumentModel } from '../../../shared/documents/document-model';
import { useApi } from '../api/api-context';
import { DocumentChecks } from './DocumentChecks';
import { DocumentToolbar } from './DocumentToolbar';
import { DocumentView } from './DocumentView';
import { finishSave } from './save-file';
import { DateRangeField, useDateRange } from '../form-kit';
import { routeHref } from '../common/use-route';

/** The audit pack for a period (preview, print, PDF) and the same register as CSV. */
export function AuditPackScreen() {
  const api = useApi();
  const period = useDateRange({ from: '01/01/2026', to: '31/12/2026' });
  const [message, setMessage] = useState('');
  const [preview, setPreview] = useState<{ model: DocumentModel; request: DocumentRequest } | null>(null);

  async function showPreview(event: FormEvent) {
    event.preventDefault();
    const range = period.read();
    if (!range) return;
    const request: DocumentRequest = { kind: 'audit-pack', range };
    setMessage('Preparing the audit pack…');
    const result = await api.call('document:preview', { request });
    setMessage(result.ok ? '' : result.error.message);
    if (result.ok) setPreview({ model: result.value, request });
  }

  async function exportCsv() {
    const range = period.read();
    if (!range) return;
    setMessage('Making the CSV…');
    const result = await api.call('register:export-csv', { range });
    setMessage(result.ok ? finishSave(result.value) : result.error.message);
  }

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
          <DateRangeField id="period" legend="Breaches the organisation became aware of between" state={period} />
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
