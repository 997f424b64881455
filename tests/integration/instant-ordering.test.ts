import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectOk } from './security/support/security-helpers';
import { FULL_INCIDENT } from './support/full-incident';
import { makeTestRegister } from './support/test-register';

/**
 * Instants in mixed precision within one second, and with offsets: the register sorts and
 * compares them as text in SQL, so each is stored in one canonical form and orders by time.
 */
const SAME_SECOND = [
  ['2026-11-24T10:00:05.5Z', '2026-11-24T10:00:05.500Z'],
  ['2026-11-24T10:00:05Z', '2026-11-24T10:00:05.000Z'],
  ['2026-11-24T11:00:05.9+01:00', '2026-11-24T10:00:05.900Z'],
  ['2026-11-24T10:00:05.123Z', '2026-11-24T10:00:05.123Z'],
] as const;
const IN_TIME_ORDER = ['2026-11-24T10:00:05.000Z', '2026-11-24T10:00:05.123Z', '2026-11-24T10:00:05.500Z', '2026-11-24T10:00:05.900Z'];

describe('instants in mixed precision', () => {
  let register: ReturnType<typeof makeTestRegister>;
  beforeEach(async () => {
    register = makeTestRegister();
    await register.signIn();
  });
  afterEach(() => register.cleanup());

  it('stores each in the canonical form and lists the register in time order', async () => {
    for (const [given, canonical] of SAME_SECOND) {
      const created = expectOk(await register.dispatch('incident:create', { title: `aware ${given}`, awareAt: given })) as { awareAt: string };
      expect(created.awareAt).toBe(canonical);
    }
    const { db } = await register.session.services();
    expect(db.prepare('SELECT aware_at FROM incident ORDER BY aware_at').pluck().all()).toEqual(IN_TIME_ORDER);
    const ascending = expectOk(await register.dispatch('incident:list', { sort: 'aware_asc' })) as { items: { awareAt: string }[] };
    expect(ascending.items.map((item) => item.awareAt)).toEqual(IN_TIME_ORDER);
    const descending = expectOk(await register.dispatch('incident:list', { sort: 'aware_desc' })) as { items: { awareAt: string }[] };
    expect(descending.items.map((item) => item.awareAt)).toEqual([...IN_TIME_ORDER].reverse());
    const running = expectOk(await register.dispatch('clock:running', {})) as { awareAt: string }[];
    expect(running.map((item) => item.awareAt)).toEqual(IN_TIME_ORDER);
  });

  it('orders reports to the ICO by time and takes the earliest as the report time', async () => {
    const incident = expectOk(await register.dispatch('incident:create', { title: 'Reported twice', awareAt: '2026-11-24T10:00:00Z' })) as { id: number };
    const report = (submittedAt: string, kind: 'initial' | 'follow_up') =>
      register.dispatch('submission:record', {
        incidentId: incident.id,
        kind,
        submittedAt,
        channel: 'online_form',
        whatWasSent: 'The form',
        icoCaseReference: kind === 'follow_up' ? 'IC-123' : '',
        lateReason: '',
      });
    expectOk(await report('2026-11-24T12:00:05.5Z', 'follow_up'));
    // Earlier by 0.5 s, though later as text in its old form ("…05Z" > "…05.5Z").
    expectOk(await report('2026-11-24T12:00:05Z', 'initial'));
    const listed = expectOk(await register.dispatch('submission:list', { incidentId: incident.id })) as { submittedAt: string }[];
    expect(listed.map((s) => s.submittedAt)).toEqual(['2026-11-24T12:00:05.000Z', '2026-11-24T12:00:05.500Z']);
    const record = expectOk(await register.dispatch('incident:get', { id: incident.id })) as { reportedAt: string };
    expect(record.reportedAt).toBe('2026-11-24T12:00:05.000Z');
  });

  it('refuses a report half a second before awareness, written in another precision', async () => {
    const incident = expectOk(await register.dispatch('incident:create', { title: 'Aware', awareAt: '2026-11-24T10:00:05.5Z' })) as { id: number };
    const refused = await register.dispatch('submission:record', {
      incidentId: incident.id,
      kind: 'initial',
      submittedAt: '2026-11-24T10:00:05Z',
      channel: 'online_form',
      whatWasSent: 'The form',
      icoCaseReference: '',
      lateReason: '',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input', issues: [{ path: 'submittedAt' }] } });
  });
});

describe('a record stored before instants were canonical', () => {
  let register: ReturnType<typeof makeTestRegister>;
  beforeEach(async () => {
    register = makeTestRegister();
    await register.signIn();
  });
  afterEach(() => register.cleanup());

  it('still verifies intact, reads back canonical, and keeps its trail as it was', async () => {
    const { register: service, db } = await register.session.services();
    // What an earlier release stored for a request that gave times in seconds (the service is
    // called directly, as the contract no longer lets such a form through).
    const legacy = { ...FULL_INCIDENT, occurred: { kind: 'at' as const, at: '2026-11-20T09:00:00Z' }, discoveredAt: '2026-11-20T10:15:00Z', awareAt: '2026-11-20T10:40:05Z' };
    const created = service.create(legacy);
    expect(db.prepare('SELECT aware_at FROM incident WHERE id = ?').pluck().get(created.id)).toBe('2026-11-20T10:40:05Z');
    const read = expectOk(await register.dispatch('incident:get', { id: created.id })) as { awareAt: string; discoveredAt: string };
    expect([read.awareAt, read.discoveredAt]).toEqual(['2026-11-20T10:40:05.000Z', '2026-11-20T10:15:00.000Z']);
    expect(expectOk(await register.dispatch('register:verify', {}))).toMatchObject({ intact: true, recordsNotMatchingTrail: [] });
    // A change of another field leaves the instants' trail alone (the same time is no change).
    expectOk(await register.dispatch('incident:update', { id: created.id, changes: { title: 'Renamed', discoveredAt: '2026-11-20T10:15:00.000Z' } }));
    const timeline = expectOk(await register.dispatch('incident:timeline', { id: created.id })) as { field: string | null }[];
    expect(timeline.filter((entry) => entry.field === 'discoveredAt')).toHaveLength(1);
    expect(expectOk(await register.dispatch('register:verify', {}))).toMatchObject({ intact: true });
  });
});
