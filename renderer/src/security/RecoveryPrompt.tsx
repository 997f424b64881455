import { useEffect, useState } from 'react';
import { useApi } from '../api/api-context';
import { routeHref } from '../common/use-route';

/**
 * Said plainly from the first run until it is done: a key-store register's key stays with this
 * computer, so without a recovery key or recovery passphrase no backup opens anywhere else.
 * "Not now" hides it until the next start, never for good.
 */
export function RecoveryPrompt() {
  const api = useApi();
  const [show, setShow] = useState(false);

  useEffect(() => {
    void api.call('security:status', {}).then((result) => {
      setShow(result.ok && result.value.mode !== 'passphrase' && !result.value.recoveryKeyShownAt && !result.value.recoveryPassphraseSet);
    });
  }, [api]);

  if (!show) return null;
  return (
    <aside className="setup-prompt doc-screen-only" aria-label="Recovery for a new computer">
      <p>
        <strong>Set up recovery.</strong> This computer keeps the register’s key. If it is lost, broken or replaced, your backups
        open on another computer only with a recovery key or a recovery passphrase. Without one, nobody can open them.
      </p>
      <div className="form-actions">
        <a className="button" href={routeHref({ screen: 'security' })} onClick={() => setShow(false)}>
          Set up recovery
        </a>
        <button type="button" className="button" onClick={() => setShow(false)}>
          Not now
        </button>
      </div>
    </aside>
  );
}
