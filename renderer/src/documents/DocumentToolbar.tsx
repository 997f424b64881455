import { useState } from 'react';
import type { DocumentRequest } from '../../../shared/contract/document-operations';
import type { DocumentModel } from '../../../shared/documents/document-model';
import { documentPlainText } from '../../../shared/documents/plain-text';
import { useApi } from '../api/api-context';
import { finishSave } from './save-file';

/** Print, save as PDF and, for the letter, the plain text for an email. */
export function DocumentToolbar({ model, request, text }: { model: DocumentModel; request: DocumentRequest; text?: boolean }) {
  const api = useApi();
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  async function save(operation: 'document:save-pdf' | 'document:save-text') {
    setBusy(true);
    setMessage(operation === 'document:save-pdf' ? 'Making the PDF…' : 'Saving the text…');
    const result = await api.call(operation, { request });
    setBusy(false);
    setMessage(result.ok ? finishSave(result.value) : result.error.message);
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(documentPlainText(model));
      setMessage('Copied. Paste it into a new email.');
    } catch {
      setMessage('Could not copy here: use “Save as text” instead.');
    }
  }

  return (
    <div className="doc-toolbar doc-screen-only">
      <div className="form-actions">
        <button type="button" className="button button-primary" disabled={busy} onClick={() => void save('document:save-pdf')}>
          Save PDF
        </button>
        <button type="button" className="button" onClick={() => window.print()}>
          Print
        </button>
        {text ? (
          <>
            <button type="button" className="button" onClick={() => void copy()}>
              Copy text for an email
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => void save('document:save-text')}>
              Save as text
            </button>
          </>
        ) : null}
      </div>
      <p role="status">{message}</p>
      <p className="help">The PDF will be named “{model.fileName}.pdf”; you choose where to save it.</p>
    </div>
  );
}
