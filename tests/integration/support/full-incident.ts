import type { IncidentFields } from '../../../shared/incident';
import { EMPTY_ROLE_FIELDS } from '../../../shared/incident-role';

/** Every field filled, with non-Latin names and awkward text, for round trips and documents. */
export const FULL_INCIDENT: IncidentFields = {
  title: 'Payroll file for November emailed to the wrong “Łukasz”',
  whatHappened:
    'Our HR assistant emailed the November payroll spreadsheet, with salaries and bank details, to Łukasz Żółć at a supplier instead of Łukasz Nowak, our accountant.\nAutocomplete picked the wrong address, "quotes", commas, and all.',
  howDiscovered: 'The supplier replied within the hour to say they had received it.',
  discoveredBy: 'Office manager',
  occurred: { kind: 'between', from: '2026-11-20T09:00:00.000Z', to: '2026-11-20T09:30:00.000Z' },
  discoveredAt: '2026-11-20T10:15:00.000Z',
  awareAt: '2026-11-20T10:40:00.000Z',
  awarenessNote: 'Checked the sent folder and confirmed the attachment at 10:40.',
  cause: 'sent_to_wrong_recipient',
  causeDetail: 'Email autocomplete chose a similar name.',
  breachTypes: ['confidentiality'],
  cyberIncident: 'no',
  dataCategories: ['basic_identifiers', 'financial'],
  dataCategoriesOther: 'National Insurance numbers',
  peopleCount: { kind: 'exact', value: 23 },
  recordsCount: { kind: 'range', min: 23, max: 30 },
  peopleCategories: ['employees', 'other'],
  peopleCategoriesOther: 'Two agency staff',
  organisationsInvolved: 'Acme Payroll Bureau (processor); our insurer, told on 21/11.',
  likelyConsequences: 'Possible fraud using bank details; distress for staff, including Дмитрий Иванов.',
  containment: 'Recipient confirmed deletion in writing at 11:20, including from deleted items.',
  actions: [
    { description: 'Turn off email autocomplete for HR', owner: 'IT provider', dueDate: '2026-11-27', done: true },
    { description: 'Password-protect payroll files', owner: 'Zoë Ødegård', dueDate: '2026-12-04', done: false },
  ],
  lessonsLearned: 'Payroll files must never travel unprotected.',
  preventionSteps: 'Send payroll through the bureau portal only.',
  status: 'contained',
  ...EMPTY_ROLE_FIELDS,
  measuresBeforehand: 'Staff policy says to check the address before sending; payroll files kept on the HR drive only.',
  staffRecentlyTrained: 'yes',
  involvedStaffTrained: 'no',
  icoStaffSpokenTo: 'yes',
  icoStaffSpokenToDetail: 'Helpline adviser “Siân”, 20 Nov 2026 at 15:00',
  // Not a cyber incident: the ICO does not ask these, and the draft says so.
  cyberImpact: 'not_yet_known',
  cyberRecoveryTime: 'not_yet_known',
};
