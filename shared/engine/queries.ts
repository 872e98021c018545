/** Figures for one day read off the prepared history: each a binary search per person. */
import type { ModelParams } from '../domain/model-params';
import { CHANNELS } from '../domain/schema';
import type { History } from './history';
import { rhythmBand } from './rhythm';
import { assignRings, rankByStrength } from './rings';
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

/** Whether person i had contact (not only reactions or attempts) by day t. */
export function metBy(h: History, i: number, t: number): boolean {
  const lo = h.start[i] as number;
  return (h.cEnd[i] as number) > lo && (h.cDay[lo] as number) <= t;
}

/** Strengths of all active people at day t (archived: 0). */
export function strengthsAt(h: History, t: number): Float64Array {
  const P = h.people.length;
  const out = new Float64Array(P);
  for (let i = 0; i < P; i++) if (h.active[i]) out[i] = strengthOfIndex(h, i, t);
  return out;
}

export interface Ranking {
  /** Active people with strength > 0, strongest first, ties by id (empty unless asked for). */
  order: Int32Array;
  /** Ring code per person (0–3 rings 1–4, 4 known, 5 not met). */
  codes: Int8Array;
  /** Innermost ring whose rhythm each person keeps (1–4), 0 for none. */
  bands: Int8Array;
  strengths: Float64Array;
  /** Day of each person's last contact up to t, or −1. */
  lastContact: Int32Array;
}

/**
 * The ring of every person at day t: their rhythm band from their own contact days, then the caps
 * (rings.ts). With `ranked`, also the order by strength (the depth ranking).
 */
export function ringsAt(h: History, params: ModelParams, t: number, ranked = false): Ranking {
  const P = h.people.length;
  const strengths = strengthsAt(h, t);
  const bands = new Int8Array(P);
  const met = new Uint8Array(P);
  const lastContact = new Int32Array(P).fill(-1);
  for (let i = 0; i < P; i++) {
    if (!h.active[i]) continue;
    const c = lastContactIndex(h, i, t);
    if (c < 0) continue;
    const lo = h.start[i] as number;
    met[i] = 1;
    lastContact[i] = h.cDay[c] as number;
    bands[i] = rhythmBand(h.cDay, lo, c - lo + 1, t, params);
  }
  const codes = assignRings(
    { band: bands, met, strength: strengths, lastContact, names: h.names },
    params.ringCaps,
  );
  const order = ranked ? rankByStrength(strengths, (i) => h.active[i] === 1) : new Int32Array(0);
  return { order, codes, bands, strengths, lastContact };
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
