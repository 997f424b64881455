import { describe, expect, it } from 'vitest';
import type { AssessmentAnswers } from '../../../shared/assessment';
import { QUESTION_IDS, assessBreach } from '../../../shared/assessment';
import { answersWith, duties } from './answers-builder';

/** Each factor the ICO and EDPB weigh (domain.md §4), moved on its own. */

const levelOf = (changes: Partial<AssessmentAnswers>) => assessBreach(answersWith(changes)).riskLevel;
const factorsOf = (changes: Partial<AssessmentAnswers>) => assessBreach(answersWith(changes)).reasons.map((r) => r.factor);

/** Contact details sent by accident to a few people the office knows. */
const misdirected: Partial<AssessmentAnswers> = {
  disclosure: 'few_known_recipients',
  harmSeverity: 'upset',
};

describe('type of breach', () => {
  it('nothing seen, changed or lost is a near miss: record only', () => {
    const result = assessBreach(answersWith({}));
    expect(result.riskLevel).toBe('unlikely');
    expect(result.byBreachType).toEqual({ confidentiality: null, integrity: null, availability: null });
    expect(result.reasons.find((r) => r.factor === 'breach_type')?.text).toMatch(/near miss/);
  });

  it('judges each kind that happened and takes the highest', () => {
    const result = assessBreach(
      answersWith({
        ...misdirected,
        alteration: 'not_put_right',
        unavailability: 'days',
        unavailabilityEffect: 'harm',
      }),
    );
    expect(result.byBreachType).toEqual({ confidentiality: 'unlikely', integrity: 'risk', availability: 'high' });
    expect(result.riskLevel).toBe('high');
  });
});

describe('circumstances', () => {
  it('deliberate is worse than accidental', () => {
    expect(levelOf({ ...misdirected, cause: 'accidental' })).toBe('unlikely');
    expect(levelOf({ ...misdirected, cause: 'malicious' })).toBe('risk');
  });

  it('one known trusted recipient is better than the public', () => {
    expect(levelOf({ ...misdirected, disclosure: 'one_trusted_recipient' })).toBe('unlikely');
    expect(levelOf({ ...misdirected, disclosure: 'many_or_unknown_recipients' })).toBe('risk');
    expect(levelOf({ ...misdirected, disclosure: 'public' })).toBe('risk');
    expect(levelOf({ ...misdirected, disclosure: 'public', harmSeverity: 'significant' })).toBe('high');
  });
});

describe('nature, sensitivity and volume of data', () => {
  const strangers: Partial<AssessmentAnswers> = { disclosure: 'many_or_unknown_recipients', harmSeverity: 'minimal' };

  it('special category data is at least upsetting, even if judged minimal', () => {
    expect(levelOf(strangers)).toBe('unlikely');
    expect(levelOf({ ...strangers, dataCategories: ['basic_identifiers', 'special_religion'] })).toBe('risk');
  });

  it('criminal offence data is at least upsetting', () => {
    expect(levelOf({ ...strangers, dataCategories: ['criminal_offence'] })).toBe('risk');
  });

  it('financial data is at least upsetting', () => {
    expect(levelOf({ ...strangers, dataCategories: ['financial'] })).toBe('risk');
  });

  it.each(['identity_documents', 'credentials'] as const)('%s are at least significant', (category) => {
    const result = assessBreach(answersWith({ ...strangers, cause: 'malicious', dataCategories: [category] }));
    expect(result.riskLevel).toBe('high');
    expect(result.reasons.some((r) => r.factor === 'data_kinds' && r.effect === 'raises')).toBe(true);
  });

  it('a combination is worse than each item: financial details with identity documents are severe', () => {
    const alone: Partial<AssessmentAnswers> = { ...misdirected, dataCategories: ['identity_documents'] };
    expect(levelOf(alone)).toBe('risk');
    expect(levelOf({ ...alone, dataCategories: ['identity_documents', 'financial'] })).toBe('high');
  });

  it('a little data can be severe: a domestic-violence victim’s new address', () => {
    expect(
      levelOf({
        disclosure: 'one_trusted_recipient',
        dataCategories: ['basic_identifiers', 'location'],
        harmSeverity: 'severe',
        peopleCount: 'one',
        containment: 'attempted',
      }),
    ).toBe('risk');
    expect(
      levelOf({
        disclosure: 'few_known_recipients',
        dataCategories: ['basic_identifiers', 'location'],
        harmSeverity: 'severe',
        peopleCount: 'one',
      }),
    ).toBe('high');
  });

  it('the judged harm moves the risk in order', () => {
    const levels = (['minimal', 'upset', 'significant', 'severe'] as const).map((harmSeverity) =>
      levelOf({ disclosure: 'many_or_unknown_recipients', harmSeverity }),
    );
    expect(levels).toEqual(['unlikely', 'risk', 'risk', 'high']);
  });
});

