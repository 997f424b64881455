import { useState } from 'react';
import { fromUkDateAndTime, toLocalInputValue, toUkDateAndTime } from '../../../../shared/uk-time';
import { displayZone } from '../../display-zone';

type Problem = { field: 'from' | 'to'; message: string } | null;

export interface CustomPeriodState {
  from: string;
  to: string;
  problem: Problem;
  setFrom(value: string): void;
  setTo(value: string): void;
  /** The typed dates as local dates, or null (and the problem shown) when they can't be used. */
  read(): { from: string; to: string } | null;
}

/** "23/11/2026" as the local date "2026-11-23", or null when it is not a real date. */
function localDate(text: string): string | null {
  const instant = fromUkDateAndTime(text, '12:00', displayZone());
  return instant ? toLocalInputValue(instant, displayZone()).slice(0, 10) : null;
}

export function useCustomPeriod(): CustomPeriodState {
  const today = new Date();
  const [from, setFrom] = useState(`01/01/${toLocalInputValue(today, displayZone()).slice(0, 4)}`);
  const [to, setTo] = useState(toUkDateAndTime(today, displayZone()).date);
  const [problem, setProblem] = useState<Problem>(null);
  return {
    from,
    to,
    problem,
    setFrom,
    setTo,
    read() {
      const start = localDate(from);
      const end = localDate(to);
      if (!start) setProblem({ field: 'from', message: 'Enter a real date, like 01/04/2026' });
      else if (!end) setProblem({ field: 'to', message: 'Enter a real date, like 31/03/2027' });
      else if (end < start) setProblem({ field: 'to', message: 'The end of the period must not be before its start' });
      else {
        setProblem(null);
        return { from: start, to: end };
      }
      return null;
    },
  };
}

/** From and To for "Dates I choose", typed as UK dates, with a button to show them. */
export function CustomPeriodFields({ state }: { state: CustomPeriodState }) {
  const field = (id: 'from' | 'to', label: string, value: string, set: (v: string) => void) => {
    const invalid = state.problem?.field === id;
    return (
      <div className={`form-field${invalid ? ' form-field-invalid' : ''}`}>
        <label htmlFor={`dashboard-${id}`}>{label}</label>
        <p className="help" id={`dashboard-${id}-help`}>
          For example, {id === 'from' ? '01/04/2026' : '31/03/2027'}
        </p>
        {invalid ? (
          <p className="field-error" id={`dashboard-${id}-error`}>
            {state.problem?.message}
          </p>
        ) : null}
        <input
          id={`dashboard-${id}`}
          className="input-date"
          inputMode="numeric"
          value={value}
          onChange={(event) => set(event.target.value)}
          aria-invalid={invalid}
          aria-describedby={`dashboard-${id}-help${invalid ? ` dashboard-${id}-error` : ''}`}
        />
      </div>
    );
  };
  return (
    <fieldset className="form-field period">
      <legend>Breaches the organisation became aware of between</legend>
      {field('from', 'From', state.from, state.setFrom)}
      {field('to', 'To (included)', state.to, state.setTo)}
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          Show these dates
        </button>
      </div>
    </fieldset>
  );
}
