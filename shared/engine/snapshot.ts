/**
 * Per-person figures, the network summary and the weekly review for one day, from the prepared history.
 */
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
  type Ranking,
  ringsAt,
} from './queries';
import { checkRhythm, rhythmBand } from './rhythm';
import { KNOWN_CODE, type Ring, ringOfCode } from './rings';
import { upperBound } from './stats';
import { statusFor } from './status';
import type { DecayTable } from './strength';
import type {
  ChannelCounts,
  NeglectedTie,
  NetworkSnapshot,
  NetworkSummary,
  PersonResult,
  ReviewItem,
  ReviewReason,
  ReviewSections,
  RingCounts,
} from './types';

/** The window for "people met in the last 12 months" and encounters per month. */
export const RECENT_MONTHS = 12;

/** Review sections as codes in `PersonFigures.section`. */
export const SECTION_NONE = 0;
export const SECTION_OVERDUE = 1;
export const SECTION_DUE_SOON = 2;
export const SECTION_STALLED = 3;
export const SECTION_DRIFTED = 4;

/** What a prepared engine keeps between dates besides the history. */
export interface EngineCache {
  /** Per contact day (aligned with `history.cDay`): the rhythm band kept right after it, −1 until asked. */
  bandAtContact: Int8Array;
  /** Per person: the last day their imported contact is covered, −1 when covered up to any date. */
  coverageEnd: Int32Array;
}

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
  /** Ring codes (0–3 rings 1–4, 4 known, 5 not met) now, `driftMonths`, six and twelve months earlier. */
  ring: Int8Array;
  ringRecently: Int8Array;
  ringSix: Int8Array;
  ringTwelve: Int8Array;
  /** The innermost ring (1–4) whose rhythm the contact keeps now, and `driftMonths` earlier; 0 for none. */
  band: Int8Array;
  bandRecently: Int8Array;
  /** The rhythm kept twice `driftMonths` earlier (a drift counts when both earlier rhythms were faster). */
  bandBefore: Int8Array;
  /** Ring code of the rhythm kept at the last contact (uncapped), or −1. */
  ringWhenLastSeen: Int8Array;
  /** Day of the last contact, or −1. */
  lastContact: Int32Array;
  contactDays: Int32Array;
  contactDaysRecent: Int32Array;
  hoursRecent: Float64Array;
  encounters: Int32Array;
  /** Encounters after the day. */
  planned: Int32Array;
  /** Last day the person's (imported-only) contact is covered, when before the date; −1 otherwise. */
  dataUntil: Int32Array;
  /** NaN when there is no contact yet. */
  cadenceDays: Float64Array;
  cadenceSource: PersonResult['cadenceSource'][];
  bursty: Uint8Array;
  /** NaN when there is no contact yet. */
  overdueRatio: Float64Array;
  status: PersonResult['status'][];
  touches: Int32Array;
  /** Review section (SECTION_* codes) and the ordering key within it. */
  section: Uint8Array;
  score: Float64Array;
  /** 1 for an overdue tie (the review's first section). */
  neglected: Uint8Array;
  metRecently: number;
  archived: number;
}

