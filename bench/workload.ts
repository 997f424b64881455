import type { Incident, IncidentFields } from '../shared/incident';
import { BREACH_TYPES, CAUSES, INCIDENT_STATUSES } from '../shared/incident-fields';
import type { RegisterQuery, RegisterQueryInput } from '../shared/register-query';
import { DEADLINE_FILTERS } from '../shared/deadline-filters';
import { registerQuerySchema } from '../shared/register-query';
import type { Random } from './random';
import type { WordSource } from './word-frequencies';
import { personName } from './word-frequencies';

/**
 * What a person does with the register, drawn at random but the same on every run: the
 * filters, sorts and pages they look at, what they type into the search box, and the changes
 * they save. Nothing here is chosen to suit the code: common words are searched as often as
 * they are written, and every filter and sort the register offers is used.
 */

export interface Case {
  kind: string;
  query: RegisterQuery;
}

export interface RegisterShape {
  /** Years with incidents, and the last reference number of each. */
  references: { year: number; lastNumber: number }[];
}

const SORT_WEIGHTS = { aware_desc: 60, updated_desc: 15, reference_desc: 12, aware_asc: 8, reference_asc: 5 } as const;

function page(random: Random, scroll: { someway: number; far: number }): number {
  const where = random.float();
  if (where < scroll.far) return random.int(6, 40);
  if (where < scroll.far + scroll.someway) return random.int(1, 5);
  return 0;
}

function parse(input: RegisterQueryInput): RegisterQuery {
  return registerQuerySchema.parse(input);
}

/** A filtered, sorted page of 50, as the register screen asks for it. */
export function listCase(random: Random, shape: RegisterShape): Case {
  const years = shape.references.map((r) => r.year);
  const filters = {
    status: () => ({ status: random.pick(INCIDENT_STATUSES) }),
    year: () => ({ year: random.pick(years) }),
    cause: () => ({ cause: random.pick(CAUSES) }),
    breachType: () => ({ breachType: random.pick(BREACH_TYPES) }),
    reported: () => ({ reported: random.pick(['yes', 'no'] as const) }),
    deadline: () => ({ deadline: random.pick(DEADLINE_FILTERS) }),
  } satisfies Record<string, () => RegisterQueryInput>;
  type Filter = keyof typeof filters;
  const kind = random.weighted({ none: 30, status: 15, year: 10, cause: 8, breachType: 5, reported: 7, deadline: 10, two: 15 });
  let input: RegisterQueryInput = {};
  let label: string = kind;
  if (kind === 'two') {
    const [first, second] = random.subset(Object.keys(filters) as Filter[], 2).map((name) => [name, filters[name]] as const);
    if (!first || !second) throw new Error('two filters expected');
    input = { ...first[1](), ...second[1]() };
    label = `${first[0]}+${second[0]}`;
  } else if (kind !== 'none') {
    input = filters[kind]();
  }
  const sort = random.weighted(SORT_WEIGHTS);
  const offset = 50 * page(random, { someway: 0.2, far: 0.05 });
  return { kind: label, query: parse({ ...input, sort, offset, limit: 50 }) };
}

/** A search as it is typed: whole words, two words, a word being typed, a reference, a name. */
export function searchCase(random: Random, shape: RegisterShape, words: WordSource): Case {
  const word = () => words.word(random, 0.08);
  const kind = random.weighted({ word: 40, two_words: 20, typing: 30, reference: 5, name: 5 });
  let search: string;
  switch (kind) {
    case 'word':
      search = word();
      break;
    case 'two_words':
      search = `${word()} ${word()}`;
      break;
    case 'typing': {
      // Every keystroke of the word is a query, so each prefix length is equally likely.
      const typed = word();
      const prefix = typed.slice(0, random.int(1, typed.length));
      search = random.chance(0.3) ? `${word()} ${prefix}` : prefix;
      break;
    }
    case 'reference': {
      const { year, lastNumber } = random.pick(shape.references);
      const reference = `BR-${year}-${String(random.int(1, lastNumber)).padStart(4, '0')}`;
      search = random.chance(0.5) ? reference : reference.slice(0, random.int(4, reference.length - 1));
      break;
    }
    default: {
      const name = personName(random);
      search = random.chance(0.5) ? name : name.slice(name.indexOf(' ') + 1);
    }
  }
  const filter = random.weighted({ none: 85, status: 8, year: 7 });
  const input: RegisterQueryInput = { search };
  if (filter === 'status') input.status = random.pick(INCIDENT_STATUSES);
  if (filter === 'year') input.year = random.pick(shape.references).year;
  input.sort = random.chance(0.9) ? 'aware_desc' : random.weighted(SORT_WEIGHTS);
  input.offset = 50 * page(random, { someway: 0.1, far: 0 });
  return { kind: filter === 'none' ? kind : `${kind}+${filter}`, query: parse(input) };
}

/** Which incident a person opens to change: often one of the newest, otherwise any. */
export function saveTarget(random: Random, maxId: number): number {
  return random.chance(0.5) ? maxId - random.int(0, Math.max(0, Math.floor(maxId * 0.02) - 1)) : random.int(1, maxId);
}

/**
 * One save, as the incident form sends it for the record it has open: a longer text edited,
 * a short field changed, an action added or ticked off, or one step of the form saved whole.
 */
export function saveChange(random: Random, incident: Incident, words: WordSource): { kind: string; changes: Partial<IncidentFields> } {
  const sentence = () => words.sentence(random, 6, 24, 0.08);
  const extend = (text: string) => (text === '' ? sentence() : `${text} ${sentence()}`).slice(0, 19_000);
  const kind = random.weighted({ long_text: 35, short_text: 20, action: 20, form_step: 25 });
  switch (kind) {
    case 'long_text': {
      const field = random.pick(['whatHappened', 'howDiscovered', 'likelyConsequences', 'causeDetail', 'preventionSteps'] as const);
      return { kind, changes: { [field]: extend(incident[field]) } };
    }
    case 'short_text':
      return random.chance(0.5)
        ? { kind, changes: { discoveredBy: personName(random) } }
        : { kind, changes: { title: words.title(random, 40, 80) } };
    case 'action': {
      const open = incident.actions.findIndex((action) => !action.done);
      if (open >= 0 && random.chance(0.5)) {
        return { kind, changes: { actions: incident.actions.map((action, index) => (index === open ? { ...action, done: true } : action)) } };
      }
      if (incident.actions.length >= 50) return { kind, changes: { actions: incident.actions.slice(1) } };
      const added = {
        description: words.sentence(random, 6, 20, 0.15),
        owner: personName(random),
        dueDate: null,
        done: incident.status === 'closed',
      };
      return { kind, changes: { actions: [...incident.actions, added] } };
    }
    default: {
      const changes: Partial<IncidentFields> = {
        likelyConsequences: extend(incident.likelyConsequences),
        organisationsInvolved: random.chance(0.5) ? extend(incident.organisationsInvolved) : incident.organisationsInvolved,
        peopleCount: { kind: 'exact', value: random.int(1, 5_000) },
      };
      if (incident.status === 'open' && incident.awareAt !== null && random.chance(0.3)) {
        changes.containment = extend(incident.containment);
        changes.status = 'contained';
      }
      return { kind, changes };
    }
  }
}
