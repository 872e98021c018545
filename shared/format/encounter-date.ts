/**
 * The one rule for showing when an encounter was: its own local day and time — the date and clock time
 * as written, in the offset it was recorded with. That is the day the engine counts it on
 * (shared/engine/dates.ts `dayOf`), so a dinner at 23:30 in Los Angeles on 1 December is on 1 December
 * in the list, in the person's timeline and in every figure, wherever it is read. Where the recorded
 * offset differs from the reader's, the time says so ("23:30 (UTC-8)") instead of being converted.
 *
 * Pure: Intl only, no clock; the reader's offset comes in as an argument.
 */
import type { EncounterDate } from '../domain/schema';

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(kind: 'day' | 'moment', locale: string): Intl.DateTimeFormat {
  const key = `${kind}|${locale}`;
  let f = formatters.get(key);
  if (f === undefined) {
    // In UTC: the instant formatted is built from the wall-clock fields, so no time zone shifts it.
    f =
      kind === 'day'
        ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })
        : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
    formatters.set(key, f);
  }
  return f;
}

/** `YYYY-MM-DD`: the encounter's own local day. */
export function encounterDay(date: EncounterDate): string {
  return date.slice(0, 10);
}

/** Minutes east of UTC of a date-time's own offset (0 for `Z`); undefined for a plain day. */
export function recordedOffset(date: EncounterDate): number | undefined {
  if (date.length === 10) return undefined;
  if (date.endsWith('Z')) return 0;
  const sign = date.charAt(date.length - 6) === '-' ? -1 : 1;
  return sign * (Number(date.slice(-5, -3)) * 60 + Number(date.slice(-2)));
}

function wallClock(date: EncounterDate): number {
  const [y, m, d] = date.slice(0, 10).split('-').map(Number) as [number, number, number];
  const h = date.length > 10 ? Number(date.slice(11, 13)) : 0;
  const min = date.length > 10 ? Number(date.slice(14, 16)) : 0;
  return Date.UTC(y, m - 1, d, h, min);
}

/** The day only, e.g. `1 Dec 2026` / `01.12.2026`. */
export function formatEncounterDay(date: EncounterDate, locale: string): string {
  return formatter('day', locale).format(wallClock(date));
}

/**
 * A plain day as `formatEncounterDay`; a date-time as its own day and time, with `(UTC-8)` when its
 * offset is not `readerOffsetMinutes` (the reader's offset at that moment).
 */
export function formatEncounterDate(
  date: EncounterDate,
  locale: string,
  readerOffsetMinutes?: number,
): string {
  const offset = recordedOffset(date);
  if (offset === undefined) return formatEncounterDay(date, locale);
  const text = formatter('moment', locale).format(wallClock(date));
  return offset === readerOffsetMinutes ? text : `${text} (${utcLabel(offset)})`;
}

/** `UTC-8`, `UTC+5:30`, `UTC`. */
function utcLabel(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const abs = Math.abs(minutes);
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  return `UTC${minutes < 0 ? '-' : '+'}${h}${m ? `:${String(m).padStart(2, '0')}` : ''}`;
}
