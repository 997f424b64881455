import type { RecordFormFieldName, IncidentFields } from '../../../shared/incident';
import type { ApproximateCount, Occurrence, RemedialAction } from '../../../shared/incident-fields';
import { fromUkDateAndTime, isUkDate, toUkDateAndTime } from '../../../shared/uk-time';
import { displayZone } from '../display-zone';

/**
 * The record as the forms hold it: everything as typed (strings, ticked lists). Conversion to
 * the record reports problems per form field; the record's own rules come from the shared schema.
 */
export interface CountFormValue {
  kind: ApproximateCount['kind'];
  value: string;
  min: string;
  max: string;
}

export interface ActionFormValue {
  description: string;
  owner: string;
  dueDate: string;
  done: boolean;
}

export interface IncidentFormValues {
  title: string;
  whatHappened: string;
  howDiscovered: string;
  discoveredBy: string;
  occurredKind: Occurrence['kind'];
  occurredDate: string;
  occurredTime: string;
  occurredToDate: string;
  occurredToTime: string;
  discoveredDate: string;
  discoveredTime: string;
  awareDate: string;
  awareTime: string;
  awarenessNote: string;
  cause: IncidentFields['cause'];
  causeDetail: string;
  breachTypes: IncidentFields['breachTypes'];
  cyberIncident: IncidentFields['cyberIncident'];
  dataCategories: IncidentFields['dataCategories'];
  dataCategoriesOther: string;
  peopleCount: CountFormValue;
  recordsCount: CountFormValue;
  peopleCategories: IncidentFields['peopleCategories'];
  peopleCategoriesOther: string;
  organisationsInvolved: string;
  likelyConsequences: string;
  containment: string;
  actions: ActionFormValue[];
  lessonsLearned: string;
  preventionSteps: string;
  status: IncidentFields['status'];
  measuresBeforehand: string;
  staffRecentlyTrained: IncidentFields['staffRecentlyTrained'];
  involvedStaffTrained: IncidentFields['involvedStaffTrained'];
  icoStaffSpokenTo: IncidentFields['icoStaffSpokenTo'];
  icoStaffSpokenToDetail: string;
  cyberImpact: IncidentFields['cyberImpact'];
  cyberRecoveryTime: IncidentFields['cyberRecoveryTime'];
}

export interface FormProblem {
  field: string;
  message: string;
}

function instantToParts(instant: string | null): { date: string; time: string } {
  return instant ? toUkDateAndTime(instant, displayZone()) : { date: '', time: '' };
}

function countToForm(count: ApproximateCount): CountFormValue {
  if (count.kind === 'exact') return { kind: 'exact', value: String(count.value), min: '', max: '' };
  if (count.kind === 'range') return { kind: 'range', value: '', min: String(count.min), max: String(count.max) };
  return { kind: 'not_known', value: '', min: '', max: '' };
}

function isoDateToUk(date: string | null): string {
  if (!date) return '';
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}

export function fieldsToFormValues(fields: IncidentFields): IncidentFormValues {
  const occurredFrom = fields.occurred.kind === 'at' ? fields.occurred.at : fields.occurred.kind === 'between' ? fields.occurred.from : null;
  const occurredTo = fields.occurred.kind === 'between' ? fields.occurred.to : null;
  const from = instantToParts(occurredFrom);
  const to = instantToParts(occurredTo);
  const discovered = instantToParts(fields.discoveredAt);
  const aware = instantToParts(fields.awareAt);
  return {
    title: fields.title,
    whatHappened: fields.whatHappened,
    howDiscovered: fields.howDiscovered,
    discoveredBy: fields.discoveredBy,
    occurredKind: fields.occurred.kind,
    occurredDate: from.date,
    occurredTime: from.time,
    occurredToDate: to.date,
    occurredToTime: to.time,
    discoveredDate: discovered.date,
    discoveredTime: discovered.time,
    awareDate: aware.date,
    awareTime: aware.time,
    awarenessNote: fields.awarenessNote,
    cause: fields.cause,
    causeDetail: fields.causeDetail,
    breachTypes: fields.breachTypes,
    cyberIncident: fields.cyberIncident,
    dataCategories: fields.dataCategories,
    dataCategoriesOther: fields.dataCategoriesOther,
    peopleCount: countToForm(fields.peopleCount),
    recordsCount: countToForm(fields.recordsCount),
    peopleCategories: fields.peopleCategories,
    peopleCategoriesOther: fields.peopleCategoriesOther,
    organisationsInvolved: fields.organisationsInvolved,
    likelyConsequences: fields.likelyConsequences,
    containment: fields.containment,
    actions: fields.actions.map((action) => ({ ...action, dueDate: isoDateToUk(action.dueDate) })),
    lessonsLearned: fields.lessonsLearned,
    preventionSteps: fields.preventionSteps,
    status: fields.status,
    measuresBeforehand: fields.measuresBeforehand,
    staffRecentlyTrained: fields.staffRecentlyTrained,
    involvedStaffTrained: fields.involvedStaffTrained,
    icoStaffSpokenTo: fields.icoStaffSpokenTo,
    icoStaffSpokenToDetail: fields.icoStaffSpokenToDetail,
    cyberImpact: fields.cyberImpact,
    cyberRecoveryTime: fields.cyberRecoveryTime,
  };
}

