/**
 * The depth engine, case by case: each expectation is worked out by hand from the formulas in
 * docs/depth-model.md (the arithmetic is in the comments).
 */
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { defaultModelParams as params } from '../../shared/domain/model-params';
import { Database } from '../../shared/domain/schema';
import {
  addMonths,
  burstiness,
  cadence,
  computeNetwork,
  dayOf,
  decay,
  describeInterval,
  durationFactor,
  type EngineEncounter,
  type EnginePerson,
  encounterWeight,
  finiteBurstiness,
  gini,
  isoDate,
  median,
  monthIndexOf,
  monthKey,
  neglectReasonText,
  prepareEngine,
  quantileSorted,
  ringForRank,
  statusFor,
  steadyStrength,
  strength,
  tieList,
  topShare,
} from '../../shared/engine';
import { generateSyntheticNetwork } from '../../shared/engine/synthetic';
import { resources } from '../../shared/i18n/resources';

const person = (id: string, extra: Partial<EnginePerson> = {}): EnginePerson => ({
  id,
  displayName: id.toUpperCase(),
  kind: 'friend',
  ...extra,
});
let nextId = 0;
const meet = (
  date: string,
  participants: string[],
  extra: Partial<EngineEncounter> = {},
): EngineEncounter => ({
  id: `e${++nextId}`,
  date,
  participants,
  channel: 'in_person',
  ...extra,
});
/** Encounters with `who` every `gap` days from `from` up to `to`. */
function every(gap: number, from: string, to: string, who: string[], extra: Partial<EngineEncounter> = {}) {
  const out: EngineEncounter[] = [];
  for (let d = dayOf(from); d <= dayOf(to); d += gap) out.push(meet(isoDate(d), who, extra));
  return out;
}
const run = (people: EnginePerson[], encounters: EngineEncounter[], asOf: string, settings = params) =>
  computeNetwork({ people, encounters, ties: [], settings, asOf });

describe('dates', () => {
  it('counts days since 1970-01-01 and back', () => {
    expect(dayOf('1970-01-01')).toBe(0);
    expect(dayOf('2000-03-01')).toBe(11017);
    expect(dayOf('2024-02-29') - dayOf('2023-02-28')).toBe(366);
    for (const d of [dayOf('0001-01-01'), -1, 0, 59, 60, 11016, 20000, dayOf('9999-12-31')]) {
      expect(dayOf(isoDate(d))).toBe(d);
    }
  });

  it('takes a date-time on the wall-clock day of its own offset', () => {
    expect(isoDate(dayOf('2026-11-27T23:30+01:00'))).toBe('2026-11-27');
    expect(isoDate(dayOf('2026-11-27T00:15-05:00'))).toBe('2026-11-27');
    expect(isoDate(dayOf('2026-11-27T12:00:00.000Z'))).toBe('2026-11-27');
  });

  it('refuses what is not a real day, naming it', () => {
    expect(() => dayOf('2026-02-30')).toThrow(/"2026-02-30" is not a date/);
    expect(() => dayOf('27.11.2026')).toThrow(RangeError);
    // Inside the month table (1900–2199) and outside it alike.
    for (const bad of [
      '1900-02-29',
      '2100-02-29',
      '2199-04-31',
      '2200-02-29',
      '1899-02-29',
      '2026-00-10',
      '2026-13-01',
      '2026-01-00',
    ]) {
      expect(() => dayOf(bad), bad).toThrow(/is not a date/);
    }
  });

  it('reads every day from 1890 to 2210 the same in and outside its month table', () => {
    for (let d = dayOf('1890-01-01'); d <= dayOf('2210-12-31'); d++) {
      const text = isoDate(d);
      if (dayOf(text) !== d) throw new Error(`${text} read as day ${dayOf(text)}, not ${d}`);
    }
    expect(() => run([], [], '2026-6-1')).toThrow(/as-of date "2026-6-1" is not YYYY-MM-DD/);
  });

  it('moves by calendar months, clamping to the end of shorter months', () => {
    expect(isoDate(addMonths(dayOf('2026-08-31'), -6))).toBe('2026-02-28');
    expect(isoDate(addMonths(dayOf('2024-08-31'), -6))).toBe('2024-02-29');
    expect(isoDate(addMonths(dayOf('2026-01-15'), -12))).toBe('2025-01-15');
    expect(isoDate(addMonths(dayOf('2026-11-30'), 3))).toBe('2027-02-28');
    expect(monthKey(monthIndexOf(dayOf('2026-11-27')))).toBe('2026-11');
  });
});

