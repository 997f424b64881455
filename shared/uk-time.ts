import { TZDate } from '@date-fns/tz';
import { format, isValid } from 'date-fns';

/** All conversion between instants and wall-clock time goes through this module. */

export const DEFAULT_TIME_ZONE = 'Europe/London';

/** "Mon 23 Nov 2026, 16:05" in the given zone (GMT/BST handled by the zone rules). */
export function formatUkDateTime(instant: Date | string, timeZone: string = DEFAULT_TIME_ZONE): string {
  const t = wallClock(instant, timeZone);
  return `${WEEKDAY_NAMES[t.weekday]} ${t.day} ${MONTH_NAMES[t.month - 1]} ${t.year}, ${twoDigits(t.hour)}:${twoDigits(t.minute)}`;
}

/** "23 Nov 2026" */
export function formatUkDate(instant: Date | string, timeZone: string = DEFAULT_TIME_ZONE): string {
  const t = wallClock(instant, timeZone);
  return `${t.day} ${MONTH_NAMES[t.month - 1]} ${t.year}`;
}

const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
// Our own names: ICU's en-GB has changed its short September ("Sep", "Sept") between versions.
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const twoDigits = (n: number) => String(n).padStart(2, '0');

/** One formatter per zone: making one costs far more than using it (a register page shows about 150 times). */
const wallClockFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar date and time of day an instant is in the zone, with its weekday. Read from the
 * zone rules through Intl rather than a TZDate, which works its offset out afresh for each field.
 */
function wallClock(instant: Date | string, timeZone: string): { year: string; month: number; day: number; weekday: number; hour: number; minute: number } {
  const ms = new Date(instant).getTime();
  if (Number.isNaN(ms)) throw new RangeError('Invalid time value');
  let formatter = wallClockFormats.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', hourCycle: 'h23', era: 'short' });
    wallClockFormats.set(timeZone, formatter);
  }
  const parts: Record<string, string> = {};
  for (const part of formatter.formatToParts(ms)) parts[part.type] = part.value;
  const [year, month, day] = [Number(parts['year']), Number(parts['month']), Number(parts['day'])];
  // Years before the common era count down (1 BC is year 0 in the proleptic count date-fns prints).
  const signedYear = parts['era'] === 'BC' ? 1 - year : year;
  // The weekday of that calendar date (setUTCFullYear, unlike Date.UTC, takes years below 100 as they are).
  const calendarDay = new Date(0);
  calendarDay.setUTCFullYear(signedYear, month - 1, day);
  return {
    year: signedYear < 0 ? `-${String(-signedYear).padStart(4, '0')}` : String(signedYear).padStart(4, '0'),
    month,
    day,
    weekday: calendarDay.getUTCDay(),
    hour: Number(parts['hour']),
    minute: Number(parts['minute']),
  };
}

/** "2 Dec 2026" for a calendar date ("2026-12-02", no time or zone), as an action's due date is kept. */
export function formatUkLocalDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const noon = new Date(0);
  noon.setUTCFullYear(year, month - 1, day);
  noon.setUTCHours(12);
  return format(new TZDate(noon.getTime(), 'UTC'), 'd MMM yyyy');
}

/** The value an `<input type="datetime-local">` shows for an instant, in the given zone. */
export function toLocalInputValue(instant: Date | string, timeZone: string = DEFAULT_TIME_ZONE): string {
  return format(new TZDate(new Date(instant).getTime(), timeZone), "yyyy-MM-dd'T'HH:mm");
}

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * Reads "2026-11-23T16:05" as wall-clock time in the zone. Returns null for text that is not a
 * real date and time. In the hour the clocks go back the earlier (BST) reading is taken; a time
 * skipped when the clocks go forward is moved on by the zone rules.
 */
