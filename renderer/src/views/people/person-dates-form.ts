/**
 * A person's birthday and named dates as the editor shows them — day and month chosen, the year typed
 * (optional) — and the stored forms they become: `YYYY-MM-DD`, or `--MM-DD` without the year. Whether
 * such a day exists (no 30 February, no year 0) is the contract's rule (PersonDate), checked with the
 * rest of the draft; this only assembles the text and names what is missing. Pure.
 */
import type { NamedDate, PersonDate } from '../../../../shared/domain/schema';
import type { FieldMessage } from '../../forms/field-errors';

export interface DateParts {
  /** '' or 1–31 */
  day: string;
  /** '' or 1–12 */
  month: string;
  /** As typed: '' or four digits. */
  year: string;
}

export interface NamedDateValues extends DateParts {
  label: string;
  /** Tells the rows apart while they are edited (React keys); not stored. */
  key: string;
}

export const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

export function dateParts(date: PersonDate | undefined): DateParts {
  if (!date) return { ...EMPTY_DATE };
  if (date.startsWith('--'))
    return { day: String(Number(date.slice(5, 7))), month: String(Number(date.slice(2, 4))), year: '' };
  return {
    day: String(Number(date.slice(8, 10))),
    month: String(Number(date.slice(5, 7))),
    year: date.slice(0, 4),
  };
}

let rows = 0;
export function namedDateValues(dates: readonly NamedDate[] | undefined): NamedDateValues[] {
  return (dates ?? []).map((d) => ({ label: d.label, ...dateParts(d.date), key: `date-${++rows}` }));
}
export function emptyNamedDate(): NamedDateValues {
  return { label: '', ...EMPTY_DATE, key: `date-${++rows}` };
}

export type DateText = { ok: true; date: string | undefined } | { ok: false; error: FieldMessage };

const msg = (key: string, values?: Record<string, string>): FieldMessage =>
  values ? { key: `people:dates.errors.${key}`, values } : { key: `people:dates.errors.${key}` };

/**
 * The date as the schema reads it, or undefined when nothing is chosen; an error when only part of it
 * is (a year without day and month, a day without a month) or the year is not a number.
 */
export function dateText(parts: DateParts): DateText {
  const year = parts.year.trim();
  if (!parts.day && !parts.month && !year) return { ok: true, date: undefined };
  if (!parts.day || !parts.month) return { ok: false, error: msg('incomplete') };
  // Four digits: "80" is not taken for 1980 (nor for the year 80).
  if (year && !/^\d{4}$/.test(year)) return { ok: false, error: msg('year') };
  const mm = parts.month.padStart(2, '0');
  const dd = parts.day.padStart(2, '0');
  return { ok: true, date: year ? `${year}-${mm}-${dd}` : `--${mm}-${dd}` };
}

/** The message for a date the schema refused: no such day (30 February, the year 0). */
export const impossibleDate = (): FieldMessage => msg('impossible');
export const labelMissing = (): FieldMessage => msg('label');