describe('ease of identifying people', () => {
  it('hard-to-identify data lowers the likelihood of harm', () => {
    const published = { disclosure: 'public', harmSeverity: 'upset' } as const;
    expect(levelOf({ ...published, identifiability: 'easily' })).toBe('risk');
    expect(levelOf({ ...published, identifiability: 'with_other_information' })).toBe('risk');
    expect(levelOf({ ...published, identifiability: 'hardly' })).toBe('unlikely');
  });
});

describe('special characteristics of the people', () => {
  it.each(['children', 'vulnerable_adults', 'patients'] as const)('%s raise the severity', (group) => {
    expect(levelOf(misdirected)).toBe('unlikely');
    expect(levelOf({ ...misdirected, vulnerablePeople: [group] })).toBe('risk');
    expect(factorsOf({ ...misdirected, vulnerablePeople: [group] })).toContain('vulnerable_people');
  });
});

describe('number of people', () => {
  it('more than 1,000 people raises the severity', () => {
    expect(levelOf({ ...misdirected, peopleCount: 'up_to_1000' })).toBe('unlikely');
    expect(levelOf({ ...misdirected, peopleCount: 'over_1000' })).toBe('risk');
  });
});

describe('mitigation', () => {
  const stolenLaptop: Partial<AssessmentAnswers> = {
    disclosure: 'many_or_unknown_recipients',
    cause: 'malicious',
    dataCategories: ['basic_identifiers', 'special_health'],
    harmSeverity: 'significant',
  };

  it('strong encryption with the key safe makes the risk to confidentiality negligible', () => {
    expect(levelOf(stolenLaptop)).toBe('high');
    expect(levelOf({ ...stolenLaptop, protection: 'strong_encryption' })).toBe('unlikely');
  });

  it('weak protection, or a password that went with it, counts for nothing', () => {
    expect(levelOf({ ...stolenLaptop, protection: 'weak_protection' })).toBe('high');
  });

  it('a trusted recipient confirming deletion after an accident makes the risk negligible', () => {
    const wrongGp: Partial<AssessmentAnswers> = {
      disclosure: 'one_trusted_recipient',
      dataCategories: ['basic_identifiers', 'special_health'],
      harmSeverity: 'severe',
      vulnerablePeople: ['patients'],
    };
    // Known and bound to confidentiality, but nothing done yet: that alone lowers nothing.
    expect(levelOf(wrongGp)).toBe('high');
    expect(levelOf({ ...wrongGp, containment: 'attempted' })).toBe('risk');
    expect(levelOf({ ...wrongGp, containment: 'confirmed' })).toBe('unlikely');
  });

  it("a thief's or stranger's promise to delete is not relied on", () => {
    const result = assessBreach(answersWith({ ...stolenLaptop, containment: 'confirmed' }));
    expect(result.riskLevel).toBe('risk');
    expect(result.reasons.find((r) => r.factor === 'containment')?.text).toMatch(/cannot be fully relied on/);
  });

  it('recovering data before misuse lowers the risk even if not confirmed', () => {
    const sent = { disclosure: 'few_known_recipients', harmSeverity: 'significant' } as const;
    expect(levelOf(sent)).toBe('risk');
    expect(levelOf({ ...sent, containment: 'attempted' })).toBe('unlikely');
  });

  it('signs of misuse make harm very likely, whatever the safeguards', () => {
    expect(levelOf({ ...misdirected, misuseSeen: 'seen' })).toBe('risk');
    expect(levelOf({ ...stolenLaptop, protection: 'strong_encryption', misuseSeen: 'seen' })).toBe('high');
  });

  it('altered data that has been put right is lower risk than data that has not', () => {
    const altered: Partial<AssessmentAnswers> = { dataCategories: ['financial'], harmSeverity: 'significant' };
    expect(levelOf({ ...altered, alteration: 'put_right' })).toBe('unlikely');
    expect(levelOf({ ...altered, alteration: 'not_put_right' })).toBe('risk');
    expect(levelOf({ ...altered, alteration: 'put_right', cause: 'malicious' })).toBe('risk');
  });

  it('a backup that restores availability within hours keeps delays below reporting', () => {
    const delayed = { unavailabilityEffect: 'delays' } as const;
    expect(levelOf({ ...delayed, unavailability: 'hours' })).toBe('unlikely');
    expect(levelOf({ ...delayed, unavailability: 'days' })).toBe('risk');
  });

  it('how long data was unavailable and what it delayed: a shop for minutes vs care for a day', () => {
    expect(levelOf({ unavailability: 'minutes', unavailabilityEffect: 'inconvenience' })).toBe('unlikely');
    expect(levelOf({ unavailability: 'minutes', unavailabilityEffect: 'harm' })).toBe('risk');
    expect(levelOf({ unavailability: 'hours', unavailabilityEffect: 'harm' })).toBe('high');
    expect(levelOf({ unavailability: 'permanent', unavailabilityEffect: 'nothing_noticeable' })).toBe('unlikely');
    expect(levelOf({ unavailability: 'permanent', unavailabilityEffect: 'inconvenience' })).toBe('risk');
  });
});

