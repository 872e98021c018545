/**
 * Precomputed, date-sorted history per person, so that any date's figures cost a binary search per person
 * instead of a pass over all encounters.
 *
 * For each person, in compressed rows (one slice per person, `start[i]` to `end[i]`):
 * - strength days: every distinct day with an encounter, the strength right after that day
 *   (`S_k = S_{k−1} · 2^(−(d_k − d_{k−1})/H) + Σ weights of day k`) and the running encounter count.
 *   Strength at any later t is then `S_k · 2^(−(t − d_k)/H)` for the last day k ≤ t: O(log n), no overflow.
 * - contact days: distinct days with contact other than a social-media reaction.
 * - touch days: one entry per non-social encounter (a day repeats when there were several).
 *
 * Same-day weights are summed smallest first, so the floating-point result does not depend on the order
 * of the input arrays. `decay` holds the decay tables per half-life for the queries.
 */
import type { ModelParams } from '../domain/model-params';
import { CHANNELS, type Channel } from '../domain/schema';
import { dayOf } from './dates';
import { pool } from './scratch';
import { insertionSort, orderFreeSum, sortIndicesByDay } from './stats';
import { DecayTable, halfLifeFor, LONG_HALF_LIFE_KINDS } from './strength';
import type { EngineEncounter, EnginePerson } from './types';
import { durationFactor, groupFactor } from './weight';

export const CHANNEL_INDEX: Readonly<Record<Channel, number>> = Object.fromEntries(
  CHANNELS.map((c, i) => [c, i]),
) as Record<Channel, number>;
const SOCIAL = CHANNEL_INDEX.social;

/**
 * Index of a channel in CHANNELS. A switch on the first letters (a keyed property load with many
 * different strings is slow in a loop over every encounter), checked against the full name.
 */
export function channelIndex(channel: string): number {
  let i: number;
  switch (channel.charCodeAt(0)) {
    case 105: // i
      i = 0;
      break;
    case 101: // e
      i = channel.charCodeAt(1) === 118 ? 1 : 5;
      break;
    case 99: // c
      i = 2;
      break;
    case 118: // v
      i = 3;
      break;
    case 109: // m
      i = 4;
      break;
    default:
      i = 6;
  }
  if (CHANNELS[i] !== channel) throw new RangeError(`unknown channel "${channel}"`);
  return i;
}

export interface History {
  /** People sorted by id; index i everywhere below refers to this order. */
  people: readonly EnginePerson[];
  index: ReadonlyMap<string, number>;
  active: Uint8Array;
  halfLife: Float64Array;
  /** 1 for the long (family) half-life group, 0 otherwise. */
  group: Uint8Array;
  /** Decay factors by whole-day gap for group 0 and group 1. */
  decay: readonly [DecayTable, DecayTable];

  start: Int32Array;
  sEnd: Int32Array;
  sDay: Int32Array;
  sCum: Float64Array;
  sCount: Int32Array;
  /** For each strength day: index of the same day among contact days, or −1. */
  sContact: Int32Array;
  cEnd: Int32Array;
  cDay: Int32Array;
  tEnd: Int32Array;
  tDay: Int32Array;

  /** All encounters' days ascending, and their channels (CHANNELS index) in the same order. */
  encounterDays: Int32Array;
  encounterChannels: Uint8Array;
  /** The encounters that tie people to each other. */
  shared: SharedEncounters;
  minDay: number;
  maxDay: number;
}

/**
 * The encounters that count for co-participation (2 to `coParticipationMaxGroup` known participants,
 * weight > 0), numbered in day order (within a day, lightest first), with their participants in ascending person order:
 * part[partStart[k] … partStart[k + 1]]. Per person, the shared encounters they took part in (ascending k,
 * so in day order) are rowEnc[rowStart[i] … rowStart[i + 1]], and rowSlot holds the person's own slot in
 * `part`: the slots after it are exactly the partners with a larger index. Tie weights are summed from
 * these rows one person at a time (pairs.ts).
 */