describe('encounter weight', () => {
  it('is base(channel) × duration factor × group share', () => {
    // An hour in person: 1 × (1 + ln 2) = 1.693…
    expect(
      encounterWeight({ channel: 'in_person', durationMinutes: 60, participants: ['a'] }, params),
    ).toBeCloseTo(1 + Math.log(2), 12);
    // Video, 30 min: 0.7 × (1 + ln 1.5) = 0.98383…
    expect(
      encounterWeight({ channel: 'video', durationMinutes: 30, participants: ['a'] }, params),
    ).toBeCloseTo(0.7 * (1 + Math.log(1.5)), 12);
    // A call's length does not count: 0.5.
    expect(encounterWeight({ channel: 'call', durationMinutes: 120, participants: ['a'] }, params)).toBe(0.5);
    // An event with 5 people: 0.5 / √4 = 0.25; with 2: 0.5 / √1.
    expect(encounterWeight({ channel: 'event', participants: ['a', 'b', 'c', 'd', 'e'] }, params)).toBe(0.25);
    expect(encounterWeight({ channel: 'event', participants: ['a', 'b'] }, params)).toBe(0.5);
    // A dinner with three: 1 / √2; the same id twice counts once.
    expect(encounterWeight({ channel: 'in_person', participants: ['a', 'b', 'c', 'c'] }, params)).toBeCloseTo(
      1 / Math.SQRT2,
      12,
    );
    expect(encounterWeight({ channel: 'social', participants: ['a'] }, params)).toBe(0.03);
  });

  it('caps the duration factor at 3 (about 6.4 hours)', () => {
    expect(durationFactor('in_person', 600, 3)).toBe(3);
    expect(durationFactor('in_person', 6 * 60, 3)).toBeCloseTo(1 + Math.log(7), 12);
    expect(durationFactor('in_person', undefined, 3)).toBe(1);
    expect(durationFactor('in_person', 0, 3)).toBe(1);
  });
});

