import { useEffect, useState } from 'react';
import type { AttachmentSpace } from '../../../shared/attachment';
import { formatBytes } from '../../../shared/attachment';
import { useApi } from '../api/api-context';

/** Under Security: how much room the kept files take inside the register, against the limits. */
export function AttachmentSpaceSection({ refreshKey }: { refreshKey?: number }) {
  const api = useApi();
  const [space, setSpace] = useState<AttachmentSpace | null>(null);
  useEffect(() => {
    void api.call('attachment:space', {}).then((result) => setSpace(result.ok ? result.value : null));
  }, [api, refreshKey]);
  if (!space) return null;
  return (
    <section aria-labelledby="attachment-space-heading">
      <h2 id="attachment-space-heading">Evidence files</h2>
      <p>
        {space.files === 0
          ? 'No files are kept with any breach.'
          : `${space.files.toLocaleString('en-GB')} ${space.files === 1 ? 'file takes' : 'files take'} ${formatBytes(space.usedBytes)} of the ${formatBytes(space.totalBytes)} the register allows for files.`}{' '}
        Each file can be up to {formatBytes(space.perFileBytes)}. Files are kept inside the encrypted register, so backups carry them
        and a restore brings them back, checked against their fingerprints.
      </p>
    </section>
  );
}
