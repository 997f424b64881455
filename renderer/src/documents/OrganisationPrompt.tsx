import { useEffect, useState } from 'react';
import { useApi } from '../api/api-context';
import { routeHref } from '../common/use-route';

/**
 * Asked once, at first run: the organisation's details for the documents. A notice rather
 * than a blocking screen, so recording a breach in a hurry is never held up; "Later" stops
 * the asking, and the documents say "Not yet known — to follow" until the details are given.
 */
export function OrganisationPrompt() {
  const api = useApi();
  const [show, setShow] = useState(false);

  useEffect(() => {
    void api.call('settings:organisation-get', {}).then((result) => setShow(result.ok && result.value.prompt === 'not_asked'));
  }, [api]);

  if (!show) return null;
  return (
    <aside className="setup-prompt doc-screen-only" aria-label="Your organisation’s details">
      <p>
        <strong>Tell Breachlog about your organisation.</strong> Its name, ICO registration number and contact point go on the ICO
        report draft, the letter to the people affected and the audit pack.
      </p>
      <div className="form-actions">
        <a className="button" href={routeHref({ screen: 'organisation' })} onClick={() => setShow(false)}>
          Add organisation details
        </a>
        <button
          type="button"
          className="button"
          onClick={() => {
            setShow(false);
            void api.call('settings:organisation-later', {});
          }}
        >
          Later
        </button>
      </div>
    </aside>
  );
}