describe('strength', () => {
  it('halves every 90 days', () => {
    expect(decay(90, 90)).toBe(0.5);
    expect(strength([{ day: 0, weight: 1 }], 180, 90)).toBe(0.25);
    expect(strength([{ day: 10, weight: 1 }], 5, 90)).toBe(0); // after asOf: does not count
  });

  it('weekly contact converges to about 19 × w, monthly to 4.8, quarterly to 2 (H = 90)', () => {
    // w / (1 − 2^(−g/90)): 19.05 (g = 7), 4.85 (g = 30), 1.98 (g = 91), 1.06 (g = 365).
    expect(steadyStrength(1, 7, 90)).toBeCloseTo(19.053, 3);
    expect(steadyStrength(1, 30, 90)).toBeCloseTo(4.847, 3);
    expect(steadyStrength(1, 91, 90)).toBeCloseTo(1.985, 3);
    expect(steadyStrength(1, 365, 90)).toBeCloseTo(1.064, 3);
    const encounters = [
      ...every(7, '2021-01-04', '2026-06-29', ['weekly']),
      ...every(91, '2021-01-04', '2026-06-29', ['quarterly']),
    ];
    const quarterlyLast = isoDate(
      dayOf('2021-01-04') + 91 * Math.floor((dayOf('2026-06-29') - dayOf('2021-01-04')) / 91),
    );
    const people = [person('weekly'), person('quarterly')];
    const weekly = run(people, encounters, '2026-06-29').people.find((p) => p.id === 'weekly')!;
    expect(Math.abs(weekly.strength / 19 - 1)).toBeLessThan(0.01);
    const quarterly = run(people, encounters, quarterlyLast).people.find((p) => p.id === 'quarterly')!;
    expect(Math.abs(quarterly.strength / 2 - 1)).toBeLessThan(0.01);
  });

  it('equals the direct sum, with the family half-life for kin', () => {
    const encounters = [
      meet('2026-01-10', ['a', 'k'], { durationMinutes: 90 }),
      meet('2026-03-01T21:00+01:00', ['a'], { channel: 'call' }),
      meet('2026-05-20', ['k'], { channel: 'message' }),
      meet('2026-07-01', ['a'], { channel: 'email' }), // after asOf
    ];
    const result = run([person('a'), person('k', { kind: 'family' })], encounters, '2026-06-30');
    const t = dayOf('2026-06-30');
    const shared = (1 + Math.log1p(1.5)) / 1; // two participants: √max(1, 1) = 1
    const a = result.people.find((p) => p.id === 'a')!;
    const k = result.people.find((p) => p.id === 'k')!;
    expect(a.strength).toBeCloseTo(
      shared * decay(t - dayOf('2026-01-10'), 90) + 0.5 * decay(t - dayOf('2026-03-01'), 90),
      12,
    );
    expect(k.strength).toBeCloseTo(
      shared * decay(t - dayOf('2026-01-10'), 365) + 0.15 * decay(t - dayOf('2026-05-20'), 365),
      12,
    );
    expect(k.halfLifeDays).toBe(365);
    expect(a.encounters).toBe(2);
  });
  it('sums same-day encounters to the same bits whatever their order', () => {
    const encounters = [
      meet('2026-01-05', ['a'], { channel: 'video', durationMinutes: 37 }),
      meet('2026-01-05T10:00+01:00', ['a'], { channel: 'message' }),
      meet('2026-01-05', ['a'], { durationMinutes: 95 }),
      meet('2026-01-05', ['a'], { channel: 'email' }),
    ];
    const orders = [encounters, [...encounters].reverse(), [1, 3, 0, 2].map((i) => encounters[i]!)];
    const strengths = orders.map((o) => run([person('a')], o, '2026-01-05').people[0]!.strength);
    expect(new Set(strengths).size).toBe(1);
  });
});

describe('order statistics, burstiness, inequality', () => {
  it('computes medians, quantiles, Gini and top share', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(quantileSorted([1, 2, 3, 4, 5], 0.75)).toBe(4);
    expect(quantileSorted([10, 20], 0.75)).toBe(17.5);
    expect(gini([1, 1, 1, 1])).toBe(0);
    // One of four holds everything: (2·4 − 4 − 1)·1 / (4·1) = 3/4.
    expect(gini([0, 0, 0, 1])).toBe(0.75);
    // 1, 2, 3: (−2·1 + 0·2 + 2·3) / (3·6) = 4/18.
    expect(gini([3, 1, 2])).toBeCloseTo(4 / 18, 15);
    expect(topShare([5, 1, 1, 1, 2], 2)).toBe(0.7);
    expect(gini([])).toBe(0);
  });

  it('measures burstiness, corrected for short sequences', () => {
    expect(burstiness([7, 7, 7])).toBe(-1);
    expect(finiteBurstiness([7, 7, 7, 7])).toBe(-1);
    // One gap holds all the time: plain B of 8 gaps tops out at (√7 − 1)/(√7 + 1) = 0.451…, A_8 reaches 1.
    const extreme = [0, 0, 0, 0, 0, 0, 0, 56];
    expect(burstiness(extreme)).toBeCloseTo((Math.sqrt(7) - 1) / (Math.sqrt(7) + 1), 12);
    expect(finiteBurstiness(extreme)).toBeCloseTo(1, 12);
    // A long sequence: A_m approaches B.
    const long = Array.from({ length: 100_000 }, (_, i) => (i % 10 === 0 ? 100 : 1));
    expect(finiteBurstiness(long)).toBeCloseTo(burstiness(long), 2);
  });
});

