/**
 * From the stored data to scenes: `mapSourceFromSnapshot` keeps only what the map and the engine read
 * (so it crosses to the layout worker quickly), `prepareMap` indexes it once (the engine and the
 * contact index), `sceneAt(prepared, asOf, options)` gives the scene for one date. The worker and the
 * tests run exactly these functions.
 */

import type { ModelParams } from '../../../shared/domain/model-params';
import type { Channel, EncounterSource, Initiator, Person, RingNumber } from '../../../shared/domain/schema';
import { dayOf, isoDate } from '../../../shared/engine/dates';
import { type PreparedEngine, prepareEngine } from '../../../shared/engine/prepare';
import { ringOfCode } from '../../../shared/engine/rings';
import type { EngineCoverage, NetworkSnapshot } from '../../../shared/engine/types';
import { buildScene, type MapMetrics, SceneCache } from './build-scene';
import { buildContactIndex, type ContactIndex } from './contact-index';
import type { MapContext, MapPerson, MapPersonMetrics, MapTie, Scene, SceneOptions } from './types';

export interface MapSourcePerson extends MapPerson {
  closeness?: number;
  pinnedRing?: RingNumber;
  cadenceDays?: number;
}

export interface MapSourceEncounter {
  id: string;
  date: string;
  participants: string[];
  channel: Channel;
  durationMinutes?: number;
  /** Who got in touch (the engine weighs give and take). */
  initiator?: Initiator;
  /** A missed or rejected call: recorded, no contact. */
  attempt?: boolean;
  /** Imported from an export (the engine reads only that there is one). */
  source?: EncounterSource;
}

/** The part of a snapshot the map needs. */
export interface MapSource {
  people: MapSourcePerson[];
  encounters: MapSourceEncounter[];
  contexts: MapContext[];
  ties: MapTie[];
  /** What imported exports cover: silence on a channel nobody logs is not neglect. */
  coverage: EngineCoverage[];
  settings: ModelParams;
}

export interface PreparedMap {
  source: MapSource;
  engine: PreparedEngine;
  contacts: ContactIndex;
  /** Date-independent layouts (network, by context) computed so far for this data. */
  layouts: SceneCache;
  /** First and last encounter day (`YYYY-MM-DD`), if any: the time slider's range. */
  range?: { first: string; last: string };
}

interface SnapshotLike {
  people: readonly Person[];
  encounters: readonly {
    id: string;
    date: string;
    participants: readonly string[];
    channel: Channel;
    durationMinutes?: number;
    initiator?: Initiator;
    attempt?: boolean;
    source?: EncounterSource;
  }[];
  contexts: readonly { id: string; name: string }[];
  coverage?: readonly EngineCoverage[];
  ties: readonly { a: string; b: string; strength?: number }[];
  settings: { model: ModelParams };
}

export function mapSourceFromSnapshot(s: SnapshotLike): MapSource {
  return {
    people: s.people.map((p) => ({
      id: p.id,
      displayName: p.displayName,
      ...(p.organisation ? { organisation: p.organisation } : {}),
      kind: p.kind,
      tags: p.tags,
      contexts: p.contexts,
      archived: p.archived,
      ...(p.closeness !== undefined ? { closeness: p.closeness } : {}),
      ...(p.pinnedRing !== undefined ? { pinnedRing: p.pinnedRing } : {}),
      ...(p.cadenceDays !== undefined ? { cadenceDays: p.cadenceDays } : {}),
    })),
    encounters: s.encounters.map((e) => ({
      id: e.id,
      date: e.date,
      participants: [...e.participants],
      channel: e.channel,
      ...(e.durationMinutes !== undefined ? { durationMinutes: e.durationMinutes } : {}),
      ...(e.initiator !== undefined ? { initiator: e.initiator } : {}),
      ...(e.attempt ? { attempt: true } : {}),
      ...(e.source !== undefined ? { source: e.source } : {}),
    })),
    contexts: s.contexts.map((c) => ({ id: c.id, name: c.name })),
    coverage: (s.coverage ?? []).map((c) => ({
      channel: c.channel,
      from: c.from,
      to: c.to,
      source: c.source,
      ...(c.personIds !== undefined ? { personIds: c.personIds } : {}),
    })),
    ties: s.ties.map((t) => ({
      a: t.a,
      b: t.b,
      ...(t.strength !== undefined ? { strength: t.strength } : {}),
    })),
    settings: s.settings.model,
  };
}

