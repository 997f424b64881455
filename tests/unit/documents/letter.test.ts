import { describe, expect, it } from 'vitest';
import { NOT_YET_KNOWN } from '../../../shared/documents/describe-incident';
import { LETTER_HEADINGS, letterDocument } from '../../../shared/documents/letter';
import { documentPlainText } from '../../../shared/documents/plain-text';
import { EMPTY_ORGANISATION } from '../../../shared/organisation';
import { incident, input } from './incident-builder';

describe('the letter to the people affected', () => {
  it('covers each Art. 34(2) point under its own heading, in calm words even when little is known', () => {
    const model = letterDocument(input());
    const headings = model.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
    expect(headings).toEqual([...LETTER_HEADINGS]);
    const text = documentPlainText(model);
    expect(text).not.toContain(NOT_YET_KNOWN);
    expect(text).toContain('We are still finding out exactly which information');
    expect(text).toContain('ico.org.uk/make-a-complaint');
  });

  it('gives advice that fits the data: passwords for credentials, the bank for financial data', () => {
    const text = documentPlainText(letterDocument(input({ incident: incident({ dataCategories: ['identification_data', 'financial'] }) })));
    expect(text).toContain('Change the password');
    expect(text).toContain('tell your bank');
    expect(documentPlainText(letterDocument(input()))).not.toContain('Change the password');
  });

  it('names the contact point, and the preview warns when there is none', () => {
    const withContact = letterDocument(
      input({ organisation: { ...EMPTY_ORGANISATION, name: 'Acme', contactKind: 'contact_point', contact: { name: 'Priya Patel', role: 'Office manager', email: 'priya@example.co.uk', phone: '' } } }),
    );
    expect(documentPlainText(withContact)).toContain('please contact our contact for data protection, Priya Patel, Office manager, by email at priya@example.co.uk.');
    expect(withContact.checks.join(' ')).not.toMatch(/contact point/);
    expect(letterDocument(input()).checks.join(' ')).toMatch(/must give a contact point/);
    expect(letterDocument(input()).header).toBeNull();
  });
});
