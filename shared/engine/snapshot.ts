/** Per-person figures, the network summary and neglected ties for one day, from the prepared history. */
import type { ModelParams } from '../domain/model-params';
import { CHANNELS, type RingNumber } from '../domain/schema';
import { cadenceFrom } from './cadence';
import { addMonths, isoDate } from './dates';
import type { History } from './history';
import {
  channelCounts,
  distribution,
  lastContactIndex,
  lastStrengthIndex,
  ringOfCode,
  ringsAt,
} from './queries';
import { KNOWN_CODE } from './ring-history';
import type { Ring } from './rings';
import { upperBound } from './stats';
import { statusFor } from './status';
import type {
  ChannelCounts,
  NeglectedTie,
  NetworkSnapshot,
  NetworkSummary,
  PersonResult,
  RingCounts,
} from './types';

/** The window for "people met in the last 12 months" and encounters per month. */
export const RECENT_MONTHS = 12;

const isInner = (r: Ring | null): boolean => typeof r === 'number' && r <= 2;

/**
 * Every person's figures for one day as columns indexed like `history.people` (what the map reads at
 * each step of the time slider, without an object per person), plus the display order.
 */
export interface PersonFigures {
  /** The day (day number). */
  t: number;
  /** Active people: ranked first (strongest first), then the others in id order. */
  order: Int32Array;
  /** 0-based position in the ranking, or −1 (not met, archived). */
  rank: Int32Array;
  strength: Float64Array;
  depth: Float64Array;
  /** Ring codes (0–3 rings 1–4, 4 known, 5 not met) now, six and twelve months earlier. */
  ring: Int8Array;
  ringSix: Int8Array;
  ringTwelve: Int8Array;
  /** Ring code at the last contact, or −1. */
  ringWhenLastSeen: Int8Array;
  /** Day of the last contact, or −1. */
  lastContact: Int32Array;
  contactDays: Int32Array;
  encounters: Int32Array;
  /** NaN when there is no contact yet. */
  cadenceDays: Float64Array;
  cadenceSource: PersonResult['cadenceSource'][];
  bursty: Uint8Array;
  /** NaN when there is no contact yet. */
  overdueRatio: Float64Array;
  status: PersonResult['status'][];
  touches: Int32Array;
  /** 1 for a neglected tie; its ranking score. */
  neglected: Uint8Array;
  score: Float64Array;
  metRecently: number;
  archived: number;
}

export function personFigures(h: History, cRing: Int8Array, params: ModelParams, t: number): PersonFigures {
  const P = h.people.length;
  const now = ringsAt(h, params, t);
  const six = ringsAt(h, params, addMonths(t, -6), true);
  const twelve = ringsAt(h, params, addMonths(t, -12), true);
  const strengths = now.strengths;

  // Rank-normalised strength (N − r) / N for 0-based rank r; equal strengths share the better rank.
  // The rank shown and the rings use the position in the order instead (ties broken by id).
  const N = now.order.length;
  const position = new Int32Array(P).fill(-1);
  const rankNorm = new Float64Array(P);
  let shared = 0;
  for (let r = 0; r < N; r++) {
    const i = now.order[r] as number;
    if (r > 0 && strengths[now.order[r - 1] as number] !== strengths[i]) shared = r;
    position[i] = r;
    rankNorm[i] = (N - shared) / N;
  }

  // Ranked people first (strongest first), then the others in id order.
  const order = new Int32Array(P);
  order.set(now.order);
  let n = N;
  let archived = 0;
  for (let i = 0; i < P; i++) {
    if (!h.active[i]) archived++;
    else if (position[i] === -1) order[n++] = i;
  }

  const f: PersonFigures = {
    t,
    order: order.subarray(0, n),
    rank: position,
    strength: strengths,
    depth: new Float64Array(P),
    ring: now.codes,
    ringSix: six.codes,
    ringTwelve: twelve.codes,
    ringWhenLastSeen: new Int8Array(P).fill(-1),
    lastContact: new Int32Array(P).fill(-1),
    contactDays: new Int32Array(P),
    encounters: new Int32Array(P),
    cadenceDays: new Float64Array(P).fill(Number.NaN),
    cadenceSource: new Array(P).fill(null),
    bursty: new Uint8Array(P),
    overdueRatio: new Float64Array(P).fill(Number.NaN),
    status: new Array(P),
    touches: new Int32Array(P),
    neglected: new Uint8Array(P),
    score: new Float64Array(P),
    metRecently: 0,
    archived,
  };

  const touchSince = addMonths(t, -params.touchWindowMonths);
  const recentSince = addMonths(t, -RECENT_MONTHS);
  const scratch = new Float64Array(params.cadenceGapCount);
  for (let k = 0; k < n; k++) {
    const i = order[k] as number;
    const person = h.people[i]!;
    const ringCode = now.codes[i] as number;
    const pinnedRing: RingNumber | null = person.pinnedRing ?? null;
    const closeness = person.closeness ?? null;
    const rn = rankNorm[i] as number;
    const depth =
      closeness === null
        ? rn
        : (1 - params.closenessBlend) * rn + (params.closenessBlend * (closeness - 1)) / 4;
    f.depth[i] = depth;
    const lo = h.start[i] as number;
    const s = lastStrengthIndex(h, i, t);
    f.encounters[i] = s >= 0 ? (h.sCount[s] as number) : 0;

    // Contact, rhythm and status.
    const c = lastContactIndex(h, i, t);
    const contactDays = c >= 0 ? c - lo + 1 : 0;
    f.contactDays[i] = contactDays;
    let ratio: number | null = null;
    let seenCode = -1;
    if (c >= 0) {
      const last = h.cDay[c] as number;
      f.lastContact[i] = last;
      if (last > recentSince) f.metRecently++;
      seenCode = cRing[c] as number;
      f.ringWhenLastSeen[i] = seenCode;
      const priorRing = pinnedRing ?? (seenCode < KNOWN_CODE ? seenCode + 1 : null);
      const prior =
        priorRing === null ? params.knownCadenceDays : (params.ringCadenceDays[priorRing - 1] as number);
      const cad = cadenceFrom(h.cDay, lo, contactDays, prior, person.cadenceDays, params, scratch);
      f.cadenceDays[i] = cad.days;
      f.cadenceSource[i] = cad.source;
      f.bursty[i] = cad.bursty ? 1 : 0;
      ratio = (t - last) / cad.days;
      f.overdueRatio[i] = ratio;
    }
    f.status[i] = statusFor(ratio, contactDays, params);

    // Touches: non-social encounters in (touchSince, t].
    const tHi = h.tEnd[i] as number;
    f.touches[i] = upperBound(h.tDay, t, lo, tHi) - upperBound(h.tDay, touchSince, lo, tHi);

    // Neglected: a person in ring 1–2 (now, six months ago, or pinned there) or rated important, overdue
    // enough. Six months ago: a tie that slid outward, usually through the very silence measured here,
    // still counts.
    if (ratio === null || ratio < params.neglectRatio) continue;
    // Someone seen once has no rhythm to fall behind (unless you set one).
    if (contactDays < 2 && person.cadenceDays === undefined) continue;
    const important = closeness !== null && closeness >= params.importantCloseness;
    const wasInner = isInner(ringOfCode(six.codes[i] as number));
    if (!(isInner(ringOfCode(ringCode)) || wasInner || isInner(pinnedRing) || important)) continue;
    f.neglected[i] = 1;
    f.score[i] = depth * Math.log2(1 + ratio);
  }
  return f;
}

