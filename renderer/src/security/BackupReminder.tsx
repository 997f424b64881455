import { useEffect, useState } from 'react';
import type { SecurityStatus } from '../../../shared/contract/security-operations';
import { useApi } from '../api/api-context';
import { routeHref } from '../common/use-route';
import { UkDateTime } from '../common/UkDateTime';

/**
 * A calm reminder on the home screen when a backup is due, so it is seen without visiting
 * Security. Checked each time the screen opens (the idle lock means the home screen is
 * reopened at least that often). A landmark with a heading rather than a live region: it is
 * there whenever a backup is due, so announcing it on every return home would only be noise.
 * If the status cannot be read (a locked register, say) it shows nothing.
 */
export function BackupReminder() {
  const api = useApi();
  const [status, setStatus] = useState<SecurityStatus | null>(null);

  useEffect(() => {
    void api.call('security:status', {}).then((result) => setStatus(result.ok ? result.value : null));
  }, [api]);

  if (!status?.backupDue) return null;
  const days = status.backupReminderDays;
  return (
    <section className="notice" aria-labelledby="backup-reminder-heading">
      <h2 id="backup-reminder-heading">A backup is due</h2>
      <p>
        {status.lastBackupAt ? (
          <>
            The last backup was made on <UkDateTime instant={status.lastBackupAt} /> — more than {days}{' '}
            {days === 1 ? 'day' : 'days'} ago.
          </>
        ) : (
          'No backup has been made yet.'
        )}{' '}
        Keep a copy away from this computer, so the register survives a lost, stolen or broken PC.
      </p>
      <p>
        <a className="button" href={routeHref({ screen: 'security' })}>
          Make a backup
        </a>
      </p>
    </section>
  );
}
