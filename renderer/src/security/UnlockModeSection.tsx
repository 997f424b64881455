import { useState } from 'react';
import type { SecurityStatus, UnlockMode } from '../../../shared/contract/security-operations';
import { PASSPHRASE_MIN } from '../../../shared/passphrase-limits';
import { useApi } from '../api/api-context';
import type { Outcome } from './OutcomeMessage';
import { OutcomeMessage } from './OutcomeMessage';
import { RadioField } from '../form-kit';
import { PasswordField } from './PasswordField';

const MODES: { value: UnlockMode; label: string; help: string }[] = [
  {
    value: 'key-store',
    label: 'By this computer alone',
    help: 'Opens when you are signed in to Windows or macOS. Anyone who can use your account can open it.',
  },
  {
    value: 'key-store-and-passphrase',
    label: 'By this computer and a passphrase',
    help: 'Someone who gets into your account still needs the passphrase. Backups open with the recovery key.',
  },
  {
    value: 'passphrase',
    label: 'By a passphrase alone',
    help: 'No key is kept on this computer. The register and its backups open on any computer with the passphrase.',
  },
];

/** Switches between the key store alone, the key store plus a passphrase, and a passphrase alone. */
export function UnlockModeSection({ status, onChanged }: { status: SecurityStatus; onChanged: (status: SecurityStatus) => void }) {
  const api = useApi();
  const [chosen, setChosen] = useState<UnlockMode>(status.mode);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [message, setMessage] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);

  if (!status.keyStoreAvailable) {
    return (
      <section aria-labelledby="unlock-mode-heading">
        <h2 id="unlock-mode-heading">How the register is unlocked</h2>
        <p className="lead">This computer has no key store Breachlog can trust, so the register is unlocked by its passphrase alone.</p>
      </section>
    );
  }
  const hasPassphrase = status.mode !== 'key-store';
  const needsNew = chosen !== 'key-store';

  async function change() {
    if (needsNew && next !== again) {
      setMessage({ ok: false, text: 'The two new passphrases are different. Type the same one twice.' });
      return;
    }
    setBusy(true);
    const result = await api.call('security:set-unlock-mode', {
      mode: chosen,
      ...(hasPassphrase ? { current } : {}),
      ...(needsNew ? { next } : {}),
    });
    setBusy(false);
    if (!result.ok) {
      setMessage({ ok: false, text: result.error.issues?.[0]?.message ?? result.error.message });
      return;
    }
    setCurrent('');
    setNext('');
    setAgain('');
    setMessage({ ok: true, text: afterChange(status.mode, chosen) });
    onChanged(result.value);
  }

  return (
    <section aria-labelledby="unlock-mode-heading">
      <h2 id="unlock-mode-heading">How the register is unlocked</h2>
      <RadioField
        id="unlock-mode"
        legend="Open the register"
        options={MODES.map((mode) => ({ value: mode.value, label: mode.label, hint: mode.help, tag: mode.value === status.mode ? 'now' : undefined }))}
        value={chosen}
        onChange={setChosen}
      />
      {chosen !== status.mode ? (
        <>
          {chosen === 'passphrase' && !status.recoveryKeyShownAt && !status.recoveryPassphraseSet ? (
            <p className="error-box">
              Backups made so far open only with this computer’s key, which this change removes. Show the recovery key below and keep it
              first, or they cannot be opened again.
            </p>
          ) : null}
          {hasPassphrase ? (
            <PasswordField id="mode-current-passphrase" label="Current passphrase" value={current} onChange={setCurrent} autoComplete="current-password" />
          ) : null}
          {needsNew ? (
            <>
              <PasswordField id="mode-new-passphrase" label={`New passphrase (at least ${PASSPHRASE_MIN} characters)`} value={next} onChange={setNext} />
              <PasswordField id="mode-new-passphrase-again" label="Type the new passphrase again" value={again} onChange={setAgain} />
            </>
          ) : null}
          <div className="form-actions">
            <button type="button" className="button" disabled={busy} onClick={() => void change()}>
              {busy ? 'Changing…' : 'Change how the register is unlocked'}
            </button>
          </div>
        </>
      ) : null}
      <OutcomeMessage outcome={message} />
    </section>
  );
}

function afterChange(from: UnlockMode, to: UnlockMode): string {
  if (to === 'passphrase') {
    return 'The register now opens with its passphrase alone, on any computer. Make a new backup: backups made before now open only with the recovery key or recovery passphrase.';
  }
  if (from === 'passphrase') {
    return 'The register now has a new key kept by this computer. Show the new recovery key below and make a new backup.';
  }
  return to === 'key-store' ? 'The register now opens with this computer alone.' : 'The register now also asks for the passphrase each time it is unlocked.';
}