describe('cadence', () => {
  const c = (days: number[], prior: number, user?: number) => cadence(days, days.length, prior, user, params);

  it('shrinks a short history toward the ring default', () => {
    // Gaps 10 and 20 (median 15), ring 2 default 30: (2·15 + 2·30) / (2 + 2) = 22.5.
    expect(c([0, 10, 30], 30)).toEqual({ days: 22.5, source: 'learned', gaps: 2, bursty: false });
    // One contact day: the ring default.
    expect(c([5], 90)).toEqual({ days: 90, source: 'ring', gaps: 0, bursty: false });
  });

  it('uses the last 8 gaps only', () => {
    // 20 gaps of 30 days, then 8 of 7: median 7, (8·7 + 2·7) / 10 = 7.
    const days = [0];
    for (let i = 0; i < 20; i++) days.push(days.at(-1)! + 30);
    for (let i = 0; i < 8; i++) days.push(days.at(-1)! + 7);
    expect(c(days, 7).days).toBe(7);
  });

  it('takes the 75th percentile of bursty gaps', () => {
    // Gaps 1,1,1,1,1,1,2,60: r = σ/μ = 1.98 > 1.59, A_8 = 0.62 > 0.5 → bursty.
    // Sorted, the 75th percentile sits at 5.25 → 1 + 0.25·(2 − 1) = 1.25; (8·1.25 + 2·30) / 10 = 7.
    const days = [0, 1, 2, 3, 4, 5, 6, 8, 68];
    const got = c(days, 30);
    expect(got.bursty).toBe(true);
    expect(got.days).toBeCloseTo(7, 12);
  });

  it('lets the user’s own rhythm win', () => {
    expect(c([0, 10, 30], 30, 14)).toEqual({ days: 14, source: 'user', gaps: 0, bursty: false });
  });
});

describe('status and rings', () => {
  it('maps the overdue ratio to a status', () => {
    expect(statusFor(null, 0, params)).toBe('none');
    expect(statusFor(20, 1, params)).toBe('new');
    expect(statusFor(1.49, 2, params)).toBe('ok');
    expect(statusFor(1.5, 2, params)).toBe('due');
    expect(statusFor(3, 2, params)).toBe('overdue');
    expect(statusFor(8, 2, params)).toBe('lapsing');
  });

  it('fills the rings to cumulative caps 5 / 15 / 50 / 150', () => {
    const caps = params.ringCaps;
    expect([0, 4, 5, 14, 15, 49, 50, 149, 150].map((r) => ringForRank(r, caps))).toEqual([
      1,
      1,
      2,
      2,
      3,
      3,
      4,
      4,
      'known',
    ]);
  });

  it('ranks 200 people into 5 / 10 / 35 / 100 / 50 known, and the never-met as not met', () => {
    const people = Array.from({ length: 203 }, (_, i) => person(`p${String(i).padStart(3, '0')}`));
    // Person i is seen on each of the last i + 1 days (the last three never): more contact, stronger.
    const encounters = people
      .slice(0, 200)
      .flatMap((p, i) => every(1, isoDate(dayOf('2026-06-30') - i), '2026-06-30', [p.id]));
    const result = run(people, encounters, '2026-06-30');
    expect(result.summary.rings).toEqual({ '1': 5, '2': 10, '3': 35, '4': 100, known: 50, 'not-met': 3 });
    expect(result.people.slice(0, 5).map((p) => p.id)).toEqual(['p199', 'p198', 'p197', 'p196', 'p195']);
    expect(result.people.at(-1)).toMatchObject({ id: 'p202', ring: 'not-met', rank: null, status: 'none' });
    // Half a year later the rings of then are remembered exactly (the selection of the strongest 150).
    const later = run(people, encounters, '2026-12-30');
    const then = new Map(result.people.map((p) => [p.id, p.ring]));
    for (const p of later.people) expect(p.ringSixMonthsAgo).toBe(then.get(p.id));
    expect(later.people.filter((p) => p.ringSixMonthsAgo === 4)).toHaveLength(100);
  });

  it('breaks ties in strength by id, whatever the input order', () => {
    const encounters = [meet('2026-06-01', ['b', 'a', 'c'], { channel: 'event' })];
    const ids = run([person('c'), person('b'), person('a')], encounters, '2026-06-30').people.map(
      (p) => p.id,
    );
    expect(ids).toEqual(['a', 'b', 'c']);
  });
});

