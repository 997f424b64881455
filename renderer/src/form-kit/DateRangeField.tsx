import type { ReactNode } from 'react';
import { useState } from 'react';
import { fromUkDateAndTime, toLocalInputValue, toUkDateAndTime } from '../../../shared/uk-time';
import { displayZone } from '../display-zone';
import { Field } from './Field';
import { FieldGroup } from './FieldGroup';

type Problem = { field: 'from' | 'to'; message: string } | null;

export interface DateRangeState {
  from: string;
  to: string;
  problem: Problem;
  examples: { from: string; to: string };
  setFrom(value: string): void;
  setTo(value: string): void;
  /** The typed dates as local dates ("2026-11-23"), or null (and the problem shown) when they can't be used. */
  read(): { from: string; to: string } | null;
}

/** "23/11/2026" as the local date "2026-11-23", or null when it is not a real date. */
function localDate(text: string): string | null {
  const instant = fromUkDateAndTime(text, '12:00', displayZone());
  return instant ? toLocalInputValue(instant, displayZone()).slice(0, 10) : null;
}

/** A From and To typed as UK dates, starting from 1 January this year to today. */
export function useDateRange(examples: { from: string; to: string }): DateRangeState {
  const [start] = useState(() => new Date());
  const [from, setFrom] = useState(`01/01/${toLocalInputValue(start, displayZone()).slice(0, 4)}`);
  const [to, setTo] = useState(toUkDateAndTime(start, displayZone()).date);
  const [problem, setProblem] = useState<Problem>(null);
  return {
    from,
    to,
    problem,
    examples,
    setFrom,
    setTo,
    read() {
      const first = localDate(from);
      const last = localDate(to);
      if (!first) setProblem({ field: 'from', message: `Enter a real date, like ${examples.from}` });
      else if (!last) setProblem({ field: 'to', message: `Enter a real date, like ${examples.to}` });
      else if (last < first) setProblem({ field: 'to', message: 'The end of the period must not be before its start' });
      else {
        setProblem(null);
        return { from: first, to: last };
      }
      return null;
    },
  };
}

/** From and To in one fieldset, each with its example and its own error; `children` go inside it (a button). */
export function DateRangeField(props: { id: string; legend: string; state: DateRangeState; children?: ReactNode }) {
  const { state } = props;
  const box = (end: 'from' | 'to', label: string, value: string, set: (value: string) => void) => (
    <Field id={`${props.id}-${end}`} label={label} help={`For example, ${state.examples[end]}`} error={state.problem?.field === end ? state.problem.message : undefined}>
      {(control) => <input {...control} className="input-date" inputMode="numeric" value={value} onChange={(event) => set(event.target.value)} />}
    </Field>
  );
  return (
    <FieldGroup id={props.id} legend={props.legend} className="period">
      {box('from', 'From', state.from, state.setFrom)}
      {box('to', 'To (included)', state.to, state.setTo)}
      {props.children}
    </FieldGroup>
  );
}
