import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_CATEGORY_VALUES, QUESTIONS } from '../../../shared/assessment';
import { DATA_CATEGORIES } from '../../../shared/incident-fields';
import {
  ASSESSMENT_DATA_CATEGORY_SOURCE,
  ASSESSMENT_TO_RECORD_DATA,
  DATA_CATEGORY_LABELS,
  EXCEPTION_LABELS,
  RECORD_TO_ASSESSMENT_DATA,
  RISK_LEVEL_LABELS,
} from '../../../shared/labels';

/** The record, the wizard, the documents and the CSV speak one vocabulary. */

const root = join(import.meta.dirname, '../../..');
const dataQuestion = QUESTIONS.find((q) => q.id === 'dataCategories');

describe('one vocabulary for the kinds of data', () => {
  it.each(DATA_CATEGORY_VALUES.map((value) => [value]))(
    'the wizard calls %s by the record’s own words wherever the record names the same thing',
    (value) => {
      const option = dataQuestion?.options.find((o) => o.value === value);
      const source = ASSESSMENT_DATA_CATEGORY_SOURCE[value];
      if (typeof source === 'string') expect(option?.label).toBe(DATA_CATEGORY_LABELS[source]);
      else expect(Object.values(DATA_CATEGORY_LABELS)).not.toContain(option?.label);
    },
  );

  it('uses the same words for "Names and contact details" and "Identity documents and numbers" in both', () => {
    const labels = dataQuestion?.options.map((o) => o.label) ?? [];
    expect(labels).toContain(DATA_CATEGORY_LABELS.basic_identifiers);
    expect(labels).toContain(DATA_CATEGORY_LABELS.official_documents);
    expect(DATA_CATEGORY_LABELS.official_documents).toMatch(/National Insurance numbers/);
  });

  it('maps every record category to the wizard and back to itself where the wizard names it once', () => {
    for (const category of DATA_CATEGORIES) {
      if (category === 'not_yet_known') continue;
      for (const kind of RECORD_TO_ASSESSMENT_DATA[category]) {
        const back = ASSESSMENT_TO_RECORD_DATA[kind];
        if (back !== null) expect(RECORD_TO_ASSESSMENT_DATA[back]).toContain(kind);
      }
    }
  });
});

/** Every file under a folder, for the search below. */
function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('no label written twice', () => {
  const files = [...sourceFiles(join(root, 'renderer/src')), ...sourceFiles(join(root, 'shared'))].filter(
    (path) => !relative(root, path).startsWith('shared/vocabulary/'),
  );
  const labels = [
    ...Object.values(RISK_LEVEL_LABELS),
    ...Object.values(EXCEPTION_LABELS),
    ...Object.values(DATA_CATEGORY_LABELS).filter((label) => label.length > 20),
  ];

  it.each(labels.map((label) => [label]))('"%s" is written only in the vocabulary', (label) => {
    const copies = files.filter((path) => readFileSync(path, 'utf8').includes(label)).map((path) => relative(root, path));
    expect(copies).toEqual([]);
  });
});
