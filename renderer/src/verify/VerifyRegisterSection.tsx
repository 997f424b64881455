import { useState } from 'react';
import type { FormEvent } from 'react';
import type { AnchorLevel, AnchoredVerifyResult } from '../../../shared/register-fingerprint';
import { fingerprintLine, groupedHex } from '../../../shared/register-fingerprint';
import { useApi } from '../api/api-context';
import { Field } from '../form-kit';
import { UkDateTime } from '../common/UkDateTime';
import { useUnlockCheck } from './use-unlock-check';
import { VerifyResultView } from './VerifyResultView';

const BOX: Record<AnchorLevel, string> = { ok: 'notice', warning: 'warning-box', alarm: 'error-box' };

/**
 * "Verify the register": re-walks the audit trail, compares it with the fingerprint kept outside
 * the file and, if one is typed in, with a fingerprint from a printout or a backup.
 */
export function VerifyRegisterSection() {
  const api = useApi();
  const [typed, setTyped] = useState('');
  const [typedError, setTypedError] = useState<string | undefined>(undefined);
  const [result, setResult] = useState<AnchoredVerifyResult | null>(null);
  const [busy, setBusy] = useState(false);
  const unlockCheck = useUnlockCheck();

  async function check(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const answer = await api.call('register:verify', typed.trim() === '' ? {} : { fingerprint: typed });
    setBusy(false);
    if (answer.ok) {
      setTypedError(undefined);
      setResult(answer.value);
    } else {
      setTypedError(answer.error.issues?.find((issue) => issue.path === 'fingerprint')?.message ?? answer.error.message);
      setResult(null);
    }
  }

  return (
    <>
      <h2>Verify the register</h2>
      <p className="lead">
        Checks every entry of the audit trail against the one before it; every breach, assessment, report, telling and setting
        against the trail; and the trail against its fingerprint kept outside the register file, to show nothing has been quietly
        changed or removed. It runs by itself each time the register is unlocked.
      </p>
      <form onSubmit={(event) => void check(event)} noValidate>
        <Field
          id="typed-fingerprint"
          label="Check against a fingerprint from a printout"
          optional
          help="As printed at the foot of every ICO report and audit pack, or in a backup’s .fingerprint file: the entry number and at least the first 16 characters of the hash, for example “entry 2,481, 9f3a 61c0 b2d4 77e1”."
          error={typedError}
        >
          {(control) => (
            <input {...control}
              className="input-fingerprint"
              autoComplete="off"
              spellCheck={false}
              value={typed}
              onChange={(event) => setTyped(event.target.value)}
            />
          )}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button" disabled={busy}>
            Verify the register
          </button>
        </div>
      </form>
      <div role="status">
        {result ? (
          <VerifyOutcome result={result} />
        ) : unlockCheck?.state === 'done' ? (
          <VerifyResultView result={unlockCheck.result} checkedAt={unlockCheck.at} />
        ) : unlockCheck?.state === 'failed' ? (
          <p className="error-box">{unlockCheck.message}</p>
        ) : null}
      </div>
    </>
  );
}

function VerifyOutcome({ result }: { result: AnchoredVerifyResult }) {
  const { anchor, typedFingerprint, fingerprint } = result;
  return (
    <div className="verify-outcome">
      <TrailOutcome result={result} />
      <div className={BOX[anchor.level]}>
        <p>
          <strong>{anchor.level === 'alarm' ? 'The register does not match its fingerprint. ' : anchor.level === 'warning' ? 'Look into this. ' : ''}</strong>
          {anchor.message}
        </p>
        {anchor.level === 'ok' ? null : <p className="small">The fingerprint is kept in {anchor.keptIn}, and updated after every change.</p>}
      </div>
      {typedFingerprint ? (
        <div className={typedFingerprint.state === 'matches' ? 'notice' : 'error-box'}>
          <p>
            <strong>{typedFingerprint.state === 'matches' ? 'The fingerprint you typed matches. ' : 'The fingerprint you typed does not match. '}</strong>
            {typedFingerprint.message}
          </p>
        </div>
      ) : null}
      {fingerprint ? (
        <p>
          {fingerprintLine(fingerprint)}
          <span className="fingerprint-full">Full hash: {groupedHex(fingerprint.hash)}</span>
        </p>
      ) : null}
      {anchor.history.length > 0 ? (
        <details>
          <summary>What earlier checks found ({anchor.history.length})</summary>
          <ul>
            {anchor.history.map((finding) => (
              <li key={`${finding.at}-${finding.state}`}>
                <UkDateTime instant={finding.at} />: {finding.message}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

function TrailOutcome({ result }: { result: AnchoredVerifyResult }) {
  const entries = result.entriesChecked.toLocaleString('en-GB');
  const bad = result.firstBadEntry;
  // Rows that differ from the trail are named one by one (breach, row and column).
  if ((result.problems ?? []).length > 0) return <VerifyResultView result={{ ...result, intact: false }} />;
  if (bad) {
    return (
      <p className="error-box">
        Problem found at entry {bad.id}
        {bad.at ? (
          <>
            {' '}
            (<UkDateTime instant={bad.at} />)
          </>
        ) : null}
        : {bad.problem}. {entries} entries before it check out.
      </p>
    );
  }
  if (result.recordsNotMatchingTrail.length > 0) {
    return (
      <div className="error-box">
        <p>All {entries} entries of the audit trail check out, but these records do not match their trail:</p>
        <ul>
          {result.recordsNotMatchingTrail.map((m) => (
            <li key={`${m.reference}-${m.field}`}>
              {m.reference}: {m.field}
            </li>
          ))}
        </ul>
      </div>
    );
  }
  return result.intact ? (
    <p className="notice">Intact: all {entries} entries of the audit trail check out.</p>
  ) : (
    <p className="error-box">Problem found: each of the {entries} entries follows on from the one before, but the trail no longer matches its fingerprint (below).</p>
  );
}
