/**
 * The dashboard's series over time, from the records and the engine's monthly timeline. Pure.
 * Depth versus breadth: how many different people a month brings (breadth), how much of all contact
 * the strongest 15 hold (depth), and how contact splits between in person, calls and online.
 */
import type { Encounter } from '../../../shared/domain/schema';
import type { TimelinePoint } from '../../../shared/engine/types';

export interface MonthValue {
  /** `YYYY-MM` */
  month: string;
  value: number;
}

export const CHANNEL_GROUPS = ['inPerson', 'calls', 'online'] as const;
export type ChannelGroup = (typeof CHANNEL_GROUPS)[number];

export type MonthGroups = {
  month: string;
  inPerson: number;
  calls: number;
  online: number;
};

/** Distinct people met each month (any channel but social-media reactions), for the given months. */
export function peopleMetPerMonth(encounters: readonly Encounter[], months: readonly string[]): MonthValue[] {
  const wanted = new Set(months);
  const met = new Map<string, Set<string>>();
  for (const e of encounters) {
    if (e.channel === 'social') continue;
    const month = e.date.slice(0, 7);
    if (!wanted.has(month)) continue;
    const people = met.get(month) ?? new Set<string>();
    met.set(month, people);
    for (const id of e.participants) people.add(id);
  }
  return months.map((month) => ({ month, value: met.get(month)?.size ?? 0 }));
}

/** Share of all strength held by the strongest 15, at each month's end. */
export function topShareSeries(timeline: readonly TimelinePoint[]): MonthValue[] {
  return timeline.map((p) => ({ month: p.month, value: p.top15Share }));
}

/** Encounters per month in three groups: in person (with events), calls and video, written and social. */
export function channelGroupSeries(timeline: readonly TimelinePoint[]): MonthGroups[] {
  return timeline.map(({ month, encounters: c }) => ({
    month,
    inPerson: c.in_person + c.event,
    calls: c.call + c.video,
    online: c.message + c.email + c.social,
  }));
}

/** The last `count` points (the timeline reaches back further than a dashboard shows). */
export function lastMonths<T>(points: readonly T[], count: number): T[] {
  return points.slice(Math.max(0, points.length - count));
}

/** "2026-03" → "Mar 26" / "März 26" in the locale. */
export function monthLabel(month: string, locale: string, withYear = true): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale, {
    month: 'short',
    ...(withYear ? { year: '2-digit' } : {}),
    timeZone: 'UTC',
  }).format(Date.UTC(y, m - 1, 1));
}
