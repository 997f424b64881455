import type { DocumentModel } from './document-model';
import { ICO_REPORT_SECTIONS } from './ico-report';

/**
 * The ICO report draft as the companion screen shows it: the same sections and answers, one
 * Copy button each, so the person can fill in the ICO's online form (which cannot be saved
 * part-way) without retyping. It is read off the draft's own blocks, so the draft, the PDF and
 * the companion cannot say different things.
 *
 * ICO sources, checked for this screen (Dec 2026):
 * - Start page and "Before you start" list:
 *   https://ico.org.uk/for-organisations/report-a-breach/personal-data-breach/report-a-data-breach-online-form/
 *   (about 30 minutes; cannot be saved; have ready: details of the breach, of the staff involved and
 *   their training, of the data and people affected, and of containment and other organisations told).
 * - The form itself, "Part one of six: About your report":
 *   https://ico.org.uk/for-organisations/report-a-breach/personal-data-breach/report-a-data-breach-online-form/report-a-personal-data-breach-online-form/
 * - Helpline 0303 123 1113 for advice on whether a breach meets the threshold.
 */

export const ICO_FORM_URL = 'https://ico.org.uk/for-organisations/report-a-breach/personal-data-breach/report-a-data-breach-online-form/';
export const ICO_HELPLINE = '0303 123 1113';
export const ICO_HELPLINE_HOURS = 'Monday to Friday, 9:00 to 17:00';

/** The ICO's "Before you start" list, in its order, in our words. */
export const ICO_HAVE_READY = [
  'Details of the breach: what happened, when it happened and when you found out.',
  'Details of the staff involved: whether a particular member of staff was involved, and the data protection training they have had.',
  'Details of the data and the people affected: how much data, how many people, and the possible risk to them.',
  'How you contained it: what measures were in place beforehand, what you have done to stop it happening again, and which other organisations you have told or need to tell.',
  'About 30 minutes without interruption: the ICO’s form cannot be saved part-way.',
] as const;

export interface CompanionAnswer {
  question: string;
  answer: string;
  /** The record does not hold it yet: the answer is the "Not yet known — to follow" placeholder. */
  unknown: boolean;
  /** Differs from what the last report sent said (always false for an initial report). */
  changed: boolean;
}

export interface CompanionSection {
  heading: string;
  answers: CompanionAnswer[];
}

export interface IcoCompanion {
  followUp: boolean;
  sections: CompanionSection[];
  /** How many answers are still not known. */
  unknownCount: number;
}

/** The draft's sections, in the form's order; in a follow-up, only the answers changed since the last report. */
export function icoCompanion(draft: DocumentModel, lastSent: string | null): IcoCompanion {
  const previous = lastSent === null ? null : parseCompanionText(lastSent);
  const sections = draftSections(draft).map((section) => ({
    heading: section.heading,
    answers: section.answers.map((a) => ({ ...a, changed: previous !== null && previous.get(key(section.heading, a.question)) !== a.answer })),
  }));
  const shown =
    previous === null
      ? sections
      : sections
          // The first section says which report this is and quotes the case reference: always needed.
          .map((s, i) => (i === 0 ? s : { ...s, answers: s.answers.filter((a) => a.changed) }))
          .filter((s) => s.answers.length > 0);
  return {
    followUp: previous !== null,
    sections: shown,
    unknownCount: shown.reduce((n, s) => n + s.answers.filter((a) => a.unknown).length, 0),
  };
}

type DraftSection = { heading: string; answers: Omit<CompanionAnswer, 'changed'>[] };

function draftSections(draft: DocumentModel): DraftSection[] {
  const headings: readonly string[] = ICO_REPORT_SECTIONS;
  const sections: DraftSection[] = [];
  let current: DraftSection | null = null;
  for (const item of draft.blocks) {
    if (item.kind === 'heading' && item.level === 2) {
      current = headings.includes(item.text) ? { heading: item.text, answers: [] } : null;
      if (current) sections.push(current);
    } else if (current && item.kind === 'fields') {
      current.answers.push(...item.rows.map((r) => ({ question: r.label, answer: r.value, unknown: r.unknown })));
    } else if (current && item.kind === 'table') {
      const answer = item.rows.map((cells) => cells.map((cell, i) => `${item.columns[i]?.label ?? ''}: ${cell}`).join('; ')).join('\n');
      current.answers.push({ question: item.caption, answer, unknown: false });
    }
  }
  return sections;
}

/**
 * What is kept as "what was sent" when the person records the submission: readable on its own,
 * and read back by `parseCompanionText` to find what changed before a follow-up.
 */
export function companionText(companion: IcoCompanion): string {
  return companion.sections
    .map((s) => [`## ${s.heading}`, ...s.answers.map((a) => `- ${a.question}\n${indent(a.answer)}`)].join('\n'))
    .join('\n\n');
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}

function key(heading: string, question: string): string {
  return `${heading}\u0000${question}`;
}

/** Section and question to answer, from a `companionText`; any other text reads as an empty map. */
export function parseCompanionText(text: string): Map<string, string> {
  const answers = new Map<string, string>();
  let heading = '';
  let question: string | null = null;
  let lines: string[] = [];
  const flush = () => {
    if (question !== null) answers.set(key(heading, question), lines.join('\n'));
    question = null;
    lines = [];
  };
  for (const line of text.split('\n')) {
    if (line.startsWith('## ')) {
      flush();
      heading = line.slice(3);
    } else if (line.startsWith('- ')) {
      flush();
      question = line.slice(2);
    } else if (question !== null && line.startsWith('    ')) {
      lines.push(line.slice(4));
    }
  }
  flush();
  return answers;
}
