/**
 * Dates and numbers for display, with Intl in the user's locale (de-AT, de-DE, en-GB …). Pure functions.
 */
import type { EncounterDate } from '../../../shared/domain/schema';
import type { Locale } from '../../../shared/i18n/resources';

/** Formats of the app languages when the system names no region of that language. */
const DEFAULT_REGION: Record<Locale, string> = { de: 'de-AT', en: 'en-GB' };

/**
 * The Intl locale for an app language: the system's own regional variant of that language (de-DE,
 * de-CH, en-US …: "Januar" or "Jänner", 1.234 or 1 234), else de-AT for German and en-GB for English.
 */
export function intlLocale(language: Locale, systemLanguage: string | undefined): string {
  let system: string | undefined;
  try {
    system = systemLanguage ? Intl.getCanonicalLocales(systemLanguage)[0] : undefined;
  } catch {
    system = undefined; // not a BCP 47 tag (e.g. "de_DE.UTF-8")
  }
  return system?.toLowerCase().startsWith(`${language}-`) ? system : DEFAULT_REGION[language];
}

const isCalendarDate = (date: string) => date.length === 10;

/**
 * Intl formatters made once per locale and kind: constructing one costs far more than formatting (the
 * time slider formats a date at every step, lists format hundreds of rows).
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>(
  key: string,
  make: () => T,
): T {
  let f = formatters.get(key);
  if (f === undefined) {
    f = make();
    formatters.set(key, f);
  }
  return f as T;
}

/**
 * A calendar date is a day, not a moment: it is formatted in UTC so that no time zone shifts it to
 * the day before. A date-time is shown in the local time zone with its time.
 */
export function formatEncounterDate(date: EncounterDate, locale: string): string {
  if (isCalendarDate(date)) {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    return cached(
      `day|${locale}`,
      () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }),
    ).format(Date.UTC(y, m - 1, d));
  }
  return cached(
    `moment|${locale}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
  ).format(Date.parse(date));
}

export function formatNumber(value: number, locale: string): string {
  return cached(`number|${locale}`, () => new Intl.NumberFormat(locale)).format(value);
}

/** Today as YYYY-MM-DD in the local time zone (not UTC: late evening must still be "today"). */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A list of names joined as the locale does it ("A, B and C" / "A, B und C"). */
export function formatList(items: string[], locale: string): string {
  return cached(
    `list|${locale}`,
    () => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }),
  ).format(items);
}
