import type { Db } from '../electron/services/database/open-database';

/**
 * Splits a save's time into the work inside its transaction and the rest (BEGIN, and COMMIT with
 * the WAL's fsync at synchronous=FULL), by timing the body of each outermost transaction run on
 * this connection. For the bench's own connection only: it wraps that connection's `transaction`.
 */
export function timeTransactionBodies(db: Db): { take: () => number } {
  const original = db.transaction.bind(db);
  let depth = 0;
  let bodies = 0;
  db.transaction = ((fn: (...args: unknown[]) => unknown) =>
    original((...args: unknown[]) => {
      depth += 1;
      const started = performance.now();
      try {
        return fn(...args);
      } finally {
        depth -= 1;
        if (depth === 0) bodies += performance.now() - started;
      }
    })) as Db['transaction'];
  return {
    /** The time spent inside transactions since the last take. */
    take: () => {
      const taken = bodies;
      bodies = 0;
      return taken;
    },
  };
}
