import { useState } from 'react';
import { fromUkDateAndTime, toUkDateAndTime } from '../../../shared/uk-time';
import { displayZone } from '../display-zone';

/**
 * A UK date and time typed into DateTimeField's two boxes, kept in a screen's own state:
 * `instant()` reads what was typed in the register's time zone (null if it is not a date and time).
 */
export function useUkDateTime(initial: string | null) {
  const [start] = useState(() => (initial ? toUkDateAndTime(initial, displayZone()) : { date: '', time: '' }));
  const [date, setDate] = useState(start.date);
  const [time, setTime] = useState(start.time);
  return {
    blank: !date.trim() && !time.trim(),
    instant: () => fromUkDateAndTime(date, time, displayZone()),
    date: { value: date, onChange: (event: { target: { value: string } }) => setDate(event.target.value) },
    time: { value: time, onChange: (event: { target: { value: string } }) => setTime(event.target.value) },
  };
}
