/**
 * A small network with known figures, shared by the scene unit tests and the map browser tests.
 * As of 2026-06-30 (contacts per month = distinct contact days in the 365 days before, / 12; the line
 * width lies in the band of the person's ring, placed in it by contacts per month — encodings.ts):
 *   anna  weekly, 48 in-person days → ring 1, 4 per month → 4.4 + 1.6 × (4 − 3)/6      = 4.667
 *   ben   24 calls, fortnightly      → ring 2, 2 per month → 2.8 + 1.0 × (2 − 0.8)/2.2  = 3.345
 *   clara 2 days in 2024 only        → known, none in 12 months → 0.5 (thinnest)
 *   dora  (family) weekly until 2025-12-24, then silent: ring 3, 2.17 per month → the band's top 2.3;
 *         neglected
 *   emil  never met                        → not on the map unless "not yet met" is shown
 *   fritz pinned to ring 1, monthly e-mail → a ring gap
 *   jan   social-media reactions only      → 0 per month, channel "social"
 */

import type { MapSource } from '../../renderer/src/scene/map-data';
import { defaultModelParams } from '../../shared/domain/model-params';
import type { Channel, PersonKind, RingNumber } from '../../shared/domain/schema';

export const KNOWN_AS_OF = '2026-06-30';

export interface KnownPerson {
  key: string;
  displayName: string;
  kind: PersonKind;
  tags: string[];
  contexts: string[];
  pinnedRing?: RingNumber;
  organisation?: string;
}

export interface KnownEncounter {
  date: string;
  participants: string[];
  channel: Channel;
}

export const KNOWN_CONTEXTS = [
  { key: 'tennis', name: 'Tennis club' },
  { key: 'acme', name: 'ACME GmbH' },
];

export const KNOWN_PEOPLE: KnownPerson[] = [
  { key: 'anna', displayName: 'Anna Adler', kind: 'friend', tags: ['tennis'], contexts: ['tennis'] },
  { key: 'ben', displayName: 'Ben Berger', kind: 'client', tags: [], contexts: ['tennis'] },
  { key: 'clara', displayName: 'Clara Czerny', kind: 'colleague', tags: [], contexts: ['acme'] },
  { key: 'dora', displayName: 'Dora Dorn', kind: 'family', tags: [], contexts: [] },
  { key: 'emil', displayName: 'Emil Ebner', kind: 'prospect', tags: ['lead'], contexts: [] },
  { key: 'fritz', displayName: 'Fritz Fuchs', kind: 'partner', tags: [], contexts: [], pinnedRing: 1 },
  { key: 'greta', displayName: 'Greta Gruber', kind: 'partner', tags: ['vip'], contexts: ['acme'] },
  {
    key: 'hans',
    displayName: 'Hans Huber',
    kind: 'colleague',
    tags: [],
    contexts: ['acme'],
    organisation: 'ACME',
  },
  { key: 'ida', displayName: 'Ida Igl', kind: 'other', tags: [], contexts: [] },
  { key: 'jan', displayName: 'Jan Jäger', kind: 'other', tags: [], contexts: [] },
];

export const KNOWN_TIES = [
  { a: 'anna', b: 'ben', strength: 4 },
  { a: 'greta', b: 'hans' },
  { a: 'clara', b: 'greta', strength: 2 },
];

function day(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
}
function iso(d: number): string {
  return new Date(d * 86_400_000).toISOString().slice(0, 10);
}
/** `count` dates every `step` days from `start`. */
function series(start: string, step: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => iso(day(start) + i * step));
}

export function knownEncounters(): KnownEncounter[] {
  const out: KnownEncounter[] = [];
  const add = (dates: string[], key: string, channel: Channel) => {
    for (const date of dates) out.push({ date, participants: [key], channel });
  };
  add(series('2025-07-27', 7, 48), 'anna', 'in_person'); // 2025-07-27 … 2026-06-21
  add(series('2025-07-10', 15, 24), 'ben', 'call'); // … 2026-06-11
  add(['2024-03-01', '2024-05-01'], 'clara', 'in_person');
  add(series('2023-01-04', 7, 156), 'dora', 'in_person'); // three years, weekly, up to 2025-12-24
  add(series('2025-07-15', 30, 12), 'fritz', 'email');
  add(series('2025-07-20', 30, 12), 'greta', 'in_person');
  add(series('2025-08-01', 30, 10), 'hans', 'video');
  add(series('2025-09-01', 40, 6), 'ida', 'message');
  add(series('2026-01-05', 20, 5), 'jan', 'social');
  return out;
}

/** The known network as map input, with the keys as ids. */
export function knownMapSource(): MapSource {
  return {
    people: KNOWN_PEOPLE.map((p) => ({
      id: p.key,
      displayName: p.displayName,
      kind: p.kind,
      tags: p.tags,
      contexts: p.contexts,
      ...(p.pinnedRing ? { pinnedRing: p.pinnedRing } : {}),
      ...(p.organisation ? { organisation: p.organisation } : {}),
    })),
    encounters: knownEncounters().map((e, i) => ({ id: `e${i}`, ...e })),
    contexts: KNOWN_CONTEXTS.map((c) => ({ id: c.key, name: c.name })),
    ties: KNOWN_TIES.map((t) => ({ ...t })),
    coverage: [],
    settings: defaultModelParams,
  };
}

/** Expected line widths (world px) as of KNOWN_AS_OF, from the formula in the header. */
export const KNOWN_LINE_WIDTHS: Record<string, number> = {
  anna: 4.667,
  ben: 3.345,
  clara: 0.5,
  dora: 2.1,
};
