import type { IncidentFieldName } from '../incident';
import type { ApproximateCount, Occurrence, RemedialAction } from '../incident-fields';
import {
  BREACH_TYPE_SHORT,
  CAUSE_LABELS,
  CYBER_IMPACT_LABELS,
  CYBER_LABELS,
  DATA_CATEGORY_LABELS,
  ICO_SPOKEN_LABELS,
  PEOPLE_CATEGORY_LABELS,
  RECOVERY_TIME_LABELS,
  STAFF_TRAINED_LABELS,
  STATUS_LABELS,
  TRAINING_LABELS,
} from '../labels';
import { describeCount, describeOccurrence } from './describe-incident';
import { formatUkDateTime, formatUkLocalDate } from '../uk-time';

const EMPTY = '(empty)';

function labelList(values: unknown, labels: Record<string, string>): string {
  const items = Array.isArray(values) ? values.map((v) => labels[String(v)] ?? String(v)) : [];
  return items.length > 0 ? items.join('; ') : EMPTY;
}

/** A record value in words, for the timeline and the audit pack ("old → new"). */
export function describeFieldValue(field: IncidentFieldName | string, value: unknown, timeZone: string): string {
  if (value === null || value === undefined || value === '') return EMPTY;
  switch (field) {
    case 'occurred':
      return describeOccurrence(value as Occurrence, timeZone);
    case 'discoveredAt':
    case 'awareAt':
      return formatUkDateTime(String(value), timeZone);
    case 'peopleCount':
    case 'recordsCount':
      return describeCount(value as ApproximateCount);
    case 'status':
      return STATUS_LABELS[value as keyof typeof STATUS_LABELS] ?? String(value);
    case 'cause':
      return CAUSE_LABELS[value as keyof typeof CAUSE_LABELS] ?? String(value);
    case 'cyberIncident':
      return CYBER_LABELS[value as keyof typeof CYBER_LABELS] ?? String(value);
    case 'staffRecentlyTrained':
      return TRAINING_LABELS[value as keyof typeof TRAINING_LABELS] ?? String(value);
    case 'involvedStaffTrained':
      return STAFF_TRAINED_LABELS[value as keyof typeof STAFF_TRAINED_LABELS] ?? String(value);
    case 'icoStaffSpokenTo':
      return ICO_SPOKEN_LABELS[value as keyof typeof ICO_SPOKEN_LABELS] ?? String(value);
    case 'cyberImpact':
      return CYBER_IMPACT_LABELS[value as keyof typeof CYBER_IMPACT_LABELS] ?? String(value);
    case 'cyberRecoveryTime':
      return RECOVERY_TIME_LABELS[value as keyof typeof RECOVERY_TIME_LABELS] ?? String(value);
    case 'breachTypes':
      return labelList(value, BREACH_TYPE_SHORT);
    case 'dataCategories':
      return labelList(value, DATA_CATEGORY_LABELS);
    case 'peopleCategories':
      return labelList(value, PEOPLE_CATEGORY_LABELS);
    case 'actions': {
      const actions = value as RemedialAction[];
      if (actions.length === 0) return EMPTY;
      return actions
        .map((a) => `${a.description}${a.owner ? ` (${a.owner}` : ''}${a.dueDate ? `${a.owner ? ', ' : ' ('}by ${formatUkLocalDate(a.dueDate)}` : ''}${a.owner || a.dueDate ? ')' : ''}${a.done ? ' — done' : ''}`)
        .join('; ');
    }
    default:
      return typeof value === 'string' ? value : JSON.stringify(value);
  }
}
