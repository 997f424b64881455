import type { Regime } from './regime';

/**
 * UK GDPR Articles 33 and 34, the default for every office. Deadline checked on 2 December 2026
 * against the ICO's "Personal data breaches: a guide" (ico.org.uk, updated 20 August 2025 for the
 * Data (Use and Access) Act 2025, which left the UK GDPR's 72 hours unchanged).
 */
export const UK_GDPR: Regime = {
  id: 'uk_gdpr',
  name: 'UK GDPR',
  appliesTo: 'Every organisation handling personal data in the UK (the usual choice).',
  authority: 'the ICO',
  reportDeadlineHours: 72,
  reportsEveryBreach: false,
  reportRule:
    'Report to the ICO without undue delay and, where feasible, within 72 hours of becoming aware, unless the breach is unlikely to result in a risk to people’s rights and freedoms.',
  reportCitation: 'UK GDPR Art. 33(1)',
  tellPeopleRule: 'Tell the people affected without undue delay when the breach is likely to result in a high risk to them.',
  tellPeopleCitation: 'UK GDPR Art. 34(1)',
  recordRule: 'Record every breach, reported or not: the facts, its effects and the remedial action taken.',
  recordCitation: 'UK GDPR Art. 33(5)',
  processorRule: 'A processor tells the controller without undue delay after becoming aware of a breach; the controller decides whether to report it.',
  processorCitation: 'UK GDPR Art. 33(2)',
  clockHeading: '72-hour clock',
  source: 'ICO, Personal data breaches: a guide (updated 20 August 2025)',
};
