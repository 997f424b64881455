import { describe, expect, it } from 'vitest';
import * as questions from '../../../shared/assessment/questions';
import * as reasons from '../../../shared/assessment/reasons';
import * as rules from '../../../shared/assessment/rules';
import * as unknowns from '../../../shared/assessment/unknowns';

/** Every piece of prose in a module's exports (strings with a space in them; values and ids have none). */
function prose(value: unknown, seen = new Set<unknown>()): string[] {
  if (typeof value === 'string') return value.includes(' ') ? [value] : [];
  if (value === null || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  return Object.values(value).flatMap((v) => prose(v, seen));
}

describe('the wizard’s texts use typographic quotes', () => {
  const texts = [questions, rules, unknowns, reasons].flatMap((module) => prose(module));

  it('has texts to check (the walk reaches the questions and the rules)', () => {
    expect(texts.length).toBeGreaterThan(100);
    expect(texts).toContain('I don’t know yet');
  });

  it('no straight apostrophe or quotation mark in any of them', () => {
    expect(texts.filter((text) => /['"]/.test(text))).toEqual([]);
  });
});

describe('the vocabulary’s labels use typographic quotes (the wizard, the record and the documents show them)', () => {
  it('no straight apostrophe or quotation mark in any label', async () => {
    const vocabulary = await import('../../../shared/vocabulary/index');
    const texts = prose(vocabulary);
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.filter((text) => /['"]/.test(text))).toEqual([]);
  });
});
