import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../../shared/documents/document-model';
import type { Incident } from '../../../shared/incident';
import { makeTestRegister } from '../support/test-register';
import { call, createIncident } from './document-support';

const QUESTION = 'Reports to the ICO in the last two years, with their references';

function answer(model: DocumentModel): string | undefined {
  return model.blocks.flatMap((b) => (b.kind === 'fields' ? b.rows : [])).find((r) => r.label === QUESTION)?.value;
}

describe('the ICO draft’s "previous contact with the ICO", from the register’s own reports', () => {
  const register = makeTestRegister({ now: new Date('2026-11-25T09:00:00.000Z') });
  let old: Incident;
  let recent: Incident;
  let current: Incident;

  const draft = (incident: Incident) => call<DocumentModel>(register, 'document:preview', { request: { kind: 'ico-report', incidentId: incident.id } });
  const report = (incident: Incident, submittedAt: string, icoCaseReference: string) =>
    call(register, 'submission:record', {
      incidentId: incident.id,
      kind: 'initial',
      submittedAt,
      channel: 'online_form',
      whatWasSent: 'The facts known then.',
      icoCaseReference,
      lateReason: 'Reported late, before Breachlog.',
    });

  beforeAll(async () => {
    await register.signIn();
    old = await createIncident(register, { title: 'Old breach', awareAt: '2024-06-01T09:00:00.000Z' });
    recent = await createIncident(register, { title: 'Recent breach', awareAt: '2026-03-02T09:00:00.000Z' });
    current = await createIncident(register, { title: 'This breach', awareAt: '2026-11-24T09:00:00.000Z' });
  });
  afterAll(() => register.cleanup());

  it('says "None" when the register holds no report in the last two years', async () => {
    expect(answer(await draft(current))).toBe('None: we have not reported a breach to the ICO in the last two years');
  });

  it('lists the other breaches reported in the last two years with their ICO references, not older ones or this one', async () => {
    await report(old, '2024-06-10T09:00:00.000Z', 'IC-OLD-1');
    await report(recent, '2026-03-03T10:00:00.000Z', 'IC-222222');
    await report(current, '2026-11-25T08:00:00.000Z', 'IC-333333');
    expect(answer(await draft(current))).toBe(`${recent.reference}, reported on 3 Mar 2026, ICO case reference IC-222222`);
    expect(answer(await draft(recent))).toBe(`${current.reference}, reported on 25 Nov 2026, ICO case reference IC-333333`);
  });
});
