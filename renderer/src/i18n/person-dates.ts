/**
 * A person's dates for display, with Intl in the user's locale: "10 December 1980", "10 December" when
 * the year is not known, the month names of the date fields, and the agenda's day ("Thu, 10 Dec"). Pure.
 */
import type { PersonDate } from '../../../shared/domain/schema';

const cache = new Map<string, Intl.DateTimeFormat>();
function formatter(key: string, locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const id = `${key}|${locale}`;
  let f = cache.get(id);
  if (!f) {
    // In UTC at noon: the day formatted is the day written, in any time zone.
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    cache.set(id, f);
  }
  return f;
}

const noon = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day, 12));

/** "10 December 1980", or "10 December" for `--12-10`. */
export function formatPersonDate(date: PersonDate, locale: string): string {
  if (date.startsWith('--')) {
    const [month, day] = [Number(date.slice(2, 4)), Number(date.slice(5, 7))];
    return formatter('dayMonth', locale, { day: 'numeric', month: 'long' }).format(noon(2000, month, day));
  }
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return formatter('long', locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(
    noon(year, month, day),
  );
}

/** "Thu, 10 Dec" (the year only when it is not `thisYear`'s). */
export function formatAgendaDay(iso: string, locale: string, thisYear?: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const sameYear = thisYear === undefined || iso.slice(0, 4) === thisYear.slice(0, 4);
  return formatter(sameYear ? 'agenda' : 'agendaYear', locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(sameYear ? {} : { year: 'numeric' }),
  }).format(noon(year, month, day));
}

/** The twelve month names, January first. */
export function monthNames(locale: string): string[] {
  const f = formatter('month', locale, { month: 'long' });
  return Array.from({ length: 12 }, (_, i) => f.format(noon(2000, i + 1, 1)));
}
