/**
 * Precomputed, date-sorted history per person, so that any date's figures cost a binary search per person
 * instead of a pass over all encounters.
 *
 * For each person, in compressed rows (one slice per person, `start[i]` to `end[i]`):
 * - strength days: every distinct day with an encounter, and right after that day the decayed sums of
 *   the three dimensions of strength (days with contact — each the share of the smallest group that day —,
 *   hours together, channel-weighted encounters) and
 *   of who initiated, combined into the strength `sCum` (see strength.ts). All of them decay alike, so the
 *   strength at any later t is `sCum_k · 2^(−(t − d_k)/H)` for the last day k ≤ t: O(log n), no overflow.
 *   Also running counts: encounters, encounters that say who initiated, and (undecayed) hours together.
 * - contact days: distinct days with contact (not a social-media reaction, not a missed call).
 * - touch days: one entry per such encounter (a day repeats when there were several).
 *
 * Same-day sums are added smallest first, so the floating-point result does not depend on the order of
 * the input arrays. `decay` holds the decay tables per half-life for the queries.
 */
import type { ModelParams } from '../domain/model-params';
import { CHANNELS, type Channel } from '../domain/schema';
import { dayOf } from './dates';
import { pool } from './scratch';
import { insertionSort, orderFreeSum, sortIndicesByDay } from './stats';
import {
  combineStrength,
  DecayTable,
  halfLifeFor,
  LONG_HALF_LIFE_KINDS,
  mixExponents,
  reciprocalVolume,
} from './strength';
import type { EngineEncounter, EnginePerson } from './types';
import { groupFactor } from './weight';

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
  /** Display names in the same order (ring caps break ties by name). */
  names: readonly string[];
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
  /** Strength right after the day (the combination of the dimensions below). */
  sCum: Float64Array;
  /** The decayed dimensions right after the day: contact days, hours together, weighted encounters. */
  sDays: Float64Array;
  sTime: Float64Array;
  sVolume: Float64Array;
  /** The decayed weighted encounters initiated by the owner and by the person (where recorded). */
  sMe: Float64Array;
  sThem: Float64Array;
  /** Encounters of any kind up to and including the day (social-media reactions and attempts too). */
  sCount: Int32Array;
  /** Hours together up to and including the day, not decayed. */
  sHours: Float64Array;
  /** For each strength day: index of the same day among contact days, or −1. */
  sContact: Int32Array;
  cEnd: Int32Array;
  cDay: Int32Array;
  tEnd: Int32Array;
  tDay: Int32Array;

  /**
   * Per person: 1 when some of their contact was logged by hand (an encounter without an import source):
   * then every channel is taken as covered up to today. Else the channels of their imported contact, as
   * bits of CHANNELS indices, for the coverage records.
   */
  handLogged: Uint8Array;
  importedChannels: Uint8Array;
  /**
   * Per person with imported contact: which export formats it came from on which channel, as
   * `channel index:format` (a chat export covers its chat, not the phone's text messages).
   */
  importedSources: ReadonlyMap<number, ReadonlySet<string>>;
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

