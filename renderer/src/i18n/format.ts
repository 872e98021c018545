/**
 * Dates and numbers for display, with Intl in the user's locale (de-AT, de-DE, en-GB …). Pure functions.
 */
import type { EncounterDate } from '../../../shared/domain/schema';
import { formatEncounterDate as formatSharedEncounterDate } from '../../../shared/format/encounter-date';
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
 * When an encounter was, by the one rule for it (shared/format/encounter-date.ts): its own local day
 * and time, the offset added when it is not the reader's — never shifted into another day.
 */
export function formatEncounterDate(date: EncounterDate, locale: string): string {
  const reader = date.length > 10 ? -new Date(Date.parse(date)).getTimezoneOffset() : undefined;
  return formatSharedEncounterDate(date, locale, reader);
}

export function formatNumber(value: number, locale: string): string {
  return cached(`number|${locale}`, () => new Intl.NumberFormat(locale)).format(value);
}

/** A month and year for the reader ("Mar 2026" / "März 2026") of a `YYYY-MM-DD` day. */
export function formatMonth(day: string, locale: string): string {
  const [y, m] = day.split('-').map(Number) as [number, number];
  return cached(
    `month|${locale}`,
    () => new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }),
  ).format(Date.UTC(y, m - 1, 15));
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
