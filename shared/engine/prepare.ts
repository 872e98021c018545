/**
 * The engine: `prepareEngine(data)` indexes the record once (date-sorted histories per person, each
 * person's shared encounters, the ring each person held at each contact); every date's figures are then
 * read off the index with a binary search per person, a few sorts of the strengths and one pass over the
 * shared encounters for the tie weights. The time slider, drift and the timeline call it repeatedly on the
 * same index.
 */
import type { ModelParams } from '../domain/model-params';
import { dayOf } from './dates';
import { buildHistory, CHANNEL_INDEX, type History } from './history';
import { indexTies, tieWeightsAt } from './pairs';
import { strengthOfIndex } from './queries';
import { computeSnapshot, type EngineCache, type PersonFigures, personFigures } from './snapshot';
import { timelineAt } from './timeline';
import type {
  EngineCoverage,
  EngineData,
  EngineInput,
  EnginePerson,
  NetworkResult,
  NetworkSnapshot,
  TieWeights,
  TimelinePoint,
} from './types';

export interface PreparedEngine {
  readonly settings: ModelParams;
  /** Every figure as of `asOf` (`YYYY-MM-DD`): people, summary, neglected ties, tie weights, timeline. */
  at(asOf: string): NetworkResult;
  /** People, summary and neglected ties as of `asOf`, without tie weights and timeline (time slider). */
  snapshot(asOf: string): NetworkSnapshot;
  /**
   * Every person's figures as of `asOf` as columns indexed like `people` (id order), without an object
   * per person, summary or timeline: what the map reads at each step of the time slider.
   */
  figures(asOf: string): PersonFigures & { people: readonly EnginePerson[] };
  /** Person–person tie weights as of `asOf`. */
  tiesAt(asOf: string): TieWeights;
  /** The monthly timeline up to `asOf`. */
  timeline(asOf: string): TimelinePoint[];
  /** One person's strength as of `asOf` (0 for an unknown id). */
  strengthOf(personId: string, asOf: string): number;
}

/** Months looked back by default in the timeline. */
export const DEFAULT_TIMELINE_MONTHS = 120;

/** Everything as of one date. For many dates of the same data, use `prepareEngine` once. */
export function computeNetwork(input: EngineInput): NetworkResult {
  return prepareEngine(input).at(input.asOf);
}

/** A date the engine is asked about, as a day number; throws a RangeError naming a malformed one. */
export function parseAsOf(asOf: string): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new RangeError(`as-of date "${asOf}" is not YYYY-MM-DD`);
  return dayOf(asOf);
}

export function prepareEngine(data: EngineData): PreparedEngine {
  const params = data.settings;
  const h = buildHistory(data.people, data.encounters, params);
  const cache: EngineCache = {
    bandAtContact: new Int8Array(h.cDay.length).fill(-1),
    coverageEnd: coverageEnds(h, data.coverage ?? []),
  };
  const tieIndex = indexTies(h, data.ties, params);
  const months = Math.max(1, Math.floor(data.timelineMonths ?? DEFAULT_TIMELINE_MONTHS));
  const monthCache = new Map<number, TimelinePoint>();

  const snapshot = (t: number) => computeSnapshot(h, cache, params, t);
  return {
    settings: params,
    at(asOf) {
      const t = parseAsOf(asOf);
      const snap = snapshot(t);
      return {
        ...snap,
        ties: tieWeightsAt(tieIndex, t),
        timeline: timelineAt(h, params, t, snap.summary, months, monthCache),
      };
    },
    snapshot: (asOf) => snapshot(parseAsOf(asOf)),
    figures: (asOf) => ({ ...personFigures(h, cache, params, parseAsOf(asOf)), people: h.people }),
    tiesAt: (asOf) => tieWeightsAt(tieIndex, parseAsOf(asOf)),
    timeline(asOf) {
      const t = parseAsOf(asOf);
      return timelineAt(h, params, t, snapshot(t).summary, months, monthCache);
    },
    strengthOf(personId, asOf) {
      const i = h.index.get(personId);
      return i === undefined ? 0 : strengthOfIndex(h, i, parseAsOf(asOf));
    },
  };
}

/**
 * Per person, the last day the data covers their contact, or −1 when it is covered up to any date: some
 * of it was logged by hand (hand-logged channels count as kept up to today), none of it was imported, or
 * no coverage record speaks for one of their imported sources (older imports: assumed complete).
 * Otherwise the latest end among the coverage records for their imported sources — the channel and the
 * export it came from, for them or for everyone: an SMS backup says nothing about a WhatsApp friend.
 */
function coverageEnds(h: History, coverage: readonly EngineCoverage[]): Int32Array {
  const P = h.people.length;
  const out = new Int32Array(P).fill(-1);
  if (coverage.length === 0) return out;
  const ends = coverage.map((c) => ({
    channel: CHANNEL_INDEX[c.channel],
    source: c.source,
    people: c.personIds === undefined ? null : new Set(c.personIds),
    end: dayOf(c.to),
  }));
  for (const [i, sources] of h.importedSources) {
    if (h.handLogged[i]) continue;
    const id = h.people[i]!.id;
    let end = -1;
    let unknown = false;
    for (const key of sources) {
      const colon = key.indexOf(':');
      const channel = Number(key.slice(0, colon));
      const format = key.slice(colon + 1);
      let best = -1;
      for (const c of ends) {
        if (c.channel !== channel || (c.source !== undefined && c.source !== format)) continue;
        if (c.people !== null && !c.people.has(id)) continue;
        if (c.end > best) best = c.end;
      }
      if (best < 0) unknown = true;
      else if (best > end) end = best;
    }
    if (!unknown) out[i] = end;
  }
  return out;
}
