import type { RegisterAnchor } from './register-anchor';

/**
 * Operations that add to the trail take turns: each starts once every earlier one and its
 * fingerprint are done, so after a sudden stop the kept fingerprint is at most one transaction
 * behind. A long operation (a backup) runs outside the turns and takes one only for its own write.
 */
export class WriteTurns {
  private last: Promise<unknown> = Promise.resolve();

  constructor(private readonly anchor: RegisterAnchor) {}

  /** Runs `write` in the next turn; `write` keeps the fingerprint itself (see `keepingAfter`). */
  take<T>(write: () => Promise<T>): Promise<T> {
    const turn = this.last.then(async () => {
      await this.anchor.idle();
      return write();
    });
    this.last = turn.catch(() => undefined);
    return turn;
  }

  /** A write of its own in the next turn, with the fingerprint kept before the turn ends. */
  keepingAfter(write: () => void | Promise<void>): Promise<void> {
    return this.take(async () => {
      try {
        await write();
      } finally {
        await this.anchor.afterOperation();
      }
    });
  }
}