export function fromLocalInputValue(value: string, timeZone: string = DEFAULT_TIME_ZONE): Date | null {
  const match = LOCAL_INPUT.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as [
    number, number, number, number, number, number,
  ];
  const zoned = new TZDate(year, month - 1, day, hour, minute, second, timeZone);
  if (!isValid(zoned) || zoned.getDate() !== day || zoned.getMonth() !== month - 1) return null;
  // In the repeated hour the earlier reading makes the deadline earlier: the safe side.
  const anHourEarlier = zoned.getTime() - 60 * 60 * 1000;
  if (toLocalInputValue(new Date(anHourEarlier), timeZone) === toLocalInputValue(zoned, timeZone)) {
    return new Date(anHourEarlier);
  }
  return new Date(zoned.getTime());
}

const UK_DATE = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{2}|\d{4})\s*$/;
const UK_DATE_WORDS = /^\s*(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+(\d{2}|\d{4})\s*$/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const UK_TIME = /^\s*(\d{1,2})\s*[:.]?\s*(\d{2})\s*$/;
const TWELVE_HOUR = /^\s*(\d{1,2})(?:\s*[:.]\s*(\d{2}))?\s*([ap])\.?\s*m\.?\s*$/i;

/** A two-digit year is this century's: "1/12/26" is 1 December 2026. */
function fullYear(text: string): number {
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

/**
 * Day, month and year from a date typed the UK way: "23/11/2026", "1/12/26", "1.12.2026",
 * "1 Dec 2026", "1st December 26". Always day first; null for anything else.
 */
export function readUkDate(text: string): { day: number; month: number; year: number } | null {
  const numeric = UK_DATE.exec(text);
  if (numeric) return { day: Number(numeric[1]), month: Number(numeric[2]), year: fullYear(numeric[3] ?? '') };
  const words = UK_DATE_WORDS.exec(text);
  if (!words) return null;
  const name = (words[2] ?? '').toLowerCase();
  const month = MONTHS.findIndex((short) => name.startsWith(short) && fullMonthName(short).startsWith(name)) + 1;
  return month === 0 ? null : { day: Number(words[1]), month, year: fullYear(words[3] ?? '') };
}

const FULL_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
function fullMonthName(short: string): string {
  return FULL_MONTHS[MONTHS.indexOf(short)] ?? '';
}

/** Hours and minutes from "16:05", "1605", "16.05", "9am", "9.30 pm", "12pm"; null for anything else. */
export function readUkTime(text: string): { hour: number; minute: number } | null {
  const twelve = TWELVE_HOUR.exec(text);
  if (twelve) {
    const hour = Number(twelve[1]);
    const minute = Number(twelve[2] ?? 0);
    if (hour < 1 || hour > 12 || minute > 59) return null;
    const afternoon = (twelve[3] ?? '').toLowerCase() === 'p';
    return { hour: (hour % 12) + (afternoon ? 12 : 0), minute };
  }
  const t = UK_TIME.exec(text);
  if (!t) return null;
  const [hour, minute] = [Number(t[1]), Number(t[2])];
  return hour > 23 || minute > 59 ? null : { hour, minute };
}

/** Reads a UK date ("23/11/2026", "1/12/26") and a time ("16:05", "9am") typed separately, as wall-clock time in the zone. */
export function fromUkDateAndTime(date: string, time: string, timeZone: string = DEFAULT_TIME_ZONE): Date | null {
  const d = readUkDate(date);
  const t = readUkTime(time);
  if (!d || !t) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  return fromLocalInputValue(`${d.year}-${pad(d.month)}-${pad(d.day)}T${pad(t.hour)}:${pad(t.minute)}`, timeZone);
}

export function isUkDate(text: string): boolean {
  return fromUkDateAndTime(text, '12:00') !== null;
}

export function isUkTime(text: string): boolean {
  return fromUkDateAndTime('1/1/2000', text) !== null;
}

/** "23/11/2026" and "16:05" for an instant, in the zone. */
export function toUkDateAndTime(instant: Date | string, timeZone: string = DEFAULT_TIME_ZONE): { date: string; time: string } {
  const zoned = new TZDate(new Date(instant).getTime(), timeZone);
  return { date: format(zoned, 'dd/MM/yyyy'), time: format(zoned, 'HH:mm') };
}