export interface SharedEncounters {
  day: Int32Array;
  weight: Float64Array;
  partStart: Int32Array;
  part: Int32Array;
  rowStart: Int32Array;
  rowEnc: Int32Array;
  rowSlot: Int32Array;
}

const IN_PERSON = CHANNEL_INDEX.in_person;
const VIDEO = CHANNEL_INDEX.video;

/**
 * `durationFactor` of in-person and video contact by whole minutes up to a day, each computed once (a
 * logarithm per encounter is a good part of reading 100,000 of them). Same values as durationFactor.
 */
class DurationFactors {
  private readonly byMinute = new Float64Array(1441).fill(Number.NaN);

  constructor(private readonly maxFactor: number) {}

  factor(minutes: number | undefined): number {
    if (minutes === undefined) return 1;
    if (Number.isInteger(minutes) && minutes >= 0 && minutes <= 1440) {
      const known = this.byMinute[minutes] as number;
      if (!Number.isNaN(known)) return known;
      const f = durationFactor('in_person', minutes, this.maxFactor);
      this.byMinute[minutes] = f;
      return f;
    }
    return durationFactor('in_person', minutes, this.maxFactor);
  }
}

/** `groupFactor(n)` for the group sizes seen in practice, looked up instead of a square root each time. */
const GROUP_FACTORS = Float64Array.from({ length: 64 }, (_, n) => groupFactor(n));

