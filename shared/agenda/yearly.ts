/**
 * Dates that come round every year (birthdays, anniversaries, name days): on which days of a span they
 * fall, and how many years each time. Day numbers as in the engine (shared/engine/dates.ts).
 */
import type { PersonDate } from '../domain/schema';
import { civilFromDay, dayFromCivil, daysInMonth } from '../engine/dates';

export interface YearlyDate {
  month: number;
  day: number;
  /** The year when it is known (`YYYY-MM-DD`), else null (`--MM-DD`). */
  year: number | null;
}

export function yearlyDate(date: PersonDate): YearlyDate {
  const noYear = date.startsWith('--');
  const month = Number(noYear ? date.slice(2, 4) : date.slice(5, 7));
  const day = Number(noYear ? date.slice(5, 7) : date.slice(8, 10));
  return { month, day, year: noYear ? null : Number(date.slice(0, 4)) };
}

/** The day it falls on in `year`: 29 February is 28 February in a year without one. */
export function dayInYear(date: YearlyDate, year: number): number {
  const day = Math.min(date.day, daysInMonth(year, date.month));
  return dayFromCivil(year, date.month, day);
}

export interface Occurrence {
  /** Day number. */
  day: number;
  /** Years since the date (the age turned, for a birthday); null when the year is not known. */
  years: number | null;
}

/**
 * Every time the date comes round from day `from` to day `to` (both included), oldest first. With a
 * known year, nothing before it: the first time it is `years: 0` (the date itself).
 */
export function occurrences(date: YearlyDate, from: number, to: number): Occurrence[] {
  const out: Occurrence[] = [];
  const first = civilFromDay(from).year;
  const last = civilFromDay(to).year;
  for (let year = first; year <= last; year++) {
    if (date.year !== null && year < date.year) continue;
    const day = dayInYear(date, year);
    if (day >= from && day <= to) out.push({ day, years: date.year === null ? null : year - date.year });
  }
  return out;
}
