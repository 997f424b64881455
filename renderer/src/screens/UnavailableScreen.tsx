import type { SessionStatus } from '../../../shared/session';
import { RestoreSection } from './security/RestoreSection';

/** The register cannot be opened (damaged, or its key lost): say so, and offer the way forward. */
export function UnavailableScreen({ message, onRestored }: { message: string; onRestored: (status: SessionStatus) => void }) {
  return (
    <section aria-labelledby="unavailable-heading" className="narrow">
      <h1 id="unavailable-heading">The register could not be opened</h1>
      <div className="error-box" role="alert">
        {message}
      </div>
      <p>Nothing has been changed or deleted. Close Breachlog and open it again; if this keeps happening, restore the register from a backup here.</p>
      <RestoreSection mode={null} canChoosePaths onRestored={onRestored} />
    </section>
  );
}