export function buildHistory(
  people: readonly EnginePerson[],
  encounters: readonly EngineEncounter[],
  params: ModelParams,
): History {
  const sorted = [...people].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const P = sorted.length;
  const index = new Map<string, number>();
  for (const [i, p] of sorted.entries()) index.set(p.id, i);
  const active = new Uint8Array(P);
  const halfLife = new Float64Array(P);
  const group = new Uint8Array(P);
  for (let i = 0; i < P; i++) {
    const p = sorted[i] as EnginePerson;
    active[i] = p.archived ? 0 : 1;
    halfLife[i] = halfLifeFor(p.kind, params);
    group[i] = LONG_HALF_LIFE_KINDS.has(p.kind) && params.familyHalfLifeDays !== params.halfLifeDays ? 1 : 0;
  }

  // Days, weights, channels and known participants of the encounters, then a stable counting sort by day.
  const E = encounters.length;
  // Working arrays come from the scratch pool (see scratch.ts); those that are counted into are cleared.
  const days = pool.int('history.days', E);
  const weights = pool.float('history.weights', E);
  const channelOf = pool.byte('history.channel', E);
  const partStart = pool.int('history.partStart', E + 1);
  partStart[0] = 0;
  let partIdx = pool.int('history.partIdx', E * 2);
  const count = pool.int('history.count', P + 1).fill(0, 0, P + 1);
  const coCount = pool.int('history.coCount', P + 1).fill(0, 0, P + 1);
  const coEligible = pool.byte('history.coEligible', E);
  const maxGroup = params.coParticipationMaxGroup;
  const channelWeight = CHANNELS.map((c) => params.channelWeights[c]);
  const durations = new DurationFactors(params.maxDurationFactor);
  let minDay = Number.POSITIVE_INFINITY;
  let maxDay = Number.NEGATIVE_INFINITY;
  let slot = 0;
  for (let e = 0; e < E; e++) {
    const enc = encounters[e] as EngineEncounter;
    let d: number;
    let ch: number;
    try {
      d = dayOf(enc.date);
      ch = channelIndex(enc.channel);
    } catch (err) {
      throw new RangeError(`encounter ${enc.id}: ${(err as Error).message}`);
    }
    days[e] = d;
    if (d < minDay) minDay = d;
    if (d > maxDay) maxDay = d;
    channelOf[e] = ch;
    // Known participants, each once; the group size counts every distinct id (as encounterWeight does).
    const ids = enc.participants;
    if (slot + ids.length > partIdx.length)
      partIdx = pool.growInt('history.partIdx', 2 * (slot + ids.length));
    const first = slot;
    let unknown = 0;
    for (let q = 0; q < ids.length; q++) {
      const id = ids[q] as string;
      const i = index.get(id);
      if (i === undefined) {
        if (ids.indexOf(id) === q) unknown++;
        continue;
      }
      if (seenBetween(partIdx, first, slot, i)) continue;
      partIdx[slot++] = i;
      count[i + 1] = (count[i + 1] as number) + 1;
    }
    partStart[e + 1] = slot;
    // Same formula as encounterWeight(), inlined: this loop runs once per encounter.
    weights[e] =
      (channelWeight[ch] as number) *
      (ch === IN_PERSON || ch === VIDEO ? durations.factor(enc.durationMinutes) : 1) *
      (slot - first + unknown < 64
        ? (GROUP_FACTORS[slot - first + unknown] as number)
        : groupFactor(slot - first + unknown));
    const known = slot - first;
    coEligible[e] = 0;
    if (known >= 2 && known <= maxGroup && (weights[e] as number) > 0) {
      coEligible[e] = 1;
      // Ascending, so that the partners after a person in the list are exactly those with a larger index.
      insertionSort(partIdx, first, slot);
      for (let q = first; q < slot; q++) {
        const i = (partIdx[q] as number) + 1;
        coCount[i] = (coCount[i] as number) + 1;
      }
    }
  }
  const order =
    E > 0
      ? sortIndicesByDay(days.subarray(0, E), minDay, maxDay, undefined, pool.int('history.order', E))
      : new Int32Array(0);

  // All encounters' days and channels in day order.
  const encounterDays = new Int32Array(E);
  const encounterChannels = new Uint8Array(E);
  for (let k = 0; k < E; k++) {
    const e = order[k] as number;
    encounterDays[k] = days[e] as number;
    encounterChannels[k] = channelOf[e] as number;
  }

  // Per person raw entries in day order (compressed rows).
  const start = new Int32Array(P + 1);
  for (let i = 0; i < P; i++) start[i + 1] = (start[i] as number) + (count[i + 1] as number);
  const total = start[P] as number;
  const rawDay = pool.int('history.rawDay', total);
  const rawWeight = pool.float('history.rawWeight', total);
  const rawSocial = pool.byte('history.rawSocial', total);
  const cursor = pool.int('history.cursor', P);
  cursor.set(start.subarray(0, P));
  const coOrder = pool.int('history.coOrder', E);
  let nCo = 0;
  for (let k = 0; k < E; k++) {
    const e = order[k] as number;
    const social = channelOf[e] === SOCIAL ? 1 : 0;
    if (coEligible[e] === 1) coOrder[nCo++] = e;
    for (let q = partStart[e] as number; q < (partStart[e + 1] as number); q++) {
      const i = partIdx[q] as number;
      const at = cursor[i] as number;
      cursor[i] = at + 1;
      rawDay[at] = days[e] as number;
      rawWeight[at] = weights[e] as number;
      rawSocial[at] = social;
    }
  }
  // The shared encounters (a separate pass: few encounters qualify, and the loop above is the hot one),
  // within a day lightest first: every pair then sums its shared encounters in one fixed order whatever
  // the order of the input (equal weights are interchangeable), so the floating-point result is the same.
  for (let k = 1; k < nCo; k++) {
    const e = coOrder[k] as number;
    const d = days[e] as number;
    const w = weights[e] as number;
    let j = k - 1;
    while (j >= 0) {
      const o = coOrder[j] as number;
      if (days[o] !== d || (weights[o] as number) <= w) break;
      coOrder[j + 1] = o;
      j--;
    }
    coOrder[j + 1] = e;
  }
  // Kept by the History, so allocated at their exact size.
  let nPart = 0;
  for (let k = 0; k < nCo; k++) {
    const e = coOrder[k] as number;
    nPart += (partStart[e + 1] as number) - (partStart[e] as number);
  }
  const shared: SharedEncounters = {
    day: new Int32Array(nCo),
    weight: new Float64Array(nCo),
    partStart: new Int32Array(nCo + 1),
    part: new Int32Array(nPart),
    rowStart: new Int32Array(P + 1),
    rowEnc: new Int32Array(nPart),
    rowSlot: new Int32Array(nPart),
  };
  for (let i = 0; i < P; i++)
    shared.rowStart[i + 1] = (shared.rowStart[i] as number) + (coCount[i + 1] as number);
  const rowCursor = pool.int('history.rowCursor', P);
  rowCursor.set(shared.rowStart.subarray(0, P));
  for (let k = 0, at = 0; k < nCo; k++) {
    const e = coOrder[k] as number;
    shared.day[k] = days[e] as number;
    shared.weight[k] = weights[e] as number;
    for (let q = partStart[e] as number; q < (partStart[e + 1] as number); q++, at++) {
      const i = partIdx[q] as number;
      shared.part[at] = i;
      const c = rowCursor[i] as number;
      rowCursor[i] = c + 1;
      shared.rowEnc[c] = k;
      shared.rowSlot[c] = at;
    }
    shared.partStart[k + 1] = at;
  }

  // Collapse each person's entries into strength days, contact days and touch days.
  const sEnd = new Int32Array(P);
  const sDay = new Int32Array(total);
  const sCum = new Float64Array(total);
  const sCount = new Int32Array(total);
  const sContact = new Int32Array(total).fill(-1);
  const cEnd = new Int32Array(P);
  const cDay = new Int32Array(total);
  const tEnd = new Int32Array(P);
  const tDay = new Int32Array(total);
  const span = E > 0 ? maxDay - minDay : 0;
  // Decay tables per half-life group, reaching two years past the last encounter for queries.
  const decay = [
    new DecayTable(params.halfLifeDays, span + 730),
    new DecayTable(params.familyHalfLifeDays, span + 730),
  ] as const;
  let scratch = new Float64Array(16);
  for (let i = 0; i < P; i++) {
    const lo = start[i] as number;
    const hi = start[i + 1] as number;
    const table = decay[group[i] as number] as DecayTable;
    let s = lo;
    let c = lo;
    let t = lo;
    let strength = 0;
    let prevDay = 0;
    for (let k = lo; k < hi; ) {
      const d = rawDay[k] as number;
      const from = k;
      let nonSocial = 0;
      for (; k < hi && rawDay[k] === d; k++) {
        if (rawSocial[k] === 0) {
          nonSocial++;
          tDay[t++] = d;
        }
      }
      if (k - from > scratch.length) scratch = new Float64Array(2 * (k - from));
      const sum = orderFreeSum(rawWeight, from, k, scratch);
      strength = (s === lo ? 0 : strength * table.factor(d - prevDay)) + sum;
      prevDay = d;
      sDay[s] = d;
      sCum[s] = strength;
      sCount[s] = k - lo;
      if (nonSocial > 0) {
        sContact[s] = c;
        cDay[c++] = d;
      }
      s++;
    }
    sEnd[i] = s;
    cEnd[i] = c;
    tEnd[i] = t;
  }

  return {
    people: sorted,
    index,
    active,
    halfLife,
    group,
    decay,
    start,
    sEnd,
    sDay,
    sCum,
    sCount,
    sContact,
    cEnd,
    cDay,
    tEnd,
    tDay,
    encounterDays,
    encounterChannels,
    shared,
    minDay: E > 0 ? minDay : 0,
    maxDay: E > 0 ? maxDay : 0,
  };
}

function seenBetween(values: Int32Array, from: number, to: number, value: number): boolean {
  for (let k = from; k < to; k++) if (values[k] === value) return true;
  return false;
}
