import { useEffect, useState } from 'react';
import type { Attachment } from '../../../shared/attachment';
import { shortSha256 } from '../../../shared/attachment';
import { ATTACHMENT_KIND_LABELS } from '../../../shared/labels';
import { formatUkDateTime } from '../../../shared/uk-time';
import { useApi } from '../api/api-context';
import { routeHref } from '../common/use-route';

/**
 * Ties the wizard's "the recipient confirmed they deleted it" to the evidence kept with the
 * breach: beside the question, what is kept (or that it should be); with the advice, which file
 * backs a confirmed deletion, or that none does yet.
 */
export function DeletionEvidence({ incidentId, mode }: { incidentId: number; mode: 'question' | 'advice' }) {
  const api = useApi();
  const [confirmations, setConfirmations] = useState<Attachment[] | null>(null);

  useEffect(() => {
    void api.call('attachment:list', { incidentId }).then((result) => {
      setConfirmations(result.ok ? result.value.filter((a) => a.kind === 'deletion_confirmation') : []);
    });
  }, [api, incidentId]);

  if (confirmations === null) return null;
  const names = confirmations.map((a) => `“${a.name}” (added ${formatUkDateTime(a.addedAt)}, SHA-256 ${shortSha256(a.sha256)})`).join('; ');
  const kind = ATTACHMENT_KIND_LABELS.deletion_confirmation.toLowerCase();
  const breachPage = (
    <a href={routeHref({ screen: 'incident', id: incidentId })}>the breach’s page</a>
  );
  if (mode === 'question') {
    return (
      <p className="assess-record-note" data-testid="deletion-evidence">
        {confirmations.length > 0 ? (
          <>Kept with this breach as {kind}: {names}. It can back “Yes, and it is confirmed”.</>
        ) : (
          <>If the recipient confirmed in writing, keep their reply with the breach (under “Evidence kept with this breach” on {breachPage}), so the answer can be shown to an auditor.</>
        )}
      </p>
    );
  }
  return (
    <p className={confirmations.length > 0 ? 'assess-record-note' : 'warning-box'} data-testid="deletion-evidence">
      {confirmations.length > 0 ? (
        <>The confirmed deletion is backed by evidence kept with this breach: {names}.</>
      ) : (
        <>The deletion is given as confirmed, but no {kind} is kept with this breach yet. Add the recipient’s confirmation on {breachPage} so an auditor can see what the advice rests on.</>
      )}
    </p>
  );
}