export function computeSnapshot(
  h: History,
  cRing: Int8Array,
  params: ModelParams,
  t: number,
): NetworkSnapshot {
  const f = personFigures(h, cRing, params, t);
  const people: PersonResult[] = [];
  const neglected: NeglectedTie[] = [];
  const rings: RingCounts = { '1': 0, '2': 0, '3': 0, '4': 0, known: 0, 'not-met': 0 };
  for (const i of f.order) {
    const person = h.people[i]!;
    const ring = ringOfCode(f.ring[i] as number);
    rings[String(ring) as keyof RingCounts]++;
    const pinnedRing: RingNumber | null = person.pinnedRing ?? null;
    const last = f.lastContact[i] as number;
    const met = last >= 0;
    const lastContact = met ? isoDate(last) : null;
    const daysSince = met ? t - last : null;
    const cadenceDays = met ? (f.cadenceDays[i] as number) : null;
    const ratio = met ? (f.overdueRatio[i] as number) : null;
    const seen = f.ringWhenLastSeen[i] as number;
    const ringWhenLastSeen = seen >= 0 ? ringOfCode(seen) : null;
    const depth = f.depth[i] as number;
    const touches = f.touches[i] as number;
    const rank = f.rank[i] as number;
    people.push({
      id: person.id,
      name: person.displayName,
      kind: person.kind,
      strength: f.strength[i] as number,
      depth,
      rank: rank >= 0 ? rank + 1 : null,
      ring,
      pinnedRing,
      ringWhenLastSeen,
      lastContact,
      daysSinceContact: daysSince,
      contactDays: f.contactDays[i] as number,
      encounters: f.encounters[i] as number,
      cadenceDays,
      cadenceSource: f.cadenceSource[i] ?? null,
      bursty: f.bursty[i] === 1,
      overdueRatio: ratio,
      status: f.status[i]!,
      touches,
      touchProgress: Math.min(1, touches / params.touchGoal),
      ringSixMonthsAgo: ringOfCode(f.ringSix[i] as number),
      ringTwelveMonthsAgo: ringOfCode(f.ringTwelve[i] as number),
      halfLifeDays: h.halfLife[i] as number,
    });
    if (
      !f.neglected[i] ||
      lastContact === null ||
      daysSince === null ||
      cadenceDays === null ||
      ratio === null
    )
      continue;
    neglected.push({
      id: person.id,
      name: person.displayName,
      ring,
      ringWhenLastSeen,
      pinnedRing,
      closeness: person.closeness ?? null,
      depth,
      overdueRatio: ratio,
      score: f.score[i] as number,
      lastContact,
      reason: { cadenceDays, daysSince, cadenceSource: f.cadenceSource[i] ?? 'ring' },
    });
  }
  const metRecently = f.metRecently;
  const archived = f.archived;
  const P = h.people.length;
  const strengths = f.strength;
  const recentSince = addMonths(t, -RECENT_MONTHS);
  neglected.sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));

  const dist = distribution(h, strengths, t, params.ringCaps[1]);
  const recent = channelCounts(h, recentSince, t);
  const encountersPerMonth = {} as ChannelCounts;
  for (const ch of CHANNELS) encountersPerMonth[ch] = recent[ch] / RECENT_MONTHS;
  const summary: NetworkSummary = {
    people: P - archived,
    archived,
    encounters: upperBound(h.encounterDays, t),
    metLast12Months: metRecently,
    top15Share: dist.topShare,
    gini: dist.gini,
    totalStrength: dist.total,
    rings,
    encountersPerMonth,
  };
  return { asOf: isoDate(t), summary, people, neglected };
}
