/**
 * A believable sample network for the welcome screen ("explore a sample network"): a consultant with
 * about 120 people, two years of encounters, two clubs, an association, a trade fair, clients and
 * prospects, and a few ties that have been neglected lately. Seeded and pure: the same (locale, seed,
 * today) always gives the same network, so screenshots and tests are stable.
 */
import type {
  Channel,
  Context,
  ContextKind,
  Database,
  Encounter,
  Person,
  PersonKind,
  Tie,
} from '../domain/schema';
import { emptyDatabase } from '../domain/schema';

export interface SampleOptions {
  locale: 'de' | 'en';
  /** The day the sample is generated for (YYYY-MM-DD); no encounter lies after it. */
  today: string;
  seed?: number;
}

const NAMES = {
  de: {
    given: [
      'Anna',
      'Lukas',
      'Katharina',
      'Maximilian',
      'Sophie',
      'Florian',
      'Julia',
      'Stefan',
      'Lena',
      'Thomas',
      'Eva',
      'Michael',
      'Sarah',
      'David',
      'Lisa',
      'Andreas',
      'Johanna',
      'Markus',
      'Theresa',
      'Christoph',
      'Magdalena',
      'Georg',
      'Elisabeth',
      'Martin',
      'Verena',
      'Bernhard',
      'Sabine',
      'Wolfgang',
      'Barbara',
      'Klaus',
      'Marlene',
      'Tobias',
      'Ingrid',
      'Patrick',
      'Hannah',
      'Dominik',
      'Birgit',
      'Alexander',
      'Petra',
      'Raphael',
      'Monika',
      'Jakob',
      'Claudia',
      'Simon',
      'Andrea',
      'Fabian',
      'Nina',
      'Gerhard',
      'Karin',
      'Matthias',
    ],
    family: [
      'Gruber',
      'Huber',
      'Wagner',
      'Pichler',
      'Steiner',
      'Moser',
      'Mayer',
      'Hofer',
      'Leitner',
      'Berger',
      'Fuchs',
      'Eder',
      'Fischer',
      'Schmid',
      'Winkler',
      'Weber',
      'Schwarz',
      'Maier',
      'Schneider',
      'Reiter',
      'Wimmer',
      'Egger',
      'Brunner',
      'Lang',
      'Baumgartner',
      'Auer',
      'Binder',
      'Lechner',
      'Wolf',
      'Wallner',
      'Aigner',
      'Ebner',
      'Koller',
      'Lehner',
      'Haas',
      'Schuster',
      'Holzer',
      'Strasser',
      'Kern',
      'Bauer',
    ],
    owner: 'Clara Hofbauer',
    contexts: [
      { name: 'Tennisclub Hietzing', kind: 'club' },
      { name: 'Laufgruppe Prater', kind: 'club' },
      { name: 'Verband der Unternehmensberater', kind: 'association' },
      { name: 'Messe „Zukunft Handwerk“ Wien', kind: 'fair' },
      { name: 'Gründerzentrum Wien', kind: 'community' },
    ],
    organisations: [
      'Alpenblick Hotels GmbH',
      'Donau Logistik AG',
      'Steiner Bau GmbH',
      'Kaffeerösterei Wimmer',
      'Tischlerei Auer',
      'Stadtwerke Mödling',
      'Praxis Dr. Lang',
      'Weinhof Egger',
      'Brunner IT Services',
      'Optik Haas',
    ],
  },
  en: {
    given: [
      'Emma',
      'Oliver',
      'Charlotte',
      'James',
      'Amelia',
      'William',
      'Sophia',
      'Henry',
      'Isabella',
      'Thomas',
      'Grace',
      'Daniel',
      'Chloe',
      'Samuel',
      'Lucy',
      'Benjamin',
      'Alice',
      'Matthew',
      'Eleanor',
      'Joseph',
      'Hannah',
      'George',
      'Ruth',
      'Edward',
      'Laura',
      'Peter',
      'Rachel',
      'Andrew',
      'Helen',
      'Robert',
      'Megan',
      'Jack',
      'Claire',
      'Simon',
      'Zoe',
      'David',
      'Fiona',
      'Michael',
      'Anna',
      'Richard',
      'Olivia',
      'Harry',
      'Jessica',
      'Adam',
      'Kate',
      'Paul',
      'Sarah',
      'Luke',
      'Emily',
      'Mark',
    ],
    family: [
      'Smith',
      'Jones',
      'Taylor',
      'Brown',
      'Williams',
      'Wilson',
      'Johnson',
      'Davies',
      'Robinson',
      'Wright',
      'Thompson',
      'Evans',
      'Walker',
      'White',
      'Roberts',
      'Green',
      'Hall',
      'Wood',
      'Jackson',
      'Clarke',
      'Patel',
      'Harris',
      'Lewis',
      'Martin',
      'Cooper',
      'King',
      'Baker',
      'Turner',
      'Hill',
      'Moore',
      'Ward',
      'Morris',
      'Clark',
      'Young',
      'Allen',
      'Scott',
      'Mitchell',
      'Carter',
      'Price',
      'Bennett',
    ],
    owner: 'Clara Hughes',
    contexts: [
      { name: 'Riverside Tennis Club', kind: 'club' },
      { name: 'Parkrun Saturday group', kind: 'club' },
      { name: 'Institute of Consultants', kind: 'association' },
      { name: 'Future of Craft Trade Fair', kind: 'fair' },
      { name: 'Startup Hub', kind: 'community' },
    ],
    organisations: [
      'Highland Hotels Ltd',
      'Thames Logistics plc',
      'Carter Construction',
      'Bennett Coffee Roasters',
      'Hill Joinery',
      'Northfield Utilities',
      'Dr Young’s Practice',
      'Wood Vineyards',
      'Price IT Services',
      'Scott Opticians',
    ],
  },
} as const satisfies Record<
  SampleOptions['locale'],
  {
    given: readonly string[];
    family: readonly string[];
    owner: string;
    contexts: readonly { name: string; kind: ContextKind }[];
    organisations: readonly string[];
  }