/** Every person's figures as of day t. */
export function personFigures(h: History, cache: EngineCache, params: ModelParams, t: number): PersonFigures {
  const P = h.people.length;
  const now = ringsAt(h, params, t, true);
  // The rings of earlier days (drift, and the review's "held before"), each day computed once: with the
  // default three months, twice that is six months ago.
  const earlier = new Map<number, Ranking>();
  const ringsOn = (months: number) => {
    const day = addMonths(t, -months);
    let ranking = earlier.get(day);
    if (!ranking) {
      ranking = ringsAt(h, params, day);
      earlier.set(day, ranking);
    }
    return ranking;
  };
  const recently = ringsOn(params.driftMonths);
  const before = ringsOn(2 * params.driftMonths);
  const six = ringsOn(6);
  const twelve = ringsOn(12);
  const strengths = now.strengths;

  // Rank-normalised strength (N − r) / N for 0-based rank r; equal strengths share the better rank.
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
    ringRecently: recently.codes,
    ringSix: six.codes,
    ringTwelve: twelve.codes,
    band: now.bands,
    bandRecently: recently.bands,
    bandBefore: before.bands,
    ringWhenLastSeen: new Int8Array(P).fill(-1),
    lastContact: now.lastContact,
    contactDays: new Int32Array(P),
    contactDaysRecent: new Int32Array(P),
    hoursRecent: new Float64Array(P),
    encounters: new Int32Array(P),
    planned: new Int32Array(P),
    dataUntil: new Int32Array(P).fill(-1),
    cadenceDays: new Float64Array(P).fill(Number.NaN),
    cadenceSource: new Array(P).fill(null),
    bursty: new Uint8Array(P),
    overdueRatio: new Float64Array(P).fill(Number.NaN),
    status: new Array(P),
    touches: new Int32Array(P),
    section: new Uint8Array(P),
    score: new Float64Array(P),
    neglected: new Uint8Array(P),
    metRecently: 0,
    archived,
  };

  const touchSince = addMonths(t, -params.touchWindowMonths);
  const recentSince = addMonths(t, -RECENT_MONTHS);
  const scratch = new Float64Array(params.cadenceGapCount);
  for (let k = 0; k < n; k++) {
    const i = order[k] as number;
    const person = h.people[i]!;
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
    const sHi = h.sEnd[i] as number;
    f.planned[i] = (sHi > lo ? (h.sCount[sHi - 1] as number) : 0) - (f.encounters[i] as number);
    const sRecent = lastStrengthIndex(h, i, recentSince);
    f.hoursRecent[i] =
      s >= 0 ? (h.sHours[s] as number) - (sRecent >= 0 ? (h.sHours[sRecent] as number) : 0) : 0;

    // Contact, rhythm and status.
    const c = lastContactIndex(h, i, t);
    const contactDays = c >= 0 ? c - lo + 1 : 0;
    f.contactDays[i] = contactDays;
    let ratio: number | null = null;
    let seenBand = 0;
    if (c >= 0) {
      const last = h.cDay[c] as number;
      if (last > recentSince) f.metRecently++;
      f.contactDaysRecent[i] = c + 1 - upperBound(h.cDay, recentSince, lo, c + 1);
      seenBand = bandAtContact(h, cache, params, i, c);
      f.ringWhenLastSeen[i] = seenBand > 0 ? seenBand - 1 : KNOWN_CODE;
      const priorRing = pinnedRing ?? (seenBand > 0 ? seenBand : null);
      const prior =
        priorRing === null ? params.knownCadenceDays : (params.ringCadenceDays[priorRing - 1] as number);
      const cad = cadenceFrom(h.cDay, lo, contactDays, prior, person.cadenceDays, params, scratch);
      f.cadenceDays[i] = cad.days;
      f.cadenceSource[i] = cad.source;
      f.bursty[i] = cad.bursty ? 1 : 0;
      // Silence counts only as far as the data reaches: after the end of an imported chat or call log
      // there is no data, not no contact.
      const covered = cache.coverageEnd[i] as number;
      const until = covered >= 0 && covered < t ? Math.max(last, covered) : t;
      if (until < t) f.dataUntil[i] = until;
      ratio = (until - last) / cad.days;
      f.overdueRatio[i] = ratio;
    }
    f.status[i] = statusFor(ratio, contactDays, params);

    // Touches: non-social encounters in (touchSince, t].
    const tHi = h.tEnd[i] as number;
    f.touches[i] = upperBound(h.tDay, t, lo, tHi) - upperBound(h.tDay, touchSince, lo, tHi);

    placeInReview(f, i, person, seenBand, depth, ratio, contactDays, params);
  }
  return f;
}

/** The rhythm band kept right after contact day `c` of person i: from the history up to it, cached. */
function bandAtContact(h: History, cache: EngineCache, params: ModelParams, i: number, c: number): number {
  const known = cache.bandAtContact[c] as number;
  if (known >= 0) return known;
  const lo = h.start[i] as number;
  const band = rhythmBand(h.cDay, lo, c - lo + 1, h.cDay[c] as number, params);
  cache.bandAtContact[c] = band;
  return band;
}

/**
 * The weekly review: which section (if any) a person belongs in, and their ordering key. Each person is in
 * one section, the first that applies: overdue, stalled prospect, drifted, due soon.
 *
 * - overdue: kept a rhythm when last seen (any ring, 1–4), or pinned, rated important or given a rhythm
 *   by the user; silent for at least `neglectRatio` (3) times the usual rhythm. Beyond `lapsingRatio` (8,
 *   where a tie has most likely ended: Navarro et al. 2017) only if it kept at least a quarterly rhythm
 *   when last seen or matters to the user (pinned, important, own rhythm), so long-ended acquaintances do
 *   not fill the list. Ranked by depth × log2(1 + r).
 * - stalled prospect: a prospect below the touch goal with no touch for `stalledProspectDays` (30), or
 *   none yet. Ranked by the days without a touch.
 * - drifted: keeping a slower rhythm (or none) than both `driftMonths` (3) and twice that (6) months ago —
 *   the rhythm, not the ring, so a full ring pushing someone out is not their drift, and one that held, so
 *   a friend between two rhythms is not either. Ranked by rings moved × depth.
 *   Before "due soon": after a change of rhythm the learned rhythm lags, and the move tells more.
 * - due soon: people who kept at least a quarterly rhythm when last seen (or matter to the user), at or
 *   past their usual rhythm (r ≥ 1) and due (r ≥ 1.5) now or within `dueSoonDays` (7). Ranked by how far
 *   along they will be.
 */
