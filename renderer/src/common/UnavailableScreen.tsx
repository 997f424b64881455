import type { SessionStatus } from '../../../shared/session';
import { RestoreSection } from '../security/RestoreSection';

const HEADINGS = {
  missing: 'The register file is missing',
  empty: 'The register file is empty',
} as const;

/**
 * The register cannot be opened (damaged, its key lost, or its file missing or empty although a
 * register was kept here): say so, and offer the way forward. Nothing is ever replaced unasked.
 */
export function UnavailableScreen(props: { message: string; problem?: 'missing' | 'empty' | undefined; onRestored: (status: SessionStatus) => void }) {
  const { message, problem, onRestored } = props;
  return (
    <section aria-labelledby="unavailable-heading" className="narrow">
      <h1 id="unavailable-heading">{problem ? HEADINGS[problem] : 'The register could not be opened'}</h1>
      <div className="error-box" role="alert">
        {message}
      </div>
      {problem ? (
        <p>Restore the register from your latest backup here. If the file was only moved, put it back and open Breachlog again instead.</p>
      ) : (
        <p>Nothing has been changed or deleted. Close Breachlog and open it again; if this keeps happening, restore the register from a backup here.</p>
      )}
      <RestoreSection mode={null} canChoosePaths onRestored={onRestored} />
    </section>
  );
}
