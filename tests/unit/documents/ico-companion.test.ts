import { describe, expect, it } from 'vitest';
import { NOT_YET_KNOWN } from '../../../shared/documents/describe-incident';
import { companionText, icoCompanion, parseCompanionText } from '../../../shared/documents/ico-companion';
import { ICO_REPORT_SECTIONS, icoReportDocument } from '../../../shared/documents/ico-report';
import { incident, input, submission } from './incident-builder';

const answer = (companion: ReturnType<typeof icoCompanion>, question: string) =>
  companion.sections.flatMap((s) => s.answers).find((a) => a.question === question);

describe('the ICO form companion', () => {
  it('has the draft’s ten sections, in the form’s order, with the draft’s own answers', () => {
    const draft = icoReportDocument(input({ incident: incident({ whatHappened: 'A laptop was left on the 08:10 train.' }) }));
    const companion = icoCompanion(draft, null);
    expect(companion.sections.map((s) => s.heading)).toEqual([...ICO_REPORT_SECTIONS]);
    expect(answer(companion, 'What went wrong, and how')?.answer).toBe('A laptop was left on the 08:10 train.');
    expect(answer(companion, 'When we became aware')).toMatchObject({ answer: NOT_YET_KNOWN, unknown: true, changed: false });
    expect(companion.followUp).toBe(false);
    expect(companion.unknownCount).toBeGreaterThan(0);
  });

  it('reads back what it kept as sent, answers spanning several lines included', () => {
    const draft = icoReportDocument(input({ incident: incident({ whatHappened: 'First line.\nSecond line.\n\nAfter a gap.' }) }));
    const full = icoCompanion(draft, null);
    const kept = parseCompanionText(companionText(full));
    expect(kept.get(`${ICO_REPORT_SECTIONS[1]}\u0000What went wrong, and how`)).toBe('First line.\nSecond line.\n\nAfter a gap.');
    expect(kept.size).toBe(full.sections.reduce((n, s) => n + s.answers.length, 0));
  });

  it('a follow-up shows the first part and only the answers changed since the last report', () => {
    const before = icoReportDocument(input({ incident: incident({ whatHappened: 'A laptop was left on a train.' }) }));
    const sent = companionText(icoCompanion(before, null));
    const after = icoReportDocument(
      input({
        incident: incident({ whatHappened: 'A laptop was left on a train.', containment: 'The laptop was found and returned.' }, { reportedAt: '2026-11-22T10:00:00.000Z' }),
        submissions: [submission({ whatWasSent: sent })],
      }),
    );
    const followUp = icoCompanion(after, sent);
    expect(followUp.followUp).toBe(true);
    expect(followUp.sections[0]?.heading).toBe(ICO_REPORT_SECTIONS[0]);
    expect(answer(followUp, 'Actions taken to contain the breach')).toMatchObject({ answer: 'The laptop was found and returned.', changed: true });
    expect(answer(followUp, 'What went wrong, and how')).toBeUndefined();
    expect(followUp.sections.slice(1).every((s) => s.answers.every((a) => a.changed))).toBe(true);
  });

  it('text that is not a kept companion (a report recorded by hand) counts every answer as changed', () => {
    const draft = icoReportDocument(input());
    const followUp = icoCompanion(draft, 'We phoned the helpline and told them about the laptop.');
    const total = icoCompanion(draft, null).sections.reduce((n, s) => n + s.answers.length, 0);
    expect(followUp.sections.reduce((n, s) => n + s.answers.length, 0)).toBe(total);
  });
});