>;

/** Who is in the sample: how many of each kind, how often they are seen, and over which channels. */
interface Segment {
  kind: PersonKind;
  count: number;
  /** Typical days between contacts (the person's rhythm). */
  cadence: [min: number, max: number];
  channels: readonly [Channel, number][];
  /** Index into the locale's context list people of this segment belong to, if any. */
  context?: number;
}

const SEGMENTS: readonly Segment[] = [
  {
    kind: 'family',
    count: 6,
    cadence: [5, 21],
    channels: [
      ['in_person', 5],
      ['call', 3],
      ['message', 3],
    ],
  },
  {
    kind: 'friend',
    count: 10,
    cadence: [14, 60],
    channels: [
      ['in_person', 4],
      ['message', 3],
      ['call', 2],
    ],
  },
  {
    kind: 'friend',
    count: 8,
    cadence: [21, 75],
    channels: [
      ['in_person', 5],
      ['message', 1],
    ],
    context: 0,
  },
  {
    kind: 'other',
    count: 12,
    cadence: [21, 60],
    channels: [
      ['event', 5],
      ['in_person', 1],
    ],
    context: 1,
  },
  {
    kind: 'colleague',
    count: 14,
    cadence: [30, 150],
    channels: [
      ['event', 3],
      ['email', 2],
      ['call', 1],
    ],
    context: 2,
  },
  {
    kind: 'partner',
    count: 8,
    cadence: [45, 120],
    channels: [
      ['video', 3],
      ['in_person', 2],
      ['email', 2],
    ],
  },
  {
    kind: 'client',
    count: 22,
    cadence: [30, 100],
    channels: [
      ['in_person', 4],
      ['video', 3],
      ['call', 3],
      ['email', 3],
    ],
  },
  {
    kind: 'prospect',
    count: 14,
    cadence: [12, 35],
    channels: [
      ['email', 3],
      ['call', 2],
      ['video', 1],
      ['social', 2],
    ],
  },
  {
    kind: 'other',
    count: 16,
    cadence: [180, 400],
    channels: [
      ['event', 3],
      ['social', 2],
    ],
    context: 3,
  },
  {
    kind: 'other',
    count: 8,
    cadence: [60, 200],
    channels: [
      ['event', 3],
      ['message', 1],
    ],
    context: 4,
  },
];