function placeInReview(
  f: PersonFigures,
  i: number,
  person: History['people'][number],
  seenBand: number,
  depth: number,
  ratio: number | null,
  contactDays: number,
  params: ModelParams,
): void {
  const important = person.closeness !== undefined && person.closeness >= params.importantCloseness;
  const ownRhythm = person.cadenceDays !== undefined;
  const matters = important || ownRhythm || person.pinnedRing !== undefined;
  const hasRhythm = ratio !== null && (contactDays >= 2 || ownRhythm) && (seenBand > 0 || matters);
  if (hasRhythm && ratio !== null && ratio >= params.neglectRatio) {
    if (ratio < params.lapsingRatio || matters || (seenBand > 0 && seenBand <= 3)) {
      f.section[i] = SECTION_OVERDUE;
      f.neglected[i] = 1;
      f.score[i] = depth * Math.log2(1 + ratio);
      return;
    }
  }
  if (person.kind === 'prospect' && (f.touches[i] as number) < params.touchGoal) {
    const last = f.lastContact[i] as number;
    const since = last >= 0 ? f.t - last : null;
    if (since === null || since >= params.stalledProspectDays) {
      f.section[i] = SECTION_STALLED;
      f.score[i] = since ?? Number.MAX_SAFE_INTEGER;
      return;
    }
  }
  // Drift is about the rhythm kept, not the ring: a full ring pushing someone out is not them drifting.
  // And about a rhythm that held: kept 3 months ago and 6 months ago (a friend between two rhythms,
  // weekly one month and monthly the next, is not drifting).
  const then = f.bandRecently[i] as number;
  const earlier = f.bandBefore[i] as number;
  const now = (f.band[i] as number) || 5;
  if (then > 0 && earlier > 0 && now > Math.max(then, earlier)) {
    const before = then;
    f.section[i] = SECTION_DRIFTED;
    f.score[i] = (now - before) * (1 + depth);
    return;
  }
  // A yearly contact is due for months: not this week's business until overdue.
  const weekly = seenBand > 0 && seenBand <= 3;
  if (hasRhythm && ratio !== null && ratio >= 1 && (weekly || matters)) {
    // At or past the usual rhythm now, and due (1.5×) within the coming days.
    const soon = ratio + params.dueSoonDays / (f.cadenceDays[i] as number);
    if (soon >= params.dueRatio) {
      f.section[i] = SECTION_DUE_SOON;
      f.score[i] = soon;
    }
  }
}

