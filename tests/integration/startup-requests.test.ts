import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../renderer/src/api/api-client';
import { createApiClient } from '../../renderer/src/api/api-client';
import type { StartupRequest } from '../../renderer/src/api/startup-requests';
import { STARTUP_ANSWER_FRESH_MS, withStartupRequests } from '../../renderer/src/api/startup-requests';
import type { RegisterQuery } from '../../shared/register-query';
import { makeTestRegister } from './support/test-register';

const FIRST_PAGE: RegisterQuery & { kind: 'breach' } = {
  search: '',
  status: null,
  year: null,
  cause: null,
  breachType: null,
  reported: null,
  deadline: null,
  kind: 'breach',
  sort: 'aware_desc',
  offset: 0,
  limit: 50,
};
const STARTUP: StartupRequest[] = [
  { name: 'session:status', input: {} },
  { name: 'incident:list', input: FIRST_PAGE },
];

/** The renderer's start-up requests over the real services: what reaches them, and what a screen gets. */
describe('requests sent as the page starts', () => {
  let register: ReturnType<typeof makeTestRegister>;
  let sent: string[];
  let clock: number;
  const client = (requests: StartupRequest[]): ApiClient =>
    withStartupRequests(
      createApiClient(async (name, input) => {
        sent.push(name);
        return register.dispatch(name, input);
      }),
      requests,
      () => clock,
    );

  beforeEach(async () => {
    register = makeTestRegister();
    await register.signIn();
    await register.dispatch('incident:create', { title: 'Laptop left on a train', awareAt: '2026-11-24T10:00:00.000Z' });
    sent = [];
    clock = 0;
  });
  afterEach(() => register.cleanup());

  it('go out at once, side by side, and answer the first identical call without asking again', async () => {
    const api = client(STARTUP);
    expect(sent).toEqual(['session:status', 'incident:list']);
    // The screen builds its query in another key order: still the same request.
    const { limit, offset, ...filters } = FIRST_PAGE;
    const page = await api.call('incident:list', { offset, limit, ...filters });
    expect(page.ok && page.value.items.map((item) => item.title)).toEqual(['Laptop left on a train']);
    expect(sent).toEqual(['session:status', 'incident:list']);
    // Used once: the next list is asked afresh.
    await api.call('incident:list', FIRST_PAGE);
    expect(sent).toEqual(['session:status', 'incident:list', 'incident:list']);
  });

  it('are dropped by any change, so a screen never shows the register as it was before it', async () => {
    const api = client(STARTUP);
    await api.call('incident:create', { title: 'Email to the wrong client', awareAt: '2026-11-25T08:00:00.000Z' });
    const page = await api.call('incident:list', FIRST_PAGE);
    expect(page.ok && page.value.items.map((item) => item.title)).toEqual(['Email to the wrong client', 'Laptop left on a train']);
    expect(sent.filter((name) => name === 'incident:list')).toHaveLength(2);
  });

  it('can be taken at once for a first render once back, again while fresh, and are then asked afresh by a call', async () => {
    const api = client(STARTUP);
    // Not back yet: the screen shows its loading state and calls as usual.
    expect(api.answered('incident:list', FIRST_PAGE)).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const taken = api.answered('incident:list', FIRST_PAGE);
    expect(taken?.ok && taken.value.items.map((item) => item.title)).toEqual(['Laptop left on a train']);
    // React may run a state initialiser twice: the same answer again.
    expect(api.answered('incident:list', FIRST_PAGE)).toBe(taken);
    await api.call('incident:list', FIRST_PAGE);
    expect(sent).toEqual(['session:status', 'incident:list', 'incident:list']);
    // Nothing was asked for that was not sent for at start-up.
    expect(api.answered('register:years', {})).toBeUndefined();
  });

  it('are not taken once stale, nor after a change, nor when they failed', async () => {
    const stale = client(STARTUP);
    await new Promise((resolve) => setTimeout(resolve, 0));
    clock += STARTUP_ANSWER_FRESH_MS + 1;
    expect(stale.answered('incident:list', FIRST_PAGE)).toBeUndefined();

    clock = 0;
    const changed = client(STARTUP);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(changed.answered('incident:list', FIRST_PAGE)?.ok).toBe(true);
    await changed.call('incident:create', { title: 'Email to the wrong client', awareAt: '2026-11-25T08:00:00.000Z' });
    expect(changed.answered('incident:list', FIRST_PAGE)).toBeUndefined();
    expect(changed.answered('session:status', {})).toBeUndefined();

    expect((await register.dispatch('session:lock', {})).ok).toBe(true);
    const failed = client(STARTUP);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(failed.answered('incident:list', FIRST_PAGE)).toBeUndefined();
  });

  it('are not used once stale', async () => {
    const api = client(STARTUP);
    clock += STARTUP_ANSWER_FRESH_MS + 1;
    await api.call('incident:list', FIRST_PAGE);
    expect(sent.filter((name) => name === 'incident:list')).toHaveLength(2);
  });

  it('pass on no failure: the call is made again and its own answer given', async () => {
    register.session.close();
    const locked = await register.dispatch('session:lock', {});
    expect(locked.ok).toBe(true);
    const api = client(STARTUP);
    // Locked at start-up: the early list failed, and is not what the screen gets after the unlock.
    const early = await register.dispatch('session:unlock-key-store', {});
    expect(early.ok).toBe(true);
    await register.signIn();
    const page = await api.call('incident:list', FIRST_PAGE);
    expect(page.ok).toBe(true);
    expect(sent.filter((name) => name === 'incident:list')).toHaveLength(2);
  });
});
