import { routeHref } from '../common/use-route';
import { useUnlockCheck } from './use-unlock-check';

const SHOWN_PROBLEMS = 3;

/**
 * On the home screen, when the check run at unlock found the register does not match its audit
 * trail. Silent while it runs and when all is well; an alert when something is wrong, since the
 * register is evidence and the person must know before relying on it.
 */
export function UnlockCheckBanner() {
  const check = useUnlockCheck();
  if (!check || check.state === 'running' || (check.state === 'done' && check.result.intact)) return null;
  const problems = check.state === 'done' ? (check.result.problems ?? []) : [];
  const messages = check.state === 'failed' ? [check.message] : problems.map((problem) => problem.message);
  if (check.state === 'done' && messages.length === 0 && check.result.firstBadEntry) messages.push(check.result.firstBadEntry.problem);
  return (
    <section className="error-box" role="alert" aria-labelledby="unlock-check-heading">
      <h2 id="unlock-check-heading">The register does not match its audit trail</h2>
      <p>
        When the register was unlocked, Breachlog checked every record against the audit trail.{' '}
        {problems.length > 0 ? `It found ${problems.length === 1 ? 'one problem' : `${problems.length.toLocaleString('en-GB')} problems`}:` : 'It found a problem:'}
      </p>
      <ul>
        {messages.slice(0, SHOWN_PROBLEMS).map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
      {messages.length > SHOWN_PROBLEMS ? <p>…and {(messages.length - SHOWN_PROBLEMS).toLocaleString('en-GB')} more.</p> : null}
      <p>
        Someone may have changed the register file outside Breachlog. Do not remove or rely on these records until you know why; a
        backup made before the change can be restored.
      </p>
      <p>
        <a href={`${routeHref({ screen: 'settings' })}`}>See the full verify result</a>
      </p>
    </section>
  );
}
