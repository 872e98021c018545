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

export function computeSnapshot(
  h: History,
  cRing: Int8Array,
  params: ModelParams,
  t: number,
): NetworkSnapshot {
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
  const displayOrder: number[] = Array.from(now.order);
  let archived = 0;
  for (let i = 0; i < P; i++) {
    if (!h.active[i]) archived++;
    else if (position[i] === -1) displayOrder.push(i);
  }

  const touchSince = addMonths(t, -params.touchWindowMonths);
  const recentSince = addMonths(t, -RECENT_MONTHS);
  const scratch = new Float64Array(params.cadenceGapCount);
  const people: PersonResult[] = [];
  const neglected: NeglectedTie[] = [];
  const rings: RingCounts = { '1': 0, '2': 0, '3': 0, '4': 0, known: 0, 'not-met': 0 };
  let metRecently = 0;

  for (const i of displayOrder) {
    const person = h.people[i]!;
    const ring = ringOfCode(now.codes[i] as number);
    rings[String(ring) as keyof RingCounts]++;
    const pinnedRing: RingNumber | null = person.pinnedRing ?? null;
    const closeness = person.closeness ?? null;
    const rn = rankNorm[i] as number;
    const depth =
      closeness === null
        ? rn
        : (1 - params.closenessBlend) * rn + (params.closenessBlend * (closeness - 1)) / 4;
    const lo = h.start[i] as number;
    const s = lastStrengthIndex(h, i, t);

    // Contact, rhythm and status.
    const c = lastContactIndex(h, i, t);
    const contactDays = c >= 0 ? c - lo + 1 : 0;
    let lastContact: string | null = null;
    let daysSince: number | null = null;
    let ringWhenLastSeen: Ring | null = null;
    let cadenceDays: number | null = null;
    let cadenceSource: PersonResult['cadenceSource'] = null;
    let bursty = false;
    let ratio: number | null = null;
    if (c >= 0) {
      const last = h.cDay[c] as number;
      lastContact = isoDate(last);
      daysSince = t - last;
      if (last > recentSince) metRecently++;
      const seenCode = cRing[c] as number;
      ringWhenLastSeen = ringOfCode(seenCode);
      const priorRing = pinnedRing ?? (seenCode < KNOWN_CODE ? seenCode + 1 : null);
      const prior =
        priorRing === null ? params.knownCadenceDays : (params.ringCadenceDays[priorRing - 1] as number);
      const cad = cadenceFrom(h.cDay, lo, contactDays, prior, person.cadenceDays, params, scratch);
      cadenceDays = cad.days;
      cadenceSource = cad.source;
      bursty = cad.bursty;
      ratio = daysSince / cad.days;
    }
    const status = statusFor(ratio, contactDays, params);

    // Touches: non-social encounters in (touchSince, t].
    const tHi = h.tEnd[i] as number;
    const touches = upperBound(h.tDay, t, lo, tHi) - upperBound(h.tDay, touchSince, lo, tHi);

    people.push({
      id: person.id,
      name: person.displayName,
      kind: person.kind,
      strength: strengths[i] as number,
      depth,
      rank: (position[i] as number) >= 0 ? (position[i] as number) + 1 : null,
      ring,
      pinnedRing,
      ringWhenLastSeen,
      lastContact,
      daysSinceContact: daysSince,
      contactDays,
      encounters: s >= 0 ? (h.sCount[s] as number) : 0,
      cadenceDays,
      cadenceSource,
      bursty,
      overdueRatio: ratio,
      status,
      touches,
      touchProgress: Math.min(1, touches / params.touchGoal),
      ringSixMonthsAgo: ringOfCode(six.codes[i] as number),
      ringTwelveMonthsAgo: ringOfCode(twelve.codes[i] as number),
      halfLifeDays: h.halfLife[i] as number,
    });

    // Neglected: a person in ring 1–2 (now, six months ago, or pinned there) or rated important, overdue
    // enough. Six months ago: a tie that slid outward, usually through the very silence measured here,
    // still counts.
    if (ratio === null || lastContact === null || daysSince === null || cadenceDays === null) continue;
    if (ratio < params.neglectRatio) continue;
    // Someone seen once has no rhythm to fall behind (unless you set one).
    if (contactDays < 2 && person.cadenceDays === undefined) continue;
    const important = closeness !== null && closeness >= params.importantCloseness;
    const wasInner = isInner(ringOfCode(six.codes[i] as number));
    if (!(isInner(ring) || wasInner || isInner(pinnedRing) || important)) continue;
    neglected.push({
      id: person.id,
      name: person.displayName,
      ring,
      ringWhenLastSeen,
      pinnedRing,
      closeness,
      depth,
      overdueRatio: ratio,
      score: depth * Math.log2(1 + ratio),
      lastContact,
      reason: { cadenceDays, daysSince, cadenceSource: cadenceSource ?? 'ring' },
    });
  }
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
