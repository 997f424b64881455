import type { UnlockCheck } from '../../../shared/audit';
import type { Db } from '../database/open-database';
import { verifyRegisterSteps } from './verify-register';

/** How long one slice of the check may hold the main process before letting other work run. */
const SLICE_MS = 8;

/**
 * The full verify, run once each time the register is unlocked, in slices between other work, on
 * a read-only connection of its own inside one read transaction: it checks one consistent
 * snapshot while the person goes on working. The home screen asks for its outcome.
 */
export class UnlockVerification {
  private state: UnlockCheck = { state: 'running' };
  private cancelled = false;
  /** Ends the read transaction and closes the connection; set while a check is under way. */
  private finish: (() => void) | null = null;

  constructor(
    private readonly openReader: () => Db,
    private readonly clock: () => Date,
    private readonly schedule: (next: () => void) => void = (next) => setImmediate(next),
  ) {
    this.schedule(() => this.run());
  }

  status(): UnlockCheck {
    return this.state;
  }

  /**
   * Stops and closes the connection at once (the register is locking or its file being replaced:
   * no connection may stay open on it). Slices run to completion, so none is under way now.
   */
  cancel(): void {
    this.cancelled = true;
    this.finish?.();
  }

  private run(): void {
    if (this.cancelled) return;
    let reader: Db;
    try {
      reader = this.openReader();
      reader.exec('BEGIN');
    } catch (error) {
      this.fail(error);
      return;
    }
    const steps = verifyRegisterSteps(reader);
    const finish = () => {
      this.finish = null;
      steps.return(undefined as never);
      try {
        reader.exec('COMMIT');
      } catch {
        // A read transaction has nothing to commit; closing ends it either way.
      }
      reader.close();
    };
    this.finish = finish;
    const slice = () => {
      if (this.cancelled) return;
      const started = Date.now();
      try {
        for (;;) {
          const step = steps.next();
          if (step.done) {
            finish();
            this.state = { state: 'done', at: this.clock().toISOString(), result: step.value };
            return;
          }
          if (Date.now() - started >= SLICE_MS) break;
        }
      } catch (error) {
        finish();
        this.fail(error);
        return;
      }
      this.schedule(slice);
    };
    slice();
  }

  private fail(error: unknown): void {
    const detail = error instanceof Error ? error.message : String(error);
    this.state = { state: 'failed', at: this.clock().toISOString(), message: `The register could not be checked: ${detail}` };
  }
}