describe('Art. 34(3) exceptions', () => {
  const hackedHealthRecords: Partial<AssessmentAnswers> = {
    disclosure: 'many_or_unknown_recipients',
    cause: 'malicious',
    dataCategories: ['basic_identifiers', 'special_health'],
    harmSeverity: 'significant',
    peopleCount: 'up_to_1000',
  };

  it('high risk with no exception: tell people', () => {
    const result = assessBreach(answersWith(hackedHealthRecords));
    expect(result).toMatchObject({ riskLevel: 'high', tellPeople: 'required', tellPeopleException: null });
  });

  it('(a) unintelligible: the data was strongly encrypted', () => {
    const result = assessBreach(answersWith({ ...hackedHealthRecords, protection: 'strong_encryption' }));
    expect(result).toMatchObject({
      reportToIco: 'not_required',
      tellPeople: 'exception_applies',
      tellPeopleException: 'unintelligible',
      publicNoticeNeeded: false,
    });
    expect(result.reasons.find((r) => r.factor === 'tell_people_exception')?.basis).toBe('UK GDPR Art. 34(3)(a)');
  });

  it('(b) risk no longer likely: a trusted recipient confirmed deletion', () => {
    const result = assessBreach(
      answersWith({
        disclosure: 'one_trusted_recipient',
        dataCategories: ['basic_identifiers', 'special_health'],
        harmSeverity: 'severe',
        containment: 'confirmed',
      }),
    );
    expect(result).toMatchObject({
      riskLevel: 'unlikely',
      tellPeople: 'exception_applies',
      tellPeopleException: 'risk_no_longer_likely',
    });
    expect(result.reasons.find((r) => r.factor === 'tell_people_exception')?.basis).toBe('UK GDPR Art. 34(3)(b)');
  });

  it('(b) risk no longer likely: corrupted records were put right, but it is still reportable', () => {
    const result = assessBreach(
      answersWith({
        alteration: 'put_right',
        dataCategories: ['special_health'],
        harmSeverity: 'severe',
        vulnerablePeople: ['patients'],
      }),
    );
    expect(result).toMatchObject({
      riskLevel: 'risk',
      reportToIco: 'required',
      tellPeople: 'exception_applies',
      tellPeopleException: 'risk_no_longer_likely',
    });
  });

  it('(c) disproportionate effort: a public notice instead', () => {
    const result = assessBreach(answersWith({ ...hackedHealthRecords, contactEffort: 'disproportionate' }));
    expect(result).toMatchObject({
      riskLevel: 'high',
      reportToIco: 'required',
      tellPeople: 'exception_applies',
      tellPeopleException: 'disproportionate_effort',
      publicNoticeNeeded: true,
    });
    expect(result.reasons.find((r) => r.factor === 'tell_people_exception')?.text).toMatch(/public notice/);
  });

  it('no exception is named when the risk was never high', () => {
    const result = assessBreach(answersWith({ ...misdirected, protection: 'strong_encryption' }));
    expect(result).toMatchObject({ tellPeople: 'not_required', tellPeopleException: null });
  });

  it('contact effort only matters when the risk is high', () => {
    expect(duties(assessBreach(answersWith({ ...misdirected, contactEffort: 'disproportionate' })))).toEqual({
      report: false,
      tell: false,
    });
    expect(assessBreach(answersWith({ ...misdirected, contactEffort: 'disproportionate' })).tellPeopleException).toBeNull();
  });
});