describe('a person as of a date', () => {
  it('calls someone seen once new', () => {
    const result = run([person('once')], [meet('2026-03-01', ['once'])], '2026-06-30');
    expect(result.people[0]).toMatchObject({
      status: 'new',
      contactDays: 1,
      lastContact: '2026-03-01',
      daysSinceContact: 121,
      cadenceSource: 'ring',
    });
  });

  it('does not count social-media reactions as contact or touches, but as a little strength', () => {
    const encounters = [
      meet('2026-01-05', ['p']),
      meet('2026-02-05', ['p']),
      ...every(7, '2026-02-10', '2026-06-30', ['p'], { channel: 'social' }),
    ];
    const p = run([person('p', { kind: 'prospect' })], encounters, '2026-06-30').people[0]!;
    expect(p.lastContact).toBe('2026-02-05');
    expect(p.contactDays).toBe(2);
    expect(p.touches).toBe(2);
    expect(p.touchProgress).toBeCloseTo(2 / 7, 12);
    expect(p.encounters).toBe(encounters.length);
    expect(p.strength).toBeGreaterThan(
      run([person('p')], encounters.slice(0, 2), '2026-06-30').people[0]!.strength,
    );
  });

  it('counts touches in the last 18 months only', () => {
    // 2024-12-30 is exactly 18 months before 2026-06-30: outside; the next day inside.
    const encounters = [
      meet('2024-12-30', ['p'], { channel: 'email' }),
      meet('2024-12-31', ['p'], { channel: 'call' }),
    ];
    expect(run([person('p')], encounters, '2026-06-30').people[0]!.touches).toBe(1);
  });

  it('blends depth with the closeness rating: 0.6 × rank share + 0.4 × (c − 1) / 4', () => {
    const encounters = [
      ...every(7, '2026-01-01', '2026-06-30', ['a']),
      ...every(30, '2026-01-01', '2026-06-30', ['b']),
      meet('2026-06-01', ['c']),
    ];
    const people = [
      person('a'),
      person('b', { closeness: 5 }),
      person('c', { closeness: 1 }),
      person('d', { closeness: 3 }),
    ];
    const byId = Object.fromEntries(run(people, encounters, '2026-06-30').people.map((p) => [p.id, p]));
    // Ranks a, b, c of N = 3: shares 3/3, 2/3, 1/3.
    expect(byId.a!.depth).toBe(1);
    expect(byId.b!.depth).toBeCloseTo(0.6 * (2 / 3) + 0.4 * 1, 12);
    expect(byId.c!.depth).toBeCloseTo(0.6 * (1 / 3), 12);
    // Never met, rated 3: 0.4 × 2/4.
    expect(byId.d!.depth).toBeCloseTo(0.2, 12);
  });

  it('remembers the rings of 6 and 12 months ago (drift)', () => {
    // Six friends seen weekly in 2025; from 2026 only five. "f" drifted out of ring 1.
    const people = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => person(id));
    const encounters = [
      ...every(7, '2025-01-06', '2025-12-29', ['a', 'b', 'c', 'd', 'e']),
      ...every(7, '2025-01-05', '2025-12-28', ['f']),
      ...every(7, '2026-01-05', '2026-12-28', ['a', 'b', 'c', 'd', 'e']),
    ];
    const byId = Object.fromEntries(run(people, encounters, '2026-12-31').people.map((p) => [p.id, p]));
    expect(byId.f).toMatchObject({ ring: 2, ringTwelveMonthsAgo: 1 });
    expect(byId.a).toMatchObject({ ring: 1, ringSixMonthsAgo: 1, ringTwelveMonthsAgo: 1 });
  });

  it('keeps expecting the rhythm of the ring someone was in when last seen', () => {
    // "f" is seen on 1 and 8 January, alone in ring 1 then (caps 1 / 2 / 5 / 6). From February five
    // others are seen weekly and overtake, so by March "f" is in ring 4 — but the silence is still
    // measured against ring 1’s week: (1·7 + 2·7) / 3 = 7 days; 53 / 7 = 7.6: overdue, not "ok".
    const settings = { ...params, ringCaps: [1, 2, 5, 6] as [number, number, number, number] };
    const encounters = [
      meet('2026-01-01', ['f']),
      meet('2026-01-08', ['f']),
      ...every(7, '2026-02-01', '2026-03-01', ['a', 'b', 'c', 'd', 'e']),
    ];
    const people = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => person(id));
    const f = run(people, encounters, '2026-03-02', settings).people.find((p) => p.id === 'f')!;
    expect(f).toMatchObject({
      ring: 4,
      ringWhenLastSeen: 1,
      cadenceDays: 7,
      daysSinceContact: 53,
      status: 'overdue',
    });
  });

  it('keeps archived people out of the network', () => {
    const encounters = [meet('2026-06-01', ['a', 'z'])];
    const result = run([person('a'), person('z', { archived: true })], encounters, '2026-06-30');
    expect(result.people.map((p) => p.id)).toEqual(['a']);
    expect(result.summary).toMatchObject({ people: 1, archived: 1, encounters: 1 });
  });
});

