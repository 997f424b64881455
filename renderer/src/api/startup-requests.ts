import type { OperationInput, OperationName } from '../../../shared/contract/index';
import type { Result } from '../../../shared/result';
import type { ApiClient } from './api-client';

/** An operation and its input, as the first screen will ask for it. */
export type StartupRequest = { [K in OperationName]: { name: K; input: OperationInput<K> } }[OperationName];

/** How long an answer sent for at start-up may stand in for a fresh one. */
export const STARTUP_ANSWER_FRESH_MS = 5_000;

/** Operations that only read (or, for set-user, change who is working, not the register). */
const KEEPS_STARTUP_ANSWERS = /:(get|list|status|years|running|unseen|unlock-check|summary|timeline|space|progress|preview|read-chunk|organisation-get|replaced-list|advise|set-user)$/;

/**
 * Sends the first screen's requests together as the page starts, instead of one round after
 * another (the session's status, then the settings, then the register's first page), and hands
 * each answer to the first identical call. Still only through the contract, and never a stale or
 * failed answer: an answer is used once, only if it succeeded, only within
 * STARTUP_ANSWER_FRESH_MS of being sent, and any call that may change the register (anything but
 * a read) drops those not yet used. Otherwise the call goes out as usual.
 *
 * An answer that has already come back can also be taken at once with `answered`, for a screen's
 * first render. Taken that way it is no longer there for `call`, but `answered` gives it again
 * (React may run a state initialiser twice) until it is stale or a change drops it.
 */
export function withStartupRequests(api: ApiClient, requests: readonly StartupRequest[], now: () => number = () => performance.now()): ApiClient {
  /** `taken`: given out by `answered`, so no longer there for `call`. */
  type Early = { sentAt: number; answer: Promise<Result<unknown>>; arrived?: Result<unknown>; taken?: boolean };
  const waiting = new Map<string, Early>();
  for (const request of requests) {
    const early: Early = { sentAt: now(), answer: api.call(request.name, request.input as never) };
    void early.answer.then((result) => (early.arrived = result));
    waiting.set(requestKey(request.name, request.input), early);
  }
  const fresh = (early: Early) => now() - early.sentAt <= STARTUP_ANSWER_FRESH_MS;
  return {
    answered(name, input) {
      const early = waiting.get(requestKey(name, input));
      if (!early?.arrived?.ok || !fresh(early)) return undefined;
      early.taken = true;
      return early.arrived as never;
    },
    call(name, input) {
      if (waiting.size === 0) return api.call(name, input);
      const key = requestKey(name, input);
      const early = waiting.get(key);
      if (!early || early.taken) {
        if (!KEEPS_STARTUP_ANSWERS.test(name)) waiting.clear();
        return api.call(name, input);
      }
      waiting.delete(key);
      if (!fresh(early)) return api.call(name, input);
      return early.answer.then((result) => (result.ok ? (result as never) : api.call(name, input)));
    },
  };
}

/** The same operation with the same input, whatever the order of the input's keys. */
export function requestKey(name: string, input: unknown): string {
  return `${name} ${JSON.stringify(input ?? {}, (_key, value: unknown) => (value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : value))}`;
}
