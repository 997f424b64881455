import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Incident } from '../../shared/incident';
import { makeTestRegister } from './support/test-register';

const draft = {
  title: 'Payroll spreadsheet emailed to the wrong person',
  occurredAt: '2026-11-24T15:40:00.000Z',
  awareAt: '2026-11-24T16:05:00.000Z',
  description: 'Sent to a supplier instead of our accountant. Zoë Ødegård noticed.',
};

describe('recording breaches in the register', () => {
  let register: ReturnType<typeof makeTestRegister>;
  beforeEach(() => {
    register = makeTestRegister();
  });
  afterEach(() => register.cleanup());

  it('creates an incident with the next reference of the year and lists it', async () => {
    const first = await register.dispatch('incident:create', draft);
    const second = await register.dispatch('incident:create', { ...draft, title: 'Laptop stolen', occurredAt: null });
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    const a = first.value as Incident;
    const b = second.value as Incident;
    expect(a.reference).toBe('BR-2026-0001');
    expect(b.reference).toBe('BR-2026-0002');
    expect(a).toMatchObject(draft);
    expect(b.occurredAt).toBeNull();
    expect(a.createdAt).toBe('2026-11-25T09:00:00.000Z');

    const list = await register.dispatch('incident:list', {});
    expect(list.ok && (list.value as Incident[]).map((i) => i.reference)).toEqual(['BR-2026-0002', 'BR-2026-0001']);
  });

  it('keeps incidents across a restart', async () => {
    await register.dispatch('incident:create', draft);
    register.reopen();
    const list = await register.dispatch('incident:list', {});
    expect(list.ok).toBe(true);
    if (list.ok) expect((list.value as Incident[]).map((i) => i.title)).toEqual([draft.title]);
  });

  it('starts numbering again in a new year', async () => {
    await register.dispatch('incident:create', draft);
    register.clock.now = new Date('2027-01-02T09:00:00.000Z');
    const next = await register.dispatch('incident:create', draft);
    expect(next.ok && (next.value as Incident).reference).toBe('BR-2027-0001');
  });

  it('refuses an awareness time in the future, beyond the clock tolerance', async () => {
    const result = await register.dispatch('incident:create', { ...draft, occurredAt: null, awareAt: '2026-11-25T09:30:00.000Z' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues?.[0]?.path).toBe('awareAt');
    const withinTolerance = await register.dispatch('incident:create', { ...draft, occurredAt: null, awareAt: '2026-11-25T09:02:00.000Z' });
    expect(withinTolerance.ok).toBe(true);
  });

  it('answers not_found for an id that is not there', async () => {
    const result = await register.dispatch('incident:get', { id: 99 });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