describe('unknown answers', () => {
  it('err towards reporting and list what to find out', () => {
    const result = assessBreach(answersWith({ ...misdirected, cause: 'unknown', containment: 'unknown' }));
    expect(result.reportToIco).toBe('required');
    expect(result.provisional).toBe(true);
    expect(result.toFindOut).toEqual([
      'Find out whether this was an accident or deliberate, for example by asking your IT provider to check for hacking.',
      'Ask whoever has the data to delete it and confirm in writing, or find out whether it has been recovered.',
    ]);
    expect(result.reasons.filter((r) => r.basis.includes('if in doubt')).map((r) => r.factor)).toEqual([
      'unknown_answers',
      'containment',
      'cause',
    ]);
  });

  it('an unknown kind of data is assumed to include the most sensitive kinds', () => {
    const result = assessBreach(answersWith({ ...misdirected, dataCategories: ['basic_identifiers', 'unknown'] }));
    expect(result.riskLevel).toBe('high');
    expect(result.toFindOut).toHaveLength(1);
  });

  it('does not ask about answers that cannot matter', () => {
    const result = assessBreach(
      answersWith({
        unavailabilityEffect: 'unknown',
        protection: 'unknown',
        containment: 'unknown',
        identifiability: 'unknown',
        contactEffort: 'unknown',
      }),
    );
    expect(result.toFindOut).toEqual([]);
    expect(result.provisional).toBe(false);
    expect(result.riskLevel).toBe('unlikely');
  });

  it('asks whether people can be contacted only once the risk is high', () => {
    const high = assessBreach(answersWith({ disclosure: 'public', harmSeverity: 'severe', contactEffort: 'unknown' }));
    expect(high.tellPeople).toBe('required');
    expect(high.toFindOut).toEqual(['Check whether you have up-to-date contact details to tell each person directly.']);
  });

  it('everything unknown: high risk, report and tell, with every question to find out', () => {
    const everythingUnknown: AssessmentAnswers = {
      disclosure: 'unknown',
      alteration: 'unknown',
      unavailability: 'unknown',
      unavailabilityEffect: 'unknown',
      cause: 'unknown',
      dataCategories: ['unknown'],
      harmSeverity: 'unknown',
      identifiability: 'unknown',
      peopleCount: 'unknown',
      vulnerablePeople: ['unknown'],
      protection: 'unknown',
      containment: 'unknown',
      misuseSeen: 'unknown',
      contactEffort: 'unknown',
      exposureDuration: 'unknown',
      peopleToldSoFar: 'unknown',
    };
    const result = assessBreach(everythingUnknown);
    expect(duties(result)).toEqual({ report: true, tell: true });
    // Every question but "have you told anyone yet?", which never changes the decision.
    expect(result.toFindOut).toHaveLength(QUESTION_IDS.length - 1);
  });
});

describe('ENISA severity score (an aid, not the test)', () => {
  it('computes SE = DPC × EI + CB', () => {
    const score = assessBreach(
      answersWith({
        disclosure: 'many_or_unknown_recipients',
        cause: 'malicious',
        dataCategories: ['basic_identifiers', 'financial'],
        harmSeverity: 'significant',
        identifiability: 'with_other_information',
      }),
    ).severityScore;
    // Financial data (3), matching the judged harm; EI 0.5; unknown recipients 0.5 + malicious 0.5.
    expect(score).toEqual({ dataProcessingContext: 3, easeOfIdentification: 0.5, circumstances: 1, score: 2.5, band: 'medium' });
  });

  it('moves DPC one step for context and one for vulnerable people', () => {
    const trivialHealth = answersWith({ dataCategories: ['special_health'], harmSeverity: 'minimal' });
    expect(assessBreach(trivialHealth).severityScore.dataProcessingContext).toBe(3);
    const childrensNames = answersWith({ harmSeverity: 'upset', vulnerablePeople: ['children'] });
    expect(assessBreach(childrensNames).severityScore.dataProcessingContext).toBe(3);
  });

  it('does not change the decision', () => {
    const trivialHealthDetail = answersWith({
      disclosure: 'few_known_recipients',
      dataCategories: ['basic_identifiers', 'special_health'],
    });
    const result = assessBreach(trivialHealthDetail);
    expect(result.severityScore).toMatchObject({ score: 3.25, band: 'high' });
    expect(result.riskLevel).toBe('unlikely');
  });
});
