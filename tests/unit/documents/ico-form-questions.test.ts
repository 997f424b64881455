import { describe, expect, it } from 'vitest';
import type { DocumentModel, FieldRow } from '../../../shared/documents/document-model';
import { icoCompanion } from '../../../shared/documents/ico-companion';
import { icoReportDocument } from '../../../shared/documents/ico-report';
import type { IncidentFields } from '../../../shared/incident';
import type { Organisation } from '../../../shared/organisation';
import { assessment, incident, input } from './incident-builder';

const rows = (model: DocumentModel): FieldRow[] => model.blocks.flatMap((b) => (b.kind === 'fields' ? b.rows : []));
const value = (model: DocumentModel, label: string) => rows(model).find((r) => r.label === label)?.value;
const fillInWarning = (model: DocumentModel) => model.checks.find((c) => c.includes('Fill in the record where you can'));

const ORGANISATION: Organisation = {
  name: 'Example Accountants Ltd',
  address: '1 High Street\nLeeds LS1 1AA',
  icoRegistrationNumber: 'ZA000001',
  sector: 'Accountancy',
  size: '10_to_49',
  contactKind: 'dpo',
  contact: { name: 'Sam Patel', role: 'Data protection officer', email: 'dpo@example.co.uk', phone: '0113 496 0000' },
  reporter: { name: 'Zoë Ødegård', role: 'Office manager', email: 'zoe@example.co.uk', phone: '0113 496 0001' },
  trainingAndGuidance: 'Annual data protection training; written guidance on sending files.',
};

/** A cyber incident with every question of the ICO form answered. */
const COMPLETE: Partial<IncidentFields> = {
  whatHappened: 'Ransomware encrypted the shared drive.',
  cause: 'cyber_attack',
  breachTypes: ['availability', 'confidentiality'],
  cyberIncident: 'yes',
  howDiscovered: 'Files would not open on Monday morning.',
  discoveredBy: 'Office manager',
  occurred: { kind: 'at', at: '2026-11-22T08:00:00.000Z' },
  discoveredAt: '2026-11-22T08:30:00.000Z',
  awareAt: '2026-11-22T09:00:00.000Z',
  awarenessNote: 'Our IT provider confirmed the encryption at 09:00.',
  dataCategories: ['basic_identifiers'],
  peopleCount: { kind: 'exact', value: 40 },
  recordsCount: { kind: 'exact', value: 40 },
  peopleCategories: ['customers'],
  organisationsInvolved: 'Our IT provider; the NCSC was told.',
  likelyConsequences: 'Customers’ contact details may be published.',
  containment: 'Systems isolated and restored from the offline backup.',
  actions: [{ description: 'Turn on multi-factor sign-in', owner: 'IT provider', dueDate: '2026-12-04', done: false }],
  lessonsLearned: 'Backups must stay offline.',
  preventionSteps: 'Multi-factor sign-in for every account.',
  measuresBeforehand: 'Antivirus on every PC; a nightly offline backup.',
  staffRecentlyTrained: 'yes',
  involvedStaffTrained: 'no_staff_involved',
  icoStaffSpokenTo: 'no',
  cyberImpact: 'medium',
  cyberRecoveryTime: 'supplemented',
};

function draft(fields: Partial<IncidentFields>) {
  return icoReportDocument(
    input({
      incident: incident(fields),
      organisation: ORGANISATION,
      assessment: assessment({ answers: { ...assessment().answers, misuseSeen: 'no_sign_so_far', containment: 'confirmed' } }),
      previousIcoReports: [],
    }),
  );
}

describe('every question of the ICO form answered from the record', () => {
  it('a complete record leaves no answer unknown, so the "fill in the record" warning clears', () => {
    const model = draft(COMPLETE);
    expect(rows(model).filter((r) => r.unknown).map((r) => r.label)).toEqual([]);
    expect(fillInWarning(model)).toBeUndefined();
    expect(icoCompanion(model, null).unknownCount).toBe(0);
  });

  it('answers the four once-missing questions and the cyber ones in the ICO form’s words', () => {
    const model = draft(COMPLETE);
    expect(value(model, 'Measures in place beforehand to prevent this kind of incident')).toBe('Antivirus on every PC; a nightly offline backup.');
    expect(value(model, 'Do staff get recent data protection training?')).toBe('Yes');
    expect(value(model, 'Had the staff member involved been trained in the last two years?')).toBe('No particular member of staff was involved');
    expect(value(model, 'ICO staff already spoken to about this breach')).toBe('None');
    expect(value(model, 'Reports to the ICO in the last two years, with their references')).toContain('None');
    expect(value(model, 'Cyber incident: impact on the organisation')).toBe('Medium: we have lost the ability to provide critical services to some users');
    expect(value(model, 'Cyber incident: recovery time')).toBe('Supplemented: the time to recover is predictable with more resources');
  });

  it('names who at the ICO was spoken to, with any report made by phone', () => {
    const model = draft({ ...COMPLETE, icoStaffSpokenTo: 'yes', icoStaffSpokenToDetail: 'Helpline adviser, 22 Nov 2026' });
    expect(value(model, 'ICO staff already spoken to about this breach')).toBe('Helpline adviser, 22 Nov 2026');
  });

  const missing: [string, Partial<IncidentFields>, string][] = [
    ['measures beforehand', { measuresBeforehand: '' }, 'Measures in place beforehand to prevent this kind of incident'],
    ['recent training', { staffRecentlyTrained: 'not_yet_known' }, 'Do staff get recent data protection training'],
    ['the person involved trained', { involvedStaffTrained: 'not_yet_known' }, 'Had the staff member involved been trained in the last two years'],
    ['ICO staff spoken to', { icoStaffSpokenTo: 'not_yet_known' }, 'ICO staff already spoken to about this breach'],
    ['cyber impact', { cyberImpact: 'not_yet_known' }, 'Cyber incident: impact on the organisation'],
    ['cyber recovery time', { cyberRecoveryTime: 'not_yet_known' }, 'Cyber incident: recovery time'],
  ];
  for (const [what, change, question] of missing) {
    it(`without ${what}, the warning names that question and only that one`, () => {
      const warning = fillInWarning(draft({ ...COMPLETE, ...change }));
      expect(warning).toContain('1 answer is not yet known');
      expect(warning).toContain(`Still to answer: ${question}.`);
    });
  }

  it('does not ask a non-cyber incident the cyber questions, whatever they hold', () => {
    const model = draft({ ...COMPLETE, cyberIncident: 'no', cyberImpact: 'not_yet_known', cyberRecoveryTime: 'not_yet_known' });
    expect(fillInWarning(model)).toBeUndefined();
    expect(value(model, 'Cyber incident questions (systems affected, impact, recovery time)')).toBe('Not applicable: not a cyber incident');
  });

  it('an older record, without the new fields, reads each of them as not yet known', () => {
    const warning = fillInWarning(draft({ ...COMPLETE, measuresBeforehand: '', staffRecentlyTrained: 'not_yet_known', involvedStaffTrained: 'not_yet_known', icoStaffSpokenTo: 'not_yet_known', cyberImpact: 'not_yet_known', cyberRecoveryTime: 'not_yet_known' }));
    expect(warning).toContain('6 answers are not yet known');
  });
});