export function prepareMap(source: MapSource): PreparedMap {
  const engine = prepareEngine({
    people: source.people,
    encounters: source.encounters,
    ties: source.ties,
    coverage: source.coverage,
    settings: source.settings,
  });
  const contacts = buildContactIndex(source.encounters);
  const r = contacts.range();
  return {
    source,
    engine,
    contacts,
    layouts: new SceneCache(),
    ...(r ? { range: { first: isoDate(r.first), last: isoDate(r.last) } } : {}),
  };
}

/** The engine's figures at one date, adapted to what the map draws. */
export function metricsFromNetwork(result: NetworkSnapshot, contacts: ContactIndex): MapMetrics {
  const day = dayOf(result.asOf);
  const neglected = new Set(result.neglected.map((n) => n.id));
  const people = new Map<string, MapPersonMetrics>();
  for (const p of result.people) {
    // One literal with every field (unknown ones `undefined`): one object shape for all people.
    const m: MapPersonMetrics = {
      personId: p.id,
      strength: p.strength,
      depth: p.depth,
      ring: p.ring,
      pinnedRing: p.pinnedRing ?? undefined,
      daysSinceContact: p.daysSinceContact ?? undefined,
      lastContact: p.lastContact ?? undefined,
      status: p.status,
      overdueRatio: p.overdueRatio ?? undefined,
      cadenceDays: p.cadenceDays ?? undefined,
      neglected: neglected.has(p.id),
      contactsPerMonth: contacts.contactsPerMonth(p.id, day),
      channelMask: contacts.channelMask(p.id, day),
      ringSixMonthsAgo: p.ringSixMonthsAgo,
      ringTwelveMonthsAgo: p.ringTwelveMonthsAgo,
    };
    people.set(p.id, m);
  }
  return { asOf: result.asOf, people };
}

/**
 * The same from the engine's columns: no object per person in between, no summary (this runs at every
 * step of the time slider, in the worker). Equal to metricsFromNetwork(engine.snapshot(asOf)).
 */
export function metricsAt(prepared: PreparedMap, asOf: string): MapMetrics {
  const f = prepared.engine.figures(asOf);
  const day = f.t;
  const contacts = prepared.contacts;
  const people = new Map<string, MapPersonMetrics>();
  for (const i of f.order) {
    const p = f.people[i]!;
    const last = f.lastContact[i]!;
    const met = last >= 0;
    // One literal with every field (unknown ones `undefined`): one object shape for all people.
    people.set(p.id, {
      personId: p.id,
      strength: f.strength[i]!,
      depth: f.depth[i]!,
      ring: ringOfCode(f.ring[i]!),
      pinnedRing: p.pinnedRing,
      daysSinceContact: met ? day - last : undefined,
      lastContact: met ? isoDate(last) : undefined,
      status: f.status[i]!,
      overdueRatio: met ? f.overdueRatio[i]! : undefined,
      cadenceDays: met ? f.cadenceDays[i]! : undefined,
      neglected: f.neglected[i] === 1,
      contactsPerMonth: contacts.contactsPerMonth(p.id, day),
      channelMask: contacts.channelMask(p.id, day),
      ringSixMonthsAgo: ringOfCode(f.ringSix[i]!),
      ringTwelveMonthsAgo: ringOfCode(f.ringTwelve[i]!),
    });
  }
  return { asOf: isoDate(day), people };
}

export function sceneAt(prepared: PreparedMap, asOf: string, options: SceneOptions): Scene {
  const { people, contexts, ties } = prepared.source;
  return buildScene(metricsAt(prepared, asOf), people, contexts, ties, options, prepared.layouts);
}
