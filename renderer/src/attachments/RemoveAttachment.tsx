import type { Attachment } from '../../../shared/attachment';
import { ATTACHMENT_LIMITS } from '../../../shared/attachment';
import { useApi } from '../api/api-context';
import { ConfirmRemoval } from '../form-kit';

/** Removing one file: only with a reason, which goes on the audit trail with its fingerprint. */
export function RemoveAttachment({ attachment, onDone }: { attachment: Attachment; onDone: (removed: boolean) => void }) {
  const api = useApi();

  async function remove(reason: string): Promise<string | null> {
    const result = await api.call('attachment:remove', { id: attachment.id, reason });
    if (result.ok) {
      onDone(true);
      return null;
    }
    return result.error.issues?.[0]?.message ?? result.error.message;
  }

  return (
    <ConfirmRemoval
      id={`remove-reason-${attachment.id}`}
      label="Why is it being removed?"
      maxLength={ATTACHMENT_LIMITS.reasonChars}
      onConfirm={remove}
      onKeep={() => onDone(false)}
    >
      <p>
        “{attachment.name}” is deleted from the register for good. The audit trail keeps its name, size, fingerprint and your
        reason.
      </p>
    </ConfirmRemoval>
  );
}
