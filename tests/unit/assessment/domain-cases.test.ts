import { describe, expect, it } from 'vitest';
import type { AssessmentAnswers, TellPeopleException } from '../../../shared/assessment';
import { assessBreach } from '../../../shared/assessment';
import { answersWith, duties } from './answers-builder';

/** The public example cases of domain.md §5, each under its id. */

interface Case {
  id: string;
  scenario: string;
  answers: AssessmentAnswers;
  report: boolean;
  tell: boolean;
  exception?: TellPeopleException;
}

const powerCut = answersWith({
  unavailability: 'minutes',
  unavailabilityEffect: 'inconvenience',
  peopleCount: 'over_1000',
});

const ransomwareNoBackup = answersWith({
  unavailability: 'permanent',
  unavailabilityEffect: 'delays',
  cause: 'malicious',
  dataCategories: ['basic_identifiers', 'behavioural'],
  harmSeverity: 'upset',
  peopleCount: 'up_to_1000',
});

const CASES: Case[] = [
  {
    id: 'WP250-T1',
    scenario: 'call centre loses power for a few minutes; customers cannot reach their records',
    answers: powerCut,
    report: false,
    tell: false,
  },
  {
    id: 'WP250-T2',
    scenario: 'ransomware, no backup, rebuilt from paper over several days, deliveries delayed',
    answers: { ...ransomwareNoBackup, unavailability: 'days' },
    report: true,
    tell: false,
  },
  {
    id: 'WP250-B1',
    scenario: 'strongly encrypted backup USB stick stolen, key safe, other backups exist',
    answers: answersWith({
      disclosure: 'many_or_unknown_recipients',
      cause: 'malicious',
      dataCategories: ['basic_identifiers', 'financial'],
      harmSeverity: 'significant',
      peopleCount: 'over_1000',
      protection: 'strong_encryption',
    }),
    report: false,
    tell: false,
    exception: 'unintelligible',
  },
  {
    id: 'WP250-B3',
    scenario: 'brief power cut at a call centre (as T1)',
    answers: powerCut,
    report: false,
    tell: false,
  },
  {
    id: 'WP250-B6',
    scenario: 'online shop hacked; usernames, passwords and purchase history published',
    answers: answersWith({
      disclosure: 'public',
      cause: 'malicious',
      dataCategories: ['basic_identifiers', 'credentials', 'behavioural'],
      harmSeverity: 'significant',
      peopleCount: 'over_1000',
    }),
    report: true,
    tell: true,
  },
  {
    id: 'WP250-B8',
    scenario: 'hospital medical records unavailable for 30 hours after a cyber-attack',
    answers: answersWith({
      unavailability: 'days',
      unavailabilityEffect: 'harm',
      cause: 'malicious',
      dataCategories: ['basic_identifiers', 'special_health'],
      harmSeverity: 'significant',
      peopleCount: 'over_1000',
      vulnerablePeople: ['patients'],
    }),
    report: true,
    tell: true,
  },
  {
    id: 'ICO-01',
    scenario: 'customer database stolen; data usable for identity fraud',
    answers: answersWith({
      disclosure: 'many_or_unknown_recipients',
      cause: 'malicious',
      dataCategories: ['basic_identifiers', 'financial', 'identity_documents'],
      harmSeverity: 'significant',
      peopleCount: 'up_to_1000',
    }),
    report: true,
    tell: true,
  },
  {
    id: 'ICO-02',
    scenario: 'staff telephone list wrongly altered, then corrected',
    answers: answersWith({ alteration: 'put_right', peopleCount: 'up_to_100' }),
    report: false,
    tell: false,
  },
  {
    id: 'ICO-02',
    scenario: 'staff telephone list lost, rebuilt the same day',
    answers: answersWith({ unavailability: 'hours', unavailabilityEffect: 'inconvenience', peopleCount: 'up_to_100' }),
    report: false,
    tell: false,
  },
  {
    id: 'ICO-02',
    scenario: 'printed staff telephone list lost on a train',
    answers: answersWith({ disclosure: 'many_or_unknown_recipients', peopleCount: 'up_to_100' }),
    report: false,
    tell: false,
  },
];

/**
 * "Depends" cases: the same breach on both sides of its stated factor, so the test
 * proves that factor alone changes the decision.
 */
interface DependsCase {
  id: string;
  scenario: string;
  factor: string;
  base: AssessmentAnswers;
  lowSide: { label: string; changes: Partial<AssessmentAnswers>; report: boolean; tell: boolean };
  highSide: { label: string; changes: Partial<AssessmentAnswers>; report: boolean; tell: boolean };
}

const hackedService = answersWith({
  disclosure: 'many_or_unknown_recipients',
  cause: 'malicious',
  peopleCount: 'up_to_1000',
});