const DAY_MS = 86_400_000;

export function generateSampleNetwork(options: SampleOptions): Database {
  const random = mulberry32(options.seed ?? 20261127);
  const names = NAMES[options.locale];
  const today = Date.parse(`${options.today}T00:00:00Z`);
  if (Number.isNaN(today)) throw new Error(`sample: today must be YYYY-MM-DD, got ${options.today}`);
  const start = today - 730 * DAY_MS;
  const stamp = new Date(start).toISOString();
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

  const db = emptyDatabase();
  db.settings.ownerName = names.owner;

  const contexts: Context[] = names.contexts.map((c, i) => ({
    id: `sample-c${i + 1}`,
    name: c.name,
    kind: c.kind,
    notes: '',
    createdAt: stamp,
    updatedAt: stamp,
  }));

  const usedNames = new Set<string>();
  const people: Person[] = [];
  const rhythm = new Map<string, { cadence: number; segment: Segment }>();
  for (const segment of SEGMENTS) {
    for (let i = 0; i < segment.count; i++) {
      let given: string;
      let family: string;
      do {
        given = pick(names.given);
        family = pick(names.family);
      } while (usedNames.has(`${given} ${family}`));
      usedNames.add(`${given} ${family}`);
      const id = `sample-p${String(people.length + 1).padStart(3, '0')}`;
      const business = segment.kind === 'client' || segment.kind === 'prospect' || segment.kind === 'partner';
      const person: Person = {
        id,
        displayName: `${given} ${family}`,
        givenName: given,
        familyName: family,
        emails: business || random() < 0.5 ? [emailOf(given, family, options.locale)] : [],
        phones: [],
        urls: [],
        tags: business && random() < 0.4 ? [options.locale === 'de' ? 'Wien' : 'London'] : [],
        contexts: segment.context === undefined ? [] : [contexts[segment.context]!.id],
        kind: segment.kind,
        notes: '',
        createdAt: stamp,
        updatedAt: stamp,
        archived: false,
      };
      if (business) person.organisation = pick(names.organisations);
      if (segment.kind === 'family' || (segment.kind === 'friend' && random() < 0.5)) {
        person.closeness = 4 + Math.round(random());
      }
      people.push(person);
      const [lo, hi] = segment.cadence;
      rhythm.set(id, { cadence: lo + random() * (hi - lo), segment });
    }
  }

  // A few people who used to matter are neglected lately: their encounters stop months before today.
  const neglected = new Set(
    people
      .filter((p) => p.kind === 'friend' || p.kind === 'client')
      .filter((_, i) => i % 9 === 4)
      .map((p) => p.id),
  );
  // Prospects appeared over the last year (so their touch count toward the goal varies); a few of them
  // went quiet (stalled), as prospects do.
  const firstSeen = new Map(
    people.map((p) => [
      p.id,
      p.kind === 'prospect' ? today - (40 + random() * 320) * DAY_MS : start + random() * 60 * DAY_MS,
    ]),
  );
  const stalled = new Set(
    people
      .filter((p) => p.kind === 'prospect')
      .filter((_, i) => i % 5 === 2)
      .map((p) => p.id),
  );

  const encounters: Encounter[] = [];
  const addEncounter = (day: number, participants: string[], channel: Channel, contextId?: string) => {
    const date = new Date(day).toISOString().slice(0, 10);
    const encounter: Encounter = {
      id: `sample-e${String(encounters.length + 1).padStart(5, '0')}`,
      date,
      participants,
      channel,
      notes: '',
      createdAt: stamp,
      updatedAt: stamp,
    };
    if (contextId) encounter.contextId = contextId;
    if (channel === 'in_person' || channel === 'video')
      encounter.durationMinutes = pick([30, 45, 60, 90, 120]);
    if (channel !== 'social') encounter.initiator = random() < 0.55 ? 'me' : 'them';
    encounters.push(encounter);
  };

  for (const person of people) {
    const { cadence, segment } = rhythm.get(person.id)!;
    const stopAt = neglected.has(person.id)
      ? today - (cadence * 5 + 60) * DAY_MS
      : stalled.has(person.id)
        ? today - (45 + cadence * 2) * DAY_MS
        : today;
    let day = firstSeen.get(person.id)!;
    while (day <= stopAt) {
      const channel = weightedPick(segment.channels, random);
      const contextId = segment.context === undefined ? undefined : contexts[segment.context]!.id;
      if (channel === 'event' && contextId) {
        // Club evenings and association meetings are group encounters with others of the same context.
        const others = people.filter((p) => p.id !== person.id && p.contexts.includes(contextId));
        const group = [
          person.id,
          ...others
            .filter(() => random() < 0.25)
            .slice(0, 5)
            .map((p) => p.id),
        ];
        addEncounter(day, group, 'event', contextId);
      } else {
        addEncounter(day, [person.id], channel, channel === 'in_person' ? contextId : undefined);
      }
      // A kept rhythm, not a clock: gaps vary between 0.7 and 1.4 times the cadence.
      day += Math.max(1, cadence * (0.7 + random() * 0.7)) * DAY_MS;
    }
  }
  // The trade fair: one day a year where many of its people are met at once, in small groups.
  const fair = contexts[3]!;
  for (const daysAgo of [400, 35]) {
    const visitors = people.filter((p) => p.contexts.includes(fair.id) && random() < 0.7).map((p) => p.id);
    for (let i = 0; i < visitors.length; i += 3)
      addEncounter(today - daysAgo * DAY_MS, visitors.slice(i, i + 3), 'event', fair.id);
  }

  // Ties: people of the same context know each other; family know each other; some clients were introduced.
  const ties: Tie[] = [];
  const tied = new Set<string>();
  const addTie = (a: string, b: string, kind: Tie['kind']) => {
    const key = a < b ? `${a}|${b}` : `${b}|${a}`;
    if (a === b || tied.has(key)) return;
    tied.add(key);
    ties.push({
      id: `sample-t${String(ties.length + 1).padStart(4, '0')}`,
      a,
      b,
      kind,
      createdAt: stamp,
      updatedAt: stamp,
    });
  };
  const family = people.filter((p) => p.kind === 'family');
  for (const a of family) for (const b of family) if (a.id < b.id) addTie(a.id, b.id, 'family');
  for (const context of contexts) {
    const members = people.filter((p) => p.contexts.includes(context.id));
    for (const a of members)
      for (const b of members) if (a.id < b.id && random() < 0.2) addTie(a.id, b.id, 'knows');
  }
  const clients = people.filter((p) => p.kind === 'client' || p.kind === 'partner');
  for (const c of clients) if (random() < 0.3) addTie(c.id, pick(clients).id, 'introduced');

  db.people = people;
  db.contexts = contexts;
  db.encounters = encounters.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  db.ties = ties;
  return db;
}

function emailOf(given: string, family: string, locale: 'de' | 'en'): string {
  const ascii = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
  return `${ascii(given)}.${ascii(family)}@example.${locale === 'de' ? 'at' : 'com'}`;
}

function weightedPick<T>(items: readonly [T, number][], random: () => number): T {
  const total = items.reduce((sum, [, w]) => sum + w, 0);
  let r = random() * total;
  for (const [item, w] of items) {
    r -= w;
    if (r <= 0) return item;
  }
  return items[items.length - 1]![0];
}

/** A small, fast, seeded PRNG (public domain); good enough for believable sample data. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
