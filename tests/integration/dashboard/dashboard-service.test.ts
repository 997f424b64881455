import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DashboardView } from '../../../shared/contract/dashboard-operations';
import { call, flat, pdfText, qpdfCheck, saveDocument } from '../documents/document-support';
import { makeTestRegister } from '../support/test-register';
import { SEEDED_NOW, seedKnownRegister } from './known-register';

const figures = (view: DashboardView) => Object.fromEntries(view.figures.map((f) => [f.label, f.value]));
const chart = (view: DashboardView, id: string) =>
  Object.fromEntries(view.charts.find((c) => c.id === id)?.bars.map((b) => [b.label, b.value]) ?? []);

describe('dashboard:summary on a real encrypted register', () => {
  const register = makeTestRegister({ now: SEEDED_NOW });
  let refs: Awaited<ReturnType<typeof seedKnownRegister>>;

  beforeAll(async () => {
    await register.signIn();
    refs = await seedKnownRegister(register);
  });
  afterAll(() => register.cleanup());

  it('gives the hand-worked figures for the last 12 months', async () => {
    const view = await call<DashboardView>(register, 'dashboard:summary', { period: { preset: 'last_12_months' } });
    expect(view.period).toEqual({ from: '2026-01-01', to: '2026-12-02' });
    expect(figures(view)).toEqual({
      'Breaches in the period': '4',
      'Reported within 72 hours': '33% (1 of 3)',
      'Median time from awareness to report': '2 days 12 hours 30 minutes',
      'Median time from awareness to containment': '1 day 12 hours',
      'Overdue actions': '2',
      'Breaches never assessed': '3',
    });
    expect(chart(view, 'per-month')).toMatchObject({ 'January 2026': 1, 'March 2026': 0, 'April 2026': 1, 'October 2026': 1, 'December 2026': 1 });
    // The January breach was recorded as integrity only; its assessment found the payslips seen by others, and saving it corrected the record.
    expect(chart(view, 'by-type')).toEqual({ Confidentiality: 2, Integrity: 1, Availability: 1, 'Type not yet known': 2 });
    expect(chart(view, 'by-cause')).toMatchObject({ 'System failure': 1, 'Cyber attack': 1, 'Something else': 1, 'Not yet known': 1, 'Sent to the wrong person': 0 });
    const named = Object.fromEntries(view.figures.map((f) => [f.label, f.references]));
    // Oldest first, by when the organisation became aware; over the whole register.
    expect(named['Overdue actions']).toEqual([refs.before.reference, refs.apr.reference]);
    expect(named['Breaches never assessed']).toEqual([refs.before.reference, refs.oct.reference, refs.dec.reference]);
  });

  it('the UK financial year starts at midnight on 1 April in London, so 00:30 BST on 1 April is in it', async () => {
    const view = await call<DashboardView>(register, 'dashboard:summary', { period: { preset: 'financial_year' } });
    expect(view.period).toEqual({ from: '2026-04-01', to: '2026-12-02' });
    expect(figures(view)['Breaches in the period']).toBe('3');
  });

  it('a custom period across the year boundary counts the breach of New Year’s Eve', async () => {
    const view = await call<DashboardView>(register, 'dashboard:summary', { period: { preset: 'custom', from: '2025-12-01', to: '2026-01-31' } });
    expect(chart(view, 'per-month')).toEqual({ 'December 2025': 1, 'January 2026': 1 });
  });

  it('refuses a period that cannot be, saying why, and changes nothing', async () => {
    const before = await call<DashboardView>(register, 'dashboard:summary', { period: { preset: 'this_year' } });
    for (const period of [
      { preset: 'custom', from: '2026-05-01', to: '2026-04-01' },
      { preset: 'custom', from: '2026-13-01', to: '2026-12-01' },
      { preset: 'custom', from: '2000-01-01', to: '2026-01-01' },
      { preset: 'next_year' },
      { preset: 'this_year', from: '2026-01-01' },
      'last_12_months',
    ]) {
      const result = await register.dispatch('dashboard:summary', { period });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('invalid_input');
    }
    expect(await call<DashboardView>(register, 'dashboard:summary', { period: { preset: 'this_year' } })).toEqual(before);
  });

  it('puts the same figures and charts, as text and vectors, at the front of the audit pack', async () => {
    const { path } = await saveDocument(register, 'document:save-pdf', { kind: 'audit-pack', range: { from: '2026-01-01', to: '2026-12-02' } });
    expect(qpdfCheck(path)).toContain('No syntax or stream encoding errors');
    const first = flat(pdfText(path, '-f', '1', '-l', '2'));
    expect(first).toContain('The period at a glance');
    expect(first).toContain('Reported within 72 hours 33% (1 of 3)');
    expect(first).toContain('Median time from awareness to containment 1 day 12 hours');
    expect(first).toContain(`Overdue actions 2. Across the whole register: past their due date and not done. ${refs.before.reference}, ${refs.apr.reference}.`);
    for (const title of ['Breaches per month', 'Breaches by type', 'Breaches by cause', 'Reports to the ICO against the 72-hour deadline']) {
      expect(first).toContain(title);
    }
    expect(first.indexOf('The period at a glance')).toBeLessThan(flat(pdfText(path)).indexOf('Summary of every breach'));
  });
});
