import { useEffect, useMemo, useState } from 'react';
import type { DocumentRequest } from '../../../shared/contract/document-operations';
import type { DocumentModel } from '../../../shared/documents/document-model';
import type { AppErrorShape } from '../../../shared/result';
import { useApi } from '../api/api-context';
import { DocumentChecks } from './DocumentChecks';
import { DocumentToolbar } from './DocumentToolbar';
import { DocumentView } from './DocumentView';
import { ErrorMessage } from '../common/ErrorMessage';
import { routeHref } from '../common/use-route';

import type { IncidentDocumentKind } from '../../../shared/documents/document-offer';
export type { IncidentDocumentKind } from '../../../shared/documents/document-offer';

import { INCIDENT_DOCUMENT_TITLES } from '../../../shared/labels';
export { INCIDENT_DOCUMENT_TITLES } from '../../../shared/labels';

/** Preview of one incident's document, with Print and Save; what is shown is what the PDF says. */
export function DocumentScreen({ id, kind }: { id: number; kind: IncidentDocumentKind }) {
  const api = useApi();
  const request = useMemo<DocumentRequest>(() => ({ kind, incidentId: id }), [kind, id]);
  const [model, setModel] = useState<DocumentModel | null>(null);
  const [error, setError] = useState<AppErrorShape | null>(null);

  useEffect(() => {
    void api.call('document:preview', { request }).then((result) => {
      if (result.ok) setModel(result.value);
      else setError(result.error);
    });
  }, [api, request]);

  const title = INCIDENT_DOCUMENT_TITLES[kind];
  return (
    <section aria-labelledby="document-heading" className="document-screen">
      <p className="doc-screen-only">
        <a href={routeHref({ screen: 'incident', id })}>← Back to the incident</a>
      </p>
      <h1 id="document-heading" className="doc-screen-only">
        {title}
      </h1>
      <ErrorMessage error={error} />
      {model ? (
        <>
          {kind === 'letter' ? (
            <p className="doc-screen-only">
              <a className="button" href={routeHref({ screen: 'edit-letter', id })}>
                Edit the letter
              </a>
            </p>
          ) : null}
          <DocumentToolbar model={model} request={request} text={kind !== 'ico-report'} />
          <DocumentChecks checks={model.checks} />
          <DocumentView model={model} label={`${title} preview`} />
        </>
      ) : error ? null : (
        <p role="status">Preparing the document…</p>
      )}
    </section>
  );
}
