/**
 * A breach-reporting regime as data: its deadline, who is told, the citations and the words the
 * screens and documents use. Adding or changing a regime means editing data in this folder, not
 * the clock, the queries or the documents.
 */
export interface Regime {
  id: RegimeId;
  /** Short name, as the settings list shows it. */
  name: string;
  /** Who the regime applies to, in plain words (the settings screening question). */
  appliesTo: string;
  /** The authority reports go to. */
  authority: string;
  /** Elapsed hours from awareness to the report deadline: nights, weekends and bank holidays count. */
  reportDeadlineHours: number;
  /** True when every breach is reported, not only those likely to result in a risk. */
  reportsEveryBreach: boolean;
  /** The rule on reporting, in one sentence, with its citation. */
  reportRule: string;
  reportCitation: string;
  /** Who else is told and when, with the citation. */
  tellPeopleRule: string;
  tellPeopleCitation: string;
  /** What the register of breaches must hold, with its citation. */
  recordRule: string;
  recordCitation: string;
  /** A processor's duty to its controller, with its citation. */
  processorRule: string;
  processorCitation: string;
  /** The clock's heading: "72-hour clock". */
  clockHeading: string;
  /** Where the rule came from and when it was last checked against the authority's guidance. */
  source: string;
}

export const REGIME_IDS = ['uk_gdpr', 'pecr'] as const;
export type RegimeId = (typeof REGIME_IDS)[number];
