import type { Regime } from './regime';

/**
 * PECR regulation 5A, for providers of public electronic communications services (telecoms and
 * internet service providers). For these breaches it takes the place of UK GDPR reporting.
 *
 * Deadline checked on 2 December 2026: the ICO's "Personal data breaches: a guide" notes
 * (20 August 2025) that the Data (Use and Access) Act 2025 changes PECR breach reports from
 * 24 hours to 72 hours after becoming aware. The ICO's PECR security-breaches page still gave 24
 * hours "of becoming aware of the essential facts" when last stored; the guide's newer note is
 * followed here. PECR reports every personal data breach (no risk threshold), tells subscribers
 * or users when the breach is likely to adversely affect their personal data or privacy, and
 * keeps a breach log (ico.org.uk, Guide to PECR: security breaches).
 */
export const PECR: Regime = {
  id: 'pecr',
  name: 'PECR (public electronic communications services)',
  appliesTo:
    'Providers of a public electronic communications service, such as a telephone or internet service provider. Most offices are not: wi-fi for visitors does not count.',
  authority: 'the ICO',
  reportDeadlineHours: 72,
  reportsEveryBreach: true,
  reportRule: 'Report every personal data breach to the ICO within 72 hours of becoming aware of it.',
  reportCitation: 'PECR reg. 5A(2), as amended by the Data (Use and Access) Act 2025',
  tellPeopleRule:
    'Tell the subscribers or users concerned without undue delay when the breach is likely to adversely affect their personal data or privacy.',
  tellPeopleCitation: 'PECR reg. 5A(3)',
  recordRule: 'Keep a log of every personal data breach: the facts, its effects and the remedial action taken.',
  recordCitation: 'PECR reg. 5A(8)',
  processorRule: 'A processor tells the service provider without undue delay after becoming aware of a breach; the provider reports it.',
  processorCitation: 'PECR reg. 5A and UK GDPR Art. 33(2)',
  clockHeading: '72-hour clock',
  source: 'ICO, Personal data breaches: a guide (note of 20 August 2025) and Guide to PECR: security breaches',
};
