import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Incident } from '../../shared/incident';
import type { RegisterPage } from '../../shared/register-query';
import { FULL_INCIDENT } from './support/full-incident';
import { makeTestRegister } from './support/test-register';

async function create(register: ReturnType<typeof makeTestRegister>, fields: object): Promise<Incident> {
  const result = await register.dispatch('incident:create', fields);
  if (!result.ok) throw new Error(`${result.error.message} ${JSON.stringify(result.error.issues)}`);
  return result.value as Incident;
}

describe('the breach register', () => {
  let register: ReturnType<typeof makeTestRegister>;
  beforeEach(async () => {
    register = makeTestRegister();
    await register.signIn();
  });
  afterEach(() => register.cleanup());

  it('keeps every field of a full record exactly, across a restart', async () => {
    const created = await create(register, FULL_INCIDENT);
    expect(created).toMatchObject(FULL_INCIDENT);
    register.reopen();
    await register.signIn();
    const read = await register.dispatch('incident:get', { id: created.id });
    expect(read.ok && read.value).toMatchObject({ ...FULL_INCIDENT, reference: 'BR-2026-0001' });
  });

  it('starts a record from a title alone, with everything else not yet known', async () => {
    const created = await create(register, { title: 'Laptop stolen from car' });
    expect(created).toMatchObject({ status: 'open', awareAt: null, occurred: { kind: 'not_known' }, peopleCount: { kind: 'not_known' } });
  });

  it('numbers references per year', async () => {
    expect((await create(register, { title: 'One' })).reference).toBe('BR-2026-0001');
    expect((await create(register, { title: 'Two' })).reference).toBe('BR-2026-0002');
    register.clock.now = new Date('2027-01-02T09:00:00.000Z');
    expect((await create(register, { title: 'Three' })).reference).toBe('BR-2027-0001');
  });

  it('updates only the fields given and keeps the rest', async () => {
    const created = await create(register, FULL_INCIDENT);
    const result = await register.dispatch('incident:update', { id: created.id, changes: { status: 'open', likelyConsequences: 'Distress.' } });
    expect(result.ok && result.value).toMatchObject({ ...FULL_INCIDENT, status: 'open', likelyConsequences: 'Distress.' });
  });

  it.each([
    ['times out of order', { discoveredAt: '2026-11-20T11:00:00.000Z', awareAt: '2026-11-20T10:00:00.000Z' }, 'awareAt'],
    ['occurred after discovery', { occurred: { kind: 'at', at: '2026-11-21T09:00:00.000Z' } }, 'occurred'],
    ['a future awareness time', { awareAt: '2026-12-01T09:00:00.000Z' }, 'awareAt'],
    ['a negative count', { peopleCount: { kind: 'exact', value: -3 } }, 'peopleCount.value'],
    ['a back-to-front range', { recordsCount: { kind: 'range', min: 50, max: 10 } }, 'recordsCount'],
    ['closing without lessons', { status: 'closed', lessonsLearned: '' }, 'lessonsLearned'],
    ['closing with an open action', { status: 'closed' }, 'actions'],
    ['containing without containment', { containment: '' }, 'containment'],
    ['a title too long', { title: 'x'.repeat(201) }, 'title'],
    ['a ticked box twice', { breachTypes: ['integrity', 'integrity'] }, 'breachTypes'],
  ])('refuses %s with a message beside the field, saving nothing', async (_label, changes, path) => {
    const created = await create(register, FULL_INCIDENT);
    const result = await register.dispatch('incident:update', { id: created.id, changes });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid_input');
      expect(result.error.issues?.map((i) => i.path.replace(/^changes\./, ''))).toContain(path);
      expect(result.error.issues?.every((i) => i.message.length > 10)).toBe(true);
    }
    const after = await register.dispatch('incident:get', { id: created.id });
    expect(after.ok && after.value).toMatchObject(FULL_INCIDENT);
  });

  it('closes a record once its lessons are in and its actions done', async () => {
    const created = await create(register, FULL_INCIDENT);
    const actions = FULL_INCIDENT.actions.map((a) => ({ ...a, done: true }));
    const result = await register.dispatch('incident:update', { id: created.id, changes: { status: 'closed', actions } });
    expect(result.ok && (result.value as Incident).status).toBe('closed');
  });

  it('needs to know who is making a change', async () => {
    register.reopen();
    const result = await register.dispatch('incident:create', { title: 'Nobody said who' });
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringMatching(/Say who you are/) } });
  });

  describe('listing, filtering and searching', () => {
    beforeEach(async () => {
      await create(register, FULL_INCIDENT);
      await create(register, {
        title: 'Ransomware on the file server',
        whatHappened: 'All shared drives were encrypted overnight.',
        cause: 'cyber_attack',
        breachTypes: ['availability', 'confidentiality'],
        awareAt: '2026-11-24T08:00:00.000Z',
      });
      await create(register, { title: 'Old filing cabinet left at the tip', cause: 'insecure_disposal', awareAt: '2025-03-02T12:00:00.000Z' });
      await create(register, { title: 'Nothing known yet' });
    });

    const list = async (query: object) => {
      const result = await register.dispatch('incident:list', query);
      if (!result.ok) throw new Error(result.error.message);
      return result.value as RegisterPage;
    };

    it('sorts newest awareness first by default and pages', async () => {
      const page = await list({ limit: 2 });
      expect(page.total).toBe(4);
      expect(page.items.map((i) => i.title)).toEqual(['Ransomware on the file server', FULL_INCIDENT.title]);
      expect((await list({ limit: 2, offset: 2 })).items.map((i) => i.title)).toEqual(['Old filing cabinet left at the tip', 'Nothing known yet']);
    });

    it('filters by status, year, cause, type, reporting and deadline state', async () => {
      const titles = async (query: object) => (await list(query)).items.map((i) => i.title).sort();
      expect(await titles({ status: 'contained' })).toEqual([FULL_INCIDENT.title]);
      expect(await titles({ year: 2025 })).toEqual(['Old filing cabinet left at the tip']);
      expect(await titles({ cause: 'cyber_attack' })).toEqual(['Ransomware on the file server']);
      expect(await titles({ breachType: 'availability' })).toEqual(['Ransomware on the file server']);
      expect((await titles({ reported: 'no' })).length).toBe(4);
      expect(await titles({ reported: 'yes' })).toEqual([]);
      expect(await titles({ deadline: 'not_started' })).toEqual(['Nothing known yet']);
      // now = 25 Nov 09:00: aware 24 Nov 08:00 → 47 h left; aware 20 Nov → overdue.
      expect(await titles({ deadline: 'running' })).toEqual(['Ransomware on the file server']);
      expect(await titles({ deadline: 'overdue' })).toEqual(['Old filing cabinet left at the tip', FULL_INCIDENT.title].sort());
      expect(await titles({ deadline: 'due_soon' })).toEqual([]);
    });

    it('searches the text of the record, ignoring accents and case, with prefix matching as you type', async () => {
      const titles = async (search: string) => (await list({ search })).items.map((i) => i.title);
      expect(await titles('lukasz')).toEqual([FULL_INCIDENT.title]);
      expect(await titles('ENCRYPTED overnight')).toEqual(['Ransomware on the file server']);
      expect(await titles('autocompl')).toEqual([FULL_INCIDENT.title]);
      expect(await titles('дмитрий')).toEqual([FULL_INCIDENT.title]);
      expect(await titles('"unbalanced OR quote*')).toEqual([]);
      expect(await titles('zebra')).toEqual([]);
    });

    it('lists the years that have incidents', async () => {
      const years = await register.dispatch('register:years', {});
      expect(years.ok && years.value).toEqual([2026, 2025]);
    });
  });
});
