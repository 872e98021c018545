/**
 * Human-sized intervals for sentences like "usually every 3 weeks — last seen 9 weeks ago".
 * The engine returns numbers; this picks a unit and a count, i18n turns them into words.
 */

export type IntervalUnit = 'day' | 'week' | 'month' | 'year';

export interface Interval {
  unit: IntervalUnit;
  count: number;
}

const DAYS_PER_MONTH = 365.2425 / 12;
const DAYS_PER_YEAR = 365.2425;

/**
 * Up to 13 days stay days, up to 12 weeks are weeks, up to two years months, beyond that years.
 * Weeks reach to 12 so that "every 3 weeks — 9 weeks ago" reads as one scale. Counts are rounded, at least 1
 * for weeks, months and years (a day count may be 0: today).
 */
export function describeInterval(days: number): Interval {
  const d = Math.max(0, days);
  if (d < 13.5) return { unit: 'day', count: Math.round(d) };
  if (d < 87.5) return { unit: 'week', count: Math.max(1, Math.round(d / 7)) };
  if (d < 2 * DAYS_PER_YEAR) return { unit: 'month', count: Math.max(1, Math.round(d / DAYS_PER_MONTH)) };
  return { unit: 'year', count: Math.max(1, Math.round(d / DAYS_PER_YEAR)) };
}

/** Why a tie counts as neglected: its usual rhythm and how long it has been. */
export interface NeglectReason {
  cadenceDays: number;
  daysSince: number;
  /** Whether the rhythm is the user's own setting, learned from contact, or the ring default. */
  cadenceSource: 'user' | 'learned' | 'ring';
}

/** A translate function as i18next's `t` (only the call shape the engine needs). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * The one-line reason, e.g. "usually every 3 weeks — last seen 9 weeks ago" / "meist alle 3 Wochen –
 * zuletzt vor 9 Wochen gesehen". `t` must be bound to the `engine` namespace's keys (prefix `engine:`).
 */
export function neglectReasonText(t: Translate, reason: NeglectReason): string {
  const every = describeInterval(reason.cadenceDays);
  const ago = describeInterval(reason.daysSince);
  const key = reason.cadenceSource === 'user' ? 'engine:neglect.reasonUser' : 'engine:neglect.reason';
  return t(key, {
    every: t(`engine:every.${every.unit}`, { count: every.count }),
    ago: t(`engine:ago.${ago.unit}`, { count: ago.count }),
    interpolation: { escapeValue: false },
  });
}