describe('neglected ties', () => {
  // Anna: weekly for a year, then silence. Ben: monthly and on time. Cleo: rated 5, seen every three
  // weeks, then silence. Dan: far out, rarely seen.
  const people = [
    person('anna'),
    person('ben'),
    person('cleo', { closeness: 5 }),
    person('dan'),
    ...Array.from({ length: 20 }, (_, i) => person(`x${i}`)),
  ];
  const encounters = [
    ...every(7, '2025-03-03', '2026-03-02', ['anna']),
    ...every(30, '2025-03-03', '2026-06-20', ['ben']),
    ...every(21, '2025-03-03', '2026-03-16', ['cleo']),
    meet('2025-05-01', ['dan']),
    meet('2025-09-01', ['dan']),
    ...people.slice(4).flatMap((p) => every(14, '2025-12-01', '2026-06-29', [p.id])),
  ];
  const result = run(people, encounters, '2026-06-08');

  it('lists inner-ring and important people overdue by 3× their rhythm, deepest first', () => {
    expect(result.neglected.map((n) => n.id)).toEqual(['anna', 'cleo']);
    const anna = result.neglected[0]!;
    // Last seen 2026-03-02, 98 days before; learned rhythm (8·7 + 2·7)/10 = 7 (ring 1 when last seen).
    expect(anna.reason).toEqual({ cadenceDays: 7, daysSince: 98, cadenceSource: 'learned' });
    expect(anna.ringWhenLastSeen).toBe(1);
    expect(anna.overdueRatio).toBe(14);
    expect(anna.score).toBeCloseTo(anna.depth * Math.log2(15), 12);
    const cleo = result.neglected[1]!;
    expect(cleo.reason.daysSince).toBe(84);
    expect(cleo.closeness).toBe(5);
  });

  it('explains itself in a sentence, in English and German', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ resources, lng: 'en', fallbackLng: 'en', interpolation: { escapeValue: false } });
    const en = i18n.getFixedT('en');
    const de = i18n.getFixedT('de');
    const reason = { cadenceDays: 21, daysSince: 63, cadenceSource: 'learned' as const };
    expect(neglectReasonText(en, reason)).toBe('usually every 3 weeks — last seen 9 weeks ago');
    expect(neglectReasonText(de, reason)).toBe('meist alle 3 Wochen – zuletzt vor 9 Wochen gesehen');
    expect(neglectReasonText(en, { cadenceDays: 7, daysSince: 1, cadenceSource: 'user' })).toBe(
      'you wanted every week — last seen yesterday',
    );
    expect(neglectReasonText(de, { cadenceDays: 360, daysSince: 800, cadenceSource: 'ring' })).toBe(
      'meist jedes Jahr – zuletzt vor 2 Jahren gesehen',
    );
    expect(neglectReasonText(en, { cadenceDays: 45, daysSince: 0, cadenceSource: 'learned' })).toBe(
      'usually every 6 weeks — last seen today',
    );
  });
});

