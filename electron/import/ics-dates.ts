/**
 * Dates in a calendar as they are written. ical.js rolls an impossible date forward without a word
 * (20250230 becomes 2 March, hour 25 the next day's 01:00, BYMONTHDAY=30 in February 2 March), and a
 * year before 100 is no date the data file holds. So the date properties of each event are checked as
 * written, before ical.js reads them, and the occurrences of a BYMONTHDAY rule are checked against it.
 */
import type { SkippedRow } from './types';

/** Where an event sits in the file's physical lines (0-based indices of BEGIN:VEVENT and END:VEVENT). */
export interface EventSpan {
  start: number;
  end: number;
}

export interface EventDates {
  /** The first impossible date, with the line where it is written; the event is skipped. */
  problem?: SkippedRow;
  /** 1-based line of the event's (first) RRULE. */
  ruleLine?: number;
}

const DATE_PROPERTIES = new Set(['DTSTART', 'DTEND', 'DUE', 'RECURRENCE-ID', 'RDATE', 'EXDATE']);
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DATE_VALUE = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z?)?$/i;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** What is wrong with one written date or date-time (`20250230`, `20250110T250000Z`), or null. */
export function impossibleDate(value: string): string | null {
  const m = DATE_VALUE.exec(value);
  if (!m) return null; // not a basic date (a PERIOD's duration, an odd form): ical.js decides
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 100) return 'a year before 100';
  if (month < 1 || month > 12) return `there is no month ${month}`;
  if (day < 1 || day > daysInMonth(year, month)) return `${MONTHS[month - 1]} ${year} has no day ${day}`;
  if (m[4] !== undefined) {
    const [hour, minute, second] = [Number(m[4]), Number(m[5]), Number(m[6])];
    if (hour > 23) return `there is no hour ${hour}`;
    if (minute > 59) return `there is no minute ${minute}`;
    if (second > 60) return `there is no second ${second}`; // 60: a leap second, as RFC 5545 allows
  }
  return null;
}

/** Index of the ':' that ends a content line's name and parameters (a quoted parameter may hold one). */
function valueStart(line: string): number {
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === ':' && !quoted) return i;
  }
  return -1;
}

/**
 * Checks the date properties written directly in the event (not in its alarms): DTSTART, DTEND, DUE,
 * RECURRENCE-ID, RDATE, EXDATE (each of a list) and an RRULE's UNTIL.
 */
export function checkEventDates(lines: readonly string[], span: EventSpan): EventDates {
  const found: EventDates = {};
  let depth = 0;
  for (let i = span.start + 1; i < span.end; i++) {
    const raw = lines[i]!;
    const upper = raw.trimStart().slice(0, 16).toUpperCase();
    if (upper.startsWith('BEGIN:')) depth++;
    else if (upper.startsWith('END:')) depth = Math.max(0, depth - 1);
    if (depth > 0 || raw.startsWith(' ') || raw.startsWith('\t')) continue;
    const name = /^[A-Za-z-]+/.exec(raw)?.[0]?.toUpperCase() ?? '';
    if (!DATE_PROPERTIES.has(name) && name !== 'RRULE') continue;
    let line = raw;
    for (let j = i + 1; j < span.end && /^[ \t]/.test(lines[j]!); j++) line += lines[j]!.slice(1);
    const colon = valueStart(line);
    if (colon === -1) continue;
    const value = line.slice(colon + 1).trim();
    if (name === 'RRULE') {
      found.ruleLine ??= i + 1;
      const until = /(?:^|;)UNTIL=([^;]*)/i.exec(value)?.[1];
      const problem = until ? impossibleDate(until) : null;
      if (problem && !found.problem)
        found.problem = { line: i + 1, reason: 'bad-date', detail: `RRULE UNTIL=${until}: ${problem}` };
      continue;
    }
    if (found.problem) continue;
    for (const item of value.split(',')) {
      const written = item.split('/')[0]!.trim(); // a PERIOD: its start
      const problem = impossibleDate(written);
      if (problem) {
        found.problem = { line: i + 1, reason: 'bad-date', detail: `${name} ${written}: ${problem}` };
        break;
      }
    }
  }
  return found;
}

/** A day of the month as a BYMONTHDAY value names it: 30, or -1 for the last day. */
export function matchesMonthDay(
  year: number,
  month: number,
  day: number,
  monthDays: readonly number[],
): boolean {
  const last = daysInMonth(year, month);
  return monthDays.some((d) => (d > 0 ? d === day : last + d + 1 === day));
}
