/**
 * Calendar arithmetic in whole days. The engine counts time in "day numbers": days since 1970-01-01 of
 * the proleptic Gregorian calendar. An encounter's day is the calendar date the user experienced it on:
 * a plain date is that day; a date-time with offset is the wall-clock date in its own offset (the first
 * ten characters), so a dinner at 23:30 in Vienna stays on the day it happened wherever it is read.
 *
 * Integer arithmetic only (Howard Hinnant's civil-date algorithms); no Date object, no clock.
 */

/** Days since 1970-01-01 for a civil date (month 1–12). */
export function dayFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export interface CivilDate {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

/** The civil date of a day number. */
export function civilFromDay(dayNumber: number): CivilDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** First day of each month from 1900 to 2199 (and of January 2200): dayOf looks months up. */
const TABLE_FIRST_YEAR = 1900;
const TABLE_MONTHS = 300 * 12;
const MONTH_FIRST_DAY = Int32Array.from({ length: TABLE_MONTHS + 1 }, (_, m) =>
  dayFromCivil(TABLE_FIRST_YEAR + Math.floor(m / 12), (m % 12) + 1, 1),
);

/**
 * The day number of an encounter date or calendar date (`YYYY-MM-DD` or `YYYY-MM-DDTHH:MM…±HH:MM`).
 * Throws a RangeError naming the value if it does not start with a real calendar date.
 */
export function dayOf(date: string): number {
  // Hand-rolled digit parsing and a month table: this runs once per encounter and a regex or the calendar
  // arithmetic is several times slower.
  if (date.length >= 10 && date.charCodeAt(4) === 45 && date.charCodeAt(7) === 45) {
    const y0 = date.charCodeAt(0) - 48;
    const y1 = date.charCodeAt(1) - 48;
    const y2 = date.charCodeAt(2) - 48;
    const y3 = date.charCodeAt(3) - 48;
    const m0 = date.charCodeAt(5) - 48;
    const m1 = date.charCodeAt(6) - 48;
    const d0 = date.charCodeAt(8) - 48;
    const d1 = date.charCodeAt(9) - 48;
    // Every value is a digit exactly when no unsigned value exceeds 9.
    if (y0 >>> 0 <= 9 && y1 >>> 0 <= 9 && y2 >>> 0 <= 9 && y3 >>> 0 <= 9 && m0 >>> 0 <= 9) {
      if (m1 >>> 0 <= 9 && d0 >>> 0 <= 9 && d1 >>> 0 <= 9) {
        const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
        const month = m0 * 10 + m1;
        const day = d0 * 10 + d1;
        if (month >= 1 && month <= 12 && day >= 1) {
          const m = (year - TABLE_FIRST_YEAR) * 12 + month - 1;
          if (m >= 0 && m < TABLE_MONTHS) {
            const first = MONTH_FIRST_DAY[m] as number;
            if (day <= (MONTH_FIRST_DAY[m + 1] as number) - first) return first + day - 1;
          } else if (day <= daysInMonth(year, month)) return dayFromCivil(year, month, day);
        }
      }
    }
  }
  throw new RangeError(
    `"${date}" is not a date; expected YYYY-MM-DD (optionally followed by a time and offset)`,
  );
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Formatted dates of day numbers 0 … 2^17 (1970 to 2328), made once each: thousands are asked for per date. */
const isoCache: string[] = [];
const ISO_CACHE_DAYS = 1 << 17;

/** `YYYY-MM-DD` of a day number. */
export function isoDate(dayNumber: number): string {
  const cacheable = dayNumber >= 0 && dayNumber < ISO_CACHE_DAYS && Number.isInteger(dayNumber);
  if (cacheable) {
    const known = isoCache[dayNumber];
    if (known !== undefined) return known;
  }
  const { year, month, day } = civilFromDay(dayNumber);
  const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  if (cacheable) isoCache[dayNumber] = text;
  return text;
}

/**
 * The same calendar day `months` months later (negative: earlier), clamped to the end of a shorter
 * month: 31 August − 6 months is 28 (or 29) February.
 */
export function addMonths(dayNumber: number, months: number): number {
  const { year, month, day } = civilFromDay(dayNumber);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const mo = index - y * 12 + 1;
  return dayFromCivil(y, mo, Math.min(day, daysInMonth(y, mo)));
}

/** A month as one integer, `year × 12 + (month − 1)`: consecutive months are consecutive integers. */
export function monthIndexOf(dayNumber: number): number {
  const { year, month } = civilFromDay(dayNumber);
  return year * 12 + month - 1;
}

/** First day (day number) of a month index. */
export function monthStart(monthIndex: number): number {
  const year = Math.floor(monthIndex / 12);
  return dayFromCivil(year, monthIndex - year * 12 + 1, 1);
}

/** Last day (day number) of a month index. */
export function monthEnd(monthIndex: number): number {
  return monthStart(monthIndex + 1) - 1;
}

/** `YYYY-MM` of a month index. */
export function monthKey(monthIndex: number): string {
  const year = Math.floor(monthIndex / 12);
  return `${pad(year, 4)}-${pad(monthIndex - year * 12 + 1, 2)}`;
}
