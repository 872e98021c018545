/**
 * A seeded generator of realistic synthetic networks for benchmarks, the map and demos: Dunbar-like
 * layers (5 / 10 / 35 / 100 / the rest) whose contact rates fall by about ×3–4 per layer with a few top
 * ties getting most contact (Saramäki et al. 2014), bursty contact (bursts of days in a row between long
 * silences), group encounters within clubs, companies and associations, ties that start late or stop,
 * several channels, durations and both date formats. Pure: the same options always give the same data.
 */
import type { Channel, Context, ContextKind, Encounter, Person, PersonKind, Tie } from '../domain/schema';
import { dayOf, isoDate } from './dates';

export interface SyntheticOptions {
  seed: number;
  people: number;
  /** Exact number of encounters to generate. */
  encounters: number;
  /** Last day of the record, `YYYY-MM-DD`; no encounter lies after it. */
  end: string;
  /** How many years the record spans (default 4). */
  years?: number;
  /** Share of encounters that are group encounters (default 0.1). */
  groupShare?: number;
}

export interface SyntheticNetwork {
  people: Person[];
  encounters: Encounter[];
  ties: Tie[];
  contexts: Context[];
  /** The layer (0 = innermost five … 4 = everyone else) each person was generated in, by id. */
  layerOf: Record<string, number>;
}

/** mulberry32: a small, fast, seedable PRNG (enough for test data, not for anything secret). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LAYER_SIZES = [5, 10, 35, 100] as const;
/** Typical days between contacts per layer (Sutcliffe et al. 2012; Dunbar 2018). */
const LAYER_GAP_DAYS = [7, 30, 90, 365, 900] as const;

const LAYER_CHANNELS: readonly (readonly [Channel, number])[][] = [
  [
    ['in_person', 0.45],
    ['call', 0.2],
    ['message', 0.25],
    ['video', 0.05],
    ['email', 0.05],
  ],
  [
    ['in_person', 0.35],
    ['call', 0.2],
    ['message', 0.25],
    ['video', 0.1],
    ['email', 0.1],
  ],
  [
    ['in_person', 0.25],
    ['call', 0.15],
    ['message', 0.2],
    ['video', 0.1],
    ['email', 0.2],
    ['social', 0.1],
  ],
  [
    ['in_person', 0.15],
    ['call', 0.1],
    ['message', 0.15],
    ['email', 0.3],
    ['social', 0.3],
  ],
  [
    ['in_person', 0.1],
    ['message', 0.1],
    ['email', 0.3],
    ['social', 0.5],
  ],
];

const LAYER_KINDS: readonly (readonly [PersonKind, number])[][] = [
  [
    ['family', 0.4],
    ['friend', 0.5],
    ['partner', 0.1],
  ],
  [
    ['family', 0.2],
    ['friend', 0.5],
    ['colleague', 0.3],
  ],
  [
    ['friend', 0.3],
    ['colleague', 0.4],
    ['client', 0.2],
    ['family', 0.1],
  ],
  [
    ['colleague', 0.3],
    ['client', 0.3],
    ['friend', 0.2],
    ['prospect', 0.2],
  ],
  [
    ['prospect', 0.3],
    ['client', 0.2],
    ['colleague', 0.2],
    ['other', 0.3],
  ],
];

const GIVEN = [
  'Anna',
  'Ben',
  'Clara',
  'David',
  'Eva',
  'Felix',
  'Greta',
  'Hannes',
  'Ida',
  'Jonas',
  'Klara',
  'Leon',
];
const FAMILY = ['Auer', 'Berger', 'Huber', 'Kaiser', 'Lang', 'Mayer', 'Novak', 'Ortner', 'Pichler', 'Wagner'];
const CONTEXT_KINDS: readonly ContextKind[] = ['club', 'association', 'fair', 'company', 'community'];
const STAMP = '2020-01-01T00:00:00.000Z';

function pick<T>(random: () => number, weighted: readonly (readonly [T, number])[]): T {
  let x = random();
  for (const [value, w] of weighted) {
    x -= w;
    if (x < 0) return value;
  }
  return (weighted[weighted.length - 1] as readonly [T, number])[0];
}

