import { useCallback, useEffect, useState } from 'react';
import type { ReplacedCopy } from '../../../shared/contract/security-operations';
import { useApi } from '../api/api-context';
import { UkDateTime } from '../common/UkDateTime';
import type { Outcome } from './OutcomeMessage';
import { OutcomeMessage } from './OutcomeMessage';

/**
 * The registers kept aside by restores: each is a whole register as it was before a restore,
 * so it can be restored again; once it is not needed it can be deleted for good.
 */
export function ReplacedCopiesSection({ refreshKey }: { refreshKey: number }) {
  const api = useApi();
  const [copies, setCopies] = useState<ReplacedCopy[] | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [message, setMessage] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);

  const refresh = useCallback(() => {
    void api.call('backup:replaced-list', {}).then((result) => {
      if (result.ok) setCopies(result.value);
      else setMessage({ ok: false, text: result.error.message });
    });
  }, [api]);
  useEffect(refresh, [refresh, refreshKey]);

  async function remove(fileName: string) {
    setBusy(true);
    const result = await api.call('backup:replaced-delete', { fileName });
    setBusy(false);
    setConfirming(null);
    if (result.ok) {
      setCopies(result.value);
      setMessage({ ok: true, text: `${fileName} was overwritten and deleted.` });
    } else setMessage({ ok: false, text: result.error.message });
  }

  return (
    <section aria-labelledby="replaced-heading">
      <h2 id="replaced-heading">Replaced copies</h2>
      <p className="lead">
        Each restore keeps the register it replaced here, beside the register, so a restore can be undone by restoring the copy. They
        hold personal data: delete them once you no longer need them. A copy is overwritten before it is deleted; on an SSD or a
        copy-on-write disk the old blocks may linger until the disk reuses them, but they stay encrypted. Copies that still hold a
        breach are also deleted when that breach is removed at the end of its retention period.
      </p>
      {copies === null ? <p role="status">Loading…</p> : null}
      {copies?.length === 0 ? <p>There are no replaced copies.</p> : null}
      {copies && copies.length > 0 ? (
        <ul className="replaced-copies" aria-label="Replaced copies of the register">
          {copies.map((copy) => (
            <li key={copy.fileName}>
              <span>
                {copy.replacedAt ? (
                  <>
                    Replaced <UkDateTime instant={copy.replacedAt} />
                  </>
                ) : (
                  'Replaced (date unknown)'
                )}
                {' · '}
                {formatBytes(copy.bytes)}
                <br />
                <span className="replaced-copy-name">{copy.fileName}</span>
              </span>
              {confirming === copy.fileName ? (
                <span className="form-actions">
                  <button type="button" className="button button-danger" disabled={busy} onClick={() => void remove(copy.fileName)}>
                    Delete it for good
                  </button>
                  <button type="button" className="button" disabled={busy} onClick={() => setConfirming(null)}>
                    Keep it
                  </button>
                </span>
              ) : (
                <button type="button" className="button" onClick={() => setConfirming(copy.fileName)} aria-label={`Delete the copy ${copy.fileName}`}>
                  Delete…
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      <OutcomeMessage outcome={message} />
    </section>
  );
}

function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('en-GB')} KB`;
  return `${(bytes / 1024 / 1024).toLocaleString('en-GB', { maximumFractionDigits: 1 })} MB`;
}
