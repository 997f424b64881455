import { z } from 'zod';
import { instantSchema } from './instant';

/**
 * Who the organisation is, as every document states it: part 10 of the ICO report form
 * ("about the organisation and contact"), the Art. 33(3)(b) / 34(2) contact point, and the
 * reporter's details the form asks for each time. Asked once at first run, editable later;
 * until then the documents say "Not yet known — to follow".
 */

export const ORGANISATION_SIZES = ['1_to_9', '10_to_49', '50_to_249', '250_or_more'] as const;
export type OrganisationSize = (typeof ORGANISATION_SIZES)[number];

export const ORGANISATION_SIZE_LABELS: Record<OrganisationSize, string> = {
  '1_to_9': '1 to 9 staff',
  '10_to_49': '10 to 49 staff',
  '50_to_249': '50 to 249 staff',
  '250_or_more': '250 staff or more',
};

export const CONTACT_KINDS = ['dpo', 'contact_point'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

export const CONTACT_KIND_LABELS: Record<ContactKind, string> = {
  dpo: 'Data protection officer',
  contact_point: 'Contact point for data protection',
};

const text = (max: number, what: string) =>
  z.string().trim().max(max, `Keep ${what} under ${max.toLocaleString('en-GB')} characters`);

const email = z
  .string()
  .trim()
  .max(254, 'Keep the email address under 254 characters')
  .refine((value) => value === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value), 'Enter an email address like name@example.co.uk');

const phone = z
  .string()
  .trim()
  .max(40, 'Keep the phone number under 40 characters')
  .refine((value) => value === '' || /^[+()\d][\d\s()+-]{5,}$/.test(value), 'Enter a phone number, for example 020 7946 0000');

/** The data protection fee registration number: "ZA123456", "Z1234567" and the like. */
export const icoRegistrationSchema = z
  .string()
  .trim()
  .max(12, 'An ICO registration number is 8 characters, like ZA123456')
  .refine((value) => value === '' || /^[A-Za-z0-9]{6,12}$/.test(value), 'An ICO registration number is letters and digits only, like ZA123456');

export const personContactSchema = z.object({
  name: text(200, 'the name'),
  role: text(200, 'the job title'),
  email,
  phone,
});
export type PersonContact = z.infer<typeof personContactSchema>;

export const organisationSchema = z.object({
  name: text(200, 'the name'),
  address: text(1000, 'the address'),
  icoRegistrationNumber: icoRegistrationSchema,
  sector: text(200, 'the sector'),
  size: z.enum(ORGANISATION_SIZES).nullable(),
  /** Whether the contact below is a designated DPO or another contact point (Art. 33(3)(b)). */
  contactKind: z.enum(CONTACT_KINDS),
  contact: personContactSchema,
  /** Who usually fills in the ICO form; the report draft starts from these. */
  reporter: personContactSchema,
  /** ICO form part 6: staff data protection training and any instructions or guidance. */
  trainingAndGuidance: text(5000, 'the training and guidance'),
});
export type Organisation = z.infer<typeof organisationSchema>;

const EMPTY_CONTACT: PersonContact = { name: '', role: '', email: '', phone: '' };

export const EMPTY_ORGANISATION: Organisation = {
  name: '',
  address: '',
  icoRegistrationNumber: '',
  sector: '',
  size: null,
  contactKind: 'contact_point',
  contact: EMPTY_CONTACT,
  reporter: EMPTY_CONTACT,
  trainingAndGuidance: '',
};

/** What the organisation settings say, and whether the first-run question has been answered. */
export const organisationSettingsSchema = z.object({
  organisation: organisationSchema,
  /** 'not_asked' until the person saves the details or chooses "later"; the first-run prompt shows only then. */
  prompt: z.enum(['not_asked', 'later', 'answered']),
  updatedAt: instantSchema.nullable(),
});
export type OrganisationSettings = z.infer<typeof organisationSettingsSchema>;

export const DEFAULT_ORGANISATION_SETTINGS: OrganisationSettings = {
  organisation: EMPTY_ORGANISATION,
  prompt: 'not_asked',
  updatedAt: null,
};

/** The name for documents' metadata and headers, or null when not given yet. */
export function organisationName(organisation: Organisation): string | null {
  return organisation.name.trim() === '' ? null : organisation.name;
}