/** Reads the fields of one step from the form; unreadable values become problems, not guesses. */
export function formValuesToChanges(
  values: IncidentFormValues,
  fieldNames: readonly RecordFormFieldName[],
): { changes: Partial<IncidentFields>; problems: FormProblem[] } {
  const problems: FormProblem[] = [];
  const changes: Partial<IncidentFields> = {};
  const set = <K extends RecordFormFieldName>(name: K, value: IncidentFields[K]) => {
    changes[name] = value;
  };
  for (const name of fieldNames) {
    switch (name) {
      case 'occurred': {
        const occurred = readOccurrence(values, problems);
        if (occurred) set('occurred', occurred);
        break;
      }
      case 'discoveredAt':
        set('discoveredAt', readInstant(values.discoveredDate, values.discoveredTime, 'discoveredDate', problems));
        break;
      case 'awareAt':
        set('awareAt', readInstant(values.awareDate, values.awareTime, 'awareDate', problems));
        break;
      case 'peopleCount':
      case 'recordsCount': {
        const count = readCount(values[name], name, problems);
        if (count) set(name, count);
        break;
      }
      case 'actions':
        set('actions', values.actions.map((action, index) => readAction(action, index, problems)));
        break;
      default:
        set(name, values[name] as never);
    }
  }
  return { changes, problems };
}

function readInstant(date: string, time: string, field: string, problems: FormProblem[]): string | null {
  if (!date.trim() && !time.trim()) return null;
  if (!isUkDate(date)) {
    problems.push({ field, message: 'Enter a real date as day/month/year, for example 23/11/2026' });
    return null;
  }
  const instant = fromUkDateAndTime(date, time, displayZone());
  if (!instant) {
    problems.push({ field, message: 'Enter a time such as 16:05 or 4pm' });
    return null;
  }
  return instant.toISOString();
}

function readOccurrence(values: IncidentFormValues, problems: FormProblem[]): Occurrence | null {
  if (values.occurredKind === 'not_known') return { kind: 'not_known' };
  const before = problems.length;
  const from = readInstant(values.occurredDate, values.occurredTime, 'occurredDate', problems);
  if (values.occurredKind === 'at') {
    if (!from && problems.length === before) problems.push({ field: 'occurredDate', message: 'Enter when it happened, or choose “Not known”' });
    return from ? { kind: 'at', at: from } : null;
  }
  const to = readInstant(values.occurredToDate, values.occurredToTime, 'occurredToDate', problems);
  if ((!from || !to) && problems.length === before) {
    problems.push({ field: 'occurredDate', message: 'Enter both the start and the end of the period' });
  }
  return from && to ? { kind: 'between', from, to } : null;
}

function readWholeNumber(text: string): number | null {
  const cleaned = text.replaceAll(',', '').trim();
  return /^\d+$/.test(cleaned) ? Number(cleaned) : null;
}

function readCount(value: CountFormValue, field: string, problems: FormProblem[]): ApproximateCount | null {
  if (value.kind === 'not_known') return { kind: 'not_known' };
  if (value.kind === 'exact') {
    const n = readWholeNumber(value.value);
    if (n === null) problems.push({ field: `${field}.value`, message: 'Enter a whole number, for example 120' });
    return n === null ? null : { kind: 'exact', value: n };
  }
  const min = readWholeNumber(value.min);
  const max = readWholeNumber(value.max);
  if (min === null || max === null) {
    problems.push({ field: `${field}.min`, message: 'Enter two whole numbers, for example 100 and 250' });
    return null;
  }
  return { kind: 'range', min, max };
}

function readAction(action: ActionFormValue, index: number, problems: FormProblem[]): RemedialAction {
  let dueDate: string | null = null;
  if (action.dueDate.trim()) {
    const parsed = isUkDate(action.dueDate) ? fromUkDateAndTime(action.dueDate, '12:00') : null;
    if (!parsed) problems.push({ field: `actions.${index}.dueDate`, message: 'Enter a real date as day/month/year' });
    else dueDate = parsed.toISOString().slice(0, 10);
  }
  return { description: action.description, owner: action.owner, dueDate, done: action.done };
}

/** Where a problem the record's rules found (by record path) is shown in the form. */
export function formFieldForPath(path: string): string {
  const [head, ...rest] = path.replace(/^changes\./, '').split('.');
  switch (head) {
    case 'occurred':
      return 'occurredDate';
    case 'discoveredAt':
      return 'discoveredDate';
    case 'awareAt':
      return 'awareDate';
    case 'peopleCount':
    case 'recordsCount':
      return rest[0] === 'max' || rest[0] === 'min' ? `${head}.min` : `${head}.value`;
    case 'actions':
      return rest.length >= 2 ? `actions.${rest[0]}.${rest[1] === 'dueDate' ? 'dueDate' : 'description'}` : 'actions';
    default:
      return head ?? path;
  }
}
