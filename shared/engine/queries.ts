/** Figures for one day read off the prepared history: each a binary search per person. */
import type { ModelParams } from '../domain/model-params';
import { CHANNELS } from '../domain/schema';
import type { History } from './history';
import { KNOWN_CODE, NOT_MET_CODE, ringCode } from './ring-history';
import { RINGS, type Ring, rankByStrength } from './rings';
import { giniSorted, sortNonNegative, topShareSorted, upperBound } from './stats';
import type { DecayTable } from './strength';
import type { ChannelCounts } from './types';

/** Index of the last strength day ≤ t in person i's row, or −1. */
export function lastStrengthIndex(h: History, i: number, t: number): number {
  const lo = h.start[i] as number;
  const hi = h.sEnd[i] as number;
  if (hi === lo || (h.sDay[lo] as number) > t) return -1;
  return ((h.sDay[hi - 1] as number) <= t ? hi : upperBound(h.sDay, t, lo, hi)) - 1;
}

/** Index of the last contact day ≤ t in person i's row, or −1. */
export function lastContactIndex(h: History, i: number, t: number): number {
  const lo = h.start[i] as number;
  const hi = h.cEnd[i] as number;
  if (hi === lo || (h.cDay[lo] as number) > t) return -1;
  return ((h.cDay[hi - 1] as number) <= t ? hi : upperBound(h.cDay, t, lo, hi)) - 1;
}

export function strengthOfIndex(h: History, i: number, t: number): number {
  const k = lastStrengthIndex(h, i, t);
  if (k < 0) return 0;
  return (
    (h.sCum[k] as number) * (h.decay[h.group[i] as number] as DecayTable).factor(t - (h.sDay[k] as number))
  );
}

/** Whether person i had any encounter by day t. */
export function metBy(h: History, i: number, t: number): boolean {
  const lo = h.start[i] as number;
  return (h.sEnd[i] as number) > lo && (h.sDay[lo] as number) <= t;
}

/** Strengths of all active people at day t (archived: 0). */
export function strengthsAt(h: History, t: number): Float64Array {
  const P = h.people.length;
  const out = new Float64Array(P);
  for (let i = 0; i < P; i++) if (h.active[i]) out[i] = strengthOfIndex(h, i, t);
  return out;
}

export interface Ranking {
  /** Active people with strength > 0, strongest first, ties by id. */
  order: Int32Array;
  /** Ring code per person (0–3 rings 1–4, 4 known, 5 not met). */
  codes: Int8Array;
  strengths: Float64Array;
}

/**
 * Ring of every person at day t. With `ringsOnly`, only the strongest ringCaps[3] are put in order (a
 * selection, then a sort of those): enough for the rings of 6 and 12 months ago; `order` then holds just them.
 */
export function ringsAt(h: History, params: ModelParams, t: number, ringsOnly = false): Ranking {
  const P = h.people.length;
  const strengths = strengthsAt(h, t);
  const eligible = (i: number) => h.active[i] === 1;
  const order = ringsOnly
    ? rankByStrength(strengths, eligible, params.ringCaps[3])
    : rankByStrength(strengths, eligible);
  const codes = new Int8Array(P);
  for (let i = 0; i < P; i++) codes[i] = metBy(h, i, t) ? KNOWN_CODE : NOT_MET_CODE;
  for (let r = 0; r < order.length; r++) codes[order[r] as number] = ringCode(r, params.ringCaps);
  return { order, codes, strengths };
}

export function ringOfCode(code: number): Ring {
  return RINGS[code] as Ring;
}

/**
 * Encounters by channel with day in (fromExclusive, toInclusive]: a count over that stretch of the
 * day-sorted encounters (a month or a year of them; cheaper overall than keeping running counts).
 */
export function channelCounts(h: History, fromExclusive: number, toInclusive: number): ChannelCounts {
  const lo = upperBound(h.encounterDays, fromExclusive);
  const hi = upperBound(h.encounterDays, toInclusive);
  const counts = new Int32Array(CHANNELS.length);
  for (let k = lo; k < hi; k++) {
    const c = h.encounterChannels[k] as number;
    counts[c] = (counts[c] as number) + 1;
  }
  const out = {} as ChannelCounts;
  CHANNELS.forEach((c, ch) => {
    out[c] = counts[ch] as number;
  });
  return out;
}

export interface Distribution {
  /** People in the network met by the day. */
  known: number;
  gini: number;
  /** Share held by the strongest `topK`. */
  topShare: number;
  total: number;
}

/** How strength is spread over everyone in the network met by day t. */
export function distribution(h: History, strengths: Float64Array, t: number, topK: number): Distribution {
  const values = new Float64Array(strengths.length);
  let n = 0;
  for (let i = 0; i < strengths.length; i++) {
    if (h.active[i] && metBy(h, i, t)) values[n++] = strengths[i] as number;
  }
  const sorted = sortNonNegative(values.subarray(0, n));
  let total = 0;
  for (let k = 0; k < n; k++) total += sorted[k] as number;
  return { known: n, gini: giniSorted(sorted), topShare: topShareSorted(sorted, topK), total };
}

/** Active people with contact (not social) in (since, t]. */
export function metSince(h: History, t: number, since: number): number {
  let n = 0;
  for (let i = 0; i < h.people.length; i++) {
    if (!h.active[i]) continue;
    const c = lastContactIndex(h, i, t);
    if (c >= 0 && (h.cDay[c] as number) > since) n++;
  }
  return n;
}
