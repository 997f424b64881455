import { describe, expect, it } from 'vitest';
import { letterDocument } from '../../../shared/documents/letter';
import { letterFieldsSchema, prefillLetter } from '../../../shared/documents/letter-fields';
import { documentPlainText } from '../../../shared/documents/plain-text';
import { incident, input } from './incident-builder';

/** A record written for staff, as a manager would: another client named, the recipients counted in the third person. */
const staffRecord = incident({
  whatHappened: 'Invoices for the 40 customers were emailed to Harbour Lettings Ltd by mistake.',
  likelyConsequences: 'The 40 customers could be targeted by phishing.',
  containment: 'Phoned Harbour Lettings Ltd, who deleted the email.',
  cause: 'sent_to_wrong_recipient',
  dataCategories: ['basic_identifiers', 'financial'],
  discoveredAt: '2026-12-01T09:30:00.000Z',
  actions: [
    { description: 'Asked Harbour Lettings Ltd to confirm deletion', owner: 'Sam', dueDate: null, done: true },
    { description: 'Write to the 40 customers', owner: 'Sam', dueDate: '2026-12-03', done: false },
  ],
});

describe('the letter prefilled from the record', () => {
  it('speaks to the reader: no other client, no third-person count, no step of writing to them', () => {
    const fields = prefillLetter(input({ incident: staffRecord }));
    const text = Object.values(fields).join('\n');
    expect(text).not.toMatch(/Harbour Lettings/);
    expect(text).not.toMatch(/\b40\b/);
    expect(text).not.toMatch(/the customers|write to/i);
    expect(fields.whatHappened).toContain('some of your personal information was sent by mistake to someone who should not have received it');
    expect(fields.whatHappened).toContain('On 1 Dec 2026 we found out');
    expect(fields.informationInvolved).toMatch(/^The information about you that was involved was: .*financial/);
    expect(fields.whatWeHaveDone).toContain('we acted to stop it going any further');
    expect(letterFieldsSchema.safeParse(fields).success).toBe(true);
  });

  it('neither the PDF blocks nor the plain text copy the staff-facing record', () => {
    const text = documentPlainText(letterDocument(input({ incident: staffRecord })));
    expect(text).not.toMatch(/Harbour Lettings|40 customers|Steps still to come/);
  });

  it('draws the saved words and the recipient block, not the prefill', () => {
    const fields = { ...prefillLetter(input({ incident: staffRecord })), recipient: 'Ms A Jones\n1 High Street\nLeeds\nLS1 1AA', whatHappened: 'An email with your invoice went to the wrong address.' };
    const model = letterDocument(input({ incident: staffRecord }), fields);
    expect(model.blocks).toContainEqual({ kind: 'address', lines: ['Ms A Jones', '1 High Street', 'Leeds', 'LS1 1AA'] });
    const text = documentPlainText(model);
    expect(text).toContain('An email with your invoice went to the wrong address.');
    expect(text).not.toContain('was sent by mistake');
    expect(model.checks.join(' ')).not.toMatch(/recipient’s name and address/);
    expect(letterDocument(input()).checks.join(' ')).toMatch(/recipient’s name and address/);
  });

  it('refuses an address too long for the window and text beyond its limit', () => {
    const fields = prefillLetter(input());
    expect(letterFieldsSchema.safeParse({ ...fields, recipient: 'a\nb\nc\nd\ne\nf\ng\nh' }).success).toBe(false);
    expect(letterFieldsSchema.safeParse({ ...fields, whatHappened: 'x'.repeat(5001) }).success).toBe(false);
    expect(letterFieldsSchema.safeParse({ ...fields, extra: 'x' }).success).toBe(false);
  });
});