describe('describeInterval', () => {
  it('picks days, weeks, months or years', () => {
    expect(describeInterval(0)).toEqual({ unit: 'day', count: 0 });
    expect(describeInterval(13)).toEqual({ unit: 'day', count: 13 });
    expect(describeInterval(14)).toEqual({ unit: 'week', count: 2 });
    expect(describeInterval(21)).toEqual({ unit: 'week', count: 3 });
    expect(describeInterval(63)).toEqual({ unit: 'week', count: 9 });
    expect(describeInterval(84)).toEqual({ unit: 'week', count: 12 });
    expect(describeInterval(91)).toEqual({ unit: 'month', count: 3 });
    expect(describeInterval(7)).toEqual({ unit: 'week', count: 1 });
    expect(describeInterval(365)).toEqual({ unit: 'year', count: 1 });
    expect(describeInterval(400)).toEqual({ unit: 'month', count: 13 });
    expect(describeInterval(547)).toEqual({ unit: 'month', count: 18 });
    expect(describeInterval(730)).toEqual({ unit: 'year', count: 2 });
    expect(describeInterval(10.4)).toEqual({ unit: 'day', count: 10 });
  });
});

describe('ties and the whole network', () => {
  it('weighs explicit ties by rating and co-participation like strength', () => {
    const encounters = [
      meet('2026-03-02', ['a', 'b', 'c'], { channel: 'event' }),
      meet('2026-05-31', ['a', 'b']),
    ];
    const ties = [
      { a: 'b', b: 'a', strength: 5 },
      { a: 'a', b: 'b', strength: 2 },
      { a: 'c', b: 'd' },
    ];
    const result = computeNetwork({
      people: ['a', 'b', 'c', 'd'].map((id) => person(id)),
      encounters,
      ties,
      settings: params,
      asOf: '2026-05-31',
    });
    const t = dayOf('2026-05-31');
    // Event of 3: 0.5 / √2 each pair; 90 days ago → halved. Dinner of two: 1.
    const ev = (0.5 / Math.SQRT2) * decay(t - dayOf('2026-03-02'), 90);
    expect(tieList(result.ties)).toEqual([
      {
        a: 'a',
        b: 'b',
        weight: expect.closeTo(1 + ev + 1, 12),
        explicit: 1,
        coParticipation: expect.closeTo(ev + 1, 12),
      },
      {
        a: 'a',
        b: 'c',
        weight: expect.closeTo(ev, 12),
        explicit: 0,
        coParticipation: expect.closeTo(ev, 12),
      },
      {
        a: 'b',
        b: 'c',
        weight: expect.closeTo(ev, 12),
        explicit: 0,
        coParticipation: expect.closeTo(ev, 12),
      },
      { a: 'c', b: 'd', weight: 0.6, explicit: 0.6, coParticipation: 0 },
    ]);
  });

  it('sums up the network and its timeline, one point per month', () => {
    const people = [person('a'), person('b'), person('c'), person('old')];
    const encounters = [
      meet('2025-05-10', ['old'], { channel: 'email' }),
      meet('2026-01-15', ['a']),
      meet('2026-02-15', ['a', 'b'], { channel: 'video' }),
      meet('2026-03-20', ['c'], { channel: 'social' }),
    ];
    const result = run(people, encounters, '2026-03-31');
    expect(result.summary).toMatchObject({
      people: 4,
      encounters: 4,
      // a, b (and old, 2025-05-10 is within 12 months); c only reacted on social media.
      metLast12Months: 3,
      rings: { '1': 4, '2': 0, '3': 0, '4': 0, known: 0, 'not-met': 0 },
    });
    expect(result.summary.encountersPerMonth.in_person).toBeCloseTo(1 / 12, 12);
    expect(result.summary.top15Share).toBe(1);
    expect(result.timeline.map((p) => p.month)).toEqual([
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
    ]);
    expect(result.timeline[0]).toMatchObject({ date: '2025-05-31', known: 1, metLast12Months: 1, gini: 0 });
    expect(result.timeline[0]!.encounters.email).toBe(1);
    expect(result.timeline.at(-1)).toMatchObject({ date: '2026-03-31', known: 4, gini: result.summary.gini });
    expect(result.timeline.at(-2)).toMatchObject({ date: '2026-02-28', known: 3 });
    // The timeline of a later date shares the finished months.
    const later = run(people, encounters, '2026-04-15').timeline;
    expect(later.slice(0, -2)).toEqual(result.timeline.slice(0, -1));
  });

  it('gives the same answers from a prepared engine as from scratch, for every date', () => {
    const net = generateSyntheticNetwork({
      seed: 3,
      people: 120,
      encounters: 2500,
      end: '2026-06-30',
      years: 3,
    });
    const data = { people: net.people, encounters: net.encounters, ties: net.ties, settings: params };
    const engine = prepareEngine(data);
    for (const asOf of ['2026-06-30', '2024-01-31', '2025-07-15', '2026-06-29', '2023-07-01', '2030-01-01']) {
      expect(engine.at(asOf)).toEqual(computeNetwork({ ...data, asOf }));
      expect(engine.snapshot(asOf).people).toEqual(computeNetwork({ ...data, asOf }).people);
    }
  });

  it('makes a synthetic network that is a valid database', () => {
    const net = generateSyntheticNetwork({ seed: 1, people: 300, encounters: 4000, end: '2026-06-30' });
    expect(net.encounters).toHaveLength(4000);
    expect(net.people).toHaveLength(300);
    const db = {
      schemaVersion: 1,
      people: net.people,
      encounters: net.encounters,
      contexts: net.contexts,
      ties: net.ties,
      settings: {},
    };
    expect(() => Database.parse(db)).not.toThrow();
    expect(net.encounters.every((e) => e.date.slice(0, 10) <= '2026-06-30')).toBe(true);
    expect(
      JSON.stringify(generateSyntheticNetwork({ seed: 1, people: 300, encounters: 4000, end: '2026-06-30' })),
    ).toBe(JSON.stringify(net));
    // The generated layers come out as rings, roughly: most of the innermost five land in rings 1–2.
    const result = computeNetwork({ ...net, settings: params, asOf: '2026-06-30' });
    const inner = result.people.filter((p) => net.layerOf[p.id] === 0);
    expect(inner.filter((p) => p.ring === 1 || p.ring === 2).length).toBeGreaterThanOrEqual(3);
  });
});

