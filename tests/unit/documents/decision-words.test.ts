import { describe, expect, it } from 'vitest';
import { assessBreach } from '../../../shared/assessment';
import { inFirstPerson } from '../../../shared/documents/decision-words';
import { icoReportDocument } from '../../../shared/documents/ico-report';
import * as reasons from '../../../shared/assessment/reasons';
import * as rules from '../../../shared/assessment/rules';
import * as unknowns from '../../../shared/assessment/unknowns';
import { QUIET } from '../assessment/answers-builder';
import { assessment, input } from './incident-builder';

const value = (model: ReturnType<typeof icoReportDocument>, label: string) =>
  model.blocks.flatMap((b) => (b.kind === 'fields' ? b.rows : [])).find((r) => r.label === label)?.value ?? '';

describe('decisions in the ICO draft', () => {
  const advice = assessBreach(QUIET);

  it('the advice is "unlikely to result in a risk" for the quiet breach these tests start from', () => {
    expect(advice.riskLevel).toBe('unlikely');
    expect(advice.reportToIco).toBe('not_required');
  });

  it('a decision to report against the advice is the organisation’s own, with its reason, and never “Yes: our assessment is…unlikely”', () => {
    const version = assessment({
      decision: { reportToIco: 'required', tellPeople: 'not_required', tellPeopleException: null, followsAdvice: false, justification: 'Our insurer asks us to report every breach.' },
    });
    const answer = value(icoReportDocument(input({ assessment: version })), 'Does the breach meet the threshold for reporting?');
    expect(answer).not.toMatch(/^Yes: our assessment/);
    expect(answer).toBe(
      'We have decided to report it, although our risk assessment found it unlikely to result in a risk to people. Our reason: Our insurer asks us to report every breach.',
    );
  });

  it('a decision to tell people against the advice names both, with the reason', () => {
    const version = assessment({
      decision: { reportToIco: 'required', tellPeople: 'required', tellPeopleException: null, followsAdvice: false, justification: 'They are our own staff and should hear it from us' },
    });
    const answer = value(icoReportDocument(input({ assessment: version })), 'Our decision on telling them, and why');
    expect(answer).toBe(
      'Our own decision: tell the people affected. Our risk assessment advised: no need to tell the people affected: the risk to them is not high. Our reason: They are our own staff and should hear it from us.',
    );
  });

  it('a decision that follows the advice rests on the assessment', () => {
    const answer = value(icoReportDocument(input({ assessment: assessment() })), 'Does the breach meet the threshold for reporting?');
    expect(answer).toBe('Our assessment is that it does not meet the threshold (unlikely to result in a risk to people), but we want the ICO to know about it');
  });
});

describe('the wizard’s reasons, in the first person', () => {
  it('turns "you" into "we" and "your" into "our"', () => {
    expect(inFirstPerson('You do not know yet whether you can reach everyone, so ask your IT provider.')).toBe(
      'We do not know yet whether we can reach everyone, so ask our IT provider.',
    );
  });

  /** Every text the assessment modules export, as the documents may quote them. */
  function prose(value: unknown, seen = new Set<unknown>()): string[] {
    if (typeof value === 'string') return value.includes(' ') ? [value] : [];
    if (value === null || typeof value !== 'object' || seen.has(value)) return [];
    seen.add(value);
    return Object.values(value).flatMap((v) => prose(v, seen));
  }
  const texts = [rules, unknowns, reasons].flatMap((module) => prose(module));

  it('every "you" in those texts is a subject, so the swap keeps the grammar (no "told you", "for you")', () => {
    expect(texts.some((t) => /\byou\b/i.test(t))).toBe(true);
    expect(texts.filter((t) => /\b(to|for|tell|told|ask|asks|give|gives|with|let|help)\s+you\b/i.test(t))).toEqual([]);
  });

  it('no "you" or "your" is left once turned', () => {
    expect(texts.map(inFirstPerson).filter((t) => /\byour?\b/i.test(t))).toEqual([]);
  });
});
