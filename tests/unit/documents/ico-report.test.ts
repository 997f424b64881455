import { describe, expect, it } from 'vitest';
import { NOT_YET_KNOWN } from '../../../shared/documents/describe-incident';
import type { DocumentModel, FieldRow } from '../../../shared/documents/document-model';
import { inFirstPerson } from '../../../shared/documents/decision-words';
import { DRAFT_STATUS, ICO_REPORT_SECTIONS, icoReportDocument } from '../../../shared/documents/ico-report';
import { assessment, incident, input, submission } from './incident-builder';

const rows = (model: DocumentModel): FieldRow[] => model.blocks.flatMap((b) => (b.kind === 'fields' ? b.rows : []));
const value = (model: DocumentModel, label: string) => rows(model).find((r) => r.label === label)?.value;

describe('the ICO report draft content', () => {
  it('has the ICO form’s ten sections in order, then the two annexes', () => {
    const headings = icoReportDocument(input()).blocks.flatMap((b) => (b.kind === 'heading' && b.level === 2 ? [b.text] : []));
    expect(headings).toEqual([...ICO_REPORT_SECTIONS, 'Annex A. Our risk assessment and decision', 'Annex B. Reports sent to the ICO']);
  });

  it('never leaves a value blank: unknowns read "Not yet known — to follow" and are flagged', () => {
    const model = icoReportDocument(input());
    for (const r of rows(model)) {
      expect(r.value.trim()).not.toBe('');
      expect(r.unknown).toBe(r.value === NOT_YET_KNOWN);
    }
    expect(value(model, 'When we became aware')).toBe(NOT_YET_KNOWN);
    expect(value(model, 'Organisation name')).toBe(NOT_YET_KNOWN);
    expect(model.header).toEqual({ left: `Organisation: ${NOT_YET_KNOWN}`, right: `BR-2026-0007 · ${DRAFT_STATUS}` });
  });

  it('is named "BR-2026-0007 ICO report draft 2026-11-23" and checks list the unknowns', () => {
    const model = icoReportDocument(input());
    expect(model.fileName).toBe('BR-2026-0007 ICO report draft 2026-11-23');
    expect(model.checks.some((c) => c.includes('answers are not yet known'))).toBe(true);
  });

  it('names the processor that told us, and when, for a controller told by its processor', () => {
    const told = incident({ role: 'controller', processorName: 'Acme Payroll Ltd', processorToldAt: '2026-11-22T09:00:00.000Z', awareAt: '2026-11-22T09:00:00.000Z' });
    expect(value(icoReportDocument(input({ incident: told })), 'Told of the breach by our processor')).toBe('Acme Payroll Ltd, on Sun 22 Nov 2026, 09:00');
    expect(value(icoReportDocument(input()), 'Told of the breach by our processor')).toBeUndefined();
  });

  it('before the deadline: not late, and says by when to send it', () => {
    const model = icoReportDocument(input({ incident: incident({ awareAt: '2026-11-22T09:00:00.000Z' }) }));
    expect(value(model, '72-hour deadline for reporting')).toBe('Wed 25 Nov 2026, 09:00');
    expect(value(model, 'Reported more than 72 hours after becoming aware?')).toBe('No, if sent by Wed 25 Nov 2026, 09:00');
    expect(value(model, 'Reasons for reporting late')).toBe('Not applicable');
  });

  it('past the deadline and not reported: asks for the reasons for the delay', () => {
    const model = icoReportDocument(input({ incident: incident({ awareAt: '2026-11-19T09:00:00.000Z' }) }));
    expect(value(model, 'Reported more than 72 hours after becoming aware?')).toBe('Yes: the 72-hour deadline passed on Sun 22 Nov 2026, 09:00');
    expect(value(model, 'Reasons for reporting late')).toBe(NOT_YET_KNOWN);
  });

  it('reported late: gives the reasons, the submission date in the header and the case reference', () => {
    const model = icoReportDocument(
      input({
        incident: incident({ awareAt: '2026-11-18T09:00:00.000Z' }, { reportedAt: '2026-11-22T10:00:00.000Z' }),
        submissions: [submission({ late: true, lateReason: 'Our only manager was in hospital.' })],
      }),
    );
    expect(value(model, 'Reasons for reporting late')).toBe('Our only manager was in hospital.');
    expect(value(model, 'ICO case reference')).toBe('IC-1');
    expect(value(model, 'Initial report or follow-up')).toBe('Follow-up: the initial report was sent on Sun 22 Nov 2026, 10:00');
    expect(model.header?.right).toBe('BR-2026-0007 · Submitted to the ICO on 22 Nov 2026');
  });

  it('gives the assessment’s decision and every reason word for word, in the first person', () => {
    const version = assessment();
    const model = icoReportDocument(input({ assessment: version }));
    const list = model.blocks.find((b) => b.kind === 'list');
    for (const reason of version.advice.reasons) {
      expect(list?.kind === 'list' && list.items.some((item) => item.startsWith(inFirstPerson(reason.text)))).toBe(true);
    }
    expect(value(model, 'Does the decision follow the advice?')).toBe('Yes');
    expect(value(model, 'Does the breach meet the threshold for reporting?')).toMatch(/does not meet the threshold/);
  });

  it('writes "other" details even when "Other" was not ticked, so nothing written is lost', () => {
    const model = icoReportDocument(input({ incident: incident({ dataCategories: ['health'], dataCategoriesOther: 'Allergy notes' }) }));
    expect(value(model, 'Kinds of personal data')).toBe('Health; Other: Allergy notes');
  });
});