describe('the worked example of docs/depth-model.md', () => {
  const people = [person('anna', { closeness: 4 }), ...['x1', 'x2', 'x3', 'x4'].map((id) => person(id))];
  const encounters = [
    meet('2026-03-02', ['anna'], { durationMinutes: 120 }),
    meet('2026-04-13', ['anna'], { channel: 'call' }),
    meet('2026-05-04', ['anna', 'x1', 'x2', 'x3', 'x4'], { channel: 'event' }),
    meet('2026-05-25', ['anna']),
  ];

  it('gives the numbers worked out by hand on 30 June', () => {
    const result = run(people, encounters, '2026-06-30');
    const anna = result.people[0]!;
    expect(anna.id).toBe('anna');
    expect(anna.strength).toBeCloseTo(2.0261, 4);
    expect(result.people[1]!.strength).toBeCloseTo(0.1612, 4);
    expect(anna).toMatchObject({
      ring: 1,
      ringWhenLastSeen: 1,
      depth: 0.9,
      cadenceDays: 15.4,
      status: 'due',
      touches: 4,
    });
    expect(anna.overdueRatio).toBeCloseTo(2.34, 2);
    expect(result.people[1]!.depth).toBeCloseTo(0.8, 12);
    expect(result.summary.totalStrength).toBeCloseTo(2.6708, 4);
    expect(result.summary.top15Share).toBe(1);
    expect(result.summary.gini).toBeCloseTo(0.559, 3);
  });

  it('finds Anna neglected on 1 August, with the reason in words', async () => {
    const result = run(people, encounters, '2026-08-01');
    expect(result.neglected).toHaveLength(1);
    const anna = result.neglected[0]!;
    expect(anna.overdueRatio).toBeCloseTo(4.42, 2);
    expect(anna.score).toBeCloseTo(2.19, 2);
    const i18n = i18next.createInstance();
    await i18n.init({ resources, lng: 'en', interpolation: { escapeValue: false } });
    expect(neglectReasonText(i18n.getFixedT('en'), anna.reason)).toBe(
      'usually every 2 weeks — last seen 10 weeks ago',
    );
  });
});