const DEPENDS: DependsCase[] = [
  {
    id: 'WP250-B2',
    scenario: 'hackers copy customer data from an online service',
    factor: 'whether the data enables fraud or is sensitive',
    base: hackedService,
    lowSide: {
      label: 'names and email addresses only',
      changes: { dataCategories: ['basic_identifiers'], harmSeverity: 'upset' },
      report: true,
      tell: false,
    },
    highSide: {
      label: 'card details and passwords',
      changes: { dataCategories: ['basic_identifiers', 'financial', 'credentials'], harmSeverity: 'significant' },
      report: true,
      tell: true,
    },
  },
  {
    id: 'WP250-B2',
    scenario: 'hackers copy customer data from an online service',
    factor: 'whether the data is sensitive',
    base: { ...hackedService, dataCategories: ['basic_identifiers', 'special_sex_life_orientation'] },
    lowSide: { label: 'harm judged upsetting', changes: { harmSeverity: 'upset' }, report: true, tell: false },
    highSide: { label: 'harm judged significant', changes: { harmSeverity: 'significant' }, report: true, tell: true },
  },
  {
    id: 'WP250-B4',
    scenario: 'ransomware encrypts all data, no backup, nothing copied',
    factor: 'the effect of losing the data',
    base: ransomwareNoBackup,
    lowSide: { label: 'services delayed', changes: { unavailabilityEffect: 'delays' }, report: true, tell: false },
    highSide: {
      label: "people's care affected",
      changes: { unavailabilityEffect: 'harm' },
      report: true,
      tell: true,
    },
  },
  {
    id: 'WP250-B5',
    scenario: "a bank customer receives another customer's statement",
    factor: 'whether the risk to the affected customer is high',
    base: answersWith({
      disclosure: 'few_known_recipients',
      dataCategories: ['basic_identifiers', 'financial'],
      peopleCount: 'one',
    }),
    lowSide: { label: 'an ordinary statement', changes: { harmSeverity: 'significant' }, report: true, tell: false },
    highSide: {
      label: 'the statement shows a refuge address',
      changes: { harmSeverity: 'severe', dataCategories: ['basic_identifiers', 'financial', 'location'] },
      report: true,
      tell: true,
    },
  },
  {
    id: 'WP250-B7',
    scenario: "a hosting processor's bug lets any user see other users' accounts (controller, once told)",
    factor: 'whether the risk is high',
    base: answersWith({ disclosure: 'many_or_unknown_recipients' }),
    lowSide: {
      label: 'contact details of a few hundred users',
      changes: { harmSeverity: 'upset', peopleCount: 'up_to_1000' },
      report: true,
      tell: false,
    },
    highSide: {
      label: 'financial details of thousands',
      changes: { harmSeverity: 'significant', dataCategories: ['basic_identifiers', 'financial'], peopleCount: 'over_1000' },
      report: true,
      tell: true,
    },
  },
  {
    id: 'WP250-B9',
    scenario: "many students' data sent to the wrong mailing list of 1,000+ recipients",
    factor: 'the data',
    base: answersWith({
      disclosure: 'many_or_unknown_recipients',
      dataCategories: ['basic_identifiers', 'behavioural'],
      peopleCount: 'up_to_1000',
    }),
    lowSide: { label: 'names and courses', changes: { harmSeverity: 'upset' }, report: true, tell: false },
    highSide: {
      label: 'welfare and disability notes',
      changes: { harmSeverity: 'severe', dataCategories: ['basic_identifiers', 'special_health'] },
      report: true,
      tell: true,
    },
  },
  {
    id: 'WP250-B10',
    scenario: 'marketing email sent with every address visible in To/CC',
    factor: 'how many people',
    base: answersWith({ dataCategories: ['basic_identifiers'], harmSeverity: 'upset' }),
    lowSide: {
      label: 'a few local customers',
      changes: { disclosure: 'few_known_recipients', peopleCount: 'up_to_10' },
      report: false,
      tell: false,
    },
    highSide: {
      label: 'thousands of customers',
      changes: { disclosure: 'many_or_unknown_recipients', peopleCount: 'over_1000' },
      report: true,
      tell: false,
    },
  },
  {
    id: 'WP250-B10',
    scenario: 'marketing email sent with every address visible in To/CC',
    factor: "sensitive context (a therapist's clients)",
    base: answersWith({ disclosure: 'few_known_recipients', peopleCount: 'up_to_100', harmSeverity: 'upset' }),
    lowSide: { label: "a shop's customers", changes: {}, report: false, tell: false },
    highSide: {
      label: "a therapist's clients",
      changes: {
        dataCategories: ['basic_identifiers', 'special_health'],
        harmSeverity: 'significant',
        vulnerablePeople: ['patients'],
      },
      report: true,
      tell: true,
    },
  },
];

describe('domain.md §5 example cases', () => {
  it.each(CASES)('$id: $scenario', ({ answers, report, tell, exception }) => {
    const result = assessBreach(answers);
    expect(duties(result)).toEqual({ report, tell });
    if (exception !== undefined) expect(result.tellPeopleException).toBe(exception);
  });

  describe.each(DEPENDS)('$id: $scenario, depends on $factor', ({ base, lowSide, highSide }) => {
    it(`${lowSide.label}`, () => {
      expect(duties(assessBreach({ ...base, ...lowSide.changes }))).toEqual({ report: lowSide.report, tell: lowSide.tell });
    });
    it(`${highSide.label}`, () => {
      expect(duties(assessBreach({ ...base, ...highSide.changes }))).toEqual({
        report: highSide.report,
        tell: highSide.tell,
      });
    });
  });
});

describe('edge: a trivial health detail is not reportable by itself', () => {
  const courseList = answersWith({
    disclosure: 'few_known_recipients',
    dataCategories: ['basic_identifiers', 'special_health'],
    harmSeverity: 'minimal',
    peopleCount: 'up_to_100',
    containment: 'attempted',
  });

  it('"lactose intolerant" on a 15-person course list emailed to former participants, recalled at once: record only', () => {
    const result = assessBreach(courseList);
    expect(result.riskLevel).toBe('unlikely');
    expect(duties(result)).toEqual({ report: false, tell: false });
    expect(result.reasons.find((r) => r.factor === 'data_kinds')).toMatchObject({ effect: 'lowers' });
  });

  it('is not reportable even if the recall failed', () => {
    expect(assessBreach({ ...courseList, containment: 'not_contained' }).reportToIco).toBe('not_required');
  });

  it('the same list with a revealing diagnosis is reportable', () => {
    const result = assessBreach({ ...courseList, containment: 'not_contained', harmSeverity: 'significant' });
    expect(duties(result)).toEqual({ report: true, tell: false });
  });
});
