/**
 * Properties of the depth engine that must hold for any record (fast-check): more contact never weakens
 * a tie, silence only weakens it, the future never counts (beyond being planned), ring caps hold, rings
 * follow the rhythm kept and agree with their labels, status only worsens with silence, input order does
 * not matter, the rhythm remembered at each contact is the one of that day, and everyone is in at most
 * one section of the review.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineWidthFor } from '../../renderer/src/scene/encodings';
import { defaultModelParams, type ModelParams } from '../../shared/domain/model-params';
import { CHANNELS, PERSON_KINDS } from '../../shared/domain/schema';
import {
  addMonths,
  assignRings,
  computeNetwork,
  dayOf,
  type EngineData,
  type EngineEncounter,
  type EnginePerson,
  type EngineTie,
  isoDate,
  type NetworkSnapshot,
  prepareEngine,
  RHYTHM_STATUSES,
} from '../../shared/engine';
import { seededRandom } from '../../shared/engine/synthetic';

const START = dayOf('2024-01-01');
const SPAN = 900;
const RUNS = 150;

/** A calendar date or a date-time with an offset on the same wall-clock day. */
const dateArb = (min = 0, max = SPAN) =>
  fc
    .tuple(fc.integer({ min, max }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 23 }))
    .map(([offset, form, hour]) => {
      const date = isoDate(START + offset);
      const hh = String(hour).padStart(2, '0');
      return form === 0 ? `${date}T${hh}:30+02:00` : form === 1 ? `${date}T${hh}:05-05:00` : date;
    });

/** Mostly undefined, sometimes a value: user settings are the exception, not the rule. */
const sometimes = <T>(arb: fc.Arbitrary<T>, weight = 1): fc.Arbitrary<T | undefined> =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: 5 }, { arbitrary: arb, weight });

const personArb = (id: string): fc.Arbitrary<EnginePerson> =>
  fc.record({
    id: fc.constant(id),
    displayName: fc.constant(id.toUpperCase()),
    kind: fc.constantFrom(...PERSON_KINDS),
    closeness: sometimes(fc.integer({ min: 1, max: 5 }), 3),
    pinnedRing: sometimes(fc.constantFrom(1, 2, 3, 4) as fc.Arbitrary<1 | 2 | 3 | 4>),
    cadenceDays: sometimes(fc.integer({ min: 1, max: 400 })),
    archived: sometimes(fc.constant(true)),
  });

const encounterArb = (ids: string[], min = 0, max = SPAN): fc.Arbitrary<Omit<EngineEncounter, 'id'>> =>
  fc.record(
    {
      date: dateArb(min, max),
      participants: fc.array(fc.constantFrom(...ids), { minLength: 1, maxLength: 4 }),
      channel: fc.constantFrom(...CHANNELS),
      durationMinutes: fc.integer({ min: 0, max: 600 }),
      initiator: fc.constantFrom('me' as const, 'them' as const),
      attempt: fc.constant(true),
      source: fc.constant({ format: 'whatsapp', key: 'k' }),
    },
    { requiredKeys: ['date', 'participants', 'channel'] },
  );

const paramsArb: fc.Arbitrary<ModelParams> = fc
  .record({
    caps: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 4, maxLength: 4 }),
    halfLife: fc.constantFrom(90, 30, 7),
    family: fc.constantFrom(365, 90, 10),
  })
  .map(({ caps, halfLife, family }) => {
    const [a, b, c, d] = caps as [number, number, number, number];
    return {
      ...defaultModelParams,
      halfLifeDays: halfLife,
      familyHalfLifeDays: family,
      ringCaps: [a, a + b, a + b + c, a + b + c + d] as [number, number, number, number],
    };
  });

interface Net extends EngineData {
  ids: string[];
}

// Records over two and a half years, or crammed into three weeks (many encounters on the same day).
const netArb: fc.Arbitrary<Net> = fc
  .tuple(fc.integer({ min: 1, max: 9 }), fc.constantFrom(SPAN, 20))
  .chain(([n, span]) => {
    const ids = Array.from({ length: n }, (_, i) => `p${i}`);
    return fc
      .record({
        people: fc.tuple(...ids.map(personArb)),
        encounters: fc.array(encounterArb(ids, 0, span), { maxLength: 50 }),
        ties: fc.array(
          fc.record(
            {
              a: fc.constantFrom(...ids),
              b: fc.constantFrom(...ids),
              strength: fc.integer({ min: 1, max: 5 }),
            },
            { requiredKeys: ['a', 'b'] },
          ),
          { maxLength: 6 },
        ),
        settings: fc.oneof(
          { arbitrary: fc.constant(defaultModelParams), weight: 1 },
          { arbitrary: paramsArb, weight: 2 },
        ),
      })
      .map(({ people, encounters, ties, settings }) => ({
        ids,
        people,
        encounters: encounters.map((e, i) => ({ ...e, id: `e${i}` })),
        ties: ties as EngineTie[],
        settings,
      }));
  });

