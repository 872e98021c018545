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
 * Under two weeks: days (except exactly 7: one week); up to 12 weeks: weeks (so "every 3 weeks — 9 weeks
 * ago" reads on one scale); up to 18 months: months (12 months read as one year); beyond: years.
 * Counts are rounded; weeks, months and years are at least 1 (a day count may be 0: today).
 */
export function describeInterval(days: number): Interval {
  const d = Math.max(0, days);
  const rounded = Math.round(d);
  if (rounded < 14) return rounded === 7 ? { unit: 'week', count: 1 } : { unit: 'day', count: rounded };
  if (d < 87.5) return { unit: 'week', count: Math.round(d / 7) };
  const months = Math.max(1, Math.round(d / DAYS_PER_MONTH));
  if (d < 548) return months === 12 ? { unit: 'year', count: 1 } : { unit: 'month', count: months };
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
export type Translate = (key: string, options: Record<string, unknown>) => string;

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