/** Standard normal by Box–Muller. */
function normal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function generateSyntheticNetwork(options: SyntheticOptions): SyntheticNetwork {
  const random = seededRandom(options.seed);
  const P = Math.max(1, Math.floor(options.people));
  const total = Math.max(0, Math.floor(options.encounters));
  const endDay = dayOf(options.end);
  const span = Math.max(30, Math.round((options.years ?? 4) * 365.25));
  const startDay = endDay - span + 1;

  // People by layer.
  const layers: number[] = [];
  for (let i = 0; i < P; i++) {
    let layer = 4;
    let cumulative = 0;
    for (let l = 0; l < LAYER_SIZES.length; l++) {
      cumulative += LAYER_SIZES[l] as number;
      if (i < cumulative) {
        layer = l;
        break;
      }
    }
    layers.push(layer);
  }
  const people: Person[] = [];
  const layerOf: Record<string, number> = {};
  for (let i = 0; i < P; i++) {
    const layer = layers[i] as number;
    const given = GIVEN[Math.floor(random() * GIVEN.length)] as string;
    const family = FAMILY[Math.floor(random() * FAMILY.length)] as string;
    const id = `p${pad(i + 1, 5)}`;
    const person: Person = {
      id,
      displayName: `${given} ${family} ${i + 1}`,
      givenName: given,
      familyName: family,
      emails: [],
      phones: [],
      urls: [],
      tags: [],
      contexts: [],
      kind: pick(random, LAYER_KINDS[layer] as readonly (readonly [PersonKind, number])[]),
      notes: '',
      createdAt: STAMP,
      updatedAt: STAMP,
      archived: layer === 4 && random() < 0.01,
    };
    if (random() < [0.8, 0.6, 0.4, 0.2, 0.05][layer]!) {
      person.closeness = Math.max(1, Math.min(5, Math.round(5 - layer + normal(random) * 0.7)));
    }
    if (layer <= 2 && random() < 0.1) person.pinnedRing = Math.min(4, layer + 1) as 1 | 2 | 3 | 4;
    if (random() < 0.02) person.cadenceDays = LAYER_GAP_DAYS[layer] as number;
    people.push(person);
    layerOf[id] = layer;
  }

  // Contexts: overlapping groups of 8–60 people, mostly from the outer layers.
  const contexts: Context[] = [];
  const members: number[][] = [];
  const contextCount = Math.max(1, Math.round(P / 25));
  for (let c = 0; c < contextCount; c++) {
    const size = Math.min(P, 8 + Math.floor(random() * 53));
    const set = new Set<number>();
    while (set.size < size) set.add(Math.floor(random() ** 1.3 * P));
    const list = [...set].sort((a, b) => a - b);
    members.push(list);
    const id = `c${pad(c + 1, 4)}`;
    contexts.push({
      id,
      name: `Group ${c + 1}`,
      kind: CONTEXT_KINDS[c % CONTEXT_KINDS.length] as ContextKind,
      notes: '',
      createdAt: STAMP,
      updatedAt: STAMP,
    });
    for (const i of list) (people[i] as Person).contexts.push(id);
  }

  const encounters: Encounter[] = [];
  const dateOf = (day: number): string => {
    const date = isoDate(day);
    if (random() < 0.7) return date;
    const offset = random() < 0.5 ? '+01:00' : '+02:00';
    return `${date}T${pad(8 + Math.floor(random() * 14), 2)}:${pad(Math.floor(random() * 4) * 15, 2)}${offset}`;
  };
  const durationFor = (channel: Channel): number | undefined => {
    if (channel === 'in_person' || channel === 'event') {
      return random() < 0.3 ? undefined : Math.round(Math.min(600, Math.exp(4.2 + 0.6 * normal(random))));
    }
    if (channel === 'video' || channel === 'call')
      return Math.round(Math.min(180, Math.exp(3.2 + 0.5 * normal(random))));
    return undefined;
  };
  const add = (day: number, participants: string[], channel: Channel): void => {
    const encounter: Encounter = {
      id: `e${pad(encounters.length + 1, 7)}`,
      date: dateOf(day),
      participants,
      channel,
      notes: '',
      createdAt: STAMP,
      updatedAt: STAMP,
    };
    const duration = durationFor(channel);
    if (duration !== undefined) encounter.durationMinutes = duration;
    if (random() < 0.5) encounter.initiator = random() < 0.5 ? 'me' : 'them';
    encounters.push(encounter);
  };

  // Group encounters within contexts.
  const groupCount = Math.round(total * (options.groupShare ?? 0.1));
  for (let g = 0; g < groupCount; g++) {
    const list = members[Math.floor(random() * members.length)] as number[];
    const kind = random();
    const channel: Channel = kind < 0.6 ? 'event' : kind < 0.85 ? 'in_person' : 'video';
    // How many of the user's own recorded people take part: an event of 200 has a dozen the user knows.
    const want =
      channel === 'event'
        ? 3 + Math.floor(random() * 13)
        : channel === 'in_person'
          ? 2 + Math.floor(random() * 4)
          : 2 + Math.floor(random() * 7);
    const chosen = new Set<number>();
    const size = Math.min(want, list.length);
    while (chosen.size < size) chosen.add(list[Math.floor(random() * list.length)] as number);
    const day = startDay + Math.floor(random() * span);
    add(
      day,
      [...chosen].sort((a, b) => a - b).map((i) => (people[i] as Person).id),
      channel,
    );
  }

  // One-to-one encounters: shares by layer rate with a heavy-tailed personal factor.
  const oneToOne = total - groupCount;
  const share = people.map(
    (_, i) => Math.exp(0.8 * normal(random)) / (LAYER_GAP_DAYS[layers[i] as number] as number),
  );
  const shareSum = share.reduce((a, b) => a + b, 0);
  const counts = share.map((s) => Math.floor((s / shareSum) * oneToOne));
  let left = oneToOne - counts.reduce((a, b) => a + b, 0);
  const byRemainder = share
    .map((s, i) => [(s / shareSum) * oneToOne - (counts[i] as number), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left > 0; k = (k + 1) % P, left--) {
    const i = (byRemainder[k] as readonly [number, number])[1];
    counts[i] = (counts[i] as number) + 1;
  }
  for (let i = 0; i < P; i++) {
    const n = counts[i] as number;
    if (n === 0) continue;
    // Active period: most throughout, some started late (new), some stopped (lapsed ties).
    let from = startDay;
    let to = endDay;
    const r = random();
    if (r < 0.15) from = startDay + Math.floor(random() * span * 0.8);
    else if (r < 0.25) to = endDay - Math.floor(random() * span * 0.6);
    // Bursty renewal process: a third of the gaps are 0–2 days, the rest lognormal; rescaled to fit.
    const gaps: number[] = [];
    let sum = 0;
    for (let k = 0; k < n; k++) {
      const gap = random() < 0.35 ? random() * 2 : Math.exp(normal(random));
      gaps.push(gap);
      sum += gap;
    }
    const scale = (to - from) / Math.max(sum, 1e-9);
    let x = from + random() * (gaps[0] as number) * scale;
    const channels = LAYER_CHANNELS[layers[i] as number] as readonly (readonly [Channel, number])[];
    const id = (people[i] as Person).id;
    for (let k = 0; k < n; k++) {
      add(Math.min(endDay, Math.floor(x)), [id], pick(random, channels));
      x += (gaps[(k + 1) % n] as number) * scale;
    }
  }

  // Ties: each context member knows a few others there; kin know each other.
  const ties: Tie[] = [];
  const seen = new Set<string>();
  const addTie = (a: number, b: number, kind: Tie['kind']): void => {
    if (a === b) return;
    const [x, y] = a < b ? [a, b] : [b, a];
    const key = `${x}:${y}`;
    if (seen.has(key)) return;
    seen.add(key);
    const tie: Tie = {
      id: `t${pad(ties.length + 1, 6)}`,
      a: (people[x] as Person).id,
      b: (people[y] as Person).id,
      kind,
      createdAt: STAMP,
      updatedAt: STAMP,
    };
    if (random() < 0.6) tie.strength = 1 + Math.floor(random() * 5);
    ties.push(tie);
  };
  members.forEach((list, c) => {
    const kind: Tie['kind'] = contexts[c]?.kind === 'company' ? 'works_with' : 'knows';
    for (const i of list) {
      for (let k = 0; k < 3; k++) addTie(i, list[Math.floor(random() * list.length)] as number, kind);
    }
  });
  const kin = people.flatMap((p, i) => (p.kind === 'family' ? [i] : []));
  for (let k = 1; k < kin.length; k++) addTie(kin[k - 1] as number, kin[k] as number, 'family');

  return { people, encounters, ties, contexts, layerOf };
}
