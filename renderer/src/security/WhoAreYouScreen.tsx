import { useState } from 'react';
import type { FormEvent } from 'react';
import type { SessionStatus } from '../../../shared/session';
import { useApi } from '../api/api-context';
import { Field } from '../form-kit';

/** A small office shares one PC: no accounts, but every change is attributed to a name. */
export function WhoAreYouScreen({ suggestion, onDone }: { suggestion: string | null; onDone: (s: SessionStatus) => void }) {
  const api = useApi();
  const [name, setName] = useState(suggestion ?? '');
  const [error, setError] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await api.call('session:set-user', { name });
    if (result.ok) onDone(result.value);
    else setError(result.error.issues?.[0]?.message ?? result.error.message);
  }

  return (
    <section aria-labelledby="who-heading" className="narrow">
      <h1 id="who-heading">Who is using Breachlog?</h1>
      <p className="lead">Every change to the register is recorded with the name of the person who made it, for the audit trail.</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Field id="user-name" label="Your name" error={error || undefined}>
          {(control) => <input autoComplete="name" value={name} onChange={(event) => setName(event.target.value)} {...control} />}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            Continue
          </button>
        </div>
      </form>
    </section>
  );
}
