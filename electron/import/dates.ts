/**
 * Dates as they appear in exported files, turned into the domain's forms: `YYYY-MM-DD` for days,
 * `--MM-DD` for a birthday without a year, and date-times with an explicit offset.
 */
import { CalendarDate, EncounterDate, PersonDate } from '../../shared/domain/schema';

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  // German abbreviations and names (LinkedIn and Outlook localise them)
  jän: 1,
  januar: 1,
  februar: 2,
  mär: 3,
  märz: 3,
  mrz: 3,
  mai: 5,
  juni: 6,
  juli: 7,
  okt: 10,
  dez: 12,
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  oktober: 10,
  dezember: 12,
};

export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function day(year: number, month: number, dayOfMonth: number): string | null {
  const text = `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(dayOfMonth)}`;
  return CalendarDate.safeParse(text).success ? text : null;
}

function fullYear(text: string): number {
  const n = Number(text);
  if (text.length > 2) return n;
  return n < 70 ? 2000 + n : 1900 + n;
}

function month(name: string): number | undefined {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')];
}

/**
 * A calendar day written by a person or an export: `2024-03-12`, `12 Mar 2024`, `7-Feb-22`,
 * `12. März 2024`, `12.03.2024` (German order), `03/12/2024` (US order, as LinkedIn writes it).
 */
export function parseLooseDate(text: string): string | null {
  const value = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\.?[\s-]+([\p{L}]+\.?)[\s-]+(\d{2}|\d{4})$/u.exec(value);
  if (m) {
    const mo = month(m[2]!);
    return mo ? day(fullYear(m[3]!), mo, Number(m[1])) : null;
  }
  m = /^([\p{L}]+\.?)\s+(\d{1,2}),?\s+(\d{4})$/u.exec(value);
  if (m) {
    const mo = month(m[1]!);
    return mo ? day(Number(m[3]), mo, Number(m[2])) : null;
  }
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(value);
  if (m) return day(fullYear(m[3]!), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(value);
  if (m) return day(fullYear(m[3]!), Number(m[1]), Number(m[2]));
  return null;
}

/**
 * A birthday from a vCard or contacts CSV: with a year (`1960-09-10`, `19220310`, a date-time) or
 * without (`--0203`, `--02-03`, Google's `--09-10`). Returns `YYYY-MM-DD`, `--MM-DD` or null.
 */
export function parseBirthday(text: string): string | null {
  const value = text.trim();
  const noYear = /^--(\d{2})-?(\d{2})$/.exec(value);
  if (noYear) {
    const [mo, d] = [Number(noYear[1]), Number(noYear[2])];
    return day(2000, mo, d) ? `--${pad2(mo)}-${pad2(d)}` : null;
  }
  const full = /^(\d{4})-?(\d{2})-?(\d{2})(?:T.*)?$/.exec(value);
  if (full) return day(Number(full[1]), Number(full[2]), Number(full[3]));
  return parseLooseDate(value);
}

/**
 * Apple Contacts writes a birthday without a year as 1604 (`BDAY;X-APPLE-OMIT-YEAR=1604:1604-03-15`), a
 * year no one now living was born in.
 */
const APPLE_NO_YEAR = '1604';

/**
 * A birthday or yearly date for the person's fields: `YYYY-MM-DD` or `--MM-DD` as the schema takes it
 * (no 30 February, no year 0), or null — the caller then keeps the text in the notes.
 */
export function parsePersonDate(text: string): string | null {
  const value = text.trim();
  // 29 February without a year is a day a person can have; parseBirthday checks against the year 2000.
  const parsed = parseBirthday(value);
  if (parsed === null) return null;
  const date = parsed.startsWith(`${APPLE_NO_YEAR}-`) ? `--${parsed.slice(5)}` : parsed;
  return PersonDate.safeParse(date).success ? date : null;
}

/**
 * The date of an encounter: `YYYY-MM-DD`, or an ISO date-time with an offset
 * (`2026-11-27T14:30+01:00`, `…Z`; a space instead of the `T` is accepted).
 */
export function parseEncounterDate(text: string): string | null {
  const value = text.trim().replace(/^(\d{4}-\d{2}-\d{2}) (\d)/, '$1T$2');
  return EncounterDate.safeParse(value).success ? value : null;
}

/** Formats an offset in minutes east of UTC as `Z` or `±HH:MM`. */
export function formatOffset(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}