const asOfArb = fc.integer({ min: -30, max: SPAN + 400 }).map((o) => isoDate(START + o));

const STATUS_ORDER: Record<string, number> = Object.fromEntries(RHYTHM_STATUSES.map((s, i) => [s, i]));

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const byId = (r: NetworkSnapshot) => new Map(r.people.map((p) => [p.id, p]));

describe('engine properties', () => {
  it('adding an encounter never lowers that person’s strength as of any later date', () => {
    fc.assert(
      fc.property(
        netArb,
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 400 }),
        (net, seed, later) => {
          const extra = fc.sample(encounterArb(net.ids), { seed, numRuns: 1 })[0]!;
          const added = { ...extra, id: 'added' };
          const before = prepareEngine(net);
          const after = prepareEngine({ ...net, encounters: [...net.encounters, added] });
          const asOf = isoDate(dayOf(added.date) + later);
          const contact = !added.attempt && added.channel !== 'social';
          for (const id of new Set(added.participants)) {
            const was = before.strengthOf(id, asOf);
            const is = after.strengthOf(id, asOf);
            expect(is).toBeGreaterThanOrEqual(was * (1 - 1e-12));
            if (contact && net.settings.channelWeights[added.channel] > 0) expect(is).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('without new encounters strength only decays', () => {
    fc.assert(
      fc.property(netArb, asOfArb, fc.integer({ min: 1, max: 500 }), (net, asOf, step) => {
        const engine = prepareEngine(net);
        const t1 = dayOf(asOf);
        const t2 = t1 + step;
        for (const id of net.ids) {
          const between = net.encounters.some(
            (e) => e.participants.includes(id) && dayOf(e.date) > t1 && dayOf(e.date) <= t2,
          );
          if (!between)
            expect(engine.strengthOf(id, isoDate(t2))).toBeLessThanOrEqual(engine.strengthOf(id, asOf));
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('encounters after the date change nothing', () => {
    fc.assert(
      fc.property(netArb, fc.integer({ min: 0, max: SPAN }), (net, cut) => {
        const asOf = isoDate(START + cut);
        const kept = net.encounters.filter((e) => dayOf(e.date) <= START + cut);
        // Later encounters are planned meetings: counted as such, and nothing else.
        const unplanned = (r: NetworkSnapshot) => ({
          ...r,
          people: r.people.map(({ planned: _planned, ...p }) => p),
        });
        expect(unplanned(computeNetwork({ ...net, encounters: kept, asOf }))).toEqual(
          unplanned(computeNetwork({ ...net, asOf })),
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('ring caps always hold, now and 6 and 12 months ago', () => {
    fc.assert(
      fc.property(netArb, asOfArb, (net, asOf) => {
        const result = computeNetwork({ ...net, asOf });
        const caps = net.settings.ringCaps;
        for (const field of ['ring', 'ringRecently', 'ringSixMonthsAgo', 'ringTwelveMonthsAgo'] as const) {
          for (let r = 1; r <= 4; r++) {
            const inside = result.people.filter(
              (p) => typeof p[field] === 'number' && (p[field] as number) <= r,
            );
            expect(inside.length).toBeLessThanOrEqual(caps[r - 1]!);
          }
        }
        const r = result.summary.rings;
        expect(r['1'] + r['2'] + r['3'] + r['4'] + r.known + r['not-met']).toBe(result.summary.people);
      }),
      { numRuns: RUNS },
    );
  });

  it('rings follow the rhythm kept, and ring, label, rhythm and order agree', () => {
    fc.assert(
      fc.property(netArb, asOfArb, (net, asOf) => {
        const result = computeNetwork({ ...net, asOf });
        const t = dayOf(asOf);
        for (const p of result.people) {
          const band = p.rhythm.band;
          // Not met: no contact day (reactions, attempts and planned meetings are not contact).
          if (p.ring === 'not-met') {
            expect(p.lastContact).toBeNull();
            expect(p.ringReason).toBe('not-met');
            continue;
          }
          expect(p.lastContact).not.toBeNull();
          if (band === null) {
            // Keeping no ring's rhythm: known, never in a ring.
            expect(p.ring).toBe('known');
            expect(p.ringReason).toBe('no-rhythm');
            continue;
          }
          // Never further in than the rhythm kept; further out only because a ring was full.
          if (p.ring !== 'known') expect(p.ring).toBeGreaterThanOrEqual(band);
          expect(p.ringReason).toBe(p.ring === band ? 'rhythm' : 'capped');
          // The rhythm check speaks of the ring it is about, and kept it.
          expect(p.rhythm.checkedRing).toBe(band);
          expect(p.rhythm.covered).toBeGreaterThanOrEqual(p.rhythm.needed);
          // Someone with contact on one or two days in the window is never weekly or monthly.
          const cadence = net.settings.ringCadenceDays;
          const window = cadence[band - 1]! * net.settings.rhythmPeriods[band - 1]!;
          const daysInWindow = new Set(
            net.encounters
              .filter(
                (e) =>
                  e.participants.includes(p.id) &&
                  !e.attempt &&
                  e.channel !== 'social' &&
                  dayOf(e.date) <= t &&
                  dayOf(e.date) > t - window,
              )
              .map((e) => dayOf(e.date)),
          );
          if (band <= 2) expect(daysInWindow.size).toBeGreaterThanOrEqual(3);
        }
        // A person keeping a more frequent rhythm is never further out than one keeping a slower one.
        const ringed = result.people.filter((p) => p.rhythm.band !== null);
        const code = (r: (typeof ringed)[number]['ring']) => (typeof r === 'number' ? r : 5);
        for (const x of ringed)
          for (const y of ringed)
            if (x.rhythm.band! < y.rhythm.band!) expect(code(x.ring)).toBeLessThanOrEqual(code(y.ring));
        // And the map's line says the same: whatever the contacts per month, a line of an inner ring is
        // thicker than any line of an outer one (each ring has its own band of widths).
        const met = result.people.filter((p) => p.ring !== 'not-met');
        for (const x of met)
          for (const y of met) {
            if (code(x.ring) >= code(y.ring)) continue;
            expect(lineWidthFor(x.ring, 0)).toBeGreaterThan(lineWidthFor(y.ring, 1000));
          }
      }),
      { numRuns: RUNS },
    );
  });

  it('silence never moves anyone’s rhythm inward', () => {
    fc.assert(
      fc.property(netArb, asOfArb, fc.integer({ min: 1, max: 400 }), (net, asOf, step) => {
        const engine = prepareEngine(net);
        const before = byId(engine.snapshot(asOf));
        const after = byId(engine.snapshot(isoDate(dayOf(asOf) + step)));
        for (const [id, a] of before) {
          const b = after.get(id)!;
          if (a.lastContact !== b.lastContact) continue;
          expect(b.rhythm.band ?? 5).toBeGreaterThanOrEqual(a.rhythm.band ?? 5);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('everyone is in at most one section of the review, for a reason that holds', () => {
    fc.assert(
      fc.property(netArb, asOfArb, (net, asOf) => {
        const result = computeNetwork({ ...net, asOf });
        const review = result.review;
        const all = [...review.overdue, ...review.dueSoon, ...review.stalledProspects, ...review.drifted];
        expect(new Set(all.map((i) => i.id)).size).toBe(all.length);
        const people = byId(result);
        for (const item of review.overdue) {
          expect(people.get(item.id)!.overdueRatio!).toBeGreaterThanOrEqual(net.settings.neglectRatio);
        }
        for (const item of review.stalledProspects) {
          expect(item.kind).toBe('prospect');
          expect(people.get(item.id)!.touches).toBeLessThan(net.settings.touchGoal);
        }
        expect(result.neglected.map((n) => n.id)).toEqual(review.overdue.map((i) => i.id));
      }),
      { numRuns: RUNS },
    );
  });

  it('the rings of 6 and 12 months ago are the rings computed on those days', () => {
    fc.assert(
      fc.property(netArb, asOfArb, (net, asOf) => {
        const engine = prepareEngine(net);
        const now = engine.snapshot(asOf).people;
        const six = byId(engine.snapshot(isoDate(addMonths(dayOf(asOf), -6))));
        const twelve = byId(engine.snapshot(isoDate(addMonths(dayOf(asOf), -12))));
        const recently = byId(engine.snapshot(isoDate(addMonths(dayOf(asOf), -net.settings.driftMonths))));
        for (const p of now) {
          expect(p.ringSixMonthsAgo).toBe(six.get(p.id)!.ring);
          expect(p.ringTwelveMonthsAgo).toBe(twelve.get(p.id)!.ring);
          expect(p.ringRecently).toBe(recently.get(p.id)!.ring);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('the overdue status only gets worse as the silence grows', () => {
    fc.assert(
      fc.property(netArb, asOfArb, fc.integer({ min: 1, max: 600 }), (net, asOf, step) => {
        const engine = prepareEngine(net);
        const first = byId(engine.snapshot(asOf));
        const second = byId(engine.snapshot(isoDate(dayOf(asOf) + step)));
        for (const [id, a] of first) {
          const b = second.get(id)!;
          if (a.lastContact !== b.lastContact) continue; // contact in between: a new rhythm
          if (a.status === 'new' || a.status === 'none') {
            expect(b.status).toBe(a.status);
            continue;
          }
          expect(STATUS_ORDER[b.status]).toBeGreaterThanOrEqual(STATUS_ORDER[a.status]!);
          expect(b.overdueRatio!).toBeGreaterThan(a.overdueRatio!);
          expect(b.cadenceDays).toBe(a.cadenceDays);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('results do not depend on the order of the input arrays', () => {
    fc.assert(
      fc.property(netArb, asOfArb, fc.integer(), (net, asOf, seed) => {
        const random = seededRandom(seed);
        const mixed = {
          ...net,
          people: shuffled(net.people, random),
          encounters: shuffled(net.encounters, random).map((e) => ({
            ...e,
            participants: shuffled(e.participants, random),
          })),
          ties: shuffled(net.ties, random).map((t) => (random() < 0.5 ? { ...t, a: t.b, b: t.a } : t)),
        };
        expect(computeNetwork({ ...mixed, asOf })).toEqual(computeNetwork({ ...net, asOf }));
      }),
      { numRuns: RUNS },
    );
  });

  it('the rhythm remembered at a contact is the rhythm kept on that day', () => {
    fc.assert(
      fc.property(netArb, (net) => {
        const engine = prepareEngine(net);
        const days = [...new Set(net.encounters.map((e) => isoDate(dayOf(e.date))))];
        for (const day of days) {
          for (const p of engine.snapshot(day).people) {
            if (p.lastContact === day) expect(p.ringWhenLastSeen).toBe(p.rhythm.band ?? 'known');
          }
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('ring placement', () => {
  /** The definition, spelled out: everyone in order (rhythm, strength, last contact, name), ring by ring. */
  function reference(
    input: Parameters<typeof assignRings>[0],
    caps: [number, number, number, number],
  ): number[] {
    const P = input.band.length;
    const codes = new Array<number>(P).fill(4);
    const order = [...Array(P).keys()]
      .filter((i) => input.met[i] && (input.band[i] as number) > 0)
      .sort(
        (x, y) =>
          input.band[x]! - input.band[y]! ||
          input.strength[y]! - input.strength[x]! ||
          input.lastContact[y]! - input.lastContact[x]! ||
          (input.names[x]! < input.names[y]! ? -1 : input.names[x]! > input.names[y]! ? 1 : 0) ||
          x - y,
      );
    let placed = 0;
    for (const i of order) {
      let ring = input.band[i]! - 1;
      while (ring < 4 && placed >= caps[ring]!) ring++;
      codes[i] = ring;
      if (ring < 4) placed++;
    }
    for (let i = 0; i < P; i++) if (!input.met[i]) codes[i] = 5;
    return codes;
  }

  it('places everyone as the definition does, whatever the sizes', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            band: fc.integer({ min: 0, max: 4 }),
            met: fc.boolean(),
            strength: fc.constantFrom(0.5, 1, 2, 3),
            last: fc.integer({ min: 0, max: 3 }),
            name: fc.constantFrom('Anna', 'Ben', 'Cleo'),
          }),
          { maxLength: 400 },
        ),
        fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 4, maxLength: 4 }),
        (people, sizes) => {
          const caps = [0, 0, 0, 0] as [number, number, number, number];
          sizes.reduce((sum, n, k) => (caps[k] = sum + n), 0);
          const input = {
            band: Int8Array.from(people, (p) => (p.met ? p.band : 0)),
            met: Uint8Array.from(people, (p) => (p.met ? 1 : 0)),
            strength: Float64Array.from(people, (p) => p.strength),
            lastContact: Int32Array.from(people, (p) => p.last),
            names: people.map((p) => p.name),
          };
          expect([...assignRings(input, caps)]).toEqual(reference(input, caps));
        },
      ),
      { numRuns: RUNS },
    );
  });
});
