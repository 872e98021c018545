/**
 * The network figures over time, one point per month: at each month's last day (and at the date itself
 * for its own month). Month-end points do not depend on the date asked about, so a prepared engine caches
 * them and the time slider only ever computes months it has not seen.
 */
import type { ModelParams } from '../domain/model-params';
import { addMonths, isoDate, monthEnd, monthIndexOf, monthKey, monthStart } from './dates';
import type { History } from './history';
import { channelCounts } from './queries';
import { pool } from './scratch';
import { RECENT_MONTHS } from './snapshot';
import { giniSorted, sortNonNegative, topShareSorted } from './stats';
import type { DecayTable } from './strength';
import type { NetworkSummary, TimelinePoint } from './types';

/**
 * Month-end points for consecutive months `first … last` in one pass: each person's history is walked
 * once alongside the month ends (instead of a binary search per person and month), then each month's
 * strengths are sorted once for Gini and top-15 share.
 */
export function monthPoints(h: History, params: ModelParams, first: number, last: number): TimelinePoint[] {
  const M = last - first + 1;
  if (M <= 0) return [];
  const P = h.people.length;
  const ends = Int32Array.from({ length: M }, (_, m) => monthEnd(first + m));
  const recentSince = Int32Array.from(ends, (d) => addMonths(d, -RECENT_MONTHS));
  // Month by month strengths of the people met by then (row m), from the scratch pool.
  const values = pool.float('timeline.values', M * P);
  const known = new Int32Array(M);
  const met = new Int32Array(M);
  for (let i = 0; i < P; i++) {
    if (!h.active[i]) continue;
    const table = h.decay[h.group[i] as number] as DecayTable;
    const lo = h.start[i] as number;
    const sHi = h.sEnd[i] as number;
    const cHi = h.cEnd[i] as number;
    if (cHi === lo) continue; // never met: no contact day (reactions and missed calls are none)
    // Months before the first contact hold nothing for this person: start at the first after it.
    const firstDay = h.cDay[lo] as number;
    let m = 0;
    while (m < M && (ends[m] as number) < firstDay) m++;
    let k = lo;
    let c = lo;
    for (; m < M; m++) {
      const end = ends[m] as number;
      while (k < sHi && (h.sDay[k] as number) <= end) k++;
      while (c < cHi && (h.cDay[c] as number) <= end) c++;
      values[m * P + (known[m] as number)] =
        (h.sCum[k - 1] as number) * table.factor(end - (h.sDay[k - 1] as number));
      known[m] = (known[m] as number) + 1;
      if (c > lo && (h.cDay[c - 1] as number) > (recentSince[m] as number)) met[m] = (met[m] as number) + 1;
    }
  }
  const topK = params.ringCaps[1];
  const points: TimelinePoint[] = [];
  for (let m = 0; m < M; m++) {
    const n = known[m] as number;
    const sorted = sortNonNegative(values.subarray(m * P, m * P + n));
    let total = 0;
    for (let q = 0; q < n; q++) total += sorted[q] as number;
    const month = first + m;
    points.push({
      month: monthKey(month),
      date: isoDate(ends[m] as number),
      known: n,
      metLast12Months: met[m] as number,
      top15Share: topShareSorted(sorted, topK),
      gini: giniSorted(sorted),
      totalStrength: total,
      encounters: channelCounts(h, monthStart(month) - 1, ends[m] as number),
    });
  }
  return points;
}

/**
 * Points from the month of the first encounter (at most `months` back) to the month of day t; the last
 * point is the date itself and reuses its summary.
 */
export function timelineAt(
  h: History,
  params: ModelParams,
  t: number,
  summary: NetworkSummary,
  months: number,
  cache: Map<number, TimelinePoint>,
): TimelinePoint[] {
  const thisMonth = monthIndexOf(t);
  const firstMonth = h.encounterDays.length > 0 ? Math.min(monthIndexOf(h.minDay), thisMonth) : thisMonth;
  const from = Math.max(firstMonth, thisMonth - months + 1);
  // Fill the cache for the months not computed yet, in one pass over the smallest span that holds them.
  let missingFrom = -1;
  let missingTo = -1;
  for (let m = from; m < thisMonth; m++) {
    if (cache.has(m)) continue;
    if (missingFrom < 0) missingFrom = m;
    missingTo = m;
  }
  if (missingFrom >= 0) {
    for (const point of monthPoints(h, params, missingFrom, missingTo)) {
      const [y, mo] = point.month.split('-').map(Number) as [number, number];
      const m = y * 12 + mo - 1;
      if (!cache.has(m)) cache.set(m, point);
    }
  }
  const points: TimelinePoint[] = [];
  for (let m = from; m < thisMonth; m++) points.push(cache.get(m) as TimelinePoint);
  const known =
    summary.rings['1'] + summary.rings['2'] + summary.rings['3'] + summary.rings['4'] + summary.rings.known;
  points.push({
    month: monthKey(thisMonth),
    date: isoDate(t),
    known,
    metLast12Months: summary.metLast12Months,
    top15Share: summary.top15Share,
    gini: summary.gini,
    totalStrength: summary.totalStrength,
    encounters: channelCounts(h, monthStart(thisMonth) - 1, t),
  });
  return points;
}