export function computeSnapshot(
  h: History,
  cache: EngineCache,
  params: ModelParams,
  t: number,
): NetworkSnapshot {
  const f = personFigures(h, cache, params, t);
  const people: PersonResult[] = [];
  const neglected: NeglectedTie[] = [];
  const review: ReviewSections = { overdue: [], dueSoon: [], stalledProspects: [], drifted: [] };
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
    const band = f.band[i] as number;
    const until = f.dataUntil[i] as number;
    const result: PersonResult = {
      id: person.id,
      name: person.displayName,
      kind: person.kind,
      strength: f.strength[i] as number,
      depth,
      rank: rank >= 0 ? rank + 1 : null,
      ring,
      ringReason: !met
        ? 'not-met'
        : band === 0
          ? 'no-rhythm'
          : (f.ring[i] as number) > band - 1
            ? 'capped'
            : 'rhythm',
      rhythm: rhythmSummary(h, i, t, band, params),
      pinnedRing,
      ringWhenLastSeen,
      lastContact,
      daysSinceContact: daysSince,
      contactDays: f.contactDays[i] as number,
      contactDaysLast12Months: f.contactDaysRecent[i] as number,
      hoursLast12Months: f.hoursRecent[i] as number,
      encounters: f.encounters[i] as number,
      planned: f.planned[i] as number,
      dataUntil: until >= 0 ? isoDate(until) : null,
      strengthParts: strengthParts(h, i, t),
      cadenceDays,
      cadenceSource: f.cadenceSource[i] ?? null,
      bursty: f.bursty[i] === 1,
      overdueRatio: ratio,
      status: f.status[i]!,
      touches,
      touchProgress: Math.min(1, touches / params.touchGoal),
      ringSixMonthsAgo: ringOfCode(f.ringSix[i] as number),
      ringTwelveMonthsAgo: ringOfCode(f.ringTwelve[i] as number),
      ringRecently: ringOfCode(f.ringRecently[i] as number),
      rhythmRecently: (f.bandRecently[i] as number) > 0 ? (f.bandRecently[i] as number as RingNumber) : null,
      halfLifeDays: h.halfLife[i] as number,
    };
    people.push(result);
    const section = f.section[i] as number;
    if (section === SECTION_NONE) continue;
    const item = reviewItem(result, person.closeness ?? null, section, f.score[i] as number, params);
    if (section === SECTION_OVERDUE) {
      review.overdue.push(item);
      if (lastContact !== null && daysSince !== null && cadenceDays !== null && ratio !== null) {
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
    } else if (section === SECTION_DUE_SOON) review.dueSoon.push(item);
    else if (section === SECTION_STALLED) review.stalledProspects.push(item);
    else review.drifted.push(item);
  }
  const byScore = (
    x: { score: number; name: string; id: string },
    y: { score: number; name: string; id: string },
  ) =>
    y.score - x.score ||
    (x.name < y.name ? -1 : x.name > y.name ? 1 : 0) ||
    (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);
  neglected.sort(byScore);
  for (const list of Object.values(review)) list.sort(byScore);

  const metRecently = f.metRecently;
  const archived = f.archived;
  const P = h.people.length;
  const strengths = f.strength;
  const recentSince = addMonths(t, -RECENT_MONTHS);
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
  return { asOf: isoDate(t), summary, people, neglected, review };
}

/** The numbers behind the ring: the kept band's check, or ring 4's when no rhythm is kept. */
function rhythmSummary(
  h: History,
  i: number,
  t: number,
  band: number,
  params: ModelParams,
): PersonResult['rhythm'] {
  const lo = h.start[i] as number;
  const c = lastContactIndex(h, i, t);
  const count = c >= 0 ? c - lo + 1 : 0;
  const ring = (band > 0 ? band : 4) as RingNumber;
  const check = checkRhythm(h.cDay, lo, count, t, ring, params);
  return {
    band: band > 0 ? (band as RingNumber) : null,
    checkedRing: ring,
    periodDays: check.periodDays,
    periods: check.periods,
    covered: check.covered,
    needed: check.needed,
  };
}

/** The decayed dimensions of strength as of day t, and who initiated (weighted, decayed). */
function strengthParts(h: History, i: number, t: number): PersonResult['strengthParts'] {
  const k = lastStrengthIndex(h, i, t);
  if (k < 0) return { days: 0, time: 0, volume: 0, byMe: 0, byThem: 0 };
  const decay = (h.decay[h.group[i] as number] as DecayTable).factor(t - (h.sDay[k] as number));
  return {
    days: (h.sDays[k] as number) * decay,
    time: (h.sTime[k] as number) * decay,
    volume: (h.sVolume[k] as number) * decay,
    byMe: (h.sMe[k] as number) * decay,
    byThem: (h.sThem[k] as number) * decay,
  };
}

function reviewItem(
  p: PersonResult,
  closeness: number | null,
  section: number,
  score: number,
  params: ModelParams,
): ReviewItem {
  let reason: ReviewReason;
  if (section === SECTION_OVERDUE || section === SECTION_DUE_SOON) {
    reason = {
      kind: section === SECTION_OVERDUE ? 'overdue' : 'due-soon',
      cadenceDays: p.cadenceDays ?? 0,
      daysSince: p.daysSinceContact ?? 0,
      cadenceSource: p.cadenceSource ?? 'ring',
      overdueRatio: p.overdueRatio ?? 0,
    };
  } else if (section === SECTION_STALLED) {
    reason = {
      kind: 'stalled-prospect',
      touches: p.touches,
      goal: params.touchGoal,
      daysSinceTouch: p.daysSinceContact,
    };
  } else {
    reason = { kind: 'drifted', from: p.rhythmRecently ?? 4, to: p.rhythm.band, months: params.driftMonths };
  }
  const sectionName = (['overdue', 'due-soon', 'stalled-prospect', 'drifted'] as const)[section - 1]!;
  return {
    id: p.id,
    name: p.name,
    kind: p.kind,
    section: sectionName,
    ring: p.ring,
    pinnedRing: p.pinnedRing,
    closeness,
    depth: p.depth,
    lastContact: p.lastContact,
    score,
    reason,
  };
}

export type { Ranking, Ring };