/** Per raw entry: what kind of encounter it came from. */
const FLAG_SOCIAL = 1;
const FLAG_ATTEMPT = 2;
const FLAG_BY_ME = 4;
const FLAG_BY_THEM = 8;

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
  const shares = pool.float('history.shares', E);
  const hours = pool.float('history.hours', E);
  const flags = pool.byte('history.flags', E);
  const channelOf = pool.byte('history.channel', E);
  const partStart = pool.int('history.partStart', E + 1);
  partStart[0] = 0;
  let partIdx = pool.int('history.partIdx', E * 2);
  const count = pool.int('history.count', P + 1).fill(0, 0, P + 1);
  const coCount = pool.int('history.coCount', P + 1).fill(0, 0, P + 1);
  const coEligible = pool.byte('history.coEligible', E);
  const handLogged = new Uint8Array(P);
  const importedChannels = new Uint8Array(P);
  const importedSources = new Map<number, Set<string>>();
  const maxGroup = params.coParticipationMaxGroup;
  const channelWeight = CHANNELS.map((c) => params.channelWeights[c]);
  const channelMinutes = CHANNELS.map((c) => params.defaultMinutes[c]);
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
    const attempt = enc.attempt === true;
    const group = slot - first + unknown;
    const share = group < 64 ? (GROUP_FACTORS[group] as number) : groupFactor(group);
    // Same formulas as encounterWeight() and encounterHours(), inlined: this loop runs once per encounter.
    weights[e] = attempt ? 0 : (channelWeight[ch] as number) * share;
    shares[e] = share;
    const minutes = enc.durationMinutes ?? (channelMinutes[ch] as number);
    hours[e] = attempt ? 0 : (Math.max(0, minutes) / 60) * share;
    flags[e] =
      (ch === SOCIAL ? FLAG_SOCIAL : 0) |
      (attempt ? FLAG_ATTEMPT : 0) |
      (enc.initiator === 'me' ? FLAG_BY_ME : enc.initiator === 'them' ? FLAG_BY_THEM : 0);
    if (!attempt && ch !== SOCIAL) {
      const imported = enc.source !== undefined;
      for (let q = first; q < slot; q++) {
        const i = partIdx[q] as number;
        if (imported) {
          importedChannels[i] = (importedChannels[i] as number) | (1 << ch);
          let sources = importedSources.get(i);
          if (!sources) {
            sources = new Set();
            importedSources.set(i, sources);
          }
          sources.add(`${ch}:${enc.source!.format}`);
        } else handLogged[i] = 1;
      }
    }
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
  const rawShare = pool.float('history.rawShare', total);
  const rawHours = pool.float('history.rawHours', total);
  const rawFlags = pool.byte('history.rawFlags', total);
  const cursor = pool.int('history.cursor', P);
  cursor.set(start.subarray(0, P));
  const coOrder = pool.int('history.coOrder', E);
  let nCo = 0;
  for (let k = 0; k < E; k++) {
    const e = order[k] as number;
    if (coEligible[e] === 1) coOrder[nCo++] = e;
    for (let q = partStart[e] as number; q < (partStart[e + 1] as number); q++) {
      const i = partIdx[q] as number;
      const at = cursor[i] as number;
      cursor[i] = at + 1;
      rawDay[at] = days[e] as number;
      rawWeight[at] = weights[e] as number;
      rawShare[at] = shares[e] as number;
      rawHours[at] = hours[e] as number;
      rawFlags[at] = flags[e] as number;
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
  const sDays = new Float64Array(total);
  const sTime = new Float64Array(total);
  const sVolume = new Float64Array(total);
  const sCount = new Int32Array(total);
  const sHours = new Float64Array(total);
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
  const exponents = mixExponents(params.strengthMix);
  const floorHours = params.timeFloorMinutes / 60;
  let scratch = new Float64Array(16);
  let meDay = new Float64Array(16);
  let themDay = new Float64Array(16);
  const sMe = new Float64Array(total);
  const sThem = new Float64Array(total);
  for (let i = 0; i < P; i++) {
    const lo = start[i] as number;
    const hi = start[i + 1] as number;
    const table = decay[group[i] as number] as DecayTable;
    if (hi - lo > meDay.length) {
      meDay = new Float64Array(2 * (hi - lo));
      themDay = new Float64Array(2 * (hi - lo));
    }
    let s = lo;
    let c = lo;
    let t = lo;
    let fDays = 0;
    let fTime = 0;
    let fVolume = 0;
    let byMe = 0;
    let byThem = 0;
    let hoursSoFar = 0;
    let prevDay = 0;
    for (let k = lo; k < hi; ) {
      const d = rawDay[k] as number;
      const from = k;
      let contacts = 0;
      let best = 0;
      let dayMe = 0;
      let dayThem = 0;
      for (; k < hi && rawDay[k] === d; k++) {
        const f = rawFlags[k] as number;
        if (f & FLAG_ATTEMPT) continue;
        // Weighted, gathered to be summed smallest first like everything else (order-free).
        if (f & FLAG_BY_ME) meDay[dayMe++] = rawWeight[k] as number;
        else if (f & FLAG_BY_THEM) themDay[dayThem++] = rawWeight[k] as number;
        if (f & FLAG_SOCIAL) continue;
        contacts++;
        tDay[t++] = d;
        // A day with contact counts whatever the channel (frequency); only a crowd shares it.
        const w = rawShare[k] as number;
        if (w > best) best = w;
      }
      if (k - from > scratch.length) scratch = new Float64Array(2 * (k - from));
      const meSum = dayMe > 0 ? orderFreeSum(meDay, 0, dayMe, scratch) : 0;
      const themSum = dayThem > 0 ? orderFreeSum(themDay, 0, dayThem, scratch) : 0;
      const volume = orderFreeSum(rawWeight, from, k, scratch);
      const time = orderFreeSum(rawHours, from, k, scratch);
      const factor = s === lo ? 0 : table.factor(d - prevDay);
      fDays = fDays * factor + best;
      fTime = fTime * factor + time + (contacts > 0 ? floorHours : 0);
      fVolume = fVolume * factor + volume;
      byMe = byMe * factor + meSum;
      byThem = byThem * factor + themSum;
      hoursSoFar += time;
      prevDay = d;
      sDay[s] = d;
      sDays[s] = fDays;
      sTime[s] = fTime;
      sVolume[s] = fVolume;
      sMe[s] = byMe;
      sThem[s] = byThem;
      sCum[s] = combineStrength(fDays, fTime, reciprocalVolume(fVolume, byMe, byThem, params), exponents);
      sCount[s] = k - lo;
      sHours[s] = hoursSoFar;
      if (contacts > 0) {
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
    names: sorted.map((p) => p.displayName),
    index,
    active,
    halfLife,
    group,
    decay,
    start,
    sEnd,
    sDay,
    sCum,
    sDays,
    sTime,
    sVolume,
    sMe,
    sThem,
    sCount,
    sHours,
    sContact,
    cEnd,
    cDay,
    tEnd,
    tDay,
    handLogged,
    importedChannels,
    importedSources,
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
